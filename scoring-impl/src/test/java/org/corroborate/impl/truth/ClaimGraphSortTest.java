package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.junit.jupiter.api.Test;

/**
 * {@link ClaimGraph#sortByItem} (two passes through buckets, on several threads) against the plain
 * one-pass stable counting sort it replaces, on sets large enough for several buckets and several
 * chunks of the first pass.
 */
class ClaimGraphSortTest {

  /** The sets' columns, with random ranks of items and sources and random value keys. */
  private record Case(ObservationSet set, int[] itemRank, int[] valueKey, int[] sourceRank) {}

  /**
   * {@code n} observations on {@code items} items (a share {@code skew} of them on item 0, the
   * rest uniform) by {@code sources} sources with {@code values} values.
   */
  private static Case randomCase(long seed, int n, int items, int sources, int values,
      double skew) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] source = new int[n];
    int[] item = new int[n];
    int[] value = new int[n];
    for (int o = 0; o < n; o++) {
      source[o] = random.nextInt(sources);
      item[o] = random.nextDouble() < skew ? 0 : random.nextInt(items);
      value[o] = random.nextInt(values);
    }
    // every item and source named at least once, so that the counts are the ones given
    for (int i = 0; i < Math.min(items, n); i++) {
      item[i] = i;
    }
    for (int s = 0; s < Math.min(sources, n); s++) {
      source[s] = s;
    }
    List<String> sourceIds = new ArrayList<>();
    for (int s = 0; s < sources; s++) {
      sourceIds.add("s" + s);
    }
    List<String> itemIds = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      itemIds.add("i" + i);
    }
    List<Value> valueList = new ArrayList<>();
    for (int v = 0; v < values; v++) {
      valueList.add(Value.text("v" + v));
    }
    ObservationSet set = ObservationSet.ofColumns(DuplicatePolicy.ALL, sourceIds, itemIds,
        valueList, source, item, value, n);
    int[] valueKey = new int[values];
    for (int v = 0; v < values; v++) {
      valueKey[v] = random.nextInt(Math.max(1, values / 2));
    }
    return new Case(set, permutation(random, items), valueKey, permutation(random, sources));
  }

  private static int[] permutation(SplittableRandom random, int size) {
    int[] p = new int[size];
    for (int k = 0; k < size; k++) {
      p[k] = k;
    }
    for (int k = size - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int t = p[k];
      p[k] = p[j];
      p[j] = t;
    }
    return p;
  }

  /** The one-pass stable counting sort: item starts, packed observations, observation numbers. */
  private static Object[] expected(Case c) {
    ObservationSet set = c.set();
    int n = set.size();
    int items = set.itemCount();
    int[] start = new int[items + 1];
    for (int o = 0; o < n; o++) {
      start[c.itemRank()[set.itemIndexOf(o)] + 1]++;
    }
    for (int i = 0; i < items; i++) {
      start[i + 1] += start[i];
    }
    int[] cursor = java.util.Arrays.copyOf(start, items);
    long[] packed = new long[n];
    int[] observation = new int[n];
    for (int o = 0; o < n; o++) {
      int at = cursor[c.itemRank()[set.itemIndexOf(o)]]++;
      packed[at] = ((long) c.valueKey()[set.valueIndexOf(o)] << 32)
          | c.sourceRank()[set.sourceIndexOf(o)];
      observation[at] = o;
    }
    return new Object[] {start, packed, observation};
  }

  private static void check(Case c, String label) {
    Object[] expected = expected(c);
    int n = c.set().size();
    for (int threads : new int[] {1, 2, 3}) {
      for (boolean withObservations : new boolean[] {true, false}) {
        int[] itemStart = new int[c.set().itemCount() + 1];
        long[] byItem = new long[n];
        int[] byItemObservation = withObservations ? new int[n] : null;
        try (Parallel parallel = new Parallel(threads)) {
          ClaimGraph.sortByItem(c.set(), c.itemRank(), c.valueKey(), c.sourceRank(), parallel,
              itemStart, byItem, byItemObservation, new int[n]);
        }
        String as = label + ", " + threads + " threads";
        assertThat(itemStart).as(as).isEqualTo((int[]) expected[0]);
        assertThat(byItem).as(as).isEqualTo((long[]) expected[1]);
        if (withObservations) {
          assertThat(byItemObservation).as(as).isEqualTo((int[]) expected[2]);
        }
      }
    }
  }

  @Test
  void sortByItem_isTheStableCountingSort_onSmallSets() {
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int items = random.nextInt(1, 3000);
      int n = random.nextInt(items, 4 * items + 2);
      check(randomCase(seed, n, items, random.nextInt(1, 50), random.nextInt(1, 20),
          random.nextDouble() < 0.3 ? 0.5 : 0.0), "seed " + seed);
    }
  }

  @Test
  void sortByItem_isTheStableCountingSort_overBucketsAndChunks() {
    // 300,000 observations: four chunks of the first pass on 3 threads, two on 2; 70,000 items:
    // 2^9 ranks per bucket, 137 buckets
    check(randomCase(11, 300_000, 70_000, 1000, 40, 0.0), "uniform");
    // one item with 60 % of the observations: one bucket far larger than the others
    check(randomCase(12, 300_000, 70_000, 1000, 40, 0.6), "skewed");
    // a single item, and items that are powers of two (the last bucket full)
    check(randomCase(13, 140_000, 1, 300, 5, 0.0), "one item");
    check(randomCase(14, 140_000, 1 << 16, 300, 5, 0.0), "2^16 items");
  }

  @Test
  void sortByItem_onNoObservations_leavesOneEmptyStart() {
    ObservationSet empty = ObservationSet.ofColumns(DuplicatePolicy.FIRST, List.of(), List.of(),
        List.of(), new int[0], new int[0], new int[0], 0);
    int[] itemStart = new int[1];
    ClaimGraph.sortByItem(empty, new int[0], new int[0], new int[0], Parallel.SERIAL, itemStart,
        new long[0], null, new int[0]);
    assertThat(itemStart).containsExactly(0);
  }
}
