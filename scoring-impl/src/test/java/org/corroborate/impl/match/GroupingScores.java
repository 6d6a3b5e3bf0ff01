package org.corroborate.impl.match;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairwise and B-cubed precision, recall and F1 of a grouping against gold classes.
 *
 * <p>Pairwise: over all unordered pairs of distinct items, a pair is predicted when both items
 * are in one group and gold when both share a class; precision = both / predicted, recall = both
 * / gold. B-cubed (Bagga and Baldwin 1998): for each item, precision is the share of its group
 * (itself included) in its class, recall the share of its class in its group; both are averaged
 * over items.
 */
record GroupingScores(long predictedPairs, long goldPairs, long bothPairs, double bcubedPrecision,
    double bcubedRecall) {

  static GroupingScores of(int[] group, int[] gold) {
    int n = group.length;
    Map<Long, Integer> cell = new TreeMap<>();
    Map<Integer, Integer> groupSize = new TreeMap<>();
    Map<Integer, Integer> classSize = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      cell.merge(((long) group[i] << 32) | gold[i], 1, Integer::sum);
      groupSize.merge(group[i], 1, Integer::sum);
      classSize.merge(gold[i], 1, Integer::sum);
    }
    long predicted = 0;
    long goldPairs = 0;
    long both = 0;
    for (int s : groupSize.values()) {
      predicted += (long) s * (s - 1) / 2;
    }
    for (int s : classSize.values()) {
      goldPairs += (long) s * (s - 1) / 2;
    }
    double p = 0;
    double r = 0;
    for (Map.Entry<Long, Integer> e : cell.entrySet()) {
      int c = e.getValue();
      both += (long) c * (c - 1) / 2;
      int g = (int) (e.getKey() >>> 32);
      int k = (int) (long) e.getKey();
      // each of the c items of this cell has c of its group's items in its class
      p += (double) c * c / groupSize.get(g);
      r += (double) c * c / classSize.get(k);
    }
    return new GroupingScores(predicted, goldPairs, both, p / n, r / n);
  }

  double precision() {
    return predictedPairs == 0 ? 1.0 : bothPairs / (double) predictedPairs;
  }

  double recall() {
    return goldPairs == 0 ? 1.0 : bothPairs / (double) goldPairs;
  }

  double f1() {
    return f(precision(), recall());
  }

  double bcubedF1() {
    return f(bcubedPrecision, bcubedRecall);
  }

  private static double f(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "pairwise P %.4f R %.4f F1 %.4f (%d of %d predicted pairs"
        + " right, %d gold) | B-cubed P %.4f R %.4f F1 %.4f", precision(), recall(), f1(),
        bothPairs, predictedPairs, goldPairs, bcubedPrecision, bcubedRecall, bcubedF1());
  }
}
