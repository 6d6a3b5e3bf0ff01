package org.corroborate.benchmarks.news;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a grouping agrees with gold classes. Pairwise: over all unordered pairs of distinct items,
 * a pair is predicted when both items share a group and gold when both share a class; precision
 * = right / predicted, recall = right / gold. B-cubed (Bagga and Baldwin 1998): per item,
 * precision is the share of its group (itself included) that is in its class and recall the
 * share of its class that is in its group, both averaged over items.
 *
 * <p>Counted from the contingency cells: the items sorted by (group, class), so each cell is one
 * run; a cell of {@code c} items gives {@code c (c - 1) / 2} right pairs and {@code c^2 / |group|}
 * to the sum of B-cubed precisions.
 */
record GroupingQuality(long predicted, long gold, long right, double bcubedPrecision,
    double bcubedRecall) {

  static GroupingQuality of(int[] group, int[] gold) {
    int n = group.length;
    long[] groupSize = sizes(group);
    long[] classSize = sizes(gold);
    long[] cells = new long[n];
    for (int i = 0; i < n; i++) {
      cells[i] = ((long) group[i] << 32) | gold[i];
    }
    Arrays.sort(cells);
    long right = 0;
    double p = 0;
    double r = 0;
    for (int start = 0, end; start < n; start = end) {
      end = start;
      while (end < n && cells[end] == cells[start]) {
        end++;
      }
      long c = end - start;
      right += c * (c - 1) / 2;
      p += (double) (c * c) / groupSize[(int) (cells[start] >>> 32)];
      r += (double) (c * c) / classSize[(int) cells[start]];
    }
    return new GroupingQuality(pairs(groupSize), pairs(classSize), right, p / n, r / n);
  }

  private static long[] sizes(int[] labels) {
    long[] size = new long[Arrays.stream(labels).max().orElse(-1) + 1];
    for (int label : labels) {
      size[label]++;
    }
    return size;
  }

  private static long pairs(long[] sizes) {
    return Arrays.stream(sizes).map(s -> s * (s - 1) / 2).sum();
  }

  double precision() {
    return predicted == 0 ? 1.0 : (double) right / predicted;
  }

  double recall() {
    return gold == 0 ? 1.0 : (double) right / gold;
  }

  double f1() {
    return harmonic(precision(), recall());
  }

  double bcubedF1() {
    return harmonic(bcubedPrecision, bcubedRecall);
  }

  private static double harmonic(double a, double b) {
    return a + b == 0 ? 0 : 2 * a * b / (a + b);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "pairwise P %.4f R %.4f F1 %.4f (%d of %d predicted right,"
        + " %d gold) | B-cubed P %.4f R %.4f F1 %.4f", precision(), recall(), f1(), right,
        predicted, gold, bcubedPrecision, bcubedRecall, bcubedF1());
  }
}
