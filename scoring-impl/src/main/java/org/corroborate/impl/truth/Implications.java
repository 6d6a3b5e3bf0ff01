package org.corroborate.impl.truth;

import java.util.Arrays;
import org.corroborate.impl.compare.ExactSimilarity;
import org.corroborate.truth.ValueSimilarity;

/**
 * Sparse support between the claims of each item: for claim {@code c}, the other claims {@code c'}
 * of its item with {@code support(c' -> c) > 0}, from the comparison's {@link
 * ValueSimilarity#support}.
 *
 * <p>Cost: {@code sum over items of k(k-1)} support calls for items of {@code k} claims, once per
 * run; nothing under exact comparison, where distinct claims never support each other. Memory: one
 * int and one double per non-zero pair.
 */
final class Implications {
  /** Incoming support of claim c is at {@code from[start[c]] .. from[start[c + 1] - 1]}. */
  final int[] start;
  final int[] from;
  final double[] support;

  private Implications(int[] start, int[] from, double[] support) {
    this.start = start;
    this.from = from;
    this.support = support;
  }

  static Implications compute(ClaimGraph graph, ValueSimilarity similarity) {
    int[] start = new int[graph.claimCount + 1];
    if (similarity instanceof ExactSimilarity) {
      return new Implications(start, new int[0], new double[0]);
    }
    int[] from = new int[16];
    double[] support = new double[16];
    int size = 0;
    for (int i = 0; i < graph.itemCount; i++) {
      int first = graph.itemClaimStart[i];
      int end = graph.itemClaimStart[i + 1];
      for (int c = first; c < end; c++) {
        start[c] = size;
        for (int other = first; other < end; other++) {
          if (other == c) {
            continue;
          }
          double s = similarity.support(graph.claimValue(other), graph.claimValue(c));
          if (!(s >= 0.0 && s <= 1.0)) {
            throw new IllegalStateException("similarity " + similarity.getClass().getName()
                + " returned support " + s + " outside [0, 1]");
          }
          if (s > 0.0) {
            if (size == from.length) {
              from = Arrays.copyOf(from, size * 2);
              support = Arrays.copyOf(support, size * 2);
            }
            from[size] = other;
            support[size] = s;
            size++;
          }
        }
      }
    }
    start[graph.claimCount] = size;
    return new Implications(start, Arrays.copyOf(from, size), Arrays.copyOf(support, size));
  }

  /** The support of {@code other -> claim}, 0 when not recorded. */
  double supportOf(int other, int claim) {
    for (int k = start[claim]; k < start[claim + 1]; k++) {
      if (from[k] == other) {
        return support[k];
      }
    }
    return 0.0;
  }
}
