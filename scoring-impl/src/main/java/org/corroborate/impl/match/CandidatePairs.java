package org.corroborate.impl.match;

import java.util.Arrays;

/**
 * Blocking for grouping: which pairs of texts are worth scoring, found through an inverted index
 * of rare character n-grams instead of comparing all pairs.
 *
 * <p>Only n-grams held by between 2 and {@code maxPostings} texts are indexed (a longer posting
 * list, such as " the", says little about which texts match and would make the cost quadratic).
 * Each text probes the postings of its {@code probes} rarest indexed n-grams (ties by feature id)
 * and accumulates, for every text met, the partial dot product of their TF-IDF vectors over those
 * n-grams; the {@code perText} texts with the largest partial products (ties by index) become its
 * candidates. The pairs are the union over texts, each pair once, in ascending order. Cost: at most
 * {@code probes * maxPostings} postings read per text, so linear in the number of texts.
 */
final class CandidatePairs {
  private CandidatePairs() {}

  /**
   * Returns the candidate pairs of {@code space}'s texts, each packed as {@code (long) a << 32 | b}
   * with {@code a < b}, sorted ascending.
   */
  static long[] of(LexicalVectors.Space space, int maxPostings, int probes, int perText) {
    int n = space.ids.length;
    int[] df = space.df;
    // compressed postings of the indexed features: start offsets, then (text, weight) entries
    int features = df.length;
    int[] start = new int[features + 1];
    for (int f = 0; f < features; f++) {
      start[f + 1] = start[f] + (indexed(df[f], maxPostings) ? df[f] : 0);
    }
    int[] postText = new int[start[features]];
    float[] postWeight = new float[start[features]];
    int[] fill = Arrays.copyOf(start, features);
    for (int i = 0; i < n; i++) {
      int[] ids = space.ids[i];
      float[] w = space.weights[i];
      for (int k = 0; k < ids.length; k++) {
        int f = ids[k];
        if (indexed(df[f], maxPostings)) {
          postText[fill[f]] = i;
          postWeight[fill[f]++] = w[k];
        }
      }
    }
    double[] acc = new double[n];
    int[] touched = new int[n];
    long[] rare = new long[64];
    long[] out = new long[Math.max(16, n * Math.min(perText, 8))];
    int outSize = 0;
    long[] best = new long[0];
    for (int i = 0; i < n; i++) {
      int[] ids = space.ids[i];
      float[] w = space.weights[i];
      if (rare.length < ids.length) {
        rare = new long[ids.length];
      }
      int r = 0;
      for (int k = 0; k < ids.length; k++) {
        if (indexed(df[ids[k]], maxPostings)) {
          rare[r++] = ((long) df[ids[k]] << 32) | k;
        }
      }
      Arrays.sort(rare, 0, r);
      int touchedSize = 0;
      for (int p = 0; p < Math.min(r, probes); p++) {
        int k = (int) rare[p];
        int f = ids[k];
        double wi = w[k];
        for (int q = start[f]; q < start[f + 1]; q++) {
          int j = postText[q];
          if (j == i) {
            continue;
          }
          if (acc[j] == 0) {
            touched[touchedSize++] = j;
          }
          acc[j] += wi * postWeight[q];
        }
      }
      // keep the perText largest: sort (score descending, index ascending) by packing
      if (best.length < touchedSize) {
        best = new long[Math.max(touchedSize, best.length * 2)];
      }
      for (int t = 0; t < touchedSize; t++) {
        int j = touched[t];
        // non-negative float bits sort like the floats; invert for descending order
        long bits = Float.floatToIntBits((float) acc[j]);
        best[t] = ((0x7fffffffL - bits) << 32) | j;
        acc[j] = 0;
      }
      Arrays.sort(best, 0, touchedSize);
      int keep = Math.min(perText, touchedSize);
      if (outSize + keep > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, outSize + keep));
      }
      for (int t = 0; t < keep; t++) {
        int j = (int) best[t];
        out[outSize++] = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
      }
    }
    Arrays.sort(out, 0, outSize);
    int distinct = 0;
    for (int t = 0; t < outSize; t++) {
      if (t == 0 || out[t] != out[t - 1]) {
        out[distinct++] = out[t];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  private static boolean indexed(int df, int maxPostings) {
    return df >= 2 && df <= maxPostings;
  }
}
