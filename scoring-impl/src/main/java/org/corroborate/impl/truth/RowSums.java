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
    int rows = to - from;
    int r1 = from + rows / 4;
    int r2 = from + rows / 2;
    int r3 = from + rows - rows / 4;
    // each lane: its next edge, its end, its current row and running sum
    int e0 = starts[from];
    int e1 = starts[r1];
    int e2 = starts[r2];
    int e3 = starts[r3];
    int end0 = e1;
    int end1 = e2;
    int end2 = e3;
    int end3 = starts[to];
    int c0 = from - 1;
    int c1 = r1 - 1;
    int c2 = r2 - 1;
    int c3 = r3 - 1;
    long s0 = 0L; // the sums' raw bits, turned into doubles to add
    long s1 = 0L;
    long s2 = 0L;
    long s3 = 0L;
    int common = Math.min(Math.min(end0 - e0, end1 - e1), Math.min(end2 - e2, end3 - e3));
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
      double t0 = Double.longBitsToDouble(s0 & (b0 - 1L)) + values[targets[e0++]];
      double t1 = Double.longBitsToDouble(s1 & (b1 - 1L)) + values[targets[e1++]];
      double t2 = Double.longBitsToDouble(s2 & (b2 - 1L)) + values[targets[e2++]];
      double t3 = Double.longBitsToDouble(s3 & (b3 - 1L)) + values[targets[e3++]];
      out[c0] = t0;
      out[c1] = t1;
      out[c2] = t2;
      out[c3] = t3;
      s0 = Double.doubleToRawLongBits(t0);
      s1 = Double.doubleToRawLongBits(t1);
      s2 = Double.doubleToRawLongBits(t2);
      s3 = Double.doubleToRawLongBits(t3);
    }
    // each lane's remaining edges, one lane after the other
    tail(marks, targets, values, out, e0, end0, c0, s0);
    tail(marks, targets, values, out, e1, end1, c1, s1);
    tail(marks, targets, values, out, e2, end2, c2, s2);
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
    int rows = to - from;
    int r1 = from + rows / 4;
    int r2 = from + rows / 2;
    int r3 = from + rows - rows / 4;
    int e0 = starts[from];
    int e1 = starts[r1];
    int e2 = starts[r2];
    int e3 = starts[r3];
    int end0 = e1;
    int end1 = e2;
    int end2 = e3;
    int end3 = starts[to];
    int c0 = from - 1;
    int c1 = r1 - 1;
    int c2 = r2 - 1;
    int c3 = r3 - 1;
    long a0 = 0L;
    long a1 = 0L;
    long a2 = 0L;
    long a3 = 0L;
    long b0 = 0L;
    long b1 = 0L;
    long b2 = 0L;
    long b3 = 0L;
    int common = Math.min(Math.min(end0 - e0, end1 - e1), Math.min(end2 - e2, end3 - e3));
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
      double x0 = Double.longBitsToDouble(a0 & (m0 - 1L)) + valuesA[t0];
      double x1 = Double.longBitsToDouble(a1 & (m1 - 1L)) + valuesA[t1];
      double x2 = Double.longBitsToDouble(a2 & (m2 - 1L)) + valuesA[t2];
      double x3 = Double.longBitsToDouble(a3 & (m3 - 1L)) + valuesA[t3];
      double y0 = Double.longBitsToDouble(b0 & (m0 - 1L)) + valuesB[t0];
      double y1 = Double.longBitsToDouble(b1 & (m1 - 1L)) + valuesB[t1];
      double y2 = Double.longBitsToDouble(b2 & (m2 - 1L)) + valuesB[t2];
      double y3 = Double.longBitsToDouble(b3 & (m3 - 1L)) + valuesB[t3];
      outA[c0] = x0;
      outA[c1] = x1;
      outA[c2] = x2;
      outA[c3] = x3;
      outB[c0] = y0;
      outB[c1] = y1;
      outB[c2] = y2;
      outB[c3] = y3;
      a0 = Double.doubleToRawLongBits(x0);
      a1 = Double.doubleToRawLongBits(x1);
      a2 = Double.doubleToRawLongBits(x2);
      a3 = Double.doubleToRawLongBits(x3);
      b0 = Double.doubleToRawLongBits(y0);
      b1 = Double.doubleToRawLongBits(y1);
      b2 = Double.doubleToRawLongBits(y2);
      b3 = Double.doubleToRawLongBits(y3);
    }
    tail(marks, targets, valuesA, outA, e0, end0, c0, a0);
    tail(marks, targets, valuesA, outA, e1, end1, c1, a1);
    tail(marks, targets, valuesA, outA, e2, end2, c2, a2);
    tail(marks, targets, valuesA, outA, e3, end3, c3, a3);
    tail(marks, targets, valuesB, outB, e0, end0, c0, b0);
    tail(marks, targets, valuesB, outB, e1, end1, c1, b1);
    tail(marks, targets, valuesB, outB, e2, end2, c2, b2);
    tail(marks, targets, valuesB, outB, e3, end3, c3, b3);
  }

  private static void tail(byte[] marks, int[] targets, double[] values, double[] out, int e,
      int end, int c, long s) {
    for (; e < end; e++) {
      int b = marks[e];
      c += b;
      double t = Double.longBitsToDouble(s & (b - 1L)) + values[targets[e]];
      out[c] = t;
      s = Double.doubleToRawLongBits(t);
    }
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
