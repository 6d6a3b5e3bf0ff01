package org.corroborate.news;

/** How two claims relate. */
public enum RelationType {
  /** About the same thing and compatible. */
  AGREES,
  /** About the same thing and incompatible: other figures, or an assertion against a denial. */
  CONFLICTS,
  /** About the same thing, one a more specific version of the other. */
  REFINES,
  /** Alike on the surface but about different things (another event, year or action). */
  UNRELATED
}
