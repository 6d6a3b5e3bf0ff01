package org.corroborate.impl.truth;

import java.util.Arrays;

/** Loops over {@code double[]} shared by the algorithms; they allocate one number per block. */
final class Vectors {
  private Vectors() {}

  /** The largest entry, 0 when none is positive; NaN entries are passed over. */
  static double max(double[] values) {
    return max(values, Parallel.SERIAL);
  }

  /** The smallest entry; +infinity for an empty array. */
  static double min(double[] values) {
    return min(values, Parallel.SERIAL);
  }

  /** The largest entry, negative ones included; -infinity for an empty array. */
  static double maxOf(double[] values) {
    return maxOf(values, Parallel.SERIAL);
  }

  /** Divides every entry by the largest (when positive) and returns that largest entry. */
  static double scaleToMax(double[] values) {
    return scaleToMax(values, Parallel.SERIAL);
  }

  /** The same division as {@link #scaleToMax}, for one entry, so explanations match bit for bit. */
  static double scaled(double value, double max) {
    return Formulas.scaled(value, max);
  }

  /** The largest absolute difference of two vectors of the same length; 0 when they are equal. */
  static double maxAbsDifference(double[] a, double[] b) {
    return maxAbsDifference(a, b, Parallel.SERIAL);
  }

  /**
   * {@link #max} on a run's threads: the largest entry of each block of rows, then the largest of
   * those. A maximum does not depend on the order it is taken in, so the answer is the serial one
   * to the bit whatever the number of threads.
   */
  static double max(double[] values, Parallel parallel) {
    double[] partial = partials(values.length, 0.0);
    parallel.rows(values.length, (from, to) -> {
      double max = 0.0;
      for (int i = from; i < to; i++) {
        if (values[i] > max) {
          max = values[i];
        }
      }
      partial[from / Parallel.BLOCK] = max;
    });
    double max = 0.0;
    for (double value : partial) {
      max = Math.max(max, value);
    }
    return max;
  }

  /** {@link #min(double[])} on a run's threads; a minimum is the serial one in any order. */
  static double min(double[] values, Parallel parallel) {
    double[] partial = partials(values.length, Double.POSITIVE_INFINITY);
    parallel.rows(values.length, (from, to) -> {
      double min = Double.POSITIVE_INFINITY;
      for (int i = from; i < to; i++) {
        min = Math.min(min, values[i]);
      }
      partial[from / Parallel.BLOCK] = min;
    });
    double min = Double.POSITIVE_INFINITY;
    for (double value : partial) {
      min = Math.min(min, value);
    }
    return min;
  }

  /** {@link #maxOf(double[])} on a run's threads; a maximum is the serial one in any order. */
  static double maxOf(double[] values, Parallel parallel) {
    double[] partial = partials(values.length, Double.NEGATIVE_INFINITY);
    parallel.rows(values.length, (from, to) -> {
      double max = Double.NEGATIVE_INFINITY;
      for (int i = from; i < to; i++) {
        max = Math.max(max, values[i]);
      }
      partial[from / Parallel.BLOCK] = max;
    });
    double max = Double.NEGATIVE_INFINITY;
    for (double value : partial) {
      max = Math.max(max, value);
    }
    return max;
  }

  /**
   * One slot per block of {@link Parallel#rows(int, Parallel.Rows)} over n rows (one at least: no
   * rows are one empty block), each holding {@code empty} until its block writes it: when the rows
   * run as one block only the first is written, and the others must not change the answer.
   */
  static double[] partials(int n, double empty) {
    double[] partial = new double[Math.max(1, (n + Parallel.BLOCK - 1) / Parallel.BLOCK)];
    Arrays.fill(partial, empty);
    return partial;
  }

  /** {@link #scaleToMax} on a run's threads: the same numbers (see {@link #max(double[], Parallel)}). */
  static double scaleToMax(double[] values, Parallel parallel) {
    double max = max(values, parallel);
    if (max > 0.0) {
      double inverse = 1.0 / max;
      parallel.rows(values.length, (from, to) -> {
        for (int i = from; i < to; i++) {
          values[i] = Math.min(1.0, values[i] * inverse); // = Formulas.scaled(values[i], max)
        }
      });
    }
    return max;
  }

  /**
   * {@link #scaleToMax} with the largest entry already known ({@code largest}, taken in the pass
   * that wrote the values), and in the same pass {@link #maxAbsDifference} from {@code previous}:
   * the same numbers as the two calls, in one walk instead of three.
   */
  static double scaleAndChange(double[] values, double largest, double[] previous,
      Parallel parallel) {
    boolean scale = largest > 0.0;
    double inverse = 1.0 / largest;
    double[] partial = partials(values.length, 0.0);
    parallel.rows(values.length, (from, to) -> {
      double change = 0.0;
      for (int i = from; i < to; i++) {
        if (scale) {
          values[i] = Math.min(1.0, values[i] * inverse); // = Formulas.scaled(values[i], largest)
        }
        double d = Math.abs(values[i] - previous[i]);
        if (d > change) {
          change = d;
        }
      }
      partial[from / Parallel.BLOCK] = change;
    });
    return max(partial);
  }

  /** {@link #maxAbsDifference} on a run's threads: a maximum again, so the serial answer. */
  static double maxAbsDifference(double[] a, double[] b, Parallel parallel) {
    double[] partial = partials(a.length, 0.0);
    parallel.rows(a.length, (from, to) -> {
      double max = 0.0;
      for (int i = from; i < to; i++) {
        double d = Math.abs(a[i] - b[i]);
        if (d > max) {
          max = d;
        }
      }
      partial[from / Parallel.BLOCK] = max;
    });
    return max(partial);
  }

  /** Copies {@code from} into {@code to} (of the same length) in blocks on a run's threads. */
  static void copy(double[] from, double[] to, Parallel parallel) {
    parallel.rows(from.length, (start, end) -> System.arraycopy(from, start, to, start, end - start));
  }

  /** 1 minus the cosine similarity of two vectors; 0 when either is all zeros. */
  static double cosineDistance(double[] a, double[] b) {
    return Formulas.cosineDistance(a, b);
  }

  /** Clamps into [0, 1]. */
  static double unit(double value) {
    return Formulas.unit(value);
  }

  /** Ratio that is 0 when the denominator is 0. */
  static double ratio(double numerator, double denominator) {
    return Formulas.ratio(numerator, denominator);
  }
}
