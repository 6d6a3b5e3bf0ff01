package org.corroborate.impl.truth;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;

/**
 * The compiled, read-only form every algorithm runs on: sources, items and claims (an item's
 * distinct values under the comparison's key) numbered densely, with CSR edge arrays in both
 * directions.
 *
 * <p>Design: sources and items are numbered in id order and claims in key order inside their item,
 * so the graph, every summation order over it, and hence every result are the same whatever order
 * the observations came in. Observations are bucketed by item with a counting sort, then sorted by
 * key inside each item, so the claims of an item are contiguous ({@code itemClaimStart}). A source repeating a claim (two spellings with one key) is one edge. Cost: O(n log k)
 * time for n observations and k claims per item, and {@code 4 * (2n + distinct source-item pairs)}
 * bytes of edges plus a few ints per claim, source and item and one long per claim (its tie
 * hash). No maps or boxed numbers survive
 * compilation; the per-iteration loops read only these arrays.
 */
public final class ClaimGraph {
  /** The observations the graph was compiled from. */
  public final ObservationSet observations;
  /** The number of distinct sources. */
  public final int sourceCount;
  /** The number of distinct items. */
  public final int itemCount;
  /** The number of distinct claims (item and value key). */
  public final int claimCount;
  /** The number of source-claim edges. */
  public final int edgeCount;
  /** Source number s (sources are numbered in id order) is {@code sourceOf[s]} in the set. */
  final int[] sourceOf;
  /** Item number i (items are numbered in id order) is {@code itemOf[i]} in the set. */
  final int[] itemOf;
  /**
   * The id of item number i, in id order: results and reports read every item's id in that
   * order, which through {@link #itemOf} was a read of the set's ids at random.
   */
  private final String[] itemIds;

  /** For claim c: its item. */
  final int[] claimItem;
  /** For claim c: the index in {@link ObservationSet} of its smallest canonical spelling. */
  final int[] claimValue;
  /** For claim c: the comparison key. */
  final String[] claimKey;
  /**
   * For claim c: a 64-bit hash of its item id and the canonical form of its shown value, the
   * seed-independent half of {@link #tieKey}: FNV-1a (64 bits, over UTF-16 code units) of the
   * item id, times the FNV prime, FNV-1a of the value continued from there, then MurmurHash3's
   * fmix64. Fixed by the text, so it is the same on every machine and in every run. Computed
   * when first asked for ({@link #claimHash(int)}; 0 until then): only claims that tie on
   * everything else need it, and hashing every item id up front read a million strings at 10^7
   * observations.
   */
  private final long[] claimHash;
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
  /** {@link RowSums#marks} of {@link #claimSourceStart}: each claim's first edge. */
  final byte[] claimSourceMarks;
  /** {@link RowSums#marks} of {@link #itemSourceStart}: each item's first voter. */
  final byte[] itemSourceMarks;

  private ClaimGraph(
      ObservationSet observations,
      int[] sourceOf,
      int[] itemOf,
      int[] claimItem,
      int[] claimValue,
      String[] claimKey,
      int[] itemClaimStart,
      int[] claimSourceStart,
      int[] claimSources,
      int[] itemSourceStart,
      int[] itemSources) {
    this.observations = observations;
    this.sourceOf = sourceOf;
    this.itemOf = itemOf;
    this.itemIds = new String[itemOf.length];
    for (int i = 0; i < itemOf.length; i++) {
      itemIds[i] = observations.itemId(itemOf[i]);
    }
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
    this.claimSourceMarks = RowSums.marks(claimSourceStart, claimCount);
    this.itemSourceMarks = RowSums.marks(itemSourceStart, itemCount);
    this.sourceClaimStart = new int[sourceCount + 1];
    this.sourceClaims = new int[edgeCount];
    transpose();
    this.claimHash = new long[claimCount];
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** The seed-independent hash of a claim; see {@link #claimHash}. */
  private static long claimHash(String itemId, String canonicalValue) {
    return fmix64(fnv1a(canonicalValue, fnv1a(itemId, FNV_OFFSET) * FNV_PRIME));
  }

  private static long fnv1a(String text, long hash) {
    for (int k = 0; k < text.length(); k++) {
      hash = (hash ^ text.charAt(k)) * FNV_PRIME;
    }
    return hash;
  }

  /** MurmurHash3's 64-bit finaliser: every input bit moves every output bit. */
  private static long fmix64(long h) {
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb93fe53a87cdL;
    return h ^ (h >>> 33);
  }

  /**
   * The claim's place among equals: claims that tie on everything an algorithm weighs are ordered
   * by this key, smaller first (as signed longs). It is a seeded hash of (item id, canonical
   * value), {@code fmix64(claimHash ^ fmix64(seed + 0x9e3779b97f4a7c15))}, so it does not favour
   * a value for its spelling (the smaller label, say), changes with the run's seed, and is the
   * same for the same input and seed on any machine.
   */
  long tieKey(int claim, long seed) {
    return mix(claimHash(claim), seed);
  }

  /**
   * The claim's {@link #claimHash}, computed on first use and kept. Runs may read it from several
   * threads at once: each entry is read and written whole (opaque access, atomic for a long), and
   * every thread that finds 0 computes the same number from the text, so a race costs a second
   * computation and nothing else. A hash that is itself 0 is computed on every call.
   */
  long claimHash(int claim) {
    long hash = (long) HASHES.getOpaque(claimHash, claim);
    if (hash == 0) {
      hash = claimHash(itemId(claimItem[claim]), claimValue(claim).canonical());
      HASHES.setOpaque(claimHash, claim, hash);
    }
    return hash;
  }

  private static final VarHandle HASHES = MethodHandles.arrayElementVarHandle(long[].class);

  /**
   * The {@link #tieKey} of the claim of value {@code canonicalValue} (its shown value's {@link
   * org.corroborate.model.Value#canonical()} form) on item {@code itemId} under {@code seed},
   * computed from the text alone, for engines that hold no compiled graph (the Spark module).
   */
  public static long tieKey(String itemId, String canonicalValue, long seed) {
    return mix(claimHash(itemId, canonicalValue), seed);
  }

  private static long mix(long claimHash, long seed) {
    return fmix64(claimHash ^ fmix64(seed + 0x9e3779b97f4a7c15L));
  }

  /**
   * Orders two claims that tie on score: the one with more sources first, then the smaller {@link
   * #tieKey}, then (only on a 64-bit hash collision) the smaller key. Negative when {@code a}
   * goes first.
   */
  int compareTied(int a, int b, long seed) {
    return compareTied(a, b, null, seed);
  }

  /**
   * As {@link #compareTied(int, int, long)}, with the summed trust of each claim's sources
   * (larger first) between the source count and the seeded key; {@code trust} null skips it.
   */
  int compareTied(int a, int b, IntToDoubleFunction trust, long seed) {
    int c = Integer.compare(claimDegree(b), claimDegree(a));
    if (c == 0 && trust != null) {
      c = Double.compare(summedTrust(b, trust), summedTrust(a, trust));
    }
    if (c == 0) {
      c = Long.compare(tieKey(a, seed), tieKey(b, seed));
    }
    return c != 0 ? c : claimKey[a].compareTo(claimKey[b]);
  }

  /** The sum of {@code trust} over the claim's sources, in source order. */
  double summedTrust(int claim, IntToDoubleFunction trust) {
    return ItemSums.overClaimSources(this, claim, trust);
  }

  /** Compiles observations under a comparison's keys, on one thread. */
  public static ClaimGraph compile(ObservationSet observations, ValueSimilarity similarity) {
    return compile(observations, similarity, Parallel.SERIAL);
  }

  /**
   * Compiles observations under a comparison's keys; the items' claims and tie hashes are built in
   * blocks of items on {@code parallel}'s threads, the same graph whatever their number.
   */
  public static ClaimGraph compile(
      ObservationSet observations, ValueSimilarity similarity, Parallel parallel) {
    int n = observations.size();
    int items = observations.itemCount();

    // 1. canonical numbering: sources and items by id, keys by text, so input order cannot matter
    int[] sourceRank = ranks(observations.sourceCount(), observations::sourceId);
    int[] sourceOf = inverse(sourceRank);
    int[] itemRank = ranks(items, observations::itemId);
    int[] itemOf = inverse(itemRank);
    String[] valueKeys = new String[observations.valueCount()];
    Map<String, Integer> distinct = new HashMap<>();
    for (int v = 0; v < valueKeys.length; v++) {
      valueKeys[v] = similarity.key(observations.value(v));
      distinct.putIfAbsent(valueKeys[v], distinct.size());
    }
    String[] keys = distinct.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    for (int k = 0; k < keys.length; k++) {
      distinct.put(keys[k], k);
    }
    int[] valueKey = new int[valueKeys.length];
    // the one value of each key, or MANY_VALUES when spellings differ (then chosen per claim)
    int[] keyValue = new int[keys.length];
    Arrays.fill(keyValue, NO_VALUE);
    boolean spellings = false;
    for (int v = 0; v < valueKeys.length; v++) {
      int k = distinct.get(valueKeys[v]);
      valueKey[v] = k;
      if (keyValue[k] == NO_VALUE) {
        keyValue[k] = v;
      } else if (keyValue[k] != v) {
        keyValue[k] = MANY_VALUES;
        spellings = true;
      }
    }
    // the values' order by canonical form (equal forms equal), to pick a claim's shown value
    int[] canonicalRank = spellings ? canonicalRanks(observations) : null;

    // 2. counting sort of observations by item rank, each as (key << 32 | source rank), so that
    // step 3 reads every item's observations from one contiguous run
    int[] itemStart = new int[items + 1];
    for (int o = 0; o < n; o++) {
      itemStart[itemRank[observations.itemIndexOf(o)] + 1]++;
    }
    for (int i = 0; i < items; i++) {
      itemStart[i + 1] += itemStart[i];
    }
    int[] cursor = Arrays.copyOf(itemStart, items);
    long[] byItem = new long[n];
    int[] byItemObservation = spellings ? new int[n] : null;
    for (int o = 0; o < n; o++) {
      int at = cursor[itemRank[observations.itemIndexOf(o)]]++;
      byItem[at] = ((long) valueKey[observations.valueIndexOf(o)] << 32)
          | sourceRank[observations.sourceIndexOf(o)];
      if (spellings) {
        byItemObservation[at] = o;
      }
    }

    // 3. inside each item sort by (key, source): runs of one key are one claim. Items are
    // independent, so this runs in blocks of items in two passes: the first sorts each item and
    // counts its claims, edges and voters, the second writes them at offsets summed in between
    int[] itemClaims = new int[items];
    int[] itemEdges = new int[items];
    int[] itemVoters = new int[items];
    int[] voters = new int[n]; // each item's distinct voters, at the start of its own run
    parallel.rows(items, itemStart, (fromItem, toItem) -> {
      for (int i = fromItem; i < toItem; i++) {
        int from = itemStart[i];
        int to = itemStart[i + 1];
        for (int j = from; j < to; j++) {
          voters[j] = (int) byItem[j];
        }
        Arrays.sort(voters, from, to);
        int unique = 0;
        for (int j = from; j < to; j++) {
          if (j == from || voters[j] != voters[j - 1]) {
            voters[from + unique++] = voters[j];
          }
        }
        itemVoters[i] = unique;
        Arrays.sort(byItem, from, to);
        int claims = 0;
        int edges = 0;
        for (int j = from; j < to; j++) {
          boolean newKey = j == from || byItem[j] >>> 32 != byItem[j - 1] >>> 32;
          claims += newKey ? 1 : 0;
          edges += newKey || byItem[j] != byItem[j - 1] ? 1 : 0;
        }
        itemClaims[i] = claims;
        itemEdges[i] = edges;
      }
    });
    int[] itemClaimStart = new int[items + 1];
    int[] itemEdgeStart = new int[items + 1];
    int[] itemSourceStart = new int[items + 1];
    for (int i = 0; i < items; i++) {
      itemClaimStart[i + 1] = itemClaimStart[i] + itemClaims[i];
      itemEdgeStart[i + 1] = itemEdgeStart[i] + itemEdges[i];
      itemSourceStart[i + 1] = itemSourceStart[i] + itemVoters[i];
    }
    int claimTotal = itemClaimStart[items];
    int[] claimItem = new int[claimTotal];
    int[] claimValue = new int[claimTotal];
    int[] claimKeyRank = new int[claimTotal];
    int[] claimSourceStart = new int[claimTotal + 1];
    int[] claimSources = new int[itemEdgeStart[items]];
    int[] itemSources = new int[itemSourceStart[items]];
    parallel.rows(items, itemStart, (fromItem, toItem) -> {
      for (int i = fromItem; i < toItem; i++) {
        int from = itemStart[i];
        int to = itemStart[i + 1];
        System.arraycopy(voters, from, itemSources, itemSourceStart[i], itemVoters[i]);
        int claim = itemClaimStart[i];
        int edge = itemEdgeStart[i];
        boolean pick = false;
        for (int j = from; j < to; j++) {
          int key = (int) (byItem[j] >>> 32);
          if (j == from || key != (int) (byItem[j - 1] >>> 32)) {
            claimItem[claim] = i;
            claimKeyRank[claim] = key;
            claimValue[claim] = keyValue[key];
            pick |= keyValue[key] == MANY_VALUES;
            claimSourceStart[claim++] = edge;
            claimSources[edge++] = (int) byItem[j];
          } else if (byItem[j] != byItem[j - 1]) {
            claimSources[edge++] = (int) byItem[j];
          }
        }
        if (pick) {
          // shown value of a claim with several spellings: the smallest canonical form among
          // them, the first observed among equal forms
          for (int j = from; j < to; j++) {
            int value = observations.valueIndexOf(byItemObservation[j]);
            if (keyValue[valueKey[value]] != MANY_VALUES) {
              continue;
            }
            int c = Arrays.binarySearch(claimKeyRank, itemClaimStart[i], itemClaimStart[i + 1],
                valueKey[value]);
            if (claimValue[c] < 0 || canonicalRank[value] < canonicalRank[claimValue[c]]) {
              claimValue[c] = value;
            }
          }
        }
      }
    });
    claimSourceStart[claimTotal] = itemEdgeStart[items];
    String[] claimKey = new String[claimTotal];
    for (int c = 0; c < claimTotal; c++) {
      claimKey[c] = keys[claimKeyRank[c]];
    }
    return new ClaimGraph(observations, sourceOf, itemOf, claimItem, claimValue, claimKey,
        itemClaimStart, claimSourceStart, claimSources, itemSourceStart, itemSources);
  }

  /** {@code keyValue} of a key no value has yet. */
  private static final int NO_VALUE = -2;
  /** {@code keyValue} of a key with several values (spellings). */
  private static final int MANY_VALUES = -1;

  /**
   * The rank of each of {@code count} ids in {@link String#compareTo} order, equal ids by index.
   * Each id's first characters are packed into a 64-bit key (eight of 8 bits when every id's first
   * eight are Latin-1, else four of 16 bits; missing ones as 0) whose unsigned order agrees with
   * the text's, the keys are sorted with their indices by a least-significant-digit radix sort
   * (stable; a digit shared by every key is skipped), and only runs of equal keys are compared as
   * text. No boxing, and for short distinct ids (a million "i012345") no text comparison at all.
   */
  static int[] ranks(int count, IntFunction<String> id) {
    String[] ids = new String[count];
    boolean latin1 = true;
    for (int i = 0; i < count; i++) {
      ids[i] = id.apply(i);
      for (int k = 0, end = Math.min(8, ids[i].length()); k < end && latin1; k++) {
        latin1 = ids[i].charAt(k) < 0x100;
      }
    }
    int bits = latin1 ? 8 : 16;
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      long key = 0;
      String text = ids[i];
      for (int k = 0; k < 64 / bits; k++) {
        key = (key << bits) | (k < text.length() ? text.charAt(k) : 0);
      }
      keys[i] = key;
    }
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    radixSort(keys, order);
    for (int from = 0; from < count; ) {
      int to = from + 1;
      while (to < count && keys[to] == keys[from]) {
        to++;
      }
      if (to - from > 1) {
        sortByText(order, from, to, ids);
      }
      from = to;
    }
    int[] rank = new int[count];
    for (int r = 0; r < count; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  /** Sorts {@code keys} as unsigned numbers and permutes {@code order} alike; stable. */
  private static void radixSort(long[] keys, int[] order) {
    int n = keys.length;
    int[][] counts = new int[8][256];
    for (long key : keys) {
      for (int d = 0; d < 8; d++) {
        counts[d][(int) (key >>> (8 * d)) & 0xff]++;
      }
    }
    long[] keysTo = null;
    int[] orderTo = null;
    for (int d = 0; d < 8; d++) {
      int[] count = counts[d];
      if (n == 0 || count[(int) (keys[0] >>> (8 * d)) & 0xff] == n) {
        continue; // every key has this digit
      }
      if (keysTo == null) {
        keysTo = new long[n];
        orderTo = new int[n];
      }
      int[] start = new int[256];
      for (int b = 1; b < 256; b++) {
        start[b] = start[b - 1] + count[b - 1];
      }
      for (int i = 0; i < n; i++) {
        int at = start[(int) (keys[i] >>> (8 * d)) & 0xff]++;
        keysTo[at] = keys[i];
        orderTo[at] = order[i];
      }
      System.arraycopy(keysTo, 0, keys, 0, n);
      System.arraycopy(orderTo, 0, order, 0, n);
    }
  }

  /** Sorts {@code order[from .. to - 1]} by the ids' text; stable. */
  private static void sortByText(int[] order, int from, int to, String[] ids) {
    Integer[] run = new Integer[to - from];
    for (int k = from; k < to; k++) {
      run[k - from] = order[k];
    }
    Arrays.sort(run, (a, b) -> ids[a].compareTo(ids[b]));
    for (int k = from; k < to; k++) {
      order[k] = run[k - from];
    }
  }

  /**
   * For each value of the set: its place in the order of canonical forms, equal forms sharing
   * one place.
   */
  private static int[] canonicalRanks(ObservationSet observations) {
    int count = observations.valueCount();
    int[] order = inverse(ranks(count, v -> observations.value(v).canonical()));
    int[] rank = new int[count];
    for (int r = 1; r < count; r++) {
      boolean same = observations.value(order[r]).canonical()
          .equals(observations.value(order[r - 1]).canonical());
      rank[order[r]] = same ? rank[order[r - 1]] : r;
    }
    return rank;
  }

  private static int[] inverse(int[] permutation) {
    int[] inverse = new int[permutation.length];
    for (int i = 0; i < permutation.length; i++) {
      inverse[permutation[i]] = i;
    }
    return inverse;
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
    return observations.sourceId(sourceOf[s]);
  }

  String itemId(int i) {
    return itemIds[i];
  }

  Value claimValue(int c) {
    return observations.value(claimValue[c]);
  }

  /**
   * Bytes held by the edge and index arrays, the rows' first-edge marks and the claims' tie
   * hashes, excluding the shared
   * observation set and keys and the two arrays of references (the claims' keys and the items'
   * ids in id order, one reference per claim and per item).
   */
  public long compiledBytes() {
    long ints = sourceOf.length + itemOf.length + claimItem.length + claimValue.length + itemClaimStart.length
        + claimSourceStart.length + claimSources.length + sourceClaimStart.length
        + sourceClaims.length + itemSourceStart.length + itemSources.length;
    long marks = (claimSourceMarks == null ? 0 : claimSourceMarks.length)
        + (itemSourceMarks == null ? 0 : itemSourceMarks.length);
    return 4 * ints + 8L * claimHash.length + marks;
  }
}
