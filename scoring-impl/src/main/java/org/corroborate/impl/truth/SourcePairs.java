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
 * the index itself, so {@link #find} is one binary search; its partners {@code t < s} are the pairs
 * {@code lowerPairs[lowerStart[s] .. lowerStart[s + 1] - 1]}, by ascending {@code t}.
 *
 * <p>Which pairs are counted (prefix filtering, as in set-similarity joins): a source voting on
 * {@code d} items can share {@code m = minShared} of them with a partner only if the partner votes
 * on at least one of any {@code d - m + 1} of them (the other {@code m - 1} cannot hold {@code m}).
 * So the candidates of {@code s} are the voters of its {@code d - m + 1} items with the fewest
 * voters, among sources with at least {@code m} items; an item voted on by every source is then
 * never walked for a pair that shares only it. Each candidate's shared items are counted exactly,
 * by whichever is cheaper: walking {@code s}'s items' voters or merging the two item lists.
 *
 * <p>Cost, once per run: at most the candidates times the two sources' item counts, and never
 * more than {@code sum over items of k^2} for {@code k} voters on an item (the bound when {@code m
 * = 1}, which builds every pair sharing an item); plus, to count the claims each built pair
 * shares ({@link #sharedClaims}), the cheaper of one merge of the two sources' claim lists per
 * pair and one walk over each claim's voters. Memory: five ints per built pair plus a few per
 * source; pairs that cannot reach {@code minShared} take none.
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

  private SourcePairs(int[] first, int[] second, int[] upperStart, int[] sharedItems,
      int[] sharedClaims, long candidates) {
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
    // each source's distinct items, ascending (a source's claims are in claim order, so in item
    // order, and claims of one item are adjacent)
    int[] itemStart = new int[sources + 1];
    int[] items = new int[graph.edgeCount];
    int size = 0;
    for (int s = 0; s < sources; s++) {
      itemStart[s] = size;
      int previousItem = -1;
      for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
        int item = graph.claimItem[graph.sourceClaims[e]];
        if (item != previousItem) {
          items[size++] = item;
          previousItem = item;
        }
      }
    }
    itemStart[sources] = size;
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
    return new SourcePairs(first, second, upperStart, counts,
        sharedClaims(graph, first, second, upperStart, parallel), candidates);
  }

  /** One thread's arrays for {@link #partners}, reused from source to source. */
  private static final class Scratch {
    /** The source whose candidate each source last was (sources are handled once each). */
    final int[] stamp;
    final int[] shared;
    int[] partners = new int[16];
    long[] bySize = new long[16];

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
    // the d - m + 1 items with the fewest voters (ties by item number)
    if (scratch.bySize.length < degree) {
      scratch.bySize = new long[Math.max(degree, scratch.bySize.length * 2)];
    }
    long[] bySize = scratch.bySize;
    for (int k = 0; k < degree; k++) {
      bySize[k] = ((long) graph.itemVoters(items[from + k]) << 32) | items[from + k];
    }
    Arrays.sort(bySize, 0, degree);
    int count = 0;
    int[] partners = scratch.partners;
    long walk = 0; // voters read if the shared items are counted by walking every item of s
    for (int k = 0; k < degree; k++) {
      int item = (int) bySize[k];
      walk += graph.itemVoters(item);
      if (k > degree - m) {
        continue;
      }
      for (int v = graph.itemSourceStart[item]; v < graph.itemSourceStart[item + 1]; v++) {
        int t = graph.itemSources[v];
        if (t <= s || stamp[t] == s || itemStart[t + 1] - itemStart[t] < m) {
          continue;
        }
        stamp[t] = s;
        shared[t] = 0;
        if (count == partners.length) {
          partners = Arrays.copyOf(partners, count * 2);
          scratch.partners = partners;
        }
        partners[count++] = t;
      }
    }
    if (count == 0) {
      return;
    }
    found.candidates += count;
    Arrays.sort(partners, 0, count);
    long merge = (long) count * degree;
    for (int k = 0; k < count; k++) {
      merge += itemStart[partners[k] + 1] - itemStart[partners[k]];
    }
    if (walk <= merge) {
      for (int k = from; k < from + degree; k++) {
        int item = items[k];
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

  /**
   * The claims each built pair shares, counted the cheaper of two exact ways: merging the two
   * sources' claim lists per pair (the sum over pairs of both sources' claim counts), or walking
   * each claim's voters once and adding one to every built pair among them (the sum over claims of
   * {@code k(k - 1) / 2} for {@code k} voters, each a binary search among a source's partners).
   */
  private static int[] sharedClaims(ClaimGraph graph, int[] first, int[] second, int[] upperStart,
      Parallel parallel) {
    long merge = 0;
    for (int p = 0; p < first.length; p++) {
      merge += graph.sourceClaimStart[first[p] + 1] - graph.sourceClaimStart[first[p]]
          + graph.sourceClaimStart[second[p] + 1] - graph.sourceClaimStart[second[p]];
    }
    long walk = 0;
    for (int c = 0; c < graph.claimCount && walk <= merge; c++) {
      long k = graph.claimSourceStart[c + 1] - graph.claimSourceStart[c];
      walk += k * (k - 1) / 2 * 8; // a binary search costs a few comparisons
    }
    return merge < walk ? sharedClaimsByMerge(graph, first, second, parallel)
        : sharedClaimsByWalk(graph, second, upperStart, first.length, parallel);
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
            int p = Arrays.binarySearch(second, upperStart[a], upperStart[a + 1], b);
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
    return Arrays.binarySearch(second, upperStart[a], upperStart[a + 1], b);
  }

  /** Items the pair votes on without sharing a claim (never negative). */
  int differentItems(int pair) {
    return Math.max(0, sharedItems[pair] - sharedClaims[pair]);
  }
}
