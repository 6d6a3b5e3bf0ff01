package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.corroborate.Corroborate;
import org.corroborate.Explanation;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueConfidence;
import org.junit.jupiter.api.Test;

/**
 * CRH and CATD on numeric and long-tail data, Dawid-Skene on synthetic crowd data; expected numbers
 * are worked out in the comments from the papers' equations.
 */
class CrhCatdDawidSkeneTest {
  private final TruthDiscovery service = Corroborate.truthDiscovery();

  private TruthDiscoveryResult run(String algorithm, ObservationSet set) {
    return service.discover(set, TruthDiscoveryConfig.of(algorithm));
  }

  private static double confidence(TruthDiscoveryResult r, String item, String value) {
    return r.item(item).orElseThrow().values().stream()
        .filter(v -> v.value().canonical().equals(value))
        .findFirst().orElseThrow().confidence();
  }

  private static double trust(TruthDiscoveryResult r, String source) {
    return r.source(source).orElseThrow().trust();
  }

  @Test
  void crh_zeroVarianceItem_isDefinedAndCarriesNoLoss() {
    // X: all three say 5 (sd 0: loss 0, confidence 1). Y: a 10, b 10, c 20; mean 40/3,
    // sd = sqrt((2 (10/3)^2 + (20/3)^2) / 3) = sqrt(200/9) = 10 sqrt(2) / 3.
    // Equal weights: weighted median 10 (cumulative weight 2 of 3 at 10); c's loss
    // 10 / sd = 3 / sqrt(2). Smoothed losses (.01, .01, .01 + 3/sqrt2), total T = .03 + 3/sqrt2;
    // w_a = w_b = -ln(.01 / T), w_c = -ln((.01 + 3/sqrt2) / T); the median stays 10, so the
    // second iteration changes nothing.
    ObservationSet.Builder b = ObservationSet.builder();
    for (String s : List.of("a", "b", "c")) {
      b.add(s, "X", Value.number(5));
    }
    b.add("a", "Y", Value.number(10));
    b.add("b", "Y", Value.number(10));
    b.add("c", "Y", Value.number(20));
    TruthDiscoveryResult r = run("crh", b.build());
    ItemResult x = r.item("X").orElseThrow();
    assertThat(x.chosen()).isEqualTo(Value.number(5));
    assertThat(x.confidence()).isEqualTo(1.0);
    assertThat(r.item("Y").orElseThrow().chosen()).isEqualTo(Value.number(10));
    double loss = 3 / Math.sqrt(2);
    double total = 0.03 + loss;
    double expected = Math.log(total / (0.01 + loss)) / Math.log(total / 0.01);
    assertThat(trust(r, "a")).isEqualTo(1.0);
    assertThat(trust(r, "c")).isCloseTo(expected, within(1e-12));
    // Y's claims: 10 is x* itself (closeness 1), 20 is exp(-10 / sd) = exp(-3 / sqrt 2)
    assertThat(confidence(r, "Y", "10")).isCloseTo(1.0, within(1e-12));
    assertThat(confidence(r, "Y", "20")).isCloseTo(Math.exp(-loss), within(1e-12));
    for (ItemResult item : r.items()) {
      for (ValueConfidence v : item.values()) {
        assertThat(Double.isFinite(v.confidence())).isTrue();
        assertThat(v.explanation().value()).isCloseTo(v.confidence(), within(1e-12));
      }
    }
  }

  @Test
  void crh_singleNumericObservationPerItem_givesDefinedResults() {
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("a", "X", Value.number(1.5));
    b.add("b", "Y", Value.number(-2));
    TruthDiscoveryResult r = run("crh", b.build());
    assertThat(r.item("X").orElseThrow().confidence()).isEqualTo(1.0);
    assertThat(r.sources()).allSatisfy(s -> assertThat(s.trust()).isBetween(0.0, 1.0));
  }

  @Test
  void crh_squaredLoss_choosesTheClaimNearestTheWeightedMeanAndExplainsIt() {
    // a and b agree on X and Y and so gain weight; on Z the weighted mean of 10, 13 and 30
    // lies between 10 and 13 (no source stated it) and the nearest claim is chosen
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("a", "X", Value.number(1));
    b.add("b", "X", Value.number(1));
    b.add("c", "X", Value.number(7));
    b.add("a", "Y", Value.number(2));
    b.add("b", "Y", Value.number(2));
    b.add("c", "Y", Value.number(9));
    b.add("a", "Z", Value.number(10));
    b.add("b", "Z", Value.number(13));
    b.add("c", "Z", Value.number(30));
    TruthDiscoveryResult r = service.discover(b.build(), TruthDiscoveryConfig.builder()
        .algorithm("crh").parameter("squared-loss", 1).build());
    ItemResult z = r.item("Z").orElseThrow();
    Explanation explanation = z.values().get(0).explanation();
    double estimate = explanation.details().get(0).value();
    assertThat(explanation.description()).contains("estimated truth x* = ");
    assertThat(estimate).isStrictlyBetween(10.0, 30.0).isNotIn(10.0, 13.0);
    Value nearest = Math.abs(estimate - 10) <= Math.abs(estimate - 13)
        ? Value.number(10) : Value.number(13);
    if (Math.abs(estimate - 30) < Math.abs(estimate - 13)) {
      nearest = Value.number(30);
    }
    assertThat(z.chosen()).isEqualTo(nearest);
    assertThat(z.chosen()).isNotEqualTo(Value.number(30));
  }

  /**
   * Three exact reference sources on 200 items; "big" errs on 100 of its 200 claims, "small" on 1
   * of its 2 (the same error rate, 1/2). 0-1 losses, smoothed by .01: big 100.01, small 1.01,
   * each reference .01.
   *
   * <p>CRH: total T = 101.05, w = -ln(L / T): w_small / w_big = ln(101.05 / 1.01) / ln(101.05 /
   * 100.01) = 4.6056 / .010345 = 445, the long-tail source trusted far more than the big one.
   * CATD: w = chi2(.025, n) / L with chi2(.025, 2) = -2 ln .975 = .050636 and chi2(.025, 200) =
   * 162.728 (tables): w_small / w_big = (.050636 / 1.01) / (162.728 / 100.01) = .0308.
   */
  @Test
  void catd_trustsASourceWithTwoClaimsLessThanCrhDoes() {
    ObservationSet.Builder b = ObservationSet.builder();
    for (int i = 0; i < 200; i++) {
      String item = "item" + i;
      for (String r : List.of("r1", "r2", "r3")) {
        b.add(r, item, Value.text("t"));
      }
      b.add("big", item, Value.text(i % 2 == 0 ? "t" : "x" + i));
    }
    b.add("small", "item0", Value.text("t"));
    b.add("small", "item1", Value.text("y"));
    ObservationSet set = b.build();
    TruthDiscoveryResult crh = run("crh", set);
    TruthDiscoveryResult catd = run("catd", set);
    double crhRatio = trust(crh, "small") / trust(crh, "big");
    double catdRatio = trust(catd, "small") / trust(catd, "big");
    assertThat(crhRatio).isCloseTo(
        Math.log(101.05 / 1.01) / Math.log(101.05 / 100.01), within(1e-6));
    assertThat(crhRatio).isCloseTo(445.2, within(0.5));
    assertThat(catdRatio).isCloseTo((-2 * Math.log(0.975) / 1.01) / (162.728 / 100.01),
        within(1e-5));
    assertThat(catdRatio).isLessThan(1.0).isLessThan(crhRatio / 1000);
  }

  @Test
  void dawidSkene_recoversHiddenAccuracies() {
    // ten sources of known accuracy; wrong values uniform over four others (five shared values,
    // so the full confusion-matrix model runs). The estimated accuracy (trust) of every source
    // must be within .07 of the truth and in the true order, and the chosen values mostly right.
    // With about four observations per item, the 20 free cells of each source's matrix shrink
    // the estimates towards the middle (the best source comes out near .90, the .4 source near
    // .46), which is why the margin is wider than for the one-coin form below.
    double[] accuracy = {0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5, 0.4, 0.3};
    TruthDiscoveryResult r = run("dawid-skene",
        ObservationSet.copyOf(RandomObservations.withHiddenAccuracy(2024, accuracy, 3000)));
    for (int s = 0; s < accuracy.length; s++) {
      assertThat(trust(r, "s" + s)).as("s%d", s).isCloseTo(accuracy[s], within(0.07));
      if (s > 0) {
        assertThat(trust(r, "s" + s)).isLessThan(trust(r, "s" + (s - 1)));
      }
    }
    long right = r.items().stream()
        .filter(i -> i.chosen().canonical().equals(RandomObservations.truth(i.itemId()))).count();
    assertThat(right / (double) r.items().size()).isGreaterThan(0.9);
  }

  @Test
  void dawidSkene_oneCoinForm_alsoRecoversHiddenAccuracies() {
    double[] accuracy = {0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5, 0.4, 0.3};
    TruthDiscoveryResult r = service.discover(
        ObservationSet.copyOf(RandomObservations.withHiddenAccuracy(2025, accuracy, 3000)),
        TruthDiscoveryConfig.builder().algorithm("dawid-skene").parameter("max-classes", 2)
            .build());
    for (int s = 0; s < accuracy.length; s++) {
      assertThat(trust(r, "s" + s)).as("s%d", s).isCloseTo(accuracy[s], within(0.05));
    }
  }

  /**
   * Full confusion matrices (two distinct values over the data set, at most max-classes), one
   * iteration, smoothing 1.
   *
   * <pre>
   *   s1: X = a, Y = b     s2: X = a, Y = b     s3: X = b, Y = a
   * </pre>
   *
   * <p>Start (vote shares): T_X(a) = 2/3, T_X(b) = 1/3, T_Y(b) = 2/3, T_Y(a) = 1/3. M-step: p_a =
   * (2/3 + 1/3 + 1) / (2 + 2) = 1/2 = p_b. s1 (and s2): row a counts (X: a 2/3; Y: b 1/3), so
   * pi[a][a] = (2/3 + 1) / (1 + 2) = 5/9, pi[a][b] = 4/9; row b counts (X: a 1/3; Y: b 2/3), so
   * pi[b][a] = 4/9, pi[b][b] = 5/9. s3: row a (X: b 2/3; Y: a 1/3) pi[a][a] = 4/9, pi[a][b] = 5/9;
   * row b (X: b 1/3; Y: a 2/3) pi[b][a] = 5/9, pi[b][b] = 4/9. E-step, X: a ~ 1/2 * 5/9 * 5/9 *
   * pi3[a][b] = 5/9, b ~ 1/2 * 4/9 * 4/9 * pi3[b][b] = 4/9: T_X(a) = 125 / 189; Y likewise T_Y(b)
   * = 125 / 189. Trust = p_a pi[a][a] + p_b pi[b][b]: s1 = 5/9, s3 = 4/9.
   */
  @Test
  void dawidSkene_fullConfusionMatricesOneIteration() {
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("s1", "X", Value.text("a"));
    b.add("s1", "Y", Value.text("b"));
    b.add("s2", "X", Value.text("a"));
    b.add("s2", "Y", Value.text("b"));
    b.add("s3", "X", Value.text("b"));
    b.add("s3", "Y", Value.text("a"));
    TruthDiscoveryResult r = service.discover(b.build(), TruthDiscoveryConfig.builder()
        .algorithm("dawid-skene").maxIterations(1).parameter("smoothing", 1).build());
    assertThat(confidence(r, "X", "a")).isCloseTo(125.0 / 189, within(1e-12));
    assertThat(confidence(r, "X", "b")).isCloseTo(64.0 / 189, within(1e-12));
    assertThat(confidence(r, "Y", "b")).isCloseTo(125.0 / 189, within(1e-12));
    assertThat(trust(r, "s1")).isCloseTo(5.0 / 9, within(1e-12));
    assertThat(trust(r, "s2")).isCloseTo(5.0 / 9, within(1e-12));
    assertThat(trust(r, "s3")).isCloseTo(4.0 / 9, within(1e-12));
    assertThat(r.source("s1").orElseThrow().explanation().value())
        .isCloseTo(5.0 / 9, within(1e-12));
  }

  @Test
  void crh_timesOfDayAreContinuous() {
    // 07:10, 07:12, 09:00 are 430, 432 and 540 minutes: with equal weights the median is 432
    // (cumulative weight 2 of 3), so 07:12 is chosen and its explanation states x* = 432
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("a", "dep", new org.corroborate.model.TemporalValue(java.time.LocalTime.of(7, 10)));
    b.add("b", "dep", new org.corroborate.model.TemporalValue(java.time.LocalTime.of(7, 12)));
    b.add("c", "dep", new org.corroborate.model.TemporalValue(java.time.LocalTime.of(9, 0)));
    TruthDiscoveryResult r = run("crh", b.build());
    ItemResult dep = r.item("dep").orElseThrow();
    assertThat(dep.chosen().canonical()).isEqualTo("07:12");
    assertThat(dep.values().get(0).explanation().details().get(0).value()).isEqualTo(432.0);
  }
}
