package org.corroborate.impl.verdict;

import org.corroborate.news.Verdict;
import java.util.Objects;
import org.corroborate.Explanation;

/**
 * The verdict on one proposition.
 *
 * @param verdict TRUE, FALSE or UNVERIFIED
 * @param probability the probability that the proposition is true, in [0, 1]
 * @param explanation how the probability was computed; its root's value is {@code probability}
 * @param forCount the weighted count of independent items for
 * @param against the weighted count of independent items against
 * @param observing the weighted count of independent items observing
 * @param independent the number of items that are not copies
 */
public record VerdictResult(Verdict verdict, double probability, Explanation explanation,
    double forCount, double against, double observing, int independent) {
  /**
   * Checks the result.
   *
   * @throws IllegalArgumentException if the probability is outside [0, 1] or the explanation's
   *     root differs from it
   */
  public VerdictResult {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(explanation, "explanation");
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
    }
    if (explanation.value() != probability) {
      throw new IllegalArgumentException("explanation root " + explanation.value()
          + " differs from probability " + probability);
    }
  }
}
