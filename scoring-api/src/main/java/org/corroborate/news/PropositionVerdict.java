package org.corroborate.news;

import java.util.Objects;
import org.corroborate.Explanation;

/**
 * Whether a proposition is true, from how the outlets carry its leading position: the verdict, the
 * calibrated probability that the leading position is true, the weighted counts behind it and the
 * explanation tree (the fitted model's features and the evidence item of each document).
 *
 * <p>Counts are weighted: each document that is not a copy of another weighs its outlet's
 * reliability in the report ({@link SourceResult#reliability()}: the truth-discovery engine's trust,
 * the prior and the content signals combined), else its reliability prior, else 1; a copy weighs
 * 0.
 *
 * @param verdict TRUE, FALSE or UNVERIFIED
 * @param probability the probability in [0, 1] that the proposition's leading position is true
 * @param explanation how the probability was computed; its value equals {@code probability}
 * @param forCount the weighted count of documents stating the leading position as fact
 * @param against the weighted count of documents denying it or stating a conflicting position
 * @param observing the weighted count of documents only reporting it (hedged, relayed, asked)
 * @param independent the number of documents that are not copies of another
 */
public record PropositionVerdict(
    Verdict verdict, double probability, Explanation explanation, double forCount,
    double against, double observing, int independent) {

  /**
   * Checks the probability and its explanation and the counts.
   *
   * @throws IllegalArgumentException if the probability is outside [0, 1] or NaN, a count is
   *     negative, not finite or NaN
   * @throws IllegalStateException if the explanation's value differs from the probability
   * @throws NullPointerException if the verdict or the explanation is null
   */
  public PropositionVerdict {
    Objects.requireNonNull(verdict, "verdict");
    Results.unit(probability, "verdict.probability");
    Objects.requireNonNull(explanation, "explanation")
        .requireExplains(probability, "verdict.probability");
    count(forCount, "verdict.forCount");
    count(against, "verdict.against");
    count(observing, "verdict.observing");
    if (independent < 0) {
      throw new IllegalArgumentException(
          "verdict.independent must not be negative, was " + independent);
    }
  }

  /** The ClaimReview rating of this verdict, {@link Verdict#rating(double)} of the probability. */
  public double rating() {
    return Verdict.rating(probability);
  }

  private static void count(double value, String what) {
    if (!(value >= 0.0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(what + " must be finite and at least 0, was " + value);
    }
  }
}
