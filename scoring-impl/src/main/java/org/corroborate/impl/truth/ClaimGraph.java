package org.corroborate.impl.truth;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;

/**
 * The compiled, read-only form every algorithm runs on: sources, items and claims (an item's
 * distinct values under the comparison's key) numbered densely, with CSR edge arrays in both
 * directions.
 *
 * <p>Design: observations are bucketed by item with a counting sort, then sorted by value key inside
 * each item, so that the claims of an item are contiguous ({@code itemClaimStart}) and numbered in
 * key order. A source repeating a claim (two spellings with one key) is one edge. Cost: O(n log k)
 * time for n observations and k claims per item, and {@code 4 * (2n + distinct source-item pairs)}
 * bytes of edges plus a few ints per claim, source and item. No maps or boxed numbers survive
 * compilation; the per-iteration loops read only these arrays.
 */
final class ClaimGraph {
  final ObservationSet observations;
  final int sourceCount;
  final int itemCount;
  final int claimCount;
  final int edgeCount;

  /** For claim c: its item. */
  final int[] claimItem;
  /** For claim c: the index in {@link ObservationSet} of the first value seen with its key. */
  final int[] claimValue;
  /** For claim c: the comparison key. */
  final String[] claimKey;
  /** Claims of item i are {@code itemClaimStart[i] .. itemClaimStart[i + 1] - 1}. */
  final int[] itemClaimStart;
  /** Sources asserting claim c are {@code claimSources[claimSourceStart[c] ..]}, ascending. */
  final int[] claimSourceStart;
  final int[] claimSources;
  /** Claims asserted by source s are {@code sourceClaims[sourceClaimStart[s] ..]}, ascending. */
  final int[] sourceClaimStart;
  final int[] sourceClaims;
  /** Distinct sources voting on item i are {@code itemSources[itemSourceStart[i] ..]}. */
  final int[] itemSourceStart;
  final int[] itemSources;

  private ClaimGraph(
      ObservationSet observations,
      int[] claimItem,
      int[] claimValue,
      String[] claimKey,
      int[] itemClaimStart,
      int[] claimSourceStart,
      int[] claimSources,
      int[] itemSourceStart,
      int[] itemSources) {
    this.observations = observations;
    this.sourceCount = observations.sourceCount();
    this.itemCount = observations.itemCount();
    this.claimCount = claimItem.length;
    this.edgeCount = claimSources.length;
    this.claimItem = claimItem;
    this.claimValue = claimValue;
    this.claimKey = claimKey;
    this.itemClaimStart = itemClaimStart;
    this.claimSourceStart = claimSourceStart;
    this.claimSources = claimSources;
    this.itemSourceStart = itemSourceStart;
    this.itemSources = itemSources;
    this.sourceClaimStart = new int[sourceCount + 1];
    this.sourceClaims = new int[edgeCount];
    transpose();
  }

  /** Compiles observations under a comparison's keys. */
  static ClaimGraph compile(ObservationSet observations, ValueSimilarity similarity) {
    int n = observations.size();
    int items = observations.itemCount();

    // 1. one key id per distinct value, numbered by first appearance of the key
    int[] valueKey = new int[observations.valueCount()];
    Map<String, Integer> keyIds = new HashMap<>();
    String[] keys = new String[Math.max(1, observations.valueCount())];
    for (int v = 0; v < valueKey.length; v++) {
      Value value = observations.value(v);
      String key = similarity.key(value);
      Integer id = keyIds.putIfAbsent(key, keyIds.size());
      valueKey[v] = id == null ? keyIds.size() - 1 : id;
      keys[valueKey[v]] = key;
    }

    // 2. counting sort of observations by item, stable
    int[] itemStart = new int[items + 1];
    for (int o = 0; o < n; o++) {
      itemStart[observations.itemIndexOf(o) + 1]++;
    }
    for (int i = 0; i < items; i++) {
      itemStart[i + 1] += itemStart[i];
    }
    int[] cursor = Arrays.copyOf(itemStart, items);
    int[] byItem = new int[n];
    for (int o = 0; o < n; o++) {
      byItem[cursor[observations.itemIndexOf(o)]++] = o;
    }

    // 3. inside each item sort by (key, source, observation): runs of one key are one claim
    long[] scratch = new long[16];
    int[] claimItem = new int[n];
    int[] claimValue = new int[n];
    String[] claimKey = new String[n];
    int[] claimKeyId = new int[n];
    int[] itemClaimStart = new int[items + 1];
    int[] claimSourceStart = new int[n + 1];
    int[] claimSources = new int[n];
    int[] itemSourceStart = new int[items + 1];
    int[] itemSources = new int[n];
    int claims = 0;
    int edges = 0;
    int itemEdges = 0;
    int[] itemSourceScratch = new int[16];
    for (int i = 0; i < items; i++) {
      int from = itemStart[i];
      int count = itemStart[i + 1] - from;
      if (scratch.length < count) {
        scratch = new long[Math.max(count, scratch.length * 2)];
        itemSourceScratch = new int[scratch.length];
      }
      for (int j = 0; j < count; j++) {
        int o = byItem[from + j];
        // key id (31 bits) | source (31 bits); observation order restored below per run
        scratch[j] = ((long) valueKey[observations.valueIndexOf(o)] << 32)
            | observations.sourceIndexOf(o);
      }
      // sort by (key, source); ties keep no order, so the representative value is found by scan
      Arrays.sort(scratch, 0, count);
      itemClaimStart[i] = claims;
      int j = 0;
      while (j < count) {
        int key = (int) (scratch[j] >>> 32);
        claimItem[claims] = i;
        claimKey[claims] = keys[key];
        claimKeyId[claims] = key;
        claimSourceStart[claims] = edges;
        int previousSource = -1;
        while (j < count && (int) (scratch[j] >>> 32) == key) {
          int source = (int) scratch[j];
          if (source != previousSource) {
            claimSources[edges++] = source;
            previousSource = source;
          }
          j++;
        }
        claims++;
      }
      // representative value of each claim: the first observation in input order with its key
      for (int c = itemClaimStart[i]; c < claims; c++) {
        claimValue[c] = -1;
      }
      for (int k = 0; k < count; k++) {
        int o = byItem[from + k]; // byItem is in input order inside the item
        int key = valueKey[observations.valueIndexOf(o)];
        int c = Arrays.binarySearch(claimKeyId, itemClaimStart[i], claims, key);
        if (claimValue[c] < 0) {
          claimValue[c] = observations.valueIndexOf(o);
        }
      }
      // distinct sources voting on the item
      for (int k = 0; k < count; k++) {
        itemSourceScratch[k] = observations.sourceIndexOf(byItem[from + k]);
      }
      Arrays.sort(itemSourceScratch, 0, count);
      itemSourceStart[i] = itemEdges;
      for (int k = 0; k < count; k++) {
        if (k == 0 || itemSourceScratch[k] != itemSourceScratch[k - 1]) {
          itemSources[itemEdges++] = itemSourceScratch[k];
        }
      }
    }
    itemClaimStart[items] = claims;
    claimSourceStart[claims] = edges;
    itemSourceStart[items] = itemEdges;
    return new ClaimGraph(
        observations,
        Arrays.copyOf(claimItem, claims),
        Arrays.copyOf(claimValue, claims),
        Arrays.copyOf(claimKey, claims),
        itemClaimStart,
        Arrays.copyOf(claimSourceStart, claims + 1),
        Arrays.copyOf(claimSources, edges),
        itemSourceStart,
        Arrays.copyOf(itemSources, itemEdges));
  }

  private void transpose() {
    for (int e = 0; e < edgeCount; e++) {
      sourceClaimStart[claimSources[e] + 1]++;
    }
    for (int s = 0; s < sourceCount; s++) {
      sourceClaimStart[s + 1] += sourceClaimStart[s];
    }
    int[] cursor = Arrays.copyOf(sourceClaimStart, sourceCount);
    for (int c = 0; c < claimCount; c++) {
      for (int e = claimSourceStart[c]; e < claimSourceStart[c + 1]; e++) {
        sourceClaims[cursor[claimSources[e]]++] = c;
      }
    }
  }

  int sourceDegree(int s) {
    return sourceClaimStart[s + 1] - sourceClaimStart[s];
  }

  int claimDegree(int c) {
    return claimSourceStart[c + 1] - claimSourceStart[c];
  }

  int itemVoters(int i) {
    return itemSourceStart[i + 1] - itemSourceStart[i];
  }

  String sourceId(int s) {
    return observations.sourceId(s);
  }

  String itemId(int i) {
    return observations.itemId(i);
  }

  Value claimValue(int c) {
    return observations.value(claimValue[c]);
  }

  /** Bytes held by the edge and index arrays, excluding the shared observation set and keys. */
  long compiledBytes() {
    long ints = claimItem.length + claimValue.length + itemClaimStart.length
        + claimSourceStart.length + claimSources.length + sourceClaimStart.length
        + sourceClaims.length + itemSourceStart.length + itemSources.length;
    return 4 * ints;
  }
}
