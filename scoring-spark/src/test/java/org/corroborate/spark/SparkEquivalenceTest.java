package org.corroborate.spark;

import java.util.List;
import java.util.stream.Stream;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spark {@code local[2]} against the engine, every Spark algorithm on a seeded synthetic set, on
 * Flight and on Book (exact comparison, each algorithm's default settings): the same values in
 * the same order for every item, and every confidence and trust the same double.
 */
@Tag("spark")
class SparkEquivalenceTest {
  private static final long SEED = 20261201L;

  static Stream<Arguments> algorithms() {
    return SparkTruthDiscovery.algorithms().stream().map(Arguments::of);
  }

  private static void check(String data, List<String[]> rows, String algorithm) {
    TruthDiscoveryConfig config = TruthDiscoveryConfig.builder().algorithm(algorithm)
        .seed(SEED).build();
    System.out.println("[spark-equivalence] " + data + " " + algorithm + ": "
        + Equivalence.check(rows, config));
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void synthetic_sameAnswersAsTheEngine(String algorithm) {
    check("synthetic", TestData.synthetic(SEED), algorithm);
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void flight_sameAnswersAsTheEngine(String algorithm) {
    check("flight", TestData.flight(), algorithm);
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void book_sameAnswersAsTheEngine(String algorithm) {
    check("book", TestData.book(), algorithm);
  }
}
