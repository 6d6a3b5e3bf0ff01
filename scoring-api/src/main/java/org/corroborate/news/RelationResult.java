package org.corroborate.news;

import java.util.Objects;
import org.corroborate.Explanation;

/**
 * How two claims relate.
 *
 * @param a the first claim's id
 * @param b the second claim's id
 * @param type agreement, conflict, refinement, or kept apart
 * @param score the strength in [0, 1] of the relation
 * @param explanation the reasons; its value equals {@code score}
 */
public record RelationResult(
    String a, String b, RelationType type, double score, Explanation explanation) {

  /** Checks the score and its explanation. */
  public RelationResult {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(type, "type");
    Results.unit(score, "relations[" + a + "," + b + "].score");
    Objects.requireNonNull(explanation, "explanation")
        .requireExplains(score, "relations[" + a + "," + b + "].score");
  }
}
