package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The block-wise extremes of {@link Vectors} over arrays of several blocks, on one thread (where
 * the rows run as one block) and on two, with the extreme placed in the last block and in the
 * first.
 */
class VectorsTest {
  private static final int LENGTH = 2 * Parallel.BLOCK + 17; // three blocks, the last short

  /** Every entry 0.5 but {@code at}, which is {@code value}. */
  private static double[] halvesWith(int at, double value) {
    double[] values = new double[LENGTH];
    Arrays.fill(values, 0.5);
    values[at] = value;
    return values;
  }

  @Test
  void extremes_areTheSameOnOneAndTwoThreads_wherever_theyLie() {
    try (Parallel two = new Parallel(2)) {
      for (Parallel parallel : new Parallel[] {Parallel.SERIAL, two}) {
        for (int at : new int[] {0, Parallel.BLOCK, LENGTH - 1}) {
          assertThat(Vectors.min(halvesWith(at, 0.25), parallel)).isEqualTo(0.25);
          assertThat(Vectors.min(halvesWith(at, 0.75), parallel)).isEqualTo(0.5);
          assertThat(Vectors.maxOf(halvesWith(at, -3.0), parallel)).isEqualTo(0.5);
          assertThat(Vectors.maxOf(halvesWith(at, 2.0), parallel)).isEqualTo(2.0);
          assertThat(Vectors.max(halvesWith(at, 0.75), parallel)).isEqualTo(0.75);
          assertThat(Vectors.max(halvesWith(at, Double.NaN), parallel)).isEqualTo(0.5);
          double[] shifted = halvesWith(at, 0.5);
          shifted[at] = 0.125;
          assertThat(Vectors.maxAbsDifference(halvesWith(at, 0.5), shifted, parallel))
              .isEqualTo(0.375);
        }
      }
    }
  }

  @Test
  void extremes_ofNegativeEntriesAndOfNoEntries() {
    double[] negative = new double[LENGTH];
    Arrays.fill(negative, -1.0);
    negative[LENGTH - 1] = -4.0;
    assertThat(Vectors.min(negative)).isEqualTo(-4.0);
    assertThat(Vectors.maxOf(negative)).isEqualTo(-1.0);
    assertThat(Vectors.max(negative)).isEqualTo(0.0); // at least 0 by contract
    assertThat(Vectors.min(new double[0])).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Vectors.maxOf(new double[0])).isEqualTo(Double.NEGATIVE_INFINITY);
  }
}
