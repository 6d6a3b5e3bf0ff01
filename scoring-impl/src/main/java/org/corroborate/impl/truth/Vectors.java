package org.corroborate.impl.truth;

/** Loops over {@code double[]} shared by the algorithms; no allocation. */
final class Vectors {
  private Vectors() {}

  static double max(double[] values) {
    double max = 0.0;
    for (double value : values) {
      if (value > max) {
        max = value;
      }
    }
    return max;
  }

  /** The smallest entry; +infinity for an empty array. */
  static double min(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    for (double value : values) {
      min = Math.min(min, value);
    }
    return min;
  }

  /** The largest entry, negative ones included; -infinity for an empty array. */
  static double maxOf(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      max = Math.max(max, value);
    }
    return max;
  }

  /** Divides every entry by the largest (when positive) and returns that largest entry. */
  static double scaleToMax(double[] values) {
    double max = max(values);
    if (max > 0.0) {
      double inverse = 1.0 / max;
      for (int i = 0; i < values.length; i++) {
        values[i] = Math.min(1.0, values[i] * inverse); // = Formulas.scaled(values[i], max)
      }
    }
    return max;
  }

  /** The same division as {@link #scaleToMax}, for one entry, so explanations match bit for bit. */
  static double scaled(double value, double max) {
    return Formulas.scaled(value, max);
  }

  static double maxAbsDifference(double[] a, double[] b) {
    double max = 0.0;
    for (int i = 0; i < a.length; i++) {
      double d = Math.abs(a[i] - b[i]);
      if (d > max) {
        max = d;
      }
    }
    return max;
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
