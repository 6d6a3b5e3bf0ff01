package org.corroborate.impl.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.corroborate.Explanation;
import org.corroborate.news.ClaimSimilarity;
import org.junit.jupiter.api.Test;

class AverageLinkClusteringTest {
  /** No pair kept apart (no cannot-link). */
  private static final long[] NO_CANNOT_LINKS = {};

  private static long pair(int a, int b) {
    return ((long) a << 32) | b;
  }

  @Test
  void cannotLink_keepsApartWhatTheEdgesWouldMerge() {
    // 0-1 .9, 1-2 .8, 0-2 .7: without constraints all three merge at .5
    // ({0,1} at .9, then avg = (.7 + .8) / 2 = .75). With 0-2 apart: {0,1} at .9, then
    // avg({0,1}, 2) = (.8 - 9) / 2 < 0, so 2 stays alone.
    long[] pairs = {pair(0, 1), pair(0, 2), pair(1, 2)};
    double[] sims = {0.9, 0.7, 0.8};
    assertThat(AverageLinkClustering.cluster(3, pairs, sims, NO_CANNOT_LINKS, 0.5)).containsExactly(0, 0, 0);
    assertThat(AverageLinkClustering.cluster(3, pairs, sims, new long[] {pair(0, 2)}, 0.5))
        .containsExactly(0, 0, 1);
    // a cannot-link between items with no edge at all still blocks a merge through a third
    // item: 0-1 .9, 1-2 .9, 0-2 apart: {0,1} first (ties by slot), then (.9 - 9) / 2 < 0
    assertThat(AverageLinkClustering.cluster(3, new long[] {pair(0, 1), pair(1, 2)},
        new double[] {0.9, 0.9}, new long[] {pair(0, 2)}, 0.1)).containsExactly(0, 0, 1);
  }

  @Test
  void chain_singleLinkWouldMerge_averageLinkDoesNot() {
    // 0-1 and 1-2 are close (.9), 0-2 is no edge (similarity 0). Threshold .5.
    // Worked by hand: first merge {0,1} at .9; then avg({0,1}, 2) = (0 + .9) / 2 = .45 < .5: stop.
    // Single link would join 2 through 1 at .9.
    int[] groups = AverageLinkClustering.cluster(3, new long[] {pair(0, 1), pair(1, 2)},
        new double[] {0.9, 0.9}, NO_CANNOT_LINKS, 0.5);
    assertThat(groups).containsExactly(0, 0, 1);
  }

  @Test
  void longerChain_staysInPieces() {
    // a path 0-1-2-3-4-5 with .8 on every edge: average link makes pairs, then
    // avg({0,1},{2,3}) = .8 / 4 = .2 < .5, so three groups of two
    long[] pairs = {pair(0, 1), pair(1, 2), pair(2, 3), pair(3, 4), pair(4, 5)};
    double[] sims = {0.8, 0.8, 0.8, 0.8, 0.8};
    assertThat(AverageLinkClustering.cluster(6, pairs, sims, NO_CANNOT_LINKS, 0.5))
        .containsExactly(0, 0, 1, 1, 2, 2);
  }

  @Test
  void threeNearDuplicates_andTwoUnrelated_lexicalDefault() {
    List<String> texts = List.of(
        "Ferguson protester shot in the eye with rubber bullet by police",
        "Amazon is opening a brick-and-mortar store in Manhattan",
        "Ferguson protester shot in eye with rubber bullet, police say",
        "Batmobile stolen in Detroit",
        "Police shot Ferguson protester in the eye with a rubber bullet");
    ClaimGrouper.Groups groups = ClaimGrouper.lexicalDefault().group(texts);
    assertThat(groups.groups()).containsExactly(0, 1, 0, 2, 0);
    assertThat(groups.groupCount()).isEqualTo(3);
  }

  @Test
  void averages_workedByHand() {
    // 0-1 .9, 0-2 .6, 1-2 .4, 2-3 .7, threshold .5.
    // merge {0,1} (.9); avg({0,1},2) = (.6 + .4) / 2 = .5; avg(2,3) = .7: merge {2,3};
    // avg({0,1},{2,3}) = (.6 + .4 + 0 + 0) / 4 = .25 < .5: two groups
    long[] pairs = {pair(0, 1), pair(0, 2), pair(1, 2), pair(2, 3)};
    double[] sims = {0.9, 0.6, 0.4, 0.7};
    assertThat(AverageLinkClustering.cluster(4, pairs, sims, NO_CANNOT_LINKS, 0.5)).containsExactly(0, 0, 1, 1);
    // at .25 the two groups merge; at .26 they do not
    assertThat(AverageLinkClustering.cluster(4, pairs, sims, NO_CANNOT_LINKS, 0.25)).containsExactly(0, 0, 0, 0);
    assertThat(AverageLinkClustering.cluster(4, pairs, sims, NO_CANNOT_LINKS, 0.26)).containsExactly(0, 0, 1, 1);
  }

  @Test
  void ties_brokenByIndex_andResultIndependentOfEdgeOrder() {
    // 0-1, 1-2 and 2-3 all .8: the tie goes to the smallest pair (0-1), then 2-3
    long[] pairs = {pair(0, 1), pair(1, 2), pair(2, 3)};
    assertThat(AverageLinkClustering.cluster(4, pairs, new double[] {0.8, 0.8, 0.8}, NO_CANNOT_LINKS, 0.5))
        .containsExactly(0, 0, 1, 1);
    long[] reversed = {pair(2, 3), pair(1, 2), pair(0, 1)};
    assertThat(AverageLinkClustering.cluster(4, reversed, new double[] {0.8, 0.8, 0.8}, NO_CANNOT_LINKS, 0.5))
        .containsExactly(0, 0, 1, 1);
  }

  @Test
  void randomGraphs_matchAQuadraticReference() {
    long seed = 20261124L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      int n = 2 + random.nextInt(14);
      double[][] sim = new double[n][n];
      java.util.List<Long> edges = new java.util.ArrayList<>();
      java.util.List<Double> values = new java.util.ArrayList<>();
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (random.nextInt(3) > 0) {
            // continuous values: no two averages tie, so the merge order is unique
            double s = 0.01 + 0.99 * random.nextDouble();
            sim[a][b] = sim[b][a] = s;
            edges.add(pair(a, b));
            values.add(s);
          }
        }
      }
      double threshold = 0.05 + 0.9 * random.nextDouble();
      int[] got = AverageLinkClustering.cluster(n,
          edges.stream().mapToLong(Long::longValue).toArray(),
          values.stream().mapToDouble(Double::doubleValue).toArray(), NO_CANNOT_LINKS, threshold);
      assertThat(samePartition(got, reference(sim, threshold)))
          .as("seed %d round %d", seed, round).isTrue();
    }
  }

  @Test
  void badThreshold_isRefused() {
    assertThatThrownBy(() -> AverageLinkClustering.cluster(2, new long[0], new double[0], NO_CANNOT_LINKS, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
  }

  @Test
  void lexicalScorer_isSymmetricBoundedAndExplained() {
    ClaimSimilarity.Scorer scorer = new LexicalSimilarity().prepare(List.of(
        "Soldier shot at war memorial in Canada", "Soldier shot at Canada war memorial", "",
        "Soldier shot at war memorial in Canada", "Apple Watch battery life"));
    for (int a = 0; a < scorer.size(); a++) {
      for (int b = 0; b < scorer.size(); b++) {
        double s = scorer.score(a, b);
        assertThat(s).isBetween(0.0, 1.0).isEqualTo(scorer.score(b, a));
        Explanation e = scorer.explain(a, b);
        assertThat(e.value()).isCloseTo(s, org.assertj.core.data.Offset.offset(1e-9));
      }
    }
    assertThat(scorer.score(0, 3)).isEqualTo(1.0);
    assertThat(scorer.score(0, 2)).isZero();
    assertThat(scorer.score(0, 1)).isGreaterThan(scorer.score(0, 4));
  }

  /** Plain O(n^3) average link over the full matrix, ties by smallest (min member, min member). */
  private static int[] reference(double[][] sim, double threshold) {
    int n = sim.length;
    java.util.List<java.util.List<Integer>> clusters = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      clusters.add(new java.util.ArrayList<>(List.of(i)));
    }
    while (true) {
      double best = -1;
      int bi = -1;
      int bj = -1;
      for (int i = 0; i < clusters.size(); i++) {
        for (int j = i + 1; j < clusters.size(); j++) {
          double sum = 0;
          for (int x : clusters.get(i)) {
            for (int y : clusters.get(j)) {
              sum += sim[x][y];
            }
          }
          double avg = sum / (clusters.get(i).size() * clusters.get(j).size());
          if (avg > best) {
            best = avg;
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0 || best < threshold) {
        break;
      }
      clusters.get(bi).addAll(clusters.remove(bj));
    }
    int[] out = new int[n];
    for (int c = 0; c < clusters.size(); c++) {
      for (int x : clusters.get(c)) {
        out[x] = c;
      }
    }
    return out;
  }

  /** Whether two labelings put the same items together. */
  private static boolean samePartition(int[] a, int[] b) {
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        if ((a[i] == a[j]) != (b[i] == b[j])) {
          return false;
        }
      }
    }
    return true;
  }
}
