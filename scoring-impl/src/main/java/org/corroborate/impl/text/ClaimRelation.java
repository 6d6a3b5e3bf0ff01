package org.corroborate.impl.text;

import java.util.Objects;
import org.corroborate.Explanation;

/**
 * A scored relation between two claims of a corpus.
 *
 * @param a index of the first claim (for REFINES, the more specific one)
 * @param b index of the second claim
 * @param type the relation
 * @param score how sure the relation is, in [0, 1]; equals {@code explanation.value()}
 * @param explanation how the score was computed, with the reasons
 * @param keptApart for UNRELATED: the claims give compatible figures or look alike, and only a
 *     sign of a different event (another event type, another year) keeps them apart
 */
record ClaimRelation(
    int a, int b, RelationType type, double score, Explanation explanation, boolean keptApart) {
  ClaimRelation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(explanation, "explanation");
    if (a == b) {
      throw new IllegalArgumentException("a relation needs two claims, got " + a + " twice");
    }
    if (!(score >= 0 && score <= 1) || score != explanation.value()) {
      throw new IllegalArgumentException(
          "score must be in [0, 1] and equal its explanation, was " + score + " vs "
              + explanation.value());
    }
  }
}
