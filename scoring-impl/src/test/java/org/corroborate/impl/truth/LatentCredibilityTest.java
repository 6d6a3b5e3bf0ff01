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
 * SimpleLCA and GuessLCA worked through by hand on the graph of {@link HandComputedResultsTest}.
 *
 * <pre>
 *   s1: X = a, Y = c      s2: X = a, Y = d      s3: X = b, Y = c
 *   voted priors P(Xa) = P(Yc) = 2/3, P(Xb) = P(Yd) = 1/3 (also the GuessLCA guess priors g)
 *   start H = expected share of true claims under the priors:
 *     H1 = (2/3 + 2/3) / 2 = 2/3, H2 = (2/3 + 1/3) / 2 = 1/2, H3 = 1/2
 * </pre>
 */
class LatentCredibilityTest {
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

  /** GuessLCA with its guess probabilities held at the voted priors (the Books experiment). */
  private TruthDiscoveryResult votedGuesses(int iterations) {
    return service.discover(graph(), TruthDiscoveryConfig.builder().algorithm("guess-lca")
        .maxIterations(iterations).parameter("learned-guess", 0).build());
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
  void simpleLca_oneIteration_matchesHandComputedEAndMSteps() {
    // |m| = 2, so a source not asserting the true claim has probability (1 - H) / 1.
    // E-step with the start H: P(Xa) ∝ 2/3 * H1 H2 (1 - H3) = 2/3 * 2/3 * 1/2 * 1/2 = 4/36,
    //   P(Xb) ∝ 1/3 * (1 - H1)(1 - H2) H3 = 1/3 * 1/3 * 1/4 = 1/36, so P(Xa) = 4/5; Y alike: 4/5.
    // M-step: H1 = (4/5 + 4/5) / 2 = 4/5, H2 = (4/5 + 1/5) / 2 = 1/2, H3 = 1/2.
    // final E-step: P(Xa) ∝ 2/3 * 4/5 * 1/4 = 2/15, P(Xb) ∝ 1/3 * 1/5 * 1/4 = 1/60 -> 8/9
    TruthDiscoveryResult r = run("simple-lca", 1);
    assertThat(trust(r, "s1")).isCloseTo(0.8, within(EPS));
    assertThat(trust(r, "s2")).isCloseTo(0.5, within(EPS));
    assertThat(trust(r, "s3")).isCloseTo(0.5, within(EPS));
    assertThat(confidence(r, "X", "a")).isCloseTo(8.0 / 9, within(EPS));
    assertThat(confidence(r, "X", "b")).isCloseTo(1.0 / 9, within(EPS));
    assertThat(confidence(r, "Y", "c")).isCloseTo(8.0 / 9, within(EPS));
    assertThat(r.converged()).isFalse();
  }

  @Test
  void simpleLca_converges_toTheFixedPoint() {
    // by symmetry H2 = H3 = 1/2 at every step (each holds one claim of each item's pair), and
    // H1' = P(Xa) = (2/3 H1 / 4) / (2/3 H1 / 4 + 1/3 (1 - H1) / 4) = 2 H1 / (1 + H1), whose
    // fixed point from 2/3 is 1: 1 - H1 roughly halves every iteration, so the 1e-6 test stops it
    TruthDiscoveryResult r = run("simple-lca", 100);
    assertThat(r.converged()).isTrue();
    assertThat(r.iterations()).isBetween(15, 40);
    assertThat(trust(r, "s1")).isCloseTo(1.0, within(1e-5));
    assertThat(trust(r, "s2")).isCloseTo(0.5, within(1e-9));
    assertThat(r.item("X").orElseThrow().chosen()).isEqualTo(Value.text("a"));
    assertThat(r.item("Y").orElseThrow().chosen()).isEqualTo(Value.text("c"));
  }

  @Test
  void guessLca_oneIteration_matchesHandComputedEAndMSteps() {
    // P(assert c | y = c) = H + (1 - H) g_c, P(assert c | y != c) = (1 - H) g_c.
    // E-step, y = a: s1 2/3 + 1/3 * 2/3 = 8/9, s2 1/2 + 1/2 * 2/3 = 5/6, s3 1/2 * 1/3 = 1/6:
    //   2/3 * 8/9 * 5/6 * 1/6 = 80/972; y = b: 1/3 * (1/3 * 2/3) (1/2 * 2/3) (1/2 + 1/6) = 16/972
    //   P(Xa) = 80/96 = 5/6, and P(Yc) = 5/6 by the s2 <-> s3 symmetry.
    // M-step, root of sum_c [P (1 - g) / (H + (1 - H) g) - (1 - P) / (1 - H)]:
    //   s1 (Xa, Yc: P = 5/6, g = 2/3): (5/6) / (2 + H) = 1 / (6 (1 - H)) -> 5 - 5H = 2 + H, H = 1/2
    //   s2 (Xa; Yd: P = 1/6, g = 1/3): at H = 0 the gradient is 5/12 + 1/3 - 1 < 0, so H2 = 0;
    //   s3 likewise 0.
    // final E-step with H = (1/2, 0, 0): y = a: (1/2 + 1/3) * 2/3 * 1/3 * 2/3 = 20/162,
    //   y = b: (1/2 * 2/3) * 2/3 * 1/3 * 1/3 = 4/162, so P(Xa) = 5/6 (up to the 1e-9 clamp)
    TruthDiscoveryResult r = votedGuesses(1);
    assertThat(trust(r, "s1")).isCloseTo(0.5, within(1e-12));
    assertThat(trust(r, "s2")).isEqualTo(0.0);
    assertThat(trust(r, "s3")).isEqualTo(0.0);
    assertThat(confidence(r, "X", "a")).isCloseTo(5.0 / 6, within(1e-8));
    assertThat(confidence(r, "Y", "d")).isCloseTo(1.0 / 6, within(1e-8));
  }

  @Test
  void guessLca_learnedGuesses_oneIteration_matchesHandComputedSteps() {
    // the E-step as above: P(Xa) = P(Yc) = 5/6, H = (2/3, 1/2, 1/2), g voted (2/3, 1/3).
    // learnt g, smoothing 1: an assertion of c counts P_c (1 - H) g / (H + (1 - H) g) + (1 - P_c)
    //   Xa: s1 (H 2/3, g 2/3): (2/9) / (8/9) = 1/4 -> 5/6 * 1/4 + 1/6 = 3/8;
    //       s2 (H 1/2): (1/3) / (5/6) = 2/5 -> 5/6 * 2/5 + 1/6 = 1/2; E = 1 + 3/8 + 1/2 = 15/8
    //   Xb: s3 (H 1/2, g 1/3, P 1/6): (1/6) / (2/3) = 1/4 -> 1/6 * 1/4 + 5/6 = 7/8; E = 15/8
    //   so g = 1/2 for a and b, and for c and d likewise (Yc: s1 and s3, Yd: s2).
    // M-step with g = 1/2: (1 - g) / (H + (1 - H) g) = 1 / (1 + H)
    //   s1 (5/6, 5/6): 2 [5/6 / (1 + H) - 1/6 / (1 - H)] = 0 -> 5 - 5H = 1 + H, H = 2/3
    //   s2 (5/6, 1/6): 1 / (1 + H) - 1 / (1 - H), 0 at H = 0: H2 = 0; s3 likewise 0.
    // final E-step, H = (2/3, 0, 0), g = 1/2, claim priors still voted:
    //   y = a: 2/3 * (2/3 + 1/3 * 1/2) * 1/2 * 1/2 = 5/36; y = b: 1/3 * 1/6 * 1/2 * 1/2 = 1/72
    //   so P(Xa) = 10/11, and P(Yc) = 10/11 by the symmetry
    TruthDiscoveryResult r = run("guess-lca", 1);
    assertThat(trust(r, "s1")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(trust(r, "s2")).isEqualTo(0.0);
    assertThat(trust(r, "s3")).isEqualTo(0.0);
    assertThat(confidence(r, "X", "a")).isCloseTo(10.0 / 11, within(1e-8));
    assertThat(confidence(r, "Y", "d")).isCloseTo(1.0 / 11, within(1e-8));
    assertThat(r.source("s1").orElseThrow().explanation().toString())
        .contains("learned guess probabilities");
  }

  @Test
  void guessLca_loneDissenter_isTrustedLessThanTheAgreeingSources() {
    // three sources say X = a, one says b: the vote-like evidence chooses a, and the dissenter,
    // whose one claim ends with a posterior below its guess prior, gets the lowest honesty
    ObservationSet.Builder b = ObservationSet.builder();
    for (String s : new String[] {"s1", "s2", "s3"}) {
      b.add(s, "X", Value.text("a"));
    }
    b.add("s4", "X", Value.text("b"));
    TruthDiscoveryResult r = service.discover(b.build(), TruthDiscoveryConfig.of("guess-lca"));
    assertThat(r.item("X").orElseThrow().chosen()).isEqualTo(Value.text("a"));
    assertThat(trust(r, "s4")).isLessThan(trust(r, "s1"));
  }

  @Test
  void guessLca_unanimousClaimsOnly_keepTheStartingHonesty() {
    // every claim unanimous: g = 1, the likelihood is flat in H, and H stays at its start, the
    // expected share of true claims under the priors, 1
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("s1", "X", Value.text("a"));
    b.add("s2", "X", Value.text("a"));
    TruthDiscoveryResult r = service.discover(b.build(), TruthDiscoveryConfig.of("guess-lca"));
    assertThat(trust(r, "s1")).isEqualTo(1.0);
    assertThat(r.converged()).isTrue();
  }

  @Test
  void singleClaimItem_hasPosteriorOne() {
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("s1", "X", Value.text("a"));
    b.add("s2", "X", Value.text("a"));
    ObservationSet set = b.build();
    for (String algorithm : new String[] {"simple-lca", "guess-lca"}) {
      TruthDiscoveryResult r = service.discover(set, TruthDiscoveryConfig.of(algorithm));
      assertThat(confidence(r, "X", "a")).as(algorithm).isEqualTo(1.0);
      assertThat(trust(r, "s1")).as(algorithm).isEqualTo(1.0);
    }
  }

  @Test
  void itemOfTwentyClaims_eachFromOneSource_hasEvenPosteriors() {
    // more claims than the E-step's first scratch arrays hold (16): twenty sources each assert
    // their own value of X. Every claim then has the same prior (1/20), every source the same
    // start honesty (1/20) and, in every step, the same honesty as the others, so by symmetry
    // each posterior is 1/20 after every E-step, whatever the honesties are
    ObservationSet.Builder b = ObservationSet.builder();
    for (int k = 0; k < 20; k++) {
      b.add("s" + k, "X", Value.text("v" + k));
    }
    ObservationSet set = b.build();
    for (String algorithm : new String[] {"simple-lca", "guess-lca"}) {
      TruthDiscoveryResult r = service.discover(set, TruthDiscoveryConfig.builder()
          .algorithm(algorithm).maxIterations(3).build());
      for (int k = 0; k < 20; k++) {
        assertThat(confidence(r, "X", "v" + k)).as(algorithm + " v" + k)
            .isCloseTo(0.05, within(1e-12));
      }
    }
  }
}
