package org.corroborate.truth;

import java.util.function.Supplier;
import org.corroborate.Explanation;

/** Checks shared by the result types. */
final class Scores {
  /** How far an explanation's root may differ from its score, to allow for summation order. */
  static final double EXPLANATION_SLACK = 1e-9;

  private Scores() {}

  /**
   * The value, checked to be in [0, 1]; {@code what} names it in the error and is only called then
   * (results hold millions of scores, and a value's canonical form can be costly to write).
   */
  static double unit(double value, Supplier<String> what) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(what.get() + " must be in [0, 1], was " + value);
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
