package org.corroborate.impl.truth;

/**
 * Sums over the rows of a CSR array ({@code starts}, {@code targets}) of a value per target:
 * {@code out[r] = values[targets[starts[r]]] + ... + values[targets[starts[r + 1] - 1]]}, added in
 * edge order from 0.0, the bits of the plain loop {@code for (r) { sum = 0.0; for (e) sum +=
 * values[targets[e]]; out[r] = sum; }}.
 *
 * <p>Why not that loop: its inner loop ends after a number of edges the processor cannot foresee
 * (a claim has one source or fifteen), and each mispredicted end costs about as much as summing
 * a dozen edges; the claims of the 10^7-observation file (three million, 59 % of them with one
 * source) pay it three million times a walk. Here the rows are cut into four lanes, runs of
 * consecutive rows, and one loop takes an edge of each lane in turn with no branch: a row's first
 * edge is marked by a byte ({@link #marks}), the mark advances the lane's row and clears its sum
 * (the sum's bits and-ed with 0), and every edge stores the running sum into its row, so the last
 * store of a row is its whole sum. The four lanes are independent chains of additions, so their
 * latencies overlap. A row's sum still adds its edges one after the other in edge order, so the
 * bits are those of the plain loop.
 */
final class RowSums {
  private RowSums() {}

  /** Ranges shorter than this many rows are summed by the plain loop. */
  static final int MIN_LANE_ROWS = 16;

  /**
   * One byte per edge of {@code starts}' {@code rows} rows, 1 at each row's first edge and 0
   * elsewhere. Every row must have an edge (a row without one would need a store no edge makes;
   * in a {@link ClaimGraph} every claim has a source and every item a voter). A bit per edge would
   * take an eighth of the memory, but taking it out of its word made the loop a third slower.
   *
   * @throws IllegalArgumentException if a row has no edge
   */
  static byte[] marks(int[] starts, int rows) {
    byte[] marks = new byte[starts[rows]];
    for (int r = 0; r < rows; r++) {
      if (starts[r] == starts[r + 1]) {
        throw new IllegalArgumentException("row " + r + " has no edge");
      }
      marks[starts[r]] = 1;
    }
    return marks;
  }

  /**
   * {@code out[r]} for every row r of {@code [from, to)}: see the class comment. {@code marks} is
   * {@link #marks} of {@code starts}.
   */
  static void sums(int[] starts, int[] targets, byte[] marks, double[] values, double[] out,
      int from, int to) {
    if (to - from < 4 * MIN_LANE_ROWS) {
      plain(starts, targets, values, out, from, to);
      return;
    }
    int[] row = lanes(from, to);
    // each lane: its next edge, its end, its current row and running sum
    int e0 = starts[row[0]];
    int e1 = starts[row[1]];
    int e2 = starts[row[2]];
    int e3 = starts[row[3]];
    int end3 = starts[to];
    int c0 = row[0] - 1;
    int c1 = row[1] - 1;
    int c2 = row[2] - 1;
    int c3 = row[3] - 1;
    double s0 = 0.0; // the lanes' running sums
    double s1 = 0.0;
    double s2 = 0.0;
    double s3 = 0.0;
    int common = common(e0, e1, e2, e3, end3);
    for (int k = 0; k < common; k++) {
      int b0 = marks[e0]; // 1 at a row's first edge
      int b1 = marks[e1];
      int b2 = marks[e2];
      int b3 = marks[e3];
      c0 += b0;
      c1 += b1;
      c2 += b2;
      c3 += b3;
      // b - 1 is 0 at a first edge (the sum restarts from +0.0) and all ones elsewhere
      s0 = restart(s0, b0) + values[targets[e0++]];
      s1 = restart(s1, b1) + values[targets[e1++]];
      s2 = restart(s2, b2) + values[targets[e2++]];
      s3 = restart(s3, b3) + values[targets[e3++]];
      out[c0] = s0;
      out[c1] = s1;
      out[c2] = s2;
      out[c3] = s3;
    }
    // each lane's remaining edges, one lane after the other
    tail(marks, targets, values, out, e0, starts[row[1]], c0, s0);
    tail(marks, targets, values, out, e1, starts[row[2]], c1, s1);
    tail(marks, targets, values, out, e2, starts[row[3]], c2, s2);
    tail(marks, targets, values, out, e3, end3, c3, s3);
  }

  /**
   * {@link #sums} of two value arrays over the same rows in one walk: {@code outA[r]} from {@code
   * valuesA} and {@code outB[r]} from {@code valuesB}, each with the bits of its own plain loop.
   */
  static void sums(int[] starts, int[] targets, byte[] marks, double[] valuesA, double[] outA,
      double[] valuesB, double[] outB, int from, int to) {
    if (to - from < 4 * MIN_LANE_ROWS) {
      plain(starts, targets, valuesA, outA, from, to);
      plain(starts, targets, valuesB, outB, from, to);
      return;
    }
    // the one-array loop with a second sum per lane, written out again: a loop shared through
    // arrays or a callback would keep the lanes' state in memory instead of registers
    int[] row = lanes(from, to);
    int end3 = starts[to];
    int c0 = row[0] - 1;
    int c1 = row[1] - 1;
    int c2 = row[2] - 1;
    int c3 = row[3] - 1;
    int e0 = starts[row[0]];
    int e1 = starts[row[1]];
    int e2 = starts[row[2]];
    int e3 = starts[row[3]];
    double a0 = 0.0;
    double a1 = 0.0;
    double a2 = 0.0;
    double a3 = 0.0;
    double b0 = 0.0;
    double b1 = 0.0;
    double b2 = 0.0;
    double b3 = 0.0;
    int common = common(e0, e1, e2, e3, end3);
    for (int k = 0; k < common; k++) {
      int m0 = marks[e0];
      int m1 = marks[e1];
      int m2 = marks[e2];
      int m3 = marks[e3];
      c0 += m0;
      c1 += m1;
      c2 += m2;
      c3 += m3;
      int t0 = targets[e0++];
      int t1 = targets[e1++];
      int t2 = targets[e2++];
      int t3 = targets[e3++];
      a0 = restart(a0, m0) + valuesA[t0];
      a1 = restart(a1, m1) + valuesA[t1];
      a2 = restart(a2, m2) + valuesA[t2];
      a3 = restart(a3, m3) + valuesA[t3];
      b0 = restart(b0, m0) + valuesB[t0];
      b1 = restart(b1, m1) + valuesB[t1];
      b2 = restart(b2, m2) + valuesB[t2];
      b3 = restart(b3, m3) + valuesB[t3];
      outA[c0] = a0;
      outA[c1] = a1;
      outA[c2] = a2;
      outA[c3] = a3;
      outB[c0] = b0;
      outB[c1] = b1;
      outB[c2] = b2;
      outB[c3] = b3;
    }
    int[] end = {starts[row[1]], starts[row[2]], starts[row[3]], end3};
    tail(marks, targets, valuesA, outA, e0, end[0], c0, a0);
    tail(marks, targets, valuesB, outB, e0, end[0], c0, b0);
    tail(marks, targets, valuesA, outA, e1, end[1], c1, a1);
    tail(marks, targets, valuesB, outB, e1, end[1], c1, b1);
    tail(marks, targets, valuesA, outA, e2, end[2], c2, a2);
    tail(marks, targets, valuesB, outB, e2, end[2], c2, b2);
    tail(marks, targets, valuesA, outA, e3, end[3], c3, a3);
    tail(marks, targets, valuesB, outB, e3, end[3], c3, b3);
  }

  /** The first rows of the four lanes of rows {@code [from, to)}: runs of about equal length. */
  private static int[] lanes(int from, int to) {
    int rows = to - from;
    return new int[] {from, from + rows / 4, from + rows / 2, from + rows - rows / 4};
  }

  /** Edges every lane has, lane k running from {@code ek} to the next lane's first edge. */
  private static int common(int e0, int e1, int e2, int e3, int end3) {
    return Math.min(Math.min(e1 - e0, e2 - e1), Math.min(e3 - e2, end3 - e3));
  }

  private static void tail(byte[] marks, int[] targets, double[] values, double[] out, int e,
      int end, int c, double s) {
    for (; e < end; e++) {
      int b = marks[e];
      c += b;
      s = restart(s, b) + values[targets[e]];
      out[c] = s;
    }
  }

  /**
   * {@code +0.0} when {@code mark} is 1 (a row's first edge), else {@code sum}, with no branch: the
   * sum's bits and-ed with {@code mark - 1}, which is 0 or all ones.
   */
  private static double restart(double sum, int mark) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(sum) & (mark - 1L));
  }

  /** The plain loop of the class comment. */
  static void plain(int[] starts, int[] targets, double[] values, double[] out, int from,
      int to) {
    for (int r = from; r < to; r++) {
      double sum = 0.0;
      for (int e = starts[r]; e < starts[r + 1]; e++) {
        sum += values[targets[e]];
      }
      out[r] = sum;
    }
  }
}
