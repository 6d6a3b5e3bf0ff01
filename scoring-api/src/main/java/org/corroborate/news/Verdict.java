package org.corroborate.news;

import java.util.Locale;

/**
 * What the evidence says of a proposition: whether it is true, from how independent outlets carry
 * it (for, against, only observing) and how far each is trusted.
 */
public enum Verdict {
  /** The probability that the proposition is true lies above the model's undecided band. */
  TRUE,
  /** The probability lies below the band. */
  FALSE,
  /** The probability lies inside the band around one half, or there is no independent evidence. */
  UNVERIFIED;

  /** The verdict's word in reports and ClaimReview's {@code alternateName}: "True", "False", "Unverified". */
  public String word() {
    String name = name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * The ClaimReview {@code ratingValue} of a verdict of probability {@code probability} (that the
   * proposition is true), on schema.org's 1 (false) to 5 (true) scale: {@code 1 + 4 *
   * probability}, rounded to two decimals (half up), so that the rating and the probability can
   * never disagree.
   *
   * @throws IllegalArgumentException if the probability is outside [0, 1] or NaN
   */
  public static double rating(double probability) {
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
    }
    return Math.floor((1.0 + 4.0 * probability) * 100.0 + 0.5) / 100.0;
  }
}
