package org.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corroborate.Corroborate;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.TextValue;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spark {@code local[2]} against the engine, every Spark algorithm on a seeded synthetic set, on
 * Flight and on Book (exact comparison, each algorithm's default settings): the same values in
 * the same order for every item, and every confidence and trust the same double. On the
 * synthetic set Sums, TruthFinder, Accu, AccuCopy and CRH run to convergence, the others 2 or 3
 * rounds; on Flight every algorithm runs 2 rounds, the second being the first that reads the
 * previous round's vectors, on Book 1 (AccuCopy 2) (see {@link #synthetic_sameAnswersAsTheEngine}
 * and {@link #book_sameAnswersAsTheEngine}).
 */
@Tag("spark")
class SparkEquivalenceTest {
  private static final long SEED = 20261201L;

  /**
   * Every Spark algorithm, or those named (comma-separated) by {@code
   * -Dcorroborate.spark.algorithms}, for a quicker run while working on one.
   */
  static Stream<Arguments> algorithms() {
    String only = System.getProperty("corroborate.spark.algorithms", "");
    List<String> names = only.isBlank() ? SparkTruthDiscovery.algorithms()
        : List.of(only.split(","));
    return names.stream().map(String::strip).map(Arguments::of);
  }

  /**
   * Runs with the algorithm's defaults, or at most {@code maxIterations} rounds when that is
   * positive: every Spark round costs about a second on two busy cores, and equivalence is
   * asserted round for round, so a few rounds on the real data show what twenty would.
   */
  private static void check(String data, List<String[]> rows, String algorithm,
      int maxIterations) {
    check(data, rows, algorithm, maxIterations, 0.0, Map.of());
  }

  /**
   * As {@link #check(String, List, String, int)}, with the tolerance (when positive) and
   * parameters set.
   */
  private static void check(String data, List<String[]> rows, String algorithm,
      int maxIterations, double tolerance, Map<String, Double> parameters) {
    TruthDiscoveryConfig.Builder builder = TruthDiscoveryConfig.builder().algorithm(algorithm)
        .seed(SEED);
    parameters.forEach(builder::parameter);
    if (maxIterations > 0) {
      builder.maxIterations(maxIterations);
    }
    if (tolerance > 0) {
      builder.tolerance(tolerance);
    }
    TruthDiscoveryConfig config = builder.build();
    System.out.println("[spark-equivalence] " + data + " " + algorithm + " " + parameters + ": "
        + Equivalence.check(rows, config));
  }

  /**
   * To convergence where that is quick: TruthFinder and CRH at their default tolerance (3
   * rounds); Sums, Accu and AccuCopy at tolerance 1e-2 (4, 3 and 3 rounds on the engine, against
   * 11, 8 and 5 at the default 1e-6: the stopping rule is the same comparison at any
   * tolerance); the others, which take 20 to 100 rounds, stop after 3 (2- and 3-Estimates, whose
   * lambda is then 1, .5 and 0) or 2 (the second round is the first that reads the first's).
   */
  @ParameterizedTest
  @MethodSource("algorithms")
  void synthetic_sameAnswersAsTheEngine(String algorithm) {
    List<String[]> rows = TestData.synthetic(SEED);
    switch (algorithm) {
      case "truthfinder", "crh" -> check("synthetic", rows, algorithm, 0);
      case "sums", "accu" -> check("synthetic", rows, algorithm, 0, 1e-2, Map.of());
      // no pair of these sources shares the default 10 items: weigh every pair sharing one, so
      // that copy detection (pairs, posteriors, discounts) runs
      case "accu-copy" -> check("synthetic", rows, algorithm, 0, 1e-2,
          Map.of("min-shared-items", 1.0));
      // lambda at 1, .5 and 0
      case "2-estimates", "3-estimates" -> check("synthetic", rows, algorithm, 3);
      default -> check("synthetic", rows, algorithm, 2);
    }
  }

  /**
   * 2- and 3-Estimates where no source gives an item two values, the graphs on which the engine
   * and the job take an item's sums over its voters from its claims' sums (the synthetic set's
   * second values keep the voter lists), over five rounds. The two ways add the same terms in
   * another order, but that alone does not show here: the last round rounds every W (lambda 0),
   * and the errors then come from sums of whole numbers. What the case checks is that the job's
   * sums by claims are the right ones (summing the wrong column, or any term twice, fails it).
   */
  @ParameterizedTest
  @CsvSource({"2-estimates", "3-estimates"})
  void estimates_oneValuePerSourceAndItem_sameAnswersAsTheEngine(String algorithm) {
    check("synthetic-first-values", TestData.firstValues(TestData.synthetic(SEED)), algorithm, 5);
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void flight_sameAnswersAsTheEngine(String algorithm) {
    check("flight", TestData.flight(), algorithm, 2);
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void book_sameAnswersAsTheEngine(String algorithm) {
    // one round, whose maths the synthetic set and Flight check over later rounds too;
    // AccuCopy two: from the second round its shared values are true by the previous choice,
    // which Book's many tied author strings put to the test
    check("book", TestData.book(), algorithm, algorithm.equals("accu-copy") ? 2 : 1);
  }

  /**
   * Estimates' dual-solution test on small random sets where the engine takes the dual solution
   * (confidence 1 - W, trust eps): the flip is computed on Spark from the same sums, so the
   * answers are still the engine's, bit for bit.
   */
  @ParameterizedTest
  @CsvSource({"2-estimates, 20", "3-estimates, 26"})
  void estimates_dualSolution_sameAnswersAsTheEngine(String algorithm, long seed) {
    List<String[]> rows = TestData.small(seed);
    ObservationSet.Builder builder = ObservationSet.builder(DuplicatePolicy.ALL);
    for (String[] row : rows) {
      builder.add(row[0], row[1], new TextValue(row[2]));
    }
    TruthDiscoveryResult engine = Corroborate.truthDiscovery().discover(builder.build(),
        TruthDiscoveryConfig.builder().algorithm(algorithm).maxIterations(3).seed(SEED).build());
    assertThat(engine.items().get(0).values().get(0).explanation().toString())
        .as("the engine takes the dual solution on this set")
        .contains("dual solution");
    check("small-" + seed, rows, algorithm, 3);
  }

  /**
   * CRH with a single source: its loss is the whole total, its weight {@code -log 1 = -0}, no
   * weight is positive, so its trust is 1 and the truths its own votes (ties by the seeded key),
   * as in the engine.
   */
  @Test
  void crh_singleSource_sameAnswersAsTheEngine() {
    List<String[]> rows = List.of(new String[] {"a", "x", "1"}, new String[] {"a", "x", "2"},
        new String[] {"a", "y", "3"});
    check("one-source", rows, "crh", 0);
  }
}
