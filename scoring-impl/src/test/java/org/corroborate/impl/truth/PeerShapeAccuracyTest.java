package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corroborate.Corroborate;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accuracy floors on the synthetic shape of issue 18 (run side by side with DAFNA-EA), at a size
 * a unit test can afford: 300 sources with accuracy uniform in [.3, .95], 20,000 items, each source
 * on each item with probability .03 (at least one source per item), 4 values per item, one true,
 * a wrong source picking uniformly among the other three, value labels shuffled per item ({@link
 * PeerShapeData}, seed 1; about 180,000 observations). Every algorithm of the registry must have a
 * floor; each floor is the accuracy measured when it was set less half a point, rounded down to the
 * hundredth. Results are deterministic (the seeded data and the seeded tie rule), so a floor moves
 * only with a deliberate change. docs/accuracy.md tabulates the numbers and the full-size shape.
 */
@Tag("accuracy")
class PeerShapeAccuracyTest {
  private static final TruthDiscovery SERVICE = Corroborate.truthDiscovery();

  private static final Map<String, Double> FLOORS = Map.ofEntries(
      Map.entry("vote", 0.93),
      Map.entry("sums", 0.93),
      Map.entry("average-log", 0.93),
      Map.entry("investment", 0.94),
      Map.entry("pooled-investment", 0.87),
      Map.entry("truthfinder", 0.93),
      Map.entry("cosine", 0.93),
      Map.entry("2-estimates", 0.90),
      Map.entry("3-estimates", 0.92),
      Map.entry("accu", 0.93),
      Map.entry("accu-sim", 0.93),
      Map.entry("accu-copy", 0.90),
      Map.entry("pop-accu", 0.93),
      Map.entry("crh", 0.93),
      Map.entry("catd", 0.92),
      Map.entry("dawid-skene", 0.94),
      Map.entry("simple-lca", 0.94),
      Map.entry("guess-lca", 0.93),
      Map.entry("ltm", 0.94));

  /** Generated once for all the algorithms. */
  private static final class Data {
    static final PeerShapeData SHAPE =
        PeerShapeData.generate(1, 300, 20_000, 0.03, 4, 0.3, 0.95);
  }

  static Stream<String> algorithms() {
    return SERVICE.algorithms().stream().map(AlgorithmInfo::name);
  }

  @Test
  void everyAlgorithm_hasAFloor() {
    assertThat(FLOORS.keySet()).containsExactlyInAnyOrderElementsOf(algorithms().toList());
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void shuffledLabels_accuracyAtLeastTheFloor(String algorithm) {
    double accuracy = Data.SHAPE.accuracy(SERVICE.discover(Data.SHAPE.observations(),
        TruthDiscoveryConfig.of(algorithm)));
    System.out.printf(java.util.Locale.ROOT, "peer shape, %s: %.4f%n", algorithm, accuracy);
    assertThat(accuracy).as(algorithm).isGreaterThanOrEqualTo(FLOORS.get(algorithm));
  }

  /**
   * LTM swept in blocks on two threads ({@link LatentTruth.Blocks}; blocks of 4,096 facts here,
   * about 17, where the default size keeps this data on the sequential sampler) keeps the
   * sequential sampler's floor.
   */
  @Test
  void ltmInBlocks_accuracyAtLeastTheFloor() {
    TruthDiscovery blocked = new GraphTruthDiscovery(List.of(new LatentTruth(4096)));
    double accuracy = Data.SHAPE.accuracy(blocked.discover(Data.SHAPE.observations(),
        TruthDiscoveryConfig.builder().algorithm("ltm").threads(2).build()));
    System.out.printf(java.util.Locale.ROOT, "peer shape, ltm in blocks: %.4f%n", accuracy);
    assertThat(accuracy).isGreaterThanOrEqualTo(FLOORS.get("ltm"));
  }
}
