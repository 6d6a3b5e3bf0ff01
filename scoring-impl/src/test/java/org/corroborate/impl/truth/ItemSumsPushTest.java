package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.corroborate.impl.compare.Similarities;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueComparison;
import org.junit.jupiter.api.Test;

/**
 * The sums pushed from the items and claims equal, to the last bit, the sums each source gathers
 * by walking its own claims: the same terms added in the same order. The terms span twenty
 * orders of magnitude, so that adding them in any other order would change the result (checked
 * below), and sources give several values for one item (which count the item once).
 */
class ItemSumsPushTest {
  private static ClaimGraph graph() {
    return graph(DuplicatePolicy.ALL);
  }

  /** Under {@code FIRST} a source keeps one value per item; under {@code ALL}, several. */
  private static ClaimGraph graph(DuplicatePolicy policy) {
    SplittableRandom random = new SplittableRandom(11);
    ObservationSet.Builder b = ObservationSet.builder(policy);
    for (int i = 0; i < 3000; i++) {
      int claims = 1 + random.nextInt(6);
      for (int k = 0; k < 2 + random.nextInt(8); k++) {
        b.add(String.format(Locale.ROOT, "s%02d", random.nextInt(40)),
            String.format(Locale.ROOT, "i%04d", i), Value.text("v" + random.nextInt(claims)));
      }
    }
    return ClaimGraph.compile(b.build(), Similarities.of(ValueComparison.exact()));
  }

  /**
   * Each source's own walk: {@code perItem} summed over the distinct items of its claims, in
   * ascending item order (its claims are in claim order, so in item order, with one item's
   * claims adjacent).
   */
  private static void gather(ClaimGraph graph, double[] perItem, double[] out) {
    for (int s = 0; s < graph.sourceCount; s++) {
      double sum = 0.0;
      int previous = -1;
      for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
        int item = graph.claimItem[graph.sourceClaims[e]];
        if (item != previous) {
          sum += perItem[item];
          previous = item;
        }
      }
      out[s] = sum;
    }
  }

  private static double[] terms(SplittableRandom random, int n) {
    double[] terms = new double[n];
    for (int k = 0; k < n; k++) {
      terms[k] = (random.nextBoolean() ? 1 : -1) * random.nextDouble()
          * Math.pow(10, random.nextInt(-10, 10));
    }
    return terms;
  }

  @Test
  void pushedSums_equalEachSourcesOwnWalk_toTheLastBit() {
    ClaimGraph graph = graph();
    SplittableRandom random = new SplittableRandom(12);
    double[] perItemA = terms(random, graph.itemCount);
    double[] perItemB = terms(random, graph.itemCount);
    double[] pairs = terms(random, 2 * graph.claimCount);
    double[] perClaimA = new double[graph.claimCount];
    double[] perClaimB = new double[graph.claimCount];
    for (int c = 0; c < graph.claimCount; c++) {
      perClaimA[c] = pairs[2 * c];
      perClaimB[c] = pairs[2 * c + 1];
    }
    int sources = graph.sourceCount;
    double[] gatheredA = new double[sources];
    double[] gatheredB = new double[sources];
    gather(graph, perItemA, gatheredA);
    gather(graph, perItemB, gatheredB);
    double[] pushedA = new double[sources];
    double[] pushedB = new double[sources];
    java.util.Arrays.fill(pushedA, 99.0); // stale entries from an earlier round
    ItemSums.pushToSources(graph, perItemA, pushedA, perItemB, pushedB);
    assertThat(pushedA).containsExactly(gatheredA);
    assertThat(pushedB).containsExactly(gatheredB);
    double[] toSources = new double[sources];
    java.util.Arrays.fill(toSources, 99.0);
    ItemSums.toSources(graph, perItemA, toSources);
    assertThat(toSources).containsExactly(gatheredA);

    double[] claimsPushed = new double[sources];
    ItemSums.pushClaimsToSources(graph, perClaimA, claimsPushed);
    double[] pairsA = new double[sources];
    double[] pairsB = new double[sources];
    ItemSums.pushPairsToSources(graph, pairs, pairsA, pairsB);
    boolean orderMatters = false;
    for (int s = 0; s < sources; s++) {
      double ownWalk = ItemSums.overSourceClaims(graph, s, perClaimA);
      assertThat(claimsPushed[s]).as("source %d", s).isEqualTo(ownWalk);
      assertThat(pairsA[s]).as("source %d", s).isEqualTo(ownWalk);
      assertThat(pairsB[s]).as("source %d", s)
          .isEqualTo(ItemSums.overSourceClaims(graph, s, perClaimB));
      double backwards = 0.0;
      for (int e = graph.sourceClaimStart[s + 1] - 1; e >= graph.sourceClaimStart[s]; e--) {
        backwards += perClaimA[graph.sourceClaims[e]];
      }
      orderMatters |= backwards != ownWalk;
    }
    assertThat(orderMatters).as("the terms are such that the order of adding shows").isTrue();
    assertThat(graph.claimCount).isGreaterThan(graph.itemCount); // several claims per item
  }

  @Test
  void oneClaimPerVoter_holdsOnlyWhenNoSourceGivesAnItemTwoValues() {
    assertThat(ItemSums.oneClaimPerVoter(graph(DuplicatePolicy.FIRST))).isTrue();
    assertThat(ItemSums.oneClaimPerVoter(graph(DuplicatePolicy.ALL))).isFalse();
  }

  @Test
  void pushAllToSources_equalsTheSeparateWalks_toTheLastBit() {
    ClaimGraph graph = graph(DuplicatePolicy.FIRST);
    SplittableRandom random = new SplittableRandom(13);
    double[] perItemA = terms(random, graph.itemCount);
    double[] perItemB = terms(random, graph.itemCount);
    double[] pairs = terms(random, 2 * graph.claimCount);
    int sources = graph.sourceCount;
    double[] itemsA = new double[sources];
    double[] itemsB = new double[sources];
    ItemSums.pushToSources(graph, perItemA, itemsA, perItemB, itemsB);
    double[] pairsA = new double[sources];
    double[] pairsB = new double[sources];
    ItemSums.pushPairsToSources(graph, pairs, pairsA, pairsB);

    double[] allA = new double[sources];
    double[] allB = new double[sources];
    double[] allPairA = new double[sources];
    double[] allPairB = new double[sources];
    java.util.Arrays.fill(allA, 99.0); // stale entries from an earlier round
    ItemSums.pushAllToSources(graph, perItemA, allA, perItemB, allB, pairs, null, allPairA,
        allPairB);
    assertThat(allA).containsExactly(itemsA);
    assertThat(allB).containsExactly(itemsB);
    assertThat(allPairA).containsExactly(pairsA);
    assertThat(allPairB).containsExactly(pairsB);

    // without pairs: 2-Estimates' (1 - W, W) from the truths
    double[] truth = new double[graph.claimCount];
    double[] truthPairs = new double[2 * graph.claimCount];
    for (int c = 0; c < graph.claimCount; c++) {
      truth[c] = random.nextDouble();
      truthPairs[2 * c] = 1.0 - truth[c];
      truthPairs[2 * c + 1] = truth[c];
    }
    ItemSums.pushPairsToSources(graph, truthPairs, pairsA, pairsB);
    ItemSums.pushAllToSources(graph, perItemA, allA, perItemB, allB, null, truth, allPairA,
        allPairB);
    assertThat(allPairA).containsExactly(pairsA);
    assertThat(allPairB).containsExactly(pairsB);
    assertThat(allA).containsExactly(itemsA);
  }
}
