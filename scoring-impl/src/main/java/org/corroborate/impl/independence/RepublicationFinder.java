package org.corroborate.impl.independence;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.impl.match.ClaimMatcher;
import org.corroborate.impl.token.ContentWords;

/**
 * Finds documents that republish another document's text: word 8-gram shingles (content and
 * function words, lower-cased, glued words split at case changes), an inverted index from shingle
 * to documents, and for every pair of documents sharing a shingle the containment {@code |A ∩ B| /
 * min(|A|, |B|)}. A pair at or above {@code threshold} ({@link
 * org.corroborate.news.ScoringConfig#copyThreshold()}) is a republication. A shingle held by at
 * most {@code maxPostings} documents ({@link
 * org.corroborate.news.ScoringConfig#maxShinglePostings()}) pairs all of them; one held by more
 * (a wire story republished widely, or boilerplate) pairs each holder only with the first holder
 * and with its neighbour in the list, so the cost stays linear in the total text while every
 * holder of a widely copied text stays connected to the others (containment is then computed
 * for those pairs only).
 */
final class RepublicationFinder {
  static final int SHINGLE = 8;

  /**
   * Two documents that share text.
   *
   * @param a index of the first document (lower index)
   * @param b index of the second document
   * @param containment shared shingles over the smaller document's shingles, in [0, 1]
   * @param shared number of shared shingles
   */
  record Pair(int a, int b, double containment, int shared) {}

  private RepublicationFinder() {}

  static List<Pair> find(List<String> texts, double threshold, int maxPostings) {
    // the inverted index as one sorted array: each entry is a shingle hash whose low bits are
    // replaced by the document index, so sorting groups the holders of a shingle, in document
    // order, without boxing (the hash keeps 64 - log2(documents) bits: 44 for a million documents,
    // where a chance collision adds one shared shingle to one pair)
    int documentBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, texts.size() - 1)));
    long documentMask = (1L << documentBits) - 1;
    List<long[]> shingles = new ArrayList<>(texts.size());
    int total = 0;
    for (String text : texts) {
      long[] s = shingles(text);
      shingles.add(s);
      total += s.length;
    }
    long[] index = new long[total];
    int at = 0;
    for (int d = 0; d < texts.size(); d++) {
      for (long h : shingles.get(d)) {
        index[at++] = (h & ~documentMask) | d;
      }
    }
    java.util.Arrays.sort(index);
    List<List<Integer>> postingsWithTwoOrMore = new ArrayList<>();
    for (int i = 0; i < index.length; ) {
      long shingle = index[i] & ~documentMask;
      int j = i + 1;
      while (j < index.length && (index[j] & ~documentMask) == shingle) {
        j++;
      }
      if (j - i >= 2) {
        List<Integer> docs = new ArrayList<>(j - i);
        int last = -1;
        for (int k = i; k < j; k++) {
          int d = (int) (index[k] & documentMask);
          if (d != last) { // a truncated-hash collision inside one document counts once
            docs.add(d);
            last = d;
          }
        }
        if (docs.size() >= 2) {
          postingsWithTwoOrMore.add(docs);
        }
      }
      i = j;
    }
    long[] keysFound = new long[1024];
    int found = 0;
    for (List<Integer> docs : postingsWithTwoOrMore) {
      if (docs.size() <= maxPostings) {
        for (int x = 0; x < docs.size(); x++) {
          for (int y = x + 1; y < docs.size(); y++) {
            if (found == keysFound.length) {
              keysFound = java.util.Arrays.copyOf(keysFound, found * 2);
            }
            keysFound[found++] = ((long) docs.get(x) << 32) | docs.get(y);
          }
        }
        continue;
      }
      // a widely shared shingle (a wire story, or boilerplate): each document is paired with the
      // first holder and with its neighbour in the list, which keeps every holder connected at a
      // cost linear in the list
      for (int x = 1; x < docs.size(); x++) {
        if (found + 2 > keysFound.length) {
          keysFound = java.util.Arrays.copyOf(keysFound, keysFound.length * 2);
        }
        keysFound[found++] = ((long) docs.get(0) << 32) | docs.get(x);
        if (x >= 2) {
          keysFound[found++] = ((long) docs.get(x - 1) << 32) | docs.get(x);
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    long[] keys = java.util.Arrays.copyOf(keysFound, found);
    java.util.Arrays.sort(keys); // document order; equal keys are one pair's shared shingles
    for (int k = 0; k < keys.length; ) {
      long key = keys[k];
      int shared = 0;
      while (k < keys.length && keys[k] == key) {
        shared++;
        k++;
      }
      int a = (int) (key >>> 32);
      int b = (int) key;
      int smaller = Math.min(shingles.get(a).length, shingles.get(b).length);
      double containment = smaller == 0 ? 0 : Math.min(1.0, (double) shared / smaller);
      if (containment >= threshold) {
        pairs.add(new Pair(a, b, containment, shared));
      }
    }
    return List.copyOf(pairs);
  }

  /** The distinct shingle hashes of a text. */
  static long[] shingles(String text) {
    List<String> tokens = ContentWords.tokens(text, 0, text.length());
    if (tokens.size() < SHINGLE) {
      return new long[0];
    }
    int[] words = new int[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).hashCode();
    }
    long[] out = new long[tokens.size() - SHINGLE + 1];
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int k = 0; k < SHINGLE; k++) {
        h = ClaimMatcher.mix(h ^ words[i + k]) + k;
      }
      out[i] = h;
    }
    java.util.Arrays.sort(out); // distinct hashes, in hash order
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (n == 0 || out[i] != out[n - 1]) {
        out[n++] = out[i];
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
