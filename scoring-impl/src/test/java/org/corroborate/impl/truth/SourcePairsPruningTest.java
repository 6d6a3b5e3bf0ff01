package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.corroborate.Corroborate;
import org.corroborate.impl.compare.ExactSimilarity;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 4: AccuCopy built every pair of sources voting on a common item before applying
 * {@code min-shared-items}, so 20,000 sources sharing one item ran out of heap. Pairs that cannot
 * reach the minimum are now never built, and a claim's copy discount looks only at dependent
 * pairs. The pruning is checked against a brute-force count of every pair.
 */
class SourcePairsPruningTest {
  private static final int SOURCES = 20_000;

  /** Every source votes on "shared" and on ten items of its own; two copiers share twelve. */
  private static ObservationSet manySourcesSharingOneItem() {
    ObservationSet.Builder b = ObservationSet.builder();
    for (int s = 0; s < SOURCES; s++) {
      String source = String.format(Locale.ROOT, "s%05d", s);
      b.add(source, "shared", Value.text("1"));
      for (int i = 0; i < 10; i++) {
        b.add(source, source + "-item" + i, Value.text("x"));
      }
    }
    for (String copier : new String[] {"copy-a", "copy-b"}) {
      b.add(copier, "shared", Value.text("1"));
      for (int i = 0; i < 12; i++) {
        b.add(copier, "copied" + i, Value.text(i % 3 == 0 ? "wrong" : "right"));
      }
    }
    return b.build();
  }

  @Test
  void build_20000SourcesSharingOneItem_countsNoPairThatCannotReachTheMinimum() {
    ClaimGraph graph = ClaimGraph.compile(manySourcesSharingOneItem(), ExactSimilarity.INSTANCE);

    SourcePairs pairs = SourcePairs.build(graph, 10);

    assertThat(pairs.count).isEqualTo(1);
    assertThat(pairs.candidates).isEqualTo(1);
    assertThat(graph.sourceId(pairs.first[0])).isEqualTo("copy-a");
    assertThat(graph.sourceId(pairs.second[0])).isEqualTo("copy-b");
    assertThat(pairs.sharedItems[0]).isEqualTo(13);
    assertThat(pairs.sharedClaims[0]).isEqualTo(13);
  }

  @Test
  void accuCopy_20000SourcesSharingOneItem_runsWithoutBuildingTheirPairs() {
    TruthDiscoveryResult result = Corroborate.truthDiscovery().discover(
        manySourcesSharingOneItem(),
        TruthDiscoveryConfig.builder().algorithm("accu-copy").maxIterations(3).build());

    assertThat(result.item("shared").orElseThrow().chosen().canonical()).isEqualTo("1");
    assertThat(result.dependencies()).allMatch(d -> d.first().equals("copy-a"));
  }

  @Test
  void build_randomData_sameAsCountingEveryPair() {
    SplittableRandom random = new SplittableRandom(13);
    for (int round = 0; round < 40; round++) {
      int sources = 2 + random.nextInt(25);
      int items = 1 + random.nextInt(30);
      ObservationSet.Builder b = ObservationSet.builder();
      for (int s = 0; s < sources; s++) {
        for (int i = 0; i < items; i++) {
          if (random.nextInt(4) > 0 || i == 0) { // item 0: voted on by every source
            b.add("s" + s, "i" + i, Value.text(Integer.toString(random.nextInt(3))));
          }
        }
      }
      ClaimGraph graph = ClaimGraph.compile(b.build(), ExactSimilarity.INSTANCE);
      for (int min = 1; min <= 12; min++) {
        SourcePairs pairs = SourcePairs.build(graph, min);
        // so few sources are always looked up in a table; the binary search must agree with it
        assertThat(pairs.isIndexed()).isTrue();
        SourcePairs searched = pairs.unindexed();
        assertThat(searched.isIndexed()).isFalse();
        int expected = 0;
        for (int a = 0; a < graph.sourceCount; a++) {
          for (int c = a + 1; c < graph.sourceCount; c++) {
            int sharedItems = common(items(graph, a), items(graph, c));
            int sharedClaims = common(claims(graph, a), claims(graph, c));
            int pair = pairs.find(a, c);
            if (sharedItems >= min) {
              expected++;
              assertThat(pair).as("pair %d %d at min %d", a, c, min).isNotNegative();
              assertThat(searched.find(a, c)).isEqualTo(pair);
              assertThat(pairs.sharedItems[pair]).isEqualTo(sharedItems);
              assertThat(pairs.sharedClaims[pair]).isEqualTo(sharedClaims);
            } else {
              assertThat(pair).as("pair %d %d at min %d", a, c, min).isNegative();
              assertThat(searched.find(a, c)).isNegative();
            }
          }
        }
        assertThat(pairs.count).isEqualTo(expected);
        // build picks the cheaper of two ways to count shared claims; both must count the same
        assertThat(SourcePairs.sharedClaimsByWalk(graph, pairs.second, pairs.upperStart,
            pairs.count)).as("walk at min %d", min).containsExactly(pairs.sharedClaims);
        assertThat(SourcePairs.sharedClaimsByMerge(graph, pairs.first, pairs.second))
            .as("merge at min %d", min).containsExactly(pairs.sharedClaims);
      }
    }
  }

  /**
   * Sources in blocks on several threads find the same pairs, in the same order, with the same
   * counts, as on one: 3,000 sources over 20,000 items make about fifteen blocks of work.
   */
  @Test
  void build_onSeveralThreads_sameArraysAsOnOne() {
    SplittableRandom random = new SplittableRandom(14);
    ObservationSet.Builder b = ObservationSet.builder();
    for (int s = 0; s < 3000; s++) {
      int items = 5 + random.nextInt(70);
      for (int k = 0; k < items; k++) {
        b.add(String.format(Locale.ROOT, "s%04d", s), "i" + random.nextInt(20_000),
            Value.text(Integer.toString(random.nextInt(3))));
      }
    }
    ClaimGraph graph = ClaimGraph.compile(b.build(), ExactSimilarity.INSTANCE);
    assertThat(Parallel.cuts(graph.sourceCount, graph.sourceClaimStart).length)
        .as("blocks of sources, plus one").isGreaterThan(5);
    for (int min : new int[] {1, 2}) {
      SourcePairs one = SourcePairs.build(graph, min, Parallel.SERIAL);
      assertThat(one.count).isGreaterThan(1000);
      for (int threads : new int[] {2, 16}) {
        try (Parallel parallel = new Parallel(threads)) {
          SourcePairs many = SourcePairs.build(graph, min, parallel);
          // isEqualTo compares arrays element by element in one pass
          assertThat(many.first).as("min %d, %d threads", min, threads).isEqualTo(one.first);
          assertThat(many.second).isEqualTo(one.second);
          assertThat(many.upperStart).isEqualTo(one.upperStart);
          assertThat(many.sharedItems).isEqualTo(one.sharedItems);
          assertThat(many.sharedClaims).isEqualTo(one.sharedClaims);
          assertThat(many.candidates).isEqualTo(one.candidates);
          // both ways of counting shared claims, whichever build chose, on these threads
          assertThat(SourcePairs.sharedClaimsByWalk(graph, one.second, one.upperStart, one.count,
              parallel)).isEqualTo(one.sharedClaims);
          assertThat(SourcePairs.sharedClaimsByMerge(graph, one.first, one.second, parallel))
              .isEqualTo(one.sharedClaims);
        }
      }
    }
  }

  private static Set<Integer> items(ClaimGraph graph, int source) {
    Set<Integer> out = new HashSet<>();
    for (int e = graph.sourceClaimStart[source]; e < graph.sourceClaimStart[source + 1]; e++) {
      out.add(graph.claimItem[graph.sourceClaims[e]]);
    }
    return out;
  }

  private static Set<Integer> claims(ClaimGraph graph, int source) {
    Set<Integer> out = new HashSet<>();
    for (int e = graph.sourceClaimStart[source]; e < graph.sourceClaimStart[source + 1]; e++) {
      out.add(graph.sourceClaims[e]);
    }
    return out;
  }

  private static int common(Set<Integer> a, Set<Integer> b) {
    Set<Integer> both = new HashSet<>(a);
    both.retainAll(b);
    return both.size();
  }
}
