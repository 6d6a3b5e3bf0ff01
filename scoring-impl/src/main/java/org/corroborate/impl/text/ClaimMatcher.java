package org.corroborate.impl.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the pairs of claims worth comparing, by blocking, never by comparing all pairs.
 *
 * <p>Each claim gets block keys: every entity key ({@code e:}), every event type ({@code v:}),
 * every kind of counted thing its figures count ({@code q:}), and {@link #BANDS} locality-sensitive
 * hashes of its character 5-grams ({@code m:}, MinHash with {@link #ROWS} rows per band over the
 * letters and digits of the claim, lower-cased code point by code point (locale-free) and with all spaces removed, so that glued words
 * "Syriaplunges" and "Syria plunges" give the same grams). Two claims from different documents
 * that share a key are a candidate pair.
 *
 * <p>Cost. A block of {@code s} claims yields {@code s(s-1)/2} pairs; blocks larger than {@code
 * maxBlock} are skipped (a key held by that many claims, like the corpus's main topic, says
 * nothing about which claims match), so the work is at most {@code maxBlock} times the number of
 * (claim, key) entries: linear in the corpus for a fixed {@code maxBlock}. Skipped keys are
 * counted in {@link Result#skippedBlocks}. Claims sharing a skipped key are still found through
 * their other keys.
 */
final class ClaimMatcher {
  /** Number of MinHash bands. */
  static final int BANDS = 8;
  /** MinHash rows per band; two claims with 5-gram Jaccard J share a band with probability
   * {@code 1 - (1 - J^ROWS)^BANDS}: .1 for J = .3, .6 for J = .5, .97 for J = .7. */
  static final int ROWS = 3;
  private static final int GRAM = 5;
  private static final long[] SEEDS = seeds(BANDS * ROWS);

  private final int maxBlock;
  private final MatchingLexicon lexicon;

  ClaimMatcher(int maxBlock, MatchingLexicon lexicon) {
    if (maxBlock < 2) {
      throw new IllegalArgumentException("maxBlock must be at least 2, was " + maxBlock);
    }
    this.maxBlock = maxBlock;
    this.lexicon = lexicon;
  }

  /**
   * The candidate pairs and the blocking statistics.
   *
   * @param pairs candidate pairs {@code {i, j}} with {@code i < j}, sorted, distinct
   * @param blocks number of distinct keys
   * @param skippedBlocks keys skipped for holding more than {@code maxBlock} claims
   * @param comparisons pairs enumerated before removing repeats
   */
  record Result(List<int[]> pairs, int blocks, int skippedBlocks, long comparisons) {}

  Result candidates(List<ExtractedClaim> claims) {
    Map<String, List<Integer>> blocks = new TreeMap<>();
    for (int i = 0; i < claims.size(); i++) {
      for (String key : keys(claims.get(i))) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    long[] pairKeys = new long[16];
    int count = 0;
    int skipped = 0;
    long comparisons = 0;
    for (List<Integer> block : blocks.values()) {
      if (block.size() > maxBlock) {
        skipped++;
        continue;
      }
      for (int x = 0; x < block.size(); x++) {
        int i = block.get(x);
        for (int y = x + 1; y < block.size(); y++) {
          int j = block.get(y);
          comparisons++;
          if (claims.get(i).documentId().equals(claims.get(j).documentId())) {
            continue;
          }
          if (count == pairKeys.length) {
            pairKeys = Arrays.copyOf(pairKeys, count * 2);
          }
          pairKeys[count++] = ((long) Math.min(i, j) << 32) | Math.max(i, j);
        }
      }
    }
    long[] sorted = Arrays.copyOf(pairKeys, count);
    Arrays.sort(sorted);
    List<int[]> pairs = new ArrayList<>();
    for (int k = 0; k < sorted.length; k++) {
      if (k > 0 && sorted[k] == sorted[k - 1]) {
        continue;
      }
      pairs.add(new int[] {(int) (sorted[k] >>> 32), (int) sorted[k]});
    }
    return new Result(List.copyOf(pairs), blocks.size(), skipped, comparisons);
  }

  /** The block keys of a claim, without repeats. */
  List<String> keys(ExtractedClaim claim) {
    List<String> keys = new ArrayList<>();
    for (String e : claim.entityKeys()) {
      keys.add("e:" + e);
    }
    for (String v : claim.events()) {
      keys.add("v:" + v);
    }
    java.util.TreeSet<String> kinds = new java.util.TreeSet<>();
    for (Quantity q : claim.quantities()) {
      String kind = q.counted().map(lexicon::kind).orElse("");
      kinds.add(kind.isEmpty() ? "unit=" + q.unit() : kind);
    }
    for (String k : kinds) {
      keys.add("q:" + k);
    }
    long[] signature = minHash(claim.text());
    if (signature != null) {
      for (int band = 0; band < BANDS; band++) {
        long h = 0x9E3779B97F4A7C15L * (band + 1);
        for (int r = 0; r < ROWS; r++) {
          h = mix(h ^ signature[band * ROWS + r]);
        }
        keys.add("m:" + band + ":" + Long.toHexString(h));
      }
    }
    return keys;
  }

  /** MinHash signature over character 5-grams of the squeezed text; null if too short. */
  static long[] minHash(String text) {
    StringBuilder squeezed = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        squeezed.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    if (squeezed.length() < GRAM) {
      return null;
    }
    long[] signature = new long[SEEDS.length];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (int i = 0; i + GRAM <= squeezed.length(); i++) {
      long gram = 0;
      for (int k = 0; k < GRAM; k++) {
        gram = gram * 31 + squeezed.charAt(i + k);
      }
      for (int s = 0; s < SEEDS.length; s++) {
        long h = mix(gram ^ SEEDS[s]);
        if (h < signature[s]) {
          signature[s] = h;
        }
      }
    }
    return signature;
  }

  private static long[] seeds(int n) {
    long[] seeds = new long[n];
    long x = 0x243F6A8885A308D3L;
    for (int i = 0; i < n; i++) {
      x += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(x);
    }
    return seeds;
  }

  /** The murmur3 64-bit finaliser. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53a87ebL;
    h ^= h >>> 33;
    return h;
  }
}
