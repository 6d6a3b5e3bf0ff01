package org.corroborate.impl.truth;

import java.util.Arrays;

/**
 * The pairs of sources that vote on at least one common item, the only pairs copy detection ever
 * compares: two sources with no item in common give no evidence about each other.
 *
 * <p>Pairs are numbered by (first, second) with {@code first < second} in source numbering (which
 * is id order, so the first source's id sorts first). For source {@code s}, its partners {@code t >
 * s} are {@code second[upperStart[s] .. upperStart[s + 1] - 1]}, ascending, and the pair number is
 * the index itself, so {@link #find} is one binary search.
 *
 * <p>Cost, once per run: building walks every item's voter list once per voter, {@code sum over
 * items of k^2} steps for {@code k} sources voting on the item (worst case {@code items * sources^2}
 * when every source votes on every item), plus {@code sum over claims of k_c^2 log d} to count the
 * claims each pair shares ({@code k_c} sources asserting claim c, {@code d} a source's partner
 * count). Memory: three ints per pair, and the number of pairs is at most the sum over items of
 * {@code k(k-1)/2}, never more than {@code sources(sources-1)/2}.
 */
final class SourcePairs {
  final int count;
  /** Pair p is {@code (first[p], second[p])} with {@code first[p] < second[p]}. */
  final int[] first;
  final int[] second;
  /** Partners above source s: pairs {@code upperStart[s] .. upperStart[s + 1] - 1}. */
  final int[] upperStart;
  /** Items both sources of the pair vote on. */
  final int[] sharedItems;
  /** Claims both sources of the pair assert. */
  final int[] sharedClaims;

  private SourcePairs(int[] first, int[] second, int[] upperStart, int[] sharedItems,
      int[] sharedClaims) {
    this.count = first.length;
    this.first = first;
    this.second = second;
    this.upperStart = upperStart;
    this.sharedItems = sharedItems;
    this.sharedClaims = sharedClaims;
  }

  static SourcePairs build(ClaimGraph graph) {
    int sources = graph.sourceCount;
    int[] upperStart = new int[sources + 1];
    int[] stamp = new int[sources];
    int[] shared = new int[sources];
    Arrays.fill(stamp, -1);
    int[] partners = new int[16];
    int[] first = new int[16];
    int[] second = new int[16];
    int[] items = new int[16];
    int size = 0;
    for (int s = 0; s < sources; s++) {
      upperStart[s] = size;
      int found = 0;
      int previousItem = -1;
      for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
        int item = graph.claimItem[graph.sourceClaims[e]];
        if (item == previousItem) {
          continue; // a source's claims are in claim order, so claims of one item are adjacent
        }
        previousItem = item;
        for (int k = graph.itemSourceStart[item]; k < graph.itemSourceStart[item + 1]; k++) {
          int t = graph.itemSources[k];
          if (t <= s) {
            continue;
          }
          if (stamp[t] != s) {
            stamp[t] = s;
            shared[t] = 0;
            if (found == partners.length) {
              partners = Arrays.copyOf(partners, found * 2);
            }
            partners[found++] = t;
          }
          shared[t]++;
        }
      }
      Arrays.sort(partners, 0, found);
      if (size + found > first.length) {
        int capacity = Math.max(size + found, first.length * 2);
        first = Arrays.copyOf(first, capacity);
        second = Arrays.copyOf(second, capacity);
        items = Arrays.copyOf(items, capacity);
      }
      for (int k = 0; k < found; k++) {
        first[size] = s;
        second[size] = partners[k];
        items[size] = shared[partners[k]];
        size++;
      }
    }
    upperStart[sources] = size;
    SourcePairs pairs = new SourcePairs(Arrays.copyOf(first, size), Arrays.copyOf(second, size),
        upperStart, Arrays.copyOf(items, size), new int[size]);
    for (int c = 0; c < graph.claimCount; c++) {
      int from = graph.claimSourceStart[c];
      int to = graph.claimSourceStart[c + 1];
      for (int x = from; x < to; x++) {
        for (int y = x + 1; y < to; y++) {
          pairs.sharedClaims[pairs.find(graph.claimSources[x], graph.claimSources[y])]++;
        }
      }
    }
    return pairs;
  }

  /** The number of the pair (a, b), {@code a < b}; both must vote on a common item. */
  int find(int a, int b) {
    return Arrays.binarySearch(second, upperStart[a], upperStart[a + 1], b);
  }

  /** Items the pair votes on without sharing a claim (never negative). */
  int differentItems(int pair) {
    return Math.max(0, sharedItems[pair] - sharedClaims[pair]);
  }
}
