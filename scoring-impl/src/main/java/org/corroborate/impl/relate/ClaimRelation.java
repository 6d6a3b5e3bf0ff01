package org.corroborate.impl.relate;

import java.util.Objects;
import java.util.function.Supplier;
import org.corroborate.Explanation;
import org.corroborate.news.RelationType;

/**
 * A scored relation between two claims of a corpus. The explanation is built on first use (most
 * relations of a large corpus are never printed), and is checked then to equal the score.
 */
public final class ClaimRelation {
  private final int a;
  private final int b;
  private final RelationType type;
  private final double score;
  private final boolean keptApart;
  private Supplier<Explanation> source;
  private Explanation explanation;

  /**
   * A relation whose explanation is built when first asked for.
   *
   * @param a index of the first claim (for REFINES, the more specific one)
   * @param b index of the second claim
   * @param type the relation
   * @param score how sure the relation is, in [0, 1]
   * @param explanation builds the explanation, whose value must equal {@code score}
   * @param keptApart for UNRELATED: the claims give compatible figures or look alike, and only a
   *     sign of a different event (another event type, another year) keeps them apart
   */
  public ClaimRelation(int a, int b, RelationType type, double score, Supplier<Explanation> explanation,
      boolean keptApart) {
    this.type = Objects.requireNonNull(type, "type");
    this.source = Objects.requireNonNull(explanation, "explanation");
    if (a == b) {
      throw new IllegalArgumentException("a relation needs two claims, got " + a + " twice");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], was " + score);
    }
    this.a = a;
    this.b = b;
    this.score = score;
    this.keptApart = keptApart;
  }

  /** A relation with its explanation already built. */
  public ClaimRelation(int a, int b, RelationType type, double score, Explanation explanation,
      boolean keptApart) {
    this(a, b, type, score, () -> explanation, keptApart);
    explanation();
  }

  /** The index of the first claim. */
  public int a() {
    return a;
  }

  /** The index of the second claim. */
  public int b() {
    return b;
  }

  /** The relation's type. */
  public RelationType type() {
    return type;
  }

  /** How sure the relation is, in [0, 1]. */
  public double score() {
    return score;
  }

  /** Whether the pair was kept apart because its figures are about another event. */
  public boolean keptApart() {
    return keptApart;
  }

  /** How the score was computed, with the reasons; its value equals {@link #score()}. */
  public synchronized Explanation explanation() {
    if (explanation == null) {
      Explanation built = source.get();
      if (built.value() != score) {
        throw new IllegalStateException("explanation " + built.value() + " differs from score "
            + score + " for " + type + " " + a + "-" + b);
      }
      explanation = built;
      source = null;
    }
    return explanation;
  }

  @Override
  public String toString() {
    return type + " " + a + "-" + b + " " + score;
  }
}
