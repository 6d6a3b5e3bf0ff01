package org.corroborate.impl.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.news.Quantity;
import org.corroborate.news.ScoringConfig;

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
 * <p>Cost. Blocks larger than {@code maxBlock} are skipped (a key held by that many claims, like
 * the corpus's main topic, says nothing about which claims match), so looking up a claim's
 * partners costs at most {@code maxBlock} per key: the work is at most {@code maxBlock} times the
 * number of (claim, key) entries, linear in the corpus for a fixed cap. Of a claim's partners,
 * the {@code maxCandidates} ({@link ScoringConfig#maxCandidatesPerClaim()}) with the most shared
 * evidence are kept (meta-blocking: each shared key weighs one over its block's size, so a rare
 * shared name counts more than the corpus's main topic), so the pairs handed to the scorer, and
 * the memory they take, are at most {@code maxCandidates} per claim. Skipped keys
 * are counted in {@link Result#skippedBlocks}; claims sharing a skipped key are still found
 * through their other keys.
 */
public final class ClaimMatcher {
  /** Number of MinHash bands. */
  static final int BANDS = 8;
  /** MinHash rows per band; two claims with 5-gram Jaccard J share a band with probability
   * {@code 1 - (1 - J^ROWS)^BANDS}: .1 for J = .3, .6 for J = .5, .97 for J = .7. */
  static final int ROWS = 3;
  private static final int GRAM = 5;
  private static final long[] SEEDS = seeds(BANDS * ROWS);

  private final int maxBlock;
  private final int maxCandidates;
  private final MatchingLexicon lexicon;

  /** A matcher that skips blocks of more than {@code maxBlock} claims, with the default cap on candidates per claim. */
  public ClaimMatcher(int maxBlock, MatchingLexicon lexicon) {
    this(maxBlock, ScoringConfig.DEFAULT_MAX_CANDIDATES_PER_CLAIM, lexicon);
  }

  /** A matcher that skips blocks of more than {@code maxBlock} claims and keeps at most {@code maxCandidates} candidates per claim. */
  public ClaimMatcher(int maxBlock, int maxCandidates, MatchingLexicon lexicon) {
    if (maxBlock < 2) {
      throw new IllegalArgumentException("maxBlock must be at least 2, was " + maxBlock);
    }
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("maxCandidates must be at least 1, was " + maxCandidates);
    }
    this.maxBlock = maxBlock;
    this.maxCandidates = maxCandidates;
    this.lexicon = lexicon;
  }

  /**
   * The candidate pairs and the blocking statistics.
   *
   * @param pairs candidate pairs {@code {i, j}} with {@code i < j}, sorted, distinct
   * @param blocks number of distinct keys
   * @param skippedBlocks keys skipped for holding more than {@code maxBlock} claims
   * @param comparisons (claim, later claim) entries looked at in the blocks
   */
  public record Result(List<int[]> pairs, int blocks, int skippedBlocks, long comparisons) {}

  /** The candidate pairs among {@code claims}, each once, with the block statistics. */
  public Result candidates(List<ExtractedClaim> claims) {
    Map<String, List<Integer>> blocks = new java.util.HashMap<>(); // looked up per claim, never iterated in order
    List<List<String>> keysOf = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      List<String> keys = keys(claims.get(i));
      keysOf.add(keys);
      for (String key : keys) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    int skipped = 0;
    for (List<Integer> block : blocks.values()) {
      if (block.size() > maxBlock) {
        skipped++;
      }
    }
    // per claim: the later claims sharing a usable block, weighed by the keys they share; the
    // maxCandidates weighing most are kept (meta-blocking), so memory and the scorer's work stay
    // linear in the number of claims
    List<int[]> pairs = new ArrayList<>();
    long comparisons = 0;
    int[] documentOf = new int[claims.size()];
    Map<String, Integer> documentIds = new java.util.HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Integer id = documentIds.putIfAbsent(claims.get(i).documentId(), documentIds.size());
      documentOf[i] = id == null ? documentIds.size() - 1 : id;
    }
    double[] shared = new double[claims.size()];
    int[] touched = new int[claims.size()];
    Integer[] order = new Integer[claims.size()];
    for (int i = 0; i < claims.size(); i++) {
      int count = 0;
      int document = documentOf[i];
      for (String key : keysOf.get(i)) {
        List<Integer> block = blocks.get(key);
        if (block.size() > maxBlock) {
          continue;
        }
        double weight = 1.0 / block.size(); // a rare shared key says more than a common one
        for (int j : block) {
          if (j <= i) {
            continue;
          }
          comparisons++;
          if (documentOf[j] == document) {
            continue;
          }
          if (shared[j] == 0) {
            touched[count++] = j;
          }
          shared[j] += weight;
        }
      }
      for (int k = 0; k < count; k++) {
        order[k] = touched[k];
      }
      java.util.Arrays.sort(order, 0, count, (a, b) -> shared[a] == shared[b]
          ? Integer.compare(a, b) : Double.compare(shared[b], shared[a]));
      int keep = Math.min(count, maxCandidates);
      int[] kept = new int[keep];
      for (int k = 0; k < keep; k++) {
        kept[k] = order[k];
      }
      Arrays.sort(kept);
      for (int j : kept) {
        pairs.add(new int[] {i, j});
      }
      for (int k = 0; k < count; k++) {
        shared[touched[k]] = 0;
      }
    }
    return new Result(List.copyOf(pairs), blocks.size(), skipped, comparisons);
  }

  /**
   * The block keys of a claim, without repeats, in the order {@link #candidates} adds up the
   * evidence two claims share: entity keys ({@code e:}), event types ({@code v:}), kinds of
   * figure ({@code q:}), MinHash bands ({@code m:}).
   */
  public List<String> keys(ExtractedClaim claim) {
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
    String squeezed = squeezed(text);
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

  /** The letters and digits of a text, lower-cased code point by code point. */
  public static String squeezed(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        b.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    return b.toString();
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
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53a87ebL;
    h ^= h >>> 33;
    return h;
  }
}
