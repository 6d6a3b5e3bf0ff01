package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link RowSums#sums} gives every row the bits of the plain loop, which adds the row's terms one
 * after the other from 0.0. The terms span twenty orders of magnitude with both signs, so that
 * adding a row's terms in any other order, or starting a row from another row's running sum,
 * changes its bits (checked below).
 */
class RowSumsTest {
  /** CSR row starts of {@code degrees}. */
  private static int[] starts(int[] degrees) {
    int[] starts = new int[degrees.length + 1];
    for (int r = 0; r < degrees.length; r++) {
      starts[r + 1] = starts[r] + degrees[r];
    }
    return starts;
  }

  private static int[] targets(SplittableRandom random, int edges, int values) {
    int[] targets = new int[edges];
    for (int e = 0; e < edges; e++) {
      targets[e] = random.nextInt(values);
    }
    return targets;
  }

  private static double[] values(SplittableRandom random, int n) {
    double[] values = new double[n];
    for (int k = 0; k < n; k++) {
      values[k] = (random.nextBoolean() ? 1 : -1) * random.nextDouble()
          * Math.pow(10, random.nextInt(-10, 10));
    }
    values[0] = -0.0; // a row of -0.0 alone sums to +0.0, as 0.0 + -0.0 does
    return values;
  }

  /** The loop the class comment of RowSums names, written out here, not called. */
  private static double[] expected(int[] starts, int[] targets, double[] values) {
    double[] out = new double[starts.length - 1];
    for (int r = 0; r < out.length; r++) {
      double sum = 0.0;
      for (int e = starts[r]; e < starts[r + 1]; e++) {
        sum += values[targets[e]];
      }
      out[r] = sum;
    }
    return out;
  }

  private static void assertSameBits(double[] actual, double[] expected, int from, int to) {
    for (int r = from; r < to; r++) {
      assertThat(Double.doubleToRawLongBits(actual[r])).as("row %d of [%d, %d)", r, from, to)
          .isEqualTo(Double.doubleToRawLongBits(expected[r]));
    }
  }

  @Test
  void everyRange_sameBitsAsThePlainLoop() {
    SplittableRandom random = new SplittableRandom(7);
    // mostly one edge, as most claims have one source, then runs of long rows
    int[] degrees = new int[20_000];
    for (int r = 0; r < degrees.length; r++) {
      degrees[r] = random.nextInt(10) < 6 ? 1 : 1 + random.nextInt(r % 500 < 50 ? 200 : 12);
    }
    degrees[17] = 1;
    int[] starts = starts(degrees);
    double[] values = values(random, 1000);
    int[] targets = targets(random, starts[degrees.length], values.length);
    targets[starts[17]] = 0; // row 17: -0.0 alone
    double[] expected = expected(starts, targets, values);
    byte[] marks = RowSums.marks(starts, degrees.length);
    int[][] ranges = {{0, degrees.length}, {0, 63}, {0, 64}, {5, 69}, {1, 4096}, {123, 19_999},
        {19_000, 20_000}, {7, 8}, {300, 300}};
    double[] others = values(random, 1000); // a second array, summed beside the first
    double[] expectedOthers = expected(starts, targets, others);
    for (int[] range : ranges) {
      double[] out = new double[degrees.length];
      java.util.Arrays.fill(out, Double.NaN); // rows outside the range stay as they were
      RowSums.sums(starts, targets, marks, values, out, range[0], range[1]);
      assertSameBits(out, expected, range[0], range[1]);
      assertOutsideUntouched(out, range);
      double[] outA = new double[degrees.length];
      double[] outB = new double[degrees.length];
      java.util.Arrays.fill(outA, Double.NaN);
      java.util.Arrays.fill(outB, Double.NaN);
      RowSums.sums(starts, targets, marks, values, outA, others, outB, range[0], range[1]);
      assertSameBits(outA, expected, range[0], range[1]);
      assertSameBits(outB, expectedOthers, range[0], range[1]);
      assertOutsideUntouched(outA, range);
      assertOutsideUntouched(outB, range);
    }
    assertThat(Double.doubleToRawLongBits(expected[17])).isEqualTo(0L);
    boolean orderMatters = false;
    for (int r = 0; r < degrees.length; r++) {
      double backwards = 0.0;
      for (int e = starts[r + 1] - 1; e >= starts[r]; e--) {
        backwards += values[targets[e]];
      }
      orderMatters |= backwards != expected[r];
    }
    assertThat(orderMatters).as("the terms are such that the order of adding shows").isTrue();
  }

  private static void assertOutsideUntouched(double[] out, int[] range) {
    for (int r = 0; r < out.length; r++) {
      if (r < range[0] || r >= range[1]) {
        assertThat(out[r]).as("row %d outside [%d, %d)", r, range[0], range[1]).isNaN();
      }
    }
  }

  @Test
  void lanesOfVeryDifferentLengths_eachFinishedAlone() {
    // the first lane holds one row of 100,000 edges; the other three, rows of one edge: the
    // common loop ends after a few edges and the first lane's tail does the rest
    int[] degrees = new int[400];
    java.util.Arrays.fill(degrees, 1);
    degrees[0] = 100_000;
    degrees[399] = 3;
    int[] starts = starts(degrees);
    SplittableRandom random = new SplittableRandom(8);
    double[] values = values(random, 50);
    int[] targets = targets(random, starts[degrees.length], values.length);
    byte[] marks = RowSums.marks(starts, degrees.length);
    double[] out = new double[degrees.length];
    RowSums.sums(starts, targets, marks, values, out, 0, degrees.length);
    assertSameBits(out, expected(starts, targets, values), 0, degrees.length);
    double[] others = values(random, 50);
    double[] outA = new double[degrees.length];
    double[] outB = new double[degrees.length];
    RowSums.sums(starts, targets, marks, values, outA, others, outB, 0, degrees.length);
    assertSameBits(outA, expected(starts, targets, values), 0, degrees.length);
    assertSameBits(outB, expected(starts, targets, others), 0, degrees.length);
  }

  @Test
  void marks_oneAtEachRowsFirstEdge_andARowWithoutEdgesRefused() {
    int[] starts = starts(new int[] {2, 1, 3});
    assertThat(RowSums.marks(starts, 3)).containsExactly(1, 0, 1, 1, 0, 0);
    assertThat(RowSums.marks(new int[] {0}, 0)).isEmpty();
    assertThatThrownBy(() -> RowSums.marks(starts(new int[] {2, 0, 3}), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 1 has no edge");
  }
}
