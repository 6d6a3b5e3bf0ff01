package org.corroborate.truth;

import org.corroborate.Explanation;

/** Checks shared by the result types. */
final class Scores {
  /** How far an explanation's root may differ from its score, to allow for summation order. */
  static final double EXPLANATION_SLACK = 1e-9;

  private Scores() {}

  static double unit(double value, String what) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(what + " must be in [0, 1], was " + value);
    }
    return value;
  }

  static Explanation checked(Explanation explanation, double score, String what) {
    if (Math.abs(explanation.value() - score) > EXPLANATION_SLACK) {
      throw new IllegalStateException(
          "explanation of " + what + " has value " + explanation.value() + " but the score is "
              + score);
    }
    return explanation;
  }
}
