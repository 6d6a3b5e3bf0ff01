package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corroborate.Corroborate;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.junit.jupiter.api.Test;

/**
 * Each algorithm on a graph small enough to work through by hand; the arithmetic is in the
 * comments, and the expected numbers were derived from the papers' equations, not from the code.
 *
 * <pre>
 *   s1: X = a, Y = c
 *   s2: X = a, Y = d
 *   s3: X = b, Y = c
 * claims: Xa {s1, s2}, Xb {s3}, Yc {s1, s3}, Yd {s2}
 * </pre>
 */
class HandComputedResultsTest {
  private static final double EPS = 1e-12;
  private final TruthDiscovery service = Corroborate.truthDiscovery();

  private static ObservationSet graph() {
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("s1", "X", Value.text("a"));
    b.add("s1", "Y", Value.text("c"));
    b.add("s2", "X", Value.text("a"));
    b.add("s2", "Y", Value.text("d"));
    b.add("s3", "X", Value.text("b"));
    b.add("s3", "Y", Value.text("c"));
    return b.build();
  }

  private TruthDiscoveryResult run(String algorithm, int iterations) {
    return service.discover(graph(), TruthDiscoveryConfig.builder()
        .algorithm(algorithm).maxIterations(iterations).build());
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
  void vote_sharesOfVotersAndWins() {
    TruthDiscoveryResult r = run("vote", 1);
    assertThat(confidence(r, "X", "a")).isCloseTo(2.0 / 3, within(EPS));
    assertThat(confidence(r, "X", "b")).isCloseTo(1.0 / 3, within(EPS));
    // Y: c has 2 votes, d has 1; s1 won both, s2 won X only, s3 won Y only
    assertThat(trust(r, "s1")).isEqualTo(1.0);
    assertThat(trust(r, "s2")).isEqualTo(0.5);
    assertThat(trust(r, "s3")).isEqualTo(0.5);
    assertThat(r.item("X").orElseThrow().chosen()).isEqualTo(Value.text("a"));
  }

  @Test
  void sums_twoIterations() {
    // it 1: T = (2, 2, 2) -> (1, 1, 1); B = (Xa 2, Xb 1, Yc 2, Yd 1) -> (1, .5, 1, .5)
    // it 2: T = (1 + 1, 1 + .5, .5 + 1) = (2, 1.5, 1.5) -> (1, .75, .75)
    //       B = (Xa 1.75, Xb .75, Yc 1.75, Yd .75) -> (1, 3/7, 1, 3/7)
    TruthDiscoveryResult r = run("sums", 2);
    assertThat(trust(r, "s1")).isCloseTo(1.0, within(EPS));
    assertThat(trust(r, "s2")).isCloseTo(0.75, within(EPS));
    assertThat(confidence(r, "X", "a")).isCloseTo(1.0, within(EPS));
    assertThat(confidence(r, "X", "b")).isCloseTo(3.0 / 7, within(EPS));
    assertThat(confidence(r, "Y", "d")).isCloseTo(3.0 / 7, within(EPS));
  }

  @Test
  void averageLog_oneIteration() {
    // every source makes 2 claims: T = ln 2 * (1 + 1) / 2 for all -> (1, 1, 1); B as in Sums
    TruthDiscoveryResult r = run("average-log", 1);
    assertThat(trust(r, "s3")).isCloseTo(1.0, within(EPS));
    assertThat(confidence(r, "X", "b")).isCloseTo(0.5, within(EPS));
  }

  @Test
  void investment_oneIteration() {
    // T0 = 1, B0 = 1, each source has 2 claims so its stake is 1/2 per claim.
    // invested: Xa = 1/2 + 1/2 = 1, Xb = 1/2, Yc = 1, Yd = 1/2
    // T(s1) = 1 * (.5 / 1) + 1 * (.5 / 1) = 1; T(s2) = .5 + 1 * (.5 / .5) = 1.5; T(s3) = 1.5
    // normalised: (2/3, 1, 1). H: Xa = (2/3)/2 + 1/2 = 5/6, Xb = 1/2, Yc = 5/6, Yd = 1/2
    // B = H^1.2, normalised: Xb = (1/2 / (5/6))^1.2 = 0.6^1.2
    TruthDiscoveryResult r = run("investment", 1);
    assertThat(trust(r, "s1")).isCloseTo(2.0 / 3, within(EPS));
    assertThat(trust(r, "s2")).isCloseTo(1.0, within(EPS));
    assertThat(confidence(r, "X", "b")).isCloseTo(Math.pow(0.6, 1.2), within(EPS));
  }

  @Test
  void pooledInvestment_oneIteration() {
    // same H as Investment; pooled per item: B(Xa) = H * G(H) / (G(5/6) + G(1/2)), g = 1.4
    // ratio Xb / Xa = (1/2 * G(1/2)) / (5/6 * G(5/6)) = 0.6^2.4
    TruthDiscoveryResult r = run("pooled-investment", 1);
    assertThat(confidence(r, "X", "b")).isCloseTo(Math.pow(0.6, 2.4), within(EPS));
  }

  @Test
  void truthFinder_oneIteration() {
    // t0 = .9 so tau = -ln(.1) for everyone. sigma(Xa) = 2 tau, sigma(Xb) = tau.
    // exact comparison: imp = 0 - .5 between different values.
    // sigma*(Xa) = 2 tau + .5 * (-.5 * tau) = 1.75 tau; sigma*(Xb) = tau - .25 * 2 tau = .5 tau
    double tau = -Math.log(0.1);
    double xa = 1 / (1 + Math.exp(-0.3 * 1.75 * tau));
    double xb = 1 / (1 + Math.exp(-0.3 * 0.5 * tau));
    TruthDiscoveryResult r = run("truthfinder", 1);
    assertThat(confidence(r, "X", "a")).isCloseTo(xa, within(1e-12));
    assertThat(confidence(r, "X", "b")).isCloseTo(xb, within(1e-12));
    assertThat(xa).isCloseTo(0.77010, within(1e-5)); // 1 / (1 + e^-1.20886) = 1 / 1.29854
    // t(s2) = average of s(Xa) and s(Yd) = (xa + xb) / 2
    assertThat(trust(r, "s2")).isCloseTo((xa + xb) / 2, within(1e-12));
  }

  @Test
  void twoEstimates_oneIteration() {
    // eps = 0: raw W = votes / voters = (2/3, 1/3, 2/3, 1/3), scaled with lambda = 1 -> (1, 0, 1, 0)
    // raw eps(s1) = ((1-1) + (1-1) + W(Xb) + W(Yd)) / 4 = 0; eps(s2) = (0 + 1 + 0 + 1) / 4 = .5;
    // eps(s3) = .5; the raw mean 1/3 < .5 keeps the optimistic solution; scaled eps = (0, 1, 1)
    TruthDiscoveryResult r = run("2-estimates", 1);
    assertThat(confidence(r, "X", "a")).isEqualTo(1.0);
    assertThat(confidence(r, "X", "b")).isEqualTo(0.0);
    assertThat(trust(r, "s1")).isEqualTo(1.0);
    assertThat(trust(r, "s2")).isEqualTo(0.0);
  }

  @Test
  void cosine_balancedStartStaysUndecided() {
    // each source asserts 2 claims and votes against 2: T0 = (2 - 2) / 4 = 0 for all; the
    // cosine update then gives (2 - 2) / norm = 0, so every T stays 0 and every W = 0 / 0 := 0,
    // reported as (0 + 1) / 2
    TruthDiscoveryResult r = run("cosine", 1);
    assertThat(confidence(r, "X", "a")).isEqualTo(0.5);
    assertThat(trust(r, "s1")).isEqualTo(0.5);
    // the tie is broken by the number of sources, so the vote's winner is chosen
    assertThat(r.item("X").orElseThrow().chosen()).isEqualTo(Value.text("a"));
  }

  @Test
  void crh_convergesAfterTheFirstReweighting() {
    // start: weights 1, so truths are the votes Xa and Yc; 0-1 losses L = (0, 1, 1);
    // smoothed (L + .01) = (.01, 1.01, 1.01), total 2.03; w = -ln(share):
    // w1 = ln(203), w2 = w3 = ln(2.03 / 1.01); trust t = w / w1. Truths stay Xa, Yc, so the
    // second iteration changes nothing and the run converges after 2 iterations.
    TruthDiscoveryResult r = run("crh", 100);
    double t = Math.log(2.03 / 1.01) / Math.log(203);
    assertThat(trust(r, "s1")).isCloseTo(1.0, within(EPS));
    assertThat(trust(r, "s2")).isCloseTo(t, within(EPS));
    assertThat(trust(r, "s3")).isCloseTo(t, within(EPS));
    assertThat(t).isCloseTo(0.131387, within(1e-6)); // 0.698085 / 5.313206
    // weighted vote share: Xa has s1 and s2, the item s1, s2 and s3
    assertThat(confidence(r, "X", "a")).isCloseTo((1 + t) / (1 + 2 * t), within(EPS));
    assertThat(confidence(r, "X", "b")).isCloseTo(t / (1 + 2 * t), within(EPS));
    assertThat(confidence(r, "Y", "c")).isCloseTo((1 + t) / (1 + 2 * t), within(EPS));
    assertThat(r.iterations()).isEqualTo(2);
    assertThat(r.converged()).isTrue();
  }

  @Test
  void catd_weightsAreTheChiSquaredQuantileOverTheLoss() {
    // losses as for CRH, (.01, 1.01, 1.01) smoothed; every source has 2 claims, so
    // w = chi2(.025, 2) / L with chi2(p, 2) = -2 ln(1 - p) = .0506356 for all: t = .01 / 1.01
    TruthDiscoveryResult r = run("catd", 100);
    assertThat(Catd.quantile(0.05, 2)).isCloseTo(-2 * Math.log(0.975), within(1e-9));
    // printed tables of the chi-squared distribution, lower 0.025 quantile: 0.000982 for one
    // degree of freedom, 0.2158 for three, 3.247 for ten, 74.222 for one hundred
    assertThat(Catd.quantile(0.05, 1)).isCloseTo(0.000982069, within(1e-9));
    assertThat(Catd.quantile(0.05, 3)).isCloseTo(0.215795, within(1e-6));
    assertThat(Catd.quantile(0.05, 10)).isCloseTo(3.246973, within(1e-6));
    assertThat(Catd.quantile(0.05, 100)).isCloseTo(74.22193, within(1e-5));
    assertThat(trust(r, "s1")).isCloseTo(1.0, within(EPS));
    assertThat(trust(r, "s2")).isCloseTo(1.0 / 101, within(EPS));
    // Xa: (1 + 1/101) / (1 + 2/101) = 102 / 103
    assertThat(confidence(r, "X", "a")).isCloseTo(102.0 / 103, within(EPS));
    assertThat(confidence(r, "Y", "d")).isCloseTo(1.0 / 103, within(EPS));
  }

  @Test
  void dawidSkene_oneCoinOneIteration() {
    // max-classes 2 < 4 distinct values forces the one-coin form; smoothing 1 (Laplace).
    // start: vote shares T = (Xa 2/3, Xb 1/3, Yc 2/3, Yd 1/3)
    // M: a1 = (2/3 + 2/3 + 1) / (2 + 2) = 7/12; a2 = (2/3 + 1/3 + 1) / 4 = 1/2; a3 = 1/2
    // E, two values per item so an error has probability 1 - a:
    //   X: a ~ a1 a2 (1 - a3) = 7/48, b ~ (1 - a1)(1 - a2) a3 = 5/48 -> T(Xa) = 7/12
    //   Y: c ~ a1 (1 - a2) a3 = 7/48, d ~ (1 - a1) a2 (1 - a3) = 5/48 -> T(Yc) = 7/12
    // trust = mean posterior of the source's claims: s1 (7/12 + 7/12) / 2, s2 (7/12 + 5/12) / 2
    TruthDiscoveryResult r = service.discover(graph(), TruthDiscoveryConfig.builder()
        .algorithm("dawid-skene").maxIterations(1)
        .parameter("max-classes", 2).parameter("smoothing", 1).build());
    assertThat(confidence(r, "X", "a")).isCloseTo(7.0 / 12, within(EPS));
    assertThat(confidence(r, "X", "b")).isCloseTo(5.0 / 12, within(EPS));
    assertThat(confidence(r, "Y", "c")).isCloseTo(7.0 / 12, within(EPS));
    assertThat(trust(r, "s1")).isCloseTo(7.0 / 12, within(EPS));
    assertThat(trust(r, "s2")).isCloseTo(0.5, within(EPS));
    assertThat(trust(r, "s3")).isCloseTo(0.5, within(EPS));
  }
}
