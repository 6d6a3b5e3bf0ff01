package org.corroborate.impl.verdict;

import java.util.List;

/**
 * The feature vector of a proposition's evidence, fixed and named; the model file lists the names
 * in this order and a model whose names differ is refused.
 *
 * <p>From the weighted counts {@code f}, {@code a}, {@code o} of the items for, against and
 * observing (each item weighs {@link Evidence.Item#weight()}: 0 for a copy, else its trust or
 * prior, else 1):
 *
 * <ol>
 *   <li>{@code log1p_for} = ln(1 + f): support, with diminishing returns (the fifth outlet adds
 *       less than the first);
 *   <li>{@code log1p_against} = ln(1 + a): denials and debunkings;
 *   <li>{@code log1p_observing} = ln(1 + o): outlets that only pass the rumour on, which on
 *       Emergent goes with rumours later found false or unresolved;
 *   <li>{@code no_against} = 1 when a = 0: a single debunking weighs more than its count says;
 *   <li>{@code for_exceeds_observing} = 1 when f &gt; o: the rule "more state it than hedge it".
 * </ol>
 *
 * <p>Five features and a bias for a few hundred labelled claims: the counts carry the signal (the
 * issue measured .86 for a logistic model over them), the two indicators are the rule that alone
 * gets .83. Trust and the prior enter through the weights of the counts rather than as features of
 * their own, because the training data has no trust to fit their weights on.
 */
final class VerdictFeatures {
  /** The feature names, in order. */
  static final List<String> NAMES = List.of(
      "log1p_for", "log1p_against", "log1p_observing", "no_against", "for_exceeds_observing");

  /** Weighted counts of a proposition's evidence. */
  record Counts(double forCount, double against, double observing, int independent) {
    /** No evidence: nothing but copies, or only items that weigh 0. */
    boolean empty() {
      return forCount + against + observing == 0.0;
    }
  }

  private VerdictFeatures() {}

  /** The weighted counts, and the number of items that are not copies. */
  static Counts counts(Evidence evidence) {
    double f = 0.0;
    double a = 0.0;
    double o = 0.0;
    int independent = 0;
    for (Evidence.Item item : evidence.items()) {
      if (item.copy()) {
        continue;
      }
      independent++;
      double w = item.weight();
      switch (item.stance()) {
        case FOR -> f += w;
        case AGAINST -> a += w;
        case OBSERVING -> o += w;
      }
    }
    return new Counts(f, a, o, independent);
  }

  /** The features of these counts, in the order of {@link #NAMES}. */
  static double[] of(Counts c) {
    return new double[] {
      Math.log1p(c.forCount()),
      Math.log1p(c.against()),
      Math.log1p(c.observing()),
      c.against() == 0.0 ? 1.0 : 0.0,
      c.forCount() > c.observing() ? 1.0 : 0.0
    };
  }

  /** What each feature is, with its value's inputs, for the explanation. */
  static String describe(int feature, Counts c) {
    return switch (feature) {
      case 0 -> "log1p_for = ln(1 + " + num(c.forCount()) + " for)";
      case 1 -> "log1p_against = ln(1 + " + num(c.against()) + " against)";
      case 2 -> "log1p_observing = ln(1 + " + num(c.observing()) + " observing)";
      case 3 -> "no_against = [" + num(c.against()) + " against = 0]";
      case 4 -> "for_exceeds_observing = [" + num(c.forCount()) + " for > "
          + num(c.observing()) + " observing]";
      default -> throw new IllegalArgumentException("no feature " + feature);
    };
  }

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
