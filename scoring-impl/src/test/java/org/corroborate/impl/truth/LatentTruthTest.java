package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.Corroborate;
import org.corroborate.impl.compare.AuthorListSimilarity;
import org.corroborate.impl.compare.ExactSimilarity;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueConfidence;
import org.junit.jupiter.api.Test;

/** LTM: seeded determinism, multi-truth, author facts, and the case without negative evidence. */
class LatentTruthTest {

  /**
   * The sampler's shortcut decides every draw as the comparison with {@code 1 / (1 + exp(x))}
   * does: random log odds and draws, and the places where it could go wrong, log odds at and just
   * past the bounds with draws a few units in the last place either side of the probability
   * there and of the bounds, infinite and NaN log odds.
   */
  @Test
  void flips_sameAsComparingWithTheProbability() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    List<double[]> cases = new ArrayList<>();
    for (int k = 0; k < 200_000; k++) {
      double spread = random.nextBoolean() ? 80 : 12;
      double x = (random.nextDouble() - 0.5) * spread;
      cases.add(new double[] {x, random.nextDouble()});
    }
    double[] edges = {LatentTruth.SURE, -LatentTruth.SURE, Math.nextUp(LatentTruth.SURE),
        Math.nextDown(-LatentTruth.SURE), Math.nextDown(LatentTruth.SURE),
        Math.nextUp(-LatentTruth.SURE), 5.5, -5.5, 30, -30, 800, -800,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
    for (double x : edges) {
      double p = 1.0 / (1.0 + Math.exp(x));
      for (double centre : new double[] {p, LatentTruth.FLIP_BELOW, LatentTruth.FLIP_ABOVE, 0.0}) {
        double u = centre;
        for (int step = 0; step < 4; step++) {
          u = Math.nextDown(u);
        }
        for (int step = 0; step < 9; step++, u = Math.nextUp(u)) {
          if (u >= 0.0 && u < 1.0) {
            cases.add(new double[] {x, u});
          }
        }
      }
    }
    for (double[] c : cases) {
      boolean expected = c[1] < 1.0 / (1.0 + Math.exp(c[0]));
      assertThat(LatentTruth.flips(c[0], c[1])).as("x %s, u %s", c[0], c[1]).isEqualTo(expected);
    }
    // the bounds hold the probability at the log odds where they start, with room
    assertThat(1.0 / (1.0 + Math.exp(LatentTruth.SURE))).isLessThan(LatentTruth.FLIP_BELOW);
    assertThat(1.0 / (1.0 + Math.exp(-LatentTruth.SURE))).isGreaterThan(LatentTruth.FLIP_ABOVE);
  }
  private final TruthDiscovery service = Corroborate.truthDiscovery();

  private TruthDiscoveryResult run(ObservationSet set, long seed, ValueComparison comparison) {
    return service.discover(set, TruthDiscoveryConfig.builder()
        .algorithm("ltm").seed(seed).comparison(comparison).build());
  }

  private static String render(TruthDiscoveryResult result) {
    StringBuilder out = new StringBuilder();
    for (ItemResult item : result.items()) {
      out.append(item.itemId()).append(' ').append(item.chosenValues());
      for (ValueConfidence v : item.values()) {
        out.append(' ').append(v.value().canonical()).append('=').append(v.confidence());
      }
      out.append('\n');
    }
    result.sources().forEach(s -> out.append(s.sourceId()).append('=').append(s.trust())
        .append('\n'));
    return out.toString();
  }

  /** 12 sources on 60 items, some items with two true values. */
  private static ObservationSet mixed() {
    ObservationSet.Builder b = ObservationSet.builder();
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    for (int i = 0; i < 60; i++) {
      for (int s = 0; s < 12; s++) {
        if (random.nextDouble() < 0.6) {
          double u = random.nextDouble();
          String value = u < 0.6 ? "t" : (u < 0.8 && i % 3 == 0 ? "u" : "f" + random.nextInt(6));
          b.add("s" + s, "item" + i, Value.text(value));
        }
      }
    }
    return b.build();
  }

  @Test
  void sameSeed_givesIdenticalResults() {
    ObservationSet set = mixed();
    assertThat(render(run(set, 42, ValueComparison.exact())))
        .isEqualTo(render(run(set, 42, ValueComparison.exact())));
  }

  @Test
  void differentSeeds_giveValidResults() {
    ObservationSet set = mixed();
    String first = null;
    for (long seed = 1; seed <= 5; seed++) {
      TruthDiscoveryResult r = run(set, seed, ValueComparison.exact());
      int withT = 0;
      for (ItemResult item : r.items()) {
        assertThat(item.values()).extracting(v -> v.value()).containsAll(item.chosenValues());
        assertThat(item.values()).allSatisfy(v -> {
          assertThat(v.confidence()).isBetween(0.0, 1.0);
          assertThat(v.explanation().value()).isEqualTo(v.confidence());
        });
        withT += item.chosenValues().contains(Value.text("t")) ? 1 : 0;
      }
      // "t" is given by about 60% of each item's sources; a sampler's seed may change the verdict
      // on an item whose t has few sources, not on the data as a whole
      assertThat(withT).as("seed %d", seed).isGreaterThanOrEqualTo(54);
      assertThat(r.sources()).allSatisfy(s -> assertThat(s.trust()).isBetween(0.0, 1.0));
      String rendered = render(r);
      if (first == null) {
        first = rendered;
      } else {
        assertThat(rendered).as("a different seed gives a different sample").isNotEqualTo(first);
      }
    }
  }

  @Test
  void multiTruth_choosesEveryValueJudgedTrue_inConfidenceOrder() {
    // u is given by about 20% of the sources of every third item, against scattered f-values:
    // LTM keeps values with enough independent support; the chosen list is every accepted value
    TruthDiscoveryResult r = run(mixed(), 1, ValueComparison.exact());
    for (ItemResult item : r.items()) {
      List<Double> confidences = new ArrayList<>();
      for (Value chosen : item.chosenValues()) {
        double c = item.values().stream().filter(v -> v.value().equals(chosen)).findFirst()
            .orElseThrow().confidence();
        assertThat(c).isGreaterThanOrEqualTo(0.5);
        confidences.add(c);
      }
      assertThat(confidences).isSortedAccordingTo((a, b) -> Double.compare(b, a));
      item.values().stream().filter(v -> !item.chosenValues().contains(v.value()))
          .forEach(v -> assertThat(v.confidence()).isLessThan(0.5));
    }
  }

  @Test
  void noNegativeEvidence_acceptsEveryFact() {
    // every source covers only what it asserts (one claim per item): all observations are
    // positive. For a fact alone with one source, equation 2 gives p(t = 1) proportional to
    // beta_1 alpha_11 / (alpha_11 + alpha_10) = 10 * 50/100 = 5 and p(t = 0) to beta_0 alpha_01 /
    // (alpha_01 + alpha_00) = 10 * 10/1010 = 0.099, i.e. p(t = 1) = 0.981 per sweep before the
    // other facts' counts (all true positives, pushing it higher): every fact is accepted
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("s1", "x", Value.text("1"));
    b.add("s1", "y", Value.text("2"));
    b.add("s2", "z", Value.text("3"));
    b.add("s3", "w", Value.text("4"));
    b.add("s4", "w", Value.text("4"));
    ObservationSet set = b.build();
    for (long seed = 0; seed < 5; seed++) {
      TruthDiscoveryResult r = run(set, seed, ValueComparison.exact());
      assertThat(r.items()).allSatisfy(item -> {
        assertThat(item.chosenValues()).hasSize(1);
        assertThat(item.values().get(0).confidence()).isGreaterThanOrEqualTo(0.5);
      });
      assertThat(r.converged()).isTrue();
      assertThat(r.iterations()).isEqualTo(100);
      // precision (E[n11] + 50) / (E[n01] + E[n11] + 10 + 50) with no claim of a false fact
      // beyond the sampled share: above 50/60
      assertThat(r.sources()).allSatisfy(s -> assertThat(s.trust()).isGreaterThan(50.0 / 60));
    }
  }

  @Test
  void facts_explodeAuthorListsIntoAuthors() {
    // book B: s1 "Knuth, Donald; Graham, Ronald", s2 "Graham, R. and Knuth, D." (same key, same
    // claim), s3 "Donald Knuth"; facts are "graham r" {s1, s2} and "knuth d" {s1, s2, s3}
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("s1", "B", Value.text("Knuth, Donald; Graham, Ronald"));
    b.add("s2", "B", Value.text("Graham, R. and Knuth, D."));
    b.add("s3", "B", Value.text("Donald Knuth"));
    ObservationSet set = b.build();
    ClaimGraph graph = ClaimGraph.compile(set, AuthorListSimilarity.INSTANCE);
    LatentTruth.Facts facts = LatentTruth.Facts.of(graph, AuthorListSimilarity.INSTANCE);
    assertThat(facts.exploded).isTrue();
    assertThat(facts.count).isEqualTo(2);
    assertThat(facts.factLabel).containsExactly("author 'graham r'", "author 'knuth d'");
    assertThat(sources(facts, 0)).containsExactly(0, 1);
    assertThat(sources(facts, 1)).containsExactly(0, 1, 2);
    // claims in key order: "graham r; knuth d" asserts both facts, "knuth d" only the second
    assertThat(graph.claimKey).containsExactly("graham r; knuth d", "knuth d");
    assertThat(claimFacts(facts, 0)).containsExactly(0, 1);
    assertThat(claimFacts(facts, 1)).containsExactly(1);

    ClaimGraph plain = ClaimGraph.compile(set, ExactSimilarity.INSTANCE);
    LatentTruth.Facts same = LatentTruth.Facts.of(plain, ExactSimilarity.INSTANCE);
    assertThat(same.exploded).isFalse();
    assertThat(same.factLabel).isNull(); // claims are named by their values, not labels
    assertThat(same.count).isEqualTo(plain.claimCount);
  }

  @Test
  void authorLists_chooseTheListWhoseAuthorsAreTrue() {
    // four sources give both authors, one gives Knuth only: Graham has 4 positive and 1 negative
    // claims, so both authors are true and the two-author list is the exact set
    ObservationSet.Builder b = ObservationSet.builder();
    for (String s : new String[] {"s1", "s2", "s3", "s4"}) {
      b.add(s, "B", Value.text("Knuth, Donald; Graham, Ronald"));
    }
    b.add("s5", "B", Value.text("Donald Knuth"));
    TruthDiscoveryResult r = run(b.build(), 3, ValueComparison.authors());
    ItemResult book = r.item("B").orElseThrow();
    assertThat(book.chosenValues()).hasSize(1);
    assertThat(book.chosen().canonical()).contains("Graham");
    // list probabilities: p(knuth) p(graham) for the pair, p(knuth) (1 - p(graham)) for Knuth
    // alone; they sum to p(knuth) <= 1, and the explanation is the product over the authors
    double sum = book.values().stream().mapToDouble(ValueConfidence::confidence).sum();
    assertThat(sum).isLessThanOrEqualTo(1.0 + 1e-12);
    assertThat(book.values().get(0).explanation().details()).hasSize(2);
  }

  /**
   * The sampler's log odds against equation 2 written out: for each fact, the counts without it
   * ({@code n^{-f}}), then {@code log beta_t + sum_s [log(n_{s,t,o} + alpha_{t,o}) -
   * log(n_{s,t,0} + n_{s,t,1} + alpha_{t,0} + alpha_{t,1})]} minus the same for the other truth.
   * The small graph is tried under every assignment of truths, which includes sources with no
   * negative claim under one truth (their count less one would be negative); the larger one under
   * random truths, with the defaults' priors and with priors below one.
   */
  @Test
  void samplerLogOdds_equalEquationTwo() {
    ObservationSet.Builder small = ObservationSet.builder();
    small.add("s1", "A", Value.text("x"));
    small.add("s2", "A", Value.text("x"));
    small.add("s1", "B", Value.text("y"));
    small.add("s2", "B", Value.text("z"));
    small.add("s3", "B", Value.text("z"));
    ClaimGraph tiny = ClaimGraph.compile(small.build(), ExactSimilarity.INSTANCE);
    ClaimGraph wide = ClaimGraph.compile(mixed(), ExactSimilarity.INSTANCE);
    double[][] priors = {{1000, 10, 50, 50}, {0.5, 0.25, 0.75, 0.5}};
    double[] beta = {10, 3};
    for (double[] alpha : priors) {
      LatentTruth.Facts facts = LatentTruth.Facts.of(tiny, ExactSimilarity.INSTANCE);
      for (int mask = 0; mask < 1 << facts.count; mask++) {
        int[] truth = new int[facts.count];
        for (int f = 0; f < facts.count; f++) {
          truth[f] = mask >> f & 1;
        }
        assertLogOddsMatch(tiny, facts, truth, alpha, beta);
      }
      LatentTruth.Facts many = LatentTruth.Facts.of(wide, ExactSimilarity.INSTANCE);
      java.util.SplittableRandom random = new java.util.SplittableRandom(11);
      int[] truth = new int[many.count];
      for (int f = 0; f < many.count; f++) {
        truth[f] = random.nextInt(2);
      }
      assertLogOddsMatch(wide, many, truth, alpha, beta);
    }
  }

  /** Checks every fact, then flips every third through the sampler and checks them all again. */
  private static void assertLogOddsMatch(ClaimGraph graph, LatentTruth.Facts facts, int[] truth,
      double[] alpha, double[] beta) {
    int[] n = new int[4 * graph.sourceCount];
    for (int f = 0; f < facts.count; f++) {
      LatentTruth.count(graph, facts, f, truth[f], n, 1);
    }
    LatentTruth.Sampler sampler = new LatentTruth.Sampler(graph, facts, alpha, beta, n);
    assertEveryFact(graph, facts, truth, n, alpha, beta, sampler);
    for (int f = 0; f < facts.count; f += 3) {
      sampler.enter(facts.factItem[f]);
      sampler.flip(f, truth[f]);
      truth[f] = 1 - truth[f];
    }
    assertEveryFact(graph, facts, truth, n, alpha, beta, sampler);
  }

  private static void assertEveryFact(ClaimGraph graph, LatentTruth.Facts facts, int[] truth,
      int[] n, double[] alpha, double[] beta, LatentTruth.Sampler sampler) {
    for (int f = 0; f < facts.count; f++) {
      int item = facts.factItem[f];
      int[] without = n.clone();
      LatentTruth.count(graph, facts, f, truth[f], without, -1);
      double[] log = new double[2];
      for (int t = 0; t < 2; t++) {
        log[t] = Math.log(beta[t]);
        for (int k = graph.itemSourceStart[item]; k < graph.itemSourceStart[item + 1]; k++) {
          int s = graph.itemSources[k];
          int o = sources(facts, f).contains(s) ? 1 : 0;
          log[t] += Math.log(without[4 * s + 2 * t + o] + alpha[2 * t + o])
              - Math.log(without[4 * s + 2 * t] + without[4 * s + 2 * t + 1] + alpha[2 * t]
                  + alpha[2 * t + 1]);
        }
      }
      sampler.enter(item);
      int t = truth[f];
      assertThat(sampler.logOdds(f, t)).as("fact %d", f)
          .isCloseTo(log[t] - log[1 - t], org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  /**
   * A parallel sweep's blocks end at the first item boundary where they hold at least the block
   * size, the last one takes the rest: items of 3, 2, 4 and 1 facts give blocks [0, 5), [5, 9)
   * and [9, 10) for a size of 4, and one block for a size above the facts.
   */
  @Test
  void blocks_endAtTheFirstItemBoundaryPastTheSize() {
    ObservationSet.Builder b = ObservationSet.builder();
    int[] values = {3, 2, 4, 1};
    for (int i = 0; i < values.length; i++) {
      for (int v = 0; v < values[i]; v++) {
        b.add("s" + v, "item" + i, Value.text("v" + v));
      }
    }
    ClaimGraph graph = ClaimGraph.compile(b.build(), ExactSimilarity.INSTANCE);
    LatentTruth.Facts facts = LatentTruth.Facts.of(graph, ExactSimilarity.INSTANCE);
    assertThat(facts.count).isEqualTo(10);
    assertThat(LatentTruth.blocks(facts, graph.itemCount, 4)).containsExactly(0, 5, 9, 10);
    assertThat(LatentTruth.blocks(facts, graph.itemCount, 1)).containsExactly(0, 3, 5, 9, 10);
    assertThat(LatentTruth.blocks(facts, graph.itemCount, 10)).containsExactly(0, 10);
    assertThat(LatentTruth.blocks(facts, graph.itemCount, 11)).containsExactly(0, 10);
  }

  /**
   * Each block of a parallel sweep samples as the sequential sampler would from the truths at the
   * sweep's start, over the block's facts alone, with the generator seeded by the block's draw:
   * three sweeps on two threads, each block checked against a sampler made afresh from the truths
   * before the sweep; after each sweep the counts are those of the new truths, made from scratch.
   */
  @Test
  void blockSweeps_eachBlockAsTheSequentialSamplerFromTheSweepsStart() {
    ClaimGraph graph = ClaimGraph.compile(ThreadCountTest.data(), ExactSimilarity.INSTANCE);
    LatentTruth.Facts facts = LatentTruth.Facts.of(graph, ExactSimilarity.INSTANCE);
    int[] cuts = LatentTruth.blocks(facts, graph.itemCount, 1000);
    assertThat(cuts.length).isGreaterThan(10);
    double[] alpha = {1000, 10, 50, 50};
    double[] beta = {10, 10};
    java.util.SplittableRandom start = new java.util.SplittableRandom(9);
    int[] truth = new int[facts.count];
    for (int f = 0; f < facts.count; f++) {
      truth[f] = start.nextInt(2);
    }
    LatentTruth.Sampler global =
        new LatentTruth.Sampler(graph, facts, alpha, beta, counts(graph, facts, truth));
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    java.util.SplittableRandom same = new java.util.SplittableRandom(3);
    try (Parallel parallel = new Parallel(2)) {
      LatentTruth.Blocks blocks = new LatentTruth.Blocks(global, cuts, parallel);
      for (int sweep = 0; sweep < 3; sweep++) {
        int[] expected = truth.clone();
        for (int b = 0; b + 1 < cuts.length; b++) {
          int[] own = truth.clone();
          LatentTruth.Sampler fresh =
              new LatentTruth.Sampler(graph, facts, alpha, beta, counts(graph, facts, own));
          LatentTruth.sweep(fresh, facts, cuts[b], cuts[b + 1], own,
              new java.util.SplittableRandom(same.nextLong()));
          System.arraycopy(own, cuts[b], expected, cuts[b], cuts[b + 1] - cuts[b]);
        }
        int flipped = 0;
        for (int f = 0; f < facts.count; f++) {
          flipped += expected[f] != truth[f] ? 1 : 0;
        }
        assertThat(blocks.sweep(truth, random)).as("sweep %d", sweep).isEqualTo(flipped);
        assertThat(flipped).isPositive();
        assertThat(truth).as("sweep %d", sweep).containsExactly(expected);
        assertThat(global.n).containsExactly(counts(graph, facts, truth));
      }
    }
  }

  /** The counts n[4 s + 2 t + o] of every fact's claims under {@code truth}, made one by one. */
  private static int[] counts(ClaimGraph graph, LatentTruth.Facts facts, int[] truth) {
    int[] n = new int[4 * graph.sourceCount];
    for (int f = 0; f < facts.count; f++) {
      LatentTruth.count(graph, facts, f, truth[f], n, 1);
    }
    return n;
  }

  /**
   * Sweeps in blocks give the same numbers, to the last bit, on 1, 2 and 16 threads: the blocks
   * and their generators depend on the data and the seed alone.
   */
  @Test
  void blockSweeps_sameNumbersOnAnyThreadCount() {
    TruthDiscovery blocked = new GraphTruthDiscovery(List.of(new LatentTruth(1000)));
    ObservationSet data = ThreadCountTest.data();
    String one = ThreadCountTest.fingerprint(blocked.discover(data,
        TruthDiscoveryConfig.builder().algorithm("ltm").maxIterations(12).threads(1).build()));
    for (int threads : new int[] {2, 16}) {
      assertThat(ThreadCountTest.fingerprint(blocked.discover(data,
          TruthDiscoveryConfig.builder().algorithm("ltm").maxIterations(12).threads(threads)
              .build()))).as("%d threads", threads).isEqualTo(one);
    }
    // the blocks change the sampler, so the numbers are not the sequential sampler's
    assertThat(ThreadCountTest.fingerprint(service.discover(data,
        TruthDiscoveryConfig.builder().algorithm("ltm").maxIterations(12).threads(2).build())))
        .isNotEqualTo(one);
  }

  private static List<Integer> sources(LatentTruth.Facts facts, int f) {
    List<Integer> out = new ArrayList<>();
    for (int e = facts.factSourceStart[f]; e < facts.factSourceStart[f + 1]; e++) {
      out.add(facts.factSources[e]);
    }
    return out;
  }

  private static List<Integer> claimFacts(LatentTruth.Facts facts, int c) {
    List<Integer> out = new ArrayList<>();
    for (int e = facts.claimFactStart[c]; e < facts.claimFactStart[c + 1]; e++) {
      out.add(facts.claimFacts[e]);
    }
    return out;
  }
}
