package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.corroborate.Corroborate;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs at the edge of what the algorithms assume each get a defined result or a clear error. */
class DegenerateInputTest {
  private static final TruthDiscovery SERVICE = Corroborate.truthDiscovery();
  /**
   * Algorithms that decide truth value by value, so that an item may keep several values; where
   * every value is symmetric they accept or reject all of them instead of breaking a tie.
   */
  private static final java.util.Set<String> MULTI_TRUTH = java.util.Set.of("ltm");

  static Stream<String> algorithms() {
    return SERVICE.algorithms().stream().map(a -> a.name());
  }

  private static TruthDiscoveryResult run(String algorithm, ObservationSet set) {
    return SERVICE.discover(set, TruthDiscoveryConfig.of(algorithm));
  }

  private static ObservationSet of(String... triples) {
    ObservationSet.Builder b = ObservationSet.builder();
    for (int i = 0; i < triples.length; i += 3) {
      b.add(triples[i], triples[i + 1], Value.text(triples[i + 2]));
    }
    return b.build();
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void singleSource_choosesItsValues(String algorithm) {
    TruthDiscoveryResult r = run(algorithm, of("only", "x", "1", "only", "y", "2"));
    assertThat(r.item("x").orElseThrow().chosen()).isEqualTo(Value.text("1"));
    assertThat(r.item("y").orElseThrow().chosen()).isEqualTo(Value.text("2"));
    assertThat(r.sources()).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void unanimousData_choosesTheSharedValue(String algorithm) {
    TruthDiscoveryResult r = run(algorithm,
        of("a", "x", "1", "b", "x", "1", "c", "x", "1", "a", "y", "2", "b", "y", "2"));
    assertThat(r.items()).extracting(i -> i.chosen().canonical()).containsExactly("1", "2");
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void allValuesDistinct_choosesDeterministicallyBySeededTieKey(String algorithm) {
    // three sources, one claim each, all different and symmetric: every score ties, so the
    // documented tie-break decides: more sources (all 1 here), the summed trust of the sources
    // (equal here, the three sources being symmetric), then the smaller seeded hash of
    // (item id, canonical value) (ClaimGraph.tieKey: FNV-1a 64 over the item id, times the FNV
    // prime, FNV-1a on over the value, MurmurHash3's fmix64; then fmix64(that ^ fmix64(seed +
    // 0x9e3779b97f4a7c15)), compared as signed longs). Worked out apart from the code (a few lines of Python over the
    // same definition), at seed 0 the keys of (x, 1), (x, 2), (x, 3) order as 3 first, so "3"
    // wins although it is the largest label; the old rule (smaller key) chose "1".
    TruthDiscoveryResult r = run(algorithm, of("a", "x", "3", "b", "x", "1", "c", "x", "2"));
    ItemResult item = r.item("x").orElseThrow();
    assertThat(item.values()).hasSize(3);
    if (MULTI_TRUTH.contains(algorithm)) {
      // LTM judges each value on its own: each has one positive and two negative claims, and
      // under the default priors (sensitivity ~ 50/100, false positive rate ~ 10/1010) a fact is
      // true with conditional probability about .5^3 / (.5^3 + .0099 * .99^2) = .93 per sweep,
      // so all three values are accepted; its confidences are sample means, so no tie-break
      assertThat(item.chosenValues()).extracting(Value::canonical)
          .containsExactlyInAnyOrder("1", "2", "3");
      return;
    }
    assertThat(item.chosen()).isEqualTo(Value.text("3"));
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void allValuesDistinct_tieFollowsTheSeedNotTheLabel(String algorithm) {
    if (MULTI_TRUTH.contains(algorithm)) {
      return;
    }
    // the same tie under seeds 0 .. 11 (worked out as above): 3 2 3 2 1 2 1 1 3 2 3 3, so every
    // label wins under some seed and none is favoured for its spelling
    List<String> expected = List.of("3", "2", "3", "2", "1", "2", "1", "1", "3", "2", "3", "3");
    for (int seed = 0; seed < expected.size(); seed++) {
      TruthDiscoveryResult r = SERVICE.discover(of("a", "x", "3", "b", "x", "1", "c", "x", "2"),
          TruthDiscoveryConfig.builder().algorithm(algorithm).seed(seed).build());
      assertThat(r.item("x").orElseThrow().chosen().canonical()).as("seed " + seed)
          .isEqualTo(expected.get(seed));
    }
  }

  @Test
  void averageLog_sourcesWithOneClaimHaveZeroTrustAndTheVoteDecides() {
    // log 1 = 0: no source has any trust, every belief is 0 and ties go to the most sources
    TruthDiscoveryResult r = run("average-log",
        of("a", "x", "1", "b", "x", "1", "c", "x", "2", "d", "y", "5"));
    assertThat(r.sources()).allSatisfy(s -> assertThat(s.trust()).isZero());
    assertThat(r.item("x").orElseThrow().chosen()).isEqualTo(Value.text("1"));
    assertThat(r.item("x").orElseThrow().values())
        .allSatisfy(v -> assertThat(v.confidence()).isZero());
  }

  @Test
  void emptyObservations_areRefused() {
    assertThatThrownBy(() -> run("vote", ObservationSet.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void unknownAlgorithm_isRefusedWithTheKnownNames() {
    assertThatThrownBy(() -> run("truthfinderr", of("a", "x", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("truthfinderr")
        .hasMessageContaining("truthfinder, vote");
  }

  @Test
  void unknownParameter_isRefusedNamingIt() {
    assertThatThrownBy(() -> SERVICE.discover(of("a", "x", "1"),
        TruthDiscoveryConfig.builder().algorithm("sums").parameter("gamma", 0.3).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gamma")
        .hasMessageContaining("sums");
  }

  @Test
  void parameterOutOfRange_isRefusedWithTheRange() {
    assertThatThrownBy(() -> SERVICE.discover(of("a", "x", "1"),
        TruthDiscoveryConfig.builder().algorithm("truthfinder").parameter("gamma", 7).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gamma")
        .hasMessageContaining("7.0");
  }

  @Test
  void truthFinderPrior_lowersTheTrustOfADistrustedSource() {
    // s3 alone claims X = b; a prior of 0.05 on s3 must make b less credible than without it
    ObservationSet set = of("s1", "X", "a", "s2", "X", "a", "s3", "X", "b", "s3", "Y", "c");
    double plain = confidence(SERVICE.discover(set, TruthDiscoveryConfig.of("truthfinder")));
    double distrusted = confidence(SERVICE.discover(set, TruthDiscoveryConfig.builder()
        .algorithm("truthfinder").prior("s3", 0.05).maxIterations(1).build()));
    assertThat(distrusted).isLessThan(plain);
  }

  private static double confidence(TruthDiscoveryResult result) {
    return result.item("X").orElseThrow().values().stream()
        .filter(v -> v.value().canonical().equals("b")).findFirst().orElseThrow().confidence();
  }

  @Test
  void result_recordsEffectiveSettings() {
    TruthDiscoveryResult r = SERVICE.discover(of("a", "x", "1"),
        TruthDiscoveryConfig.builder().algorithm("truthfinder").parameter("rho", 0.25).build());
    assertThat(r.effectiveParameters())
        .containsEntry("rho", 0.25)
        .containsEntry("gamma", 0.3)
        .containsEntry("base-sim", 0.5)
        .containsEntry("initial-trust", 0.9);
    assertThat(r.maxIterations()).isEqualTo(100);
    assertThat(r.tolerance()).isEqualTo(1e-5);
  }
}
