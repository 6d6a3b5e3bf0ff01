package org.corroborate.impl.truth;

import java.util.Arrays;

/**
 * The pairs of sources that vote on at least {@code minShared} common items, the only pairs copy
 * detection ever weighs: two sources with fewer items in common count as independent ({@link Accu},
 * parameter {@code min-shared-items}), so their pair is never built.
 *
 * <p>Pairs are numbered by (first, second) with {@code first < second} in source numbering (which
 * is id order, so the first source's id sorts first). For source {@code s}, its partners {@code t >
 * s} are {@code second[upperStart[s] .. upperStart[s + 1] - 1]}, ascending, and the pair number is
 * the index itself, so {@link #find} is one binary search (or one table read, below); its partners {@code t < s} are the pairs
 * {@code lowerPairs[lowerStart[s] .. lowerStart[s + 1] - 1]}, by ascending {@code t}.
 *
 * <p>Which pairs are counted (prefix filtering, as in set-similarity joins): a source voting on
 * {@code d} items can share {@code m = minShared} of them with a partner only if the partner votes
 * on at least one of any {@code d - m + 1} of them (the other {@code m - 1} cannot hold {@code m}).
 * So the candidates of {@code s} are the voters of its {@code d - m + 1} items with the fewest
 * voters, among sources with at least {@code m} items; an item voted on by every source is then
 * never walked for a pair that shares only it. Each candidate's shared items are counted exactly:
 * those among the walked items on the walk that finds the candidates, the few others by whichever
 * is cheaper, walking their voters or merging the two item lists (which recounts them all).
 *
 * <p>Cost, once per run: at most the candidates times the two sources' item counts, and never
 * more than {@code sum over items of k^2} for {@code k} voters on an item (the bound when {@code m
 * = 1}, which builds every pair sharing an item); plus, to count the claims each built pair
 * shares ({@link #sharedClaims}), the cheaper of one merge of the two sources' claim lists per
 * pair and one walk over each claim's voters. Memory: five ints per built pair plus a few per
 * source; pairs that cannot reach {@code minShared} take none.
 *
 * <p>When the pairs are dense, as with a thousand sources that each vote on thousands of items,
 * {@link #find} reads the pair's number from a table of one int per ordered pair of sources instead
 * of searching the first source's partners: built only while it takes at most {@value
 * #INDEX_INTS_PER_PAIR} ints per built pair (or {@value #SMALL_INDEX} ints in all), so at most
 * about as much again as the pairs' own arrays. Copy detection looks pairs up once per claim per
 * pair of its sources, where the search's dependent loads were most of the time.
 */
final class SourcePairs {
  final int count;
  /** Pair p is {@code (first[p], second[p])} with {@code first[p] < second[p]}. */
  final int[] first;
  final int[] second;
  /** Partners above source s: pairs {@code upperStart[s] .. upperStart[s + 1] - 1}. */
  final int[] upperStart;
  /** Partners below source s: pairs {@code lowerPairs[lowerStart[s] .. lowerStart[s + 1] - 1]}. */
  final int[] lowerStart;
  final int[] lowerPairs;
  /** Items both sources of the pair vote on. */
  final int[] sharedItems;
  /** Claims both sources of the pair assert. */
  final int[] sharedClaims;
  /** Candidate pairs whose shared items were counted, built or not (for tests of the pruning). */
  final long candidates;
  /**
   * The number of pair (a, b), {@code a < b}, at {@code index[a * sources + b]}, -1 when it was
   * not built; null when the table would be too large ({@link #indexed}).
   */
  private final int[] index;

  /** Ints per built pair the {@link #index} may take. */
  static final int INDEX_INTS_PER_PAIR = 16;

  /** Ints the {@link #index} may take however few the pairs. */
  static final int SMALL_INDEX = 1 << 16;

  private SourcePairs(int[] first, int[] second, int[] upperStart, int[] sharedItems,
      int[] sharedClaims, long candidates, int[] index) {
    this.index = index;
    this.count = first.length;
    this.first = first;
    this.second = second;
    this.upperStart = upperStart;
    this.sharedItems = sharedItems;
    this.sharedClaims = sharedClaims;
    this.candidates = candidates;
    int sources = upperStart.length - 1;
    this.lowerStart = new int[sources + 1];
    for (int p = 0; p < count; p++) {
      lowerStart[second[p] + 1]++;
    }
    for (int s = 0; s < sources; s++) {
      lowerStart[s + 1] += lowerStart[s];
    }
    this.lowerPairs = new int[count];
    int[] cursor = Arrays.copyOf(lowerStart, sources);
    for (int p = 0; p < count; p++) {
      lowerPairs[cursor[second[p]]++] = p; // pairs ascend by first, so each list does too
    }
  }

  /** Every pair of sources voting on a common item. */
  static SourcePairs build(ClaimGraph graph) {
    return build(graph, 1);
  }

  /** The pairs of sources voting on at least {@code minShared} common items, on one thread. */
  static SourcePairs build(ClaimGraph graph, int minShared) {
    return build(graph, minShared, Parallel.SERIAL);
  }

  /**
   * The pairs of sources voting on at least {@code minShared} common items. Each source's
   * partners above it are found and counted on their own, so blocks of sources run on {@code
   * parallel}'s threads, each into its own lists, joined in source order: the same pairs in the
   * same order whatever the number of threads.
   */
  static SourcePairs build(ClaimGraph graph, int minShared, Parallel parallel) {
    int m = Math.max(1, minShared);
    int sources = graph.sourceCount;
    // each source's distinct items, ascending: the items' voter lists turned around, the items
    // read in order (so each source's come out ascending) and written to one cursor per source
    int[] itemStart = new int[sources + 1];
    for (int voter : graph.itemSources) {
      itemStart[voter + 1]++;
    }
    for (int s = 0; s < sources; s++) {
      itemStart[s + 1] += itemStart[s];
    }
    int[] items = new int[graph.itemSources.length];
    int[] cursor = Arrays.copyOf(itemStart, sources);
    for (int i = 0; i < graph.itemCount; i++) {
      for (int v = graph.itemSourceStart[i]; v < graph.itemSourceStart[i + 1]; v++) {
        items[cursor[graph.itemSources[v]]++] = i;
      }
    }
    // the pairs of the sources from..to - 1, kept at from (a block's first source)
    Found[] byFirstSource = new Found[sources];
    int[] upperCount = new int[sources];
    ThreadLocal<Scratch> scratches = ThreadLocal.withInitial(() -> new Scratch(sources));
    parallel.rows(sources, itemStart, (from, to) -> {
      Scratch scratch = scratches.get();
      Found found = new Found();
      for (int s = from; s < to; s++) {
        int before = found.pairs;
        partners(graph, m, s, items, itemStart, scratch, found);
        upperCount[s] = found.pairs - before;
      }
      byFirstSource[from] = found;
    });
    int pairs = 0;
    long candidates = 0;
    for (Found found : byFirstSource) {
      if (found != null) {
        pairs += found.pairs;
        candidates += found.candidates;
      }
    }
    int[] first = new int[pairs];
    int[] second = new int[pairs];
    int[] counts = new int[pairs];
    int at = 0;
    for (Found found : byFirstSource) {
      if (found != null) {
        System.arraycopy(found.first, 0, first, at, found.pairs);
        System.arraycopy(found.second, 0, second, at, found.pairs);
        System.arraycopy(found.counts, 0, counts, at, found.pairs);
        at += found.pairs;
      }
    }
    int[] upperStart = new int[sources + 1];
    for (int s = 0; s < sources; s++) {
      upperStart[s + 1] = upperStart[s] + upperCount[s];
    }
    int[] index = indexed(sources, pairs) ? index(first, second, sources) : null;
    return new SourcePairs(first, second, upperStart, counts,
        sharedClaims(graph, first, second, upperStart, index, parallel), candidates, index);
  }

  /**
   * Whether {@code pairs} built pairs among {@code sources} sources get an {@link #index}: when it
   * takes at most {@value #INDEX_INTS_PER_PAIR} ints per pair, or {@value #SMALL_INDEX} in all.
   */
  static boolean indexed(int sources, int pairs) {
    long ints = (long) sources * sources;
    return ints <= Math.max(SMALL_INDEX, (long) INDEX_INTS_PER_PAIR * pairs)
        && ints <= Integer.MAX_VALUE - 8;
  }

  private static int[] index(int[] first, int[] second, int sources) {
    int[] index = new int[sources * sources];
    Arrays.fill(index, -1);
    for (int p = 0; p < first.length; p++) {
      index[first[p] * sources + second[p]] = p;
    }
    return index;
  }

  /** The same pairs, looked up by binary search alone (for tests of {@link #find}). */
  SourcePairs unindexed() {
    return new SourcePairs(first, second, upperStart, sharedItems, sharedClaims, candidates, null);
  }

  /** Whether {@link #find} reads a table rather than searching. */
  boolean isIndexed() {
    return index != null;
  }

  /** One thread's arrays for {@link #partners}, reused from source to source. */
  private static final class Scratch {
    /** The source whose candidate each source last was (sources are handled once each). */
    final int[] stamp;
    final int[] shared;
    int[] partners = new int[16];
    long[] bySize = new long[16];
    /** The items of a source left out of the candidates' walk. */
    int[] skipped = new int[16];

    Scratch(int sources) {
      stamp = new int[sources];
      shared = new int[sources];
      Arrays.fill(stamp, -1);
    }
  }

  /** The pairs found for a block of sources, in source order, and the candidates counted. */
  private static final class Found {
    int[] first = new int[16];
    int[] second = new int[16];
    int[] counts = new int[16];
    int pairs;
    long candidates;
  }

  /** Appends source s's built pairs (s, t), t > s ascending, to {@code found}. */
  private static void partners(ClaimGraph graph, int m, int s, int[] items, int[] itemStart,
      Scratch scratch, Found found) {
    int[] stamp = scratch.stamp;
    int[] shared = scratch.shared;
    int from = itemStart[s];
    int degree = itemStart[s + 1] - from;
    if (degree < m) {
      return;
    }
    // the d - m + 1 items with the fewest voters (ties by item number) are walked for candidates:
    // every item but the m - 1 whose (voters, item) keys are the largest
    long skipFrom = largestKeys(graph, items, from, degree, m - 1, scratch);
    int count = 0;
    int[] partners = scratch.partners;
    int[] skipped = scratch.skipped;
    int skips = 0;
    long skippedVoters = 0;
    // one walk finds the candidates and counts the items they share with s among the walked ones
    for (int k = from; k < from + degree; k++) {
      int item = items[k];
      int voters = graph.itemVoters(item);
      if (key(voters, item) >= skipFrom) {
        if (skips == skipped.length) {
          skipped = Arrays.copyOf(skipped, 2 * skips);
          scratch.skipped = skipped;
        }
        skipped[skips++] = item;
        skippedVoters += voters;
        continue;
      }
      for (int v = graph.itemSourceStart[item]; v < graph.itemSourceStart[item + 1]; v++) {
        int t = graph.itemSources[v];
        if (t <= s || itemStart[t + 1] - itemStart[t] < m) {
          continue;
        }
        if (stamp[t] != s) {
          stamp[t] = s;
          shared[t] = 0;
          if (count == partners.length) {
            partners = Arrays.copyOf(partners, count * 2);
            scratch.partners = partners;
          }
          partners[count++] = t;
        }
        shared[t]++;
      }
    }
    if (count == 0) {
      return;
    }
    found.candidates += count;
    Arrays.sort(partners, 0, count);
    // the skipped items' share: walking their voters, or counting every candidate's shared items
    // by merging item lists, whichever reads fewer
    long merge = (long) count * degree;
    for (int k = 0; k < count; k++) {
      merge += itemStart[partners[k] + 1] - itemStart[partners[k]];
    }
    if (skippedVoters <= merge) {
      for (int k = 0; k < skips; k++) {
        int item = skipped[k];
        for (int v = graph.itemSourceStart[item]; v < graph.itemSourceStart[item + 1]; v++) {
          int t = graph.itemSources[v];
          if (t > s && stamp[t] == s) {
            shared[t]++;
          }
        }
      }
    } else {
      for (int k = 0; k < count; k++) {
        int t = partners[k];
        shared[t] = common(items, from, from + degree, itemStart[t], itemStart[t + 1]);
      }
    }
    if (found.pairs + count > found.first.length) {
      int capacity = Math.max(found.pairs + count, found.first.length * 2);
      found.first = Arrays.copyOf(found.first, capacity);
      found.second = Arrays.copyOf(found.second, capacity);
      found.counts = Arrays.copyOf(found.counts, capacity);
    }
    for (int k = 0; k < count; k++) {
      int t = partners[k];
      if (shared[t] >= m) {
        found.first[found.pairs] = s;
        found.second[found.pairs] = t;
        found.counts[found.pairs] = shared[t];
        found.pairs++;
      }
    }
  }

  /** An item's place in the order of fewest voters first, ties by item number. */
  private static long key(int voters, int item) {
    return ((long) voters << 32) | item;
  }

  /** Largest keys kept by insertion rather than by sorting all of a source's items. */
  private static final int FEW_KEYS = 64;

  /**
   * The smallest of the {@code r} largest {@link #key}s of {@code items[from .. from + degree -
   * 1]} ({@code r < degree}), so that exactly those keys are at or above it; {@link Long#MAX_VALUE}
   * when {@code r} is 0. A few keys are kept sorted as the items go by (linear for the default
   * {@code min-shared-items}); more are found by sorting every key.
   */
  private static long largestKeys(ClaimGraph graph, int[] items, int from, int degree, int r,
      Scratch scratch) {
    if (r == 0) {
      return Long.MAX_VALUE;
    }
    if (scratch.bySize.length < Math.max(degree, r)) {
      scratch.bySize = new long[Math.max(Math.max(degree, r), scratch.bySize.length * 2)];
    }
    long[] keys = scratch.bySize;
    if (r > FEW_KEYS) {
      for (int k = 0; k < degree; k++) {
        keys[k] = key(graph.itemVoters(items[from + k]), items[from + k]);
      }
      Arrays.sort(keys, 0, degree);
      return keys[degree - r];
    }
    // keys[0 .. r - 1]: the r largest so far, ascending
    for (int k = 0; k < r; k++) {
      keys[k] = key(graph.itemVoters(items[from + k]), items[from + k]);
    }
    Arrays.sort(keys, 0, r);
    for (int k = r; k < degree; k++) {
      long key = key(graph.itemVoters(items[from + k]), items[from + k]);
      if (key > keys[0]) {
        int at = 0;
        while (at + 1 < r && keys[at + 1] < key) {
          keys[at] = keys[at + 1];
          at++;
        }
        keys[at] = key;
      }
    }
    return keys[0];
  }

  /**
   * The claims each built pair shares, counted the cheaper of two exact ways: merging the two
   * sources' claim lists per pair (the sum over pairs of both sources' claim counts), or walking
   * each claim's voters once and adding one to every built pair among them (the sum over claims of
   * {@code k(k - 1) / 2} for {@code k} voters, each a binary search among a source's partners, or
   * a read of the {@link #index}).
   */
  private static int[] sharedClaims(ClaimGraph graph, int[] first, int[] second, int[] upperStart,
      int[] index, Parallel parallel) {
    long merge = 0;
    for (int p = 0; p < first.length; p++) {
      merge += graph.sourceClaimStart[first[p] + 1] - graph.sourceClaimStart[first[p]]
          + graph.sourceClaimStart[second[p] + 1] - graph.sourceClaimStart[second[p]];
    }
    long walk = 0;
    for (int c = 0; c < graph.claimCount && walk <= merge; c++) {
      long k = graph.claimSourceStart[c + 1] - graph.claimSourceStart[c];
      // a binary search costs a few comparisons, a table read one
      walk += k * (k - 1) / 2 * (index != null ? 1 : 8);
    }
    return merge < walk ? sharedClaimsByMerge(graph, first, second, parallel)
        : sharedClaimsByWalk(graph, second, upperStart, index, first.length, parallel);
  }

  /** The claims each pair shares, by merging the two sources' claim lists. */
  static int[] sharedClaimsByMerge(ClaimGraph graph, int[] first, int[] second) {
    return sharedClaimsByMerge(graph, first, second, Parallel.SERIAL);
  }

  /** {@link #sharedClaimsByMerge(ClaimGraph, int[], int[])}, pairs in blocks on the threads. */
  static int[] sharedClaimsByMerge(ClaimGraph graph, int[] first, int[] second,
      Parallel parallel) {
    int[] claims = new int[first.length];
    parallel.rows(first.length, (from, to) -> {
      for (int p = from; p < to; p++) {
        int a = first[p];
        int b = second[p];
        claims[p] = common(graph.sourceClaims, graph.sourceClaimStart[a],
            graph.sourceClaimStart[a + 1], graph.sourceClaimStart[b],
            graph.sourceClaimStart[b + 1]);
      }
    });
    return claims;
  }

  /** The claims each pair shares, by walking each claim's voters once. */
  static int[] sharedClaimsByWalk(ClaimGraph graph, int[] second, int[] upperStart, int pairs) {
    return sharedClaimsByWalk(graph, second, upperStart, pairs, Parallel.SERIAL);
  }

  /**
   * {@link #sharedClaimsByWalk(ClaimGraph, int[], int[], int)} with the claims in blocks on the
   * threads, each thread counting into its own array, the arrays added at the end: counts are
   * whole numbers, so the same in any order. One thread when the arrays would pass 2^26 counts.
   */
  static int[] sharedClaimsByWalk(ClaimGraph graph, int[] second, int[] upperStart, int pairs,
      Parallel parallel) {
    return sharedClaimsByWalk(graph, second, upperStart, null, pairs, parallel);
  }

  /**
   * {@link #sharedClaimsByWalk(ClaimGraph, int[], int[], int, Parallel)}, each pair looked up in
   * {@code index} (see {@link #index}) when given.
   */
  static int[] sharedClaimsByWalk(ClaimGraph graph, int[] second, int[] upperStart, int[] index,
      int pairs, Parallel parallel) {
    int sources = upperStart.length - 1;
    if ((long) pairs * parallel.threads() > 1L << 26) {
      parallel = Parallel.SERIAL;
    }
    java.util.List<int[]> partials = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    ThreadLocal<int[]> counts = ThreadLocal.withInitial(() -> {
      int[] mine = new int[pairs];
      partials.add(mine);
      return mine;
    });
    parallel.rows(graph.claimCount, (fromClaim, toClaim) -> {
      int[] claims = counts.get();
      for (int c = fromClaim; c < toClaim; c++) {
        int from = graph.claimSourceStart[c];
        int to = graph.claimSourceStart[c + 1];
        for (int x = from; x < to; x++) {
          for (int y = x + 1; y < to; y++) {
            int a = Math.min(graph.claimSources[x], graph.claimSources[y]);
            int b = Math.max(graph.claimSources[x], graph.claimSources[y]);
            int p = index != null ? index[a * sources + b]
                : Arrays.binarySearch(second, upperStart[a], upperStart[a + 1], b);
            if (p >= 0) {
              claims[p]++;
            }
          }
        }
      }
    });
    if (partials.isEmpty()) {
      return new int[pairs];
    }
    int[] total = partials.get(0);
    for (int k = 1; k < partials.size(); k++) {
      int[] other = partials.get(k);
      for (int p = 0; p < pairs; p++) {
        total[p] += other[p];
      }
    }
    return total;
  }

  /** The values found in both ascending runs {@code values[a .. aEnd)} and {@code [b .. bEnd)}. */
  private static int common(int[] values, int a, int aEnd, int b, int bEnd) {
    int n = 0;
    while (a < aEnd && b < bEnd) {
      int x = values[a];
      int y = values[b];
      if (x == y) {
        n++;
        a++;
        b++;
      } else if (x < y) {
        a++;
      } else {
        b++;
      }
    }
    return n;
  }

  /** The number of the pair (a, b), {@code a < b}, or a negative number when it was not built. */
  int find(int a, int b) {
    if (index != null) {
      return index[a * (upperStart.length - 1) + b];
    }
    return Arrays.binarySearch(second, upperStart[a], upperStart[a + 1], b);
  }

  /** Items the pair votes on without sharing a claim (never negative). */
  int differentItems(int pair) {
    return Math.max(0, sharedItems[pair] - sharedClaims[pair]);
  }
}
