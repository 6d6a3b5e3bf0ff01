package org.corroborate.impl.truth;

import java.util.Arrays;
import java.util.Optional;
import org.corroborate.model.NumberValue;
import org.corroborate.model.TemporalValue;
import org.corroborate.model.Value;

/**
 * The continuous view of a {@link ClaimGraph} shared by the loss-based algorithms ({@link Crh},
 * {@link Catd}): which items are continuous, each claim's number, each continuous item's standard
 * deviation and its claims in ascending order of number. Computed once per run, before any
 * iteration.
 *
 * <p>An item is <b>continuous</b> when every one of its claims is a {@link NumberValue} with the
 * same unit (or all without), or every one is a {@link TemporalValue} of the same temporal type,
 * read as {@link TemporalValue#minutes()} (times of day as minutes since midnight, on a line, not a
 * circle). Any other item, including one mixing kinds or units, is <b>categorical</b>. The standard
 * deviation is the population standard deviation of the sources' observations of the item (one per
 * source-claim edge, so a value claimed by three sources counts three times); it is 0 when they are
 * all equal.
 *
 * <p>Overflow. An item whose largest magnitude reaches {@code 2^256} has its numbers divided by the
 * power of two {@code 2^e} of that magnitude ({@link #scale}), so that they lie in (-2, 2) and the
 * sums, means, squares and standard deviations computed from them stay finite even for values of
 * +-1e308. Division by a power of two is exact, so the losses, which are ratios {@code (x - x*) /
 * sd} (the loss normalised by the item's standard deviation, as in CRH, Li et al., SIGMOD 2014,
 * eq. 8), and the closeness of every claim are exactly those of the unscaled numbers; items below
 * {@code 2^256} (every real data set) are not scaled at all. Explanations report numbers in the
 * item's own unit ({@link #unscaled}).
 */
final class HeterogeneousData {
  /** Whether item i is continuous. */
  final boolean[] continuous;
  /** The number of claim c (0 for a claim of a categorical item). */
  final double[] number;
  /** Standard deviation of the observations of item i (0 for categorical items). */
  final double[] deviation;
  /** Claims of item i by ascending number then claim index: {@code order[itemClaimStart[i] ..]}. */
  final int[] order;
  /** The power of two item i's numbers and deviation are divided by (1 below {@code 2^256}). */
  final double[] scale;

  /** Magnitude from which an item's numbers are scaled. */
  static final double LARGE = Math.scalb(1.0, 256);

  private HeterogeneousData(
      boolean[] continuous, double[] number, double[] deviation, int[] order, double[] scale) {
    this.continuous = continuous;
    this.number = number;
    this.deviation = deviation;
    this.order = order;
    this.scale = scale;
  }

  /** A number of item i (a truth, a value, a deviation) in the item's own unit, finite. */
  double unscaled(int item, double value) {
    double v = value * scale[item];
    return Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, v));
  }

  static HeterogeneousData of(ClaimGraph graph) {
    boolean[] continuous = new boolean[graph.itemCount];
    double[] number = new double[graph.claimCount];
    double[] deviation = new double[graph.itemCount];
    int[] order = new int[graph.claimCount];
    double[] scale = new double[graph.itemCount];
    Arrays.fill(scale, 1.0);
    for (int i = 0; i < graph.itemCount; i++) {
      int from = graph.itemClaimStart[i];
      int to = graph.itemClaimStart[i + 1];
      continuous[i] = isContinuous(graph, from, to);
      for (int c = from; c < to; c++) {
        order[c] = c;
        if (continuous[i]) {
          Value value = graph.claimValue(c);
          number[c] = value instanceof NumberValue n
              ? n.number()
              : ((TemporalValue) value).minutes();
        }
      }
      if (!continuous[i]) {
        continue;
      }
      double largest = 0.0;
      for (int c = from; c < to; c++) {
        largest = Math.max(largest, Math.abs(number[c]));
      }
      if (largest >= LARGE && Double.isFinite(largest)) {
        int exponent = Math.getExponent(largest);
        scale[i] = Math.scalb(1.0, exponent);
        for (int c = from; c < to; c++) {
          number[c] = Math.scalb(number[c], -exponent);
        }
      }
      sortByNumber(order, from, to, number);
      double sum = 0.0;
      int n = 0;
      for (int c = from; c < to; c++) {
        sum += graph.claimDegree(c) * number[c];
        n += graph.claimDegree(c);
      }
      double mean = sum / n;
      double squares = 0.0;
      for (int c = from; c < to; c++) {
        double d = number[c] - mean;
        squares += graph.claimDegree(c) * d * d;
      }
      double sd = Math.sqrt(squares / n);
      deviation[i] = Double.isFinite(sd) ? sd : 0.0;
    }
    return new HeterogeneousData(continuous, number, deviation, order, scale);
  }

  private static boolean isContinuous(ClaimGraph graph, int from, int to) {
    Value first = graph.claimValue(from);
    if (first instanceof NumberValue n) {
      Optional<String> unit = n.unit();
      for (int c = from + 1; c < to; c++) {
        if (!(graph.claimValue(c) instanceof NumberValue other) || !other.unit().equals(unit)) {
          return false;
        }
      }
      return true;
    }
    if (first instanceof TemporalValue t) {
      Class<?> type = t.temporal().getClass();
      for (int c = from + 1; c < to; c++) {
        if (!(graph.claimValue(c) instanceof TemporalValue other)
            || other.temporal().getClass() != type) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Insertion sort of {@code order[from..to)} by number, ties by claim index (stable). */
  private static void sortByNumber(int[] order, int from, int to, double[] number) {
    if (to - from > 32) {
      Integer[] boxed = new Integer[to - from];
      for (int k = from; k < to; k++) {
        boxed[k - from] = order[k];
      }
      Arrays.sort(boxed, (a, b) -> {
        int c = Double.compare(number[a], number[b]);
        return c != 0 ? c : Integer.compare(a, b);
      });
      for (int k = from; k < to; k++) {
        order[k] = boxed[k - from];
      }
      return;
    }
    for (int k = from + 1; k < to; k++) {
      int c = order[k];
      int j = k - 1;
      while (j >= from && (number[order[j]] > number[c]
          || (number[order[j]] == number[c] && order[j] > c))) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = c;
    }
  }
}
