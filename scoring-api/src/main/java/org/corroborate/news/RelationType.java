package org.corroborate.news;

/** How two claims relate. */
public enum RelationType {
  /** About the same thing and compatible. */
  AGREES(true, true),
  /** About the same thing and incompatible: other figures, or an assertion against a denial. */
  CONFLICTS(true, false),
  /** About the same thing, one a more specific version of the other. */
  REFINES(true, true),
  /** Alike on the surface but about different things (another event, year or action). */
  UNRELATED(false, false);

  private final boolean sameProposition;
  private final boolean samePosition;

  RelationType(boolean sameProposition, boolean samePosition) {
    this.sameProposition = sameProposition;
    this.samePosition = samePosition;
  }

  /**
   * Whether the two claims are about one proposition, so that the relation puts them in one
   * cluster.
   */
  public boolean sameProposition() {
    return sameProposition;
  }

  /**
   * Whether the two claims hold the same position on their proposition (they support each other);
   * a relation about one proposition that is not is a conflict between positions.
   */
  public boolean samePosition() {
    return samePosition;
  }
}
