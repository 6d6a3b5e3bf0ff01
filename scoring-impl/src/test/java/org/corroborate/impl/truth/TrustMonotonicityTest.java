package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corroborate.Corroborate;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Raising one source's agreement with the truth never lowers its trust, checked through the
 * public API on seeded random data biased to edge cases (one item, a source covering every item,
 * two-source ties).
 *
 * <p>The change: a source gives a wrong value on an item whose other sources all give the planted
 * truth; it switches to the truth. Coverage is unchanged and nobody else backed the old value, so
 * no weighting of the other sources can make the old value better supported. Two narrower or wider
 * readings were rejected:
 *
 * <ul>
 *   <li>Adding an observation of the truth on an item the source did not cover changes coverage as
 *       well as agreement; for the algorithms whose trust is an average of claim confidences
 *       (TruthFinder eq. 1, Accu) a new claim below the source's mean lowers it, as it should.
 *   <li>Requiring only that most of the other sources give the truth is not enough: Accu, seed 18
 *       of this generator minimised to {@code s0: i0=v0; s1: i0=v2 i9=v0; s2: i0=v2 i9=v0; s4:
 *       i0=v0}; s1 switching i0 to v0 lowers its trust from 1 - 7e-15 to 1 - 5e-9, because s1 and
 *       s2 agreeing on i9 made v2 the better-supported value of i0.
 * </ul>
 *
 * <p>Runs use a fixed number of iterations (tolerance 0): with the default tolerance the two runs
 * may stop at different iterations, and TruthFinder's stopping rule (cosine change of the trust
 * vector, Yin et al. section 3.2) stops while every trust is still falling, so on seed 87 of this
 * generator the unchanged data stopped after 2 iterations at 0.7231 and the changed data after 3 at
 * 0.7047, although at every fixed iteration count the changed source's trust is the higher.
 *
 * <p>{@link #EXCLUDED} lists the algorithms for which the property fails, with a counterexample
 * each; every other registered algorithm, including any added later, is checked.
 */
class TrustMonotonicityTest {
  private static final TruthDiscovery SERVICE = Corroborate.truthDiscovery();
  private static final int SEEDS = 400;
  private static final double SLACK = 1e-12;

  /**
   * Algorithms the property does not hold for, each with a counterexample found by this generator
   * ("sN flips iK": the source switching item K to v0, which every other source of K gives).
   */
  static final Map<String, String> EXCLUDED = Map.ofEntries(
      // Normalised or relative trust (Pasternack and Roth, WWW 2013, section 2; Galland et al.
      // WSDM 2010, section 4): a source's trust is measured against the other sources', and
      // joining the others' claim can raise theirs more than its own.
      Map.entry("sums", "seed 870 (4 sources, 35 observations): s4 flips i8, trust "
          + "0.982119 -> 0.982084; trust is divided by the largest source's each iteration"),
      Map.entry("investment", "s1: i16=v0; s3: i16=v1; s6: i25=v0. s3 flips i16: 1.0 -> 0.5; "
          + "a claim's belief is shared among its investors, so a sole investor earns it all"),
      Map.entry("2-estimates", "s2: i2=v0; s3: i15=v0 i19=v0 i20=v0 i21=v0; s4: i2=v1 i9=v0 "
          + "i15=v0 i20=v1 i23=v0. s4 flips i2: 1.0 -> 0.8333; estimates rescaled to [0, 1]"),
      Map.entry("3-estimates", "same normalisation as 2-estimates; seed 10, drops up to 1.0"),
      Map.entry("cosine", "seed 17, drops up to 0.53; trust is a cosine against the current "
          + "truth vector, which the switch itself moves"),
      // Copy detection (Dong et al. VLDB 2009, section 3): sharing values, true ones included,
      // is evidence of copying, which discounts the source's votes.
      Map.entry("accu-copy", "seed 20, drops up to 0.167; agreement is read as copying"),
      Map.entry("pop-accu", "seed 109, drops up to 0.06; false-value popularity is re-estimated"),
      // Sampling: the switch changes the draws, and the trust moves by sampling noise.
      Map.entry("ltm", "seed 67, drops up to 0.0065; Gibbs sampling noise (LTM, Zhao et al.)"),
      // Checked line by line against the papers' equations (CRH and CATD also against an
      // independent re-implementation): no bug; properties of the published updates. In CRH,
      // Dawid-Skene and the LCA models the switcher's wrong value had been the estimated truth,
      // so the switch takes no error from it and makes another source's claim true; in CATD the
      // switcher's higher weight flips another item and a source's loss falls to 0. Each
      // counterexample is the smallest a random search found; counterexample_lowersTrust
      // replays them.
      Map.entry("catd", "s0: i2=v0; s1: i0=v1 i1=v1 i2=v2; s2: i0=v0 i1=v2 i2=v0; s3: i0=v0 i1=v0 "
          + "i2=v2. s1 flips i0: 0.3355 -> 0.0099. Eq. 9 as published: w = chi2(alpha / 2, n) / (L "
          + "+ 0.01), the lower 0.025 quantile (0.00098 for n = 1, 0.2158 for n = 3), 0-1 loss; "
          + "the vote is scale-free, so normalising the weights by their sum or (as here) their "
          + "maximum changes nothing. Before: L = 0, 3, 1, 1, w = .098, .072, .214, .214, trust "
          + ".46, .34, 1, 1; i2 ties 2-2 and v0 (s0 + s2 = 1.46) beats v2 (s1 + s3 = 1.34). After: "
          + "L1 = 2, w1 = .107, trust .50 > s0's .46 (a one-claim source's chi2 is tiny), so v2 "
          + "wins i2 (1.50 to 1.46); s3 now agrees with every truth, L3 = 0, w3 = .2158 / .01 = "
          + "21.6, 101 times its weight at L = 1, and s1 (L = 1, on i1) gets (.2158 / 1.01) / 21.6 "
          + "= .0099. The weight is unbounded as a loss reaches 0; the smoothing only caps the "
          + "jump at (L + .01) / .01"),
      Map.entry("crh", "s0: i0=v2 i1=v2 i2=v1 i3=v0; s1: i0=v0 i1=v0 i2=v2 i3=v2; s2: i2=v0. s1 "
          + "flips i3: 0.2581 -> 0.2307. Eq. 5 as published (the constraint sum exp(-w) = 1 "
          + "divides by the sum of losses): w_s = log T - log(L_s + .01), T = sum of (L + .01). s1 "
          + "outweighs s0, so its v2 was the truth of i3 and the switch takes no loss from s1: L = "
          + "4, 1, 0 -> 3, 1, 0 (s0 is now right on i3), T = 5.03 -> 4.03. Lowering T lowers every "
          + "weight by the same log(5.03 / 4.03) = .222: w1 = 1.605 -> 1.384, w2 = 6.221 -> 5.999, "
          + "a larger share of the smaller weight, so w1 / w2 = .2581 -> .2307"),
      Map.entry("dawid-skene", "s0: i1=v0; s1: i0=v1 i1=v1. s1 flips i1: 0.99194 -> 0.99020. Eq. "
          + "2.3-2.5 as published; trust = sum_k p_k pi_s[k][k], pseudo-count .01 per cell. "
          + "Before, i0 is surely v1 (its only value), p_v1 = .9942 and EM takes s1's v1 as the "
          + "truth of i1 (T = .9983): s1's two claims fill one row, pi[v1][v1] = 2.0083 / 2.0183 = "
          + ".9950, and .9942 x .9950 + .0058 x pi[v0][v0] .4604 = .99194. After, one claim per "
          + "class: p = 1/2, 1/2 and each diagonal is 1.01 / 1.02 = .99020. s1 is judged right on "
          + "both items either way; the pseudo-counts pull a one-observation row further from 1. "
          + "Without them (smoothing = 1e-9) the drops are larger: s0: i2=v1; s1: i0=v1; s2: "
          + "i2=v0, s0 flips i2: 1.0 -> 0.75 (class v1, which s0 no longer labels, gets prior 1/2 "
          + "and an uninformed row pi[v1][v1] = 1/2)"),
      Map.entry("guess-lca", "s0: i1=v2 i2=v0 i3=v0; s1: i0=v0 i1=v0 i2=v1; s2: i0=v2 i1=v1 i2=v0 "
          + "i3=v1. s2 flips i3: 1.0 -> 0.0. Sections 3.4 and 4.1 with the guess probabilities "
          + "learnt by EM (the default, issue 18). A unanimous claim has g = 1 and adds nothing to "
          + "a source's gradient, so the switch takes away s2's one piece of evidence that it is "
          + "not guessing on i3, and on data this small GuessLCA's EM has fixed points at H = 0 "
          + "and H = 1 for a source: the path now ends at H2 = 0 (s2's claims explained as "
          + "guesses). On the generator's data 14 of 2,000 seeds drop, by up to .037 (seed "
          + "615). With the voted guess priors of the Books experiment (learned-guess = 0) the "
          + "property fails too: s0: i1=v0 i2=v0; s1: i0=v0 i1=v2 i2=v1, s1 flips i1: 0.2500 -> "
          + "0.2222 (H0 at 0, then H1 not identified and left where the EM path put it)"),
      Map.entry("simple-lca", "s0: i0=v0 i1=v1 i2=v1; s1: i2=v2; s2: i2=v0; s3: i0=v1 i1=v0. s3 "
          + "flips i0: 1.0 -> 0.5. Sections 3.2, 3.3 and 4.1 as published (uniform honesty prior, "
          + "no smoothing; H_s = expected share of true claims). s3 and s0 disagree on i0 and i1; "
          + "s3 starts higher (1/2 against (1/2 + 1/2 + 1/3) / 3 = .44) and EM takes both its "
          + "values as the truths: H3 = 1, H0 = 0. The switch takes no error from s3 but gives s0 "
          + "a sure true claim (i0 becomes unanimous, posterior 1); s0 then wins the three-way i2 "
          + "against the one-claim s1 and s2, overtakes s3 after 6 EM steps (.80 to .79) and wins "
          + "i1: H0 = 1, H3 = (1 + 0) / 2. Seed 220's drop (1 - 5.7e-10 -> 1 - 7.1e-10) is another "
          + "matter: 0.136 x EPS, the clamp of H to [EPS, 1 - EPS] in the likelihood (EPS 1e-6 "
          + "gives 1.4e-7, 1e-12 gives 1.4e-13), 0 without it. A slack relative to the trust would "
          + "pass seed 220 but not this case (nor seed 2572, a converged drop of 1.2e-4), so the "
          + "slack stays absolute"));

  /**
   * The counterexamples of {@link #EXCLUDED} that are stated as data: algorithm, data ("sN: iK=vL
   * ...; ..."), switching source, item, trust before and after (to 5 decimals).
   */
  static Stream<Arguments> counterexamples() {
    return Stream.of(
        Arguments.of("catd", "s0: i2=v0; s1: i0=v1 i1=v1 i2=v2; s2: i0=v0 i1=v2 i2=v0; s3: "
            + "i0=v0 i1=v0 i2=v2", 1, 0, 0.33555, 0.00990),
        Arguments.of("crh", "s0: i0=v2 i1=v2 i2=v1 i3=v0; s1: i0=v0 i1=v0 i2=v2 i3=v2; s2: "
            + "i2=v0", 1, 3, 0.25809, 0.23068),
        Arguments.of("dawid-skene", "s0: i1=v0; s1: i0=v1 i1=v1", 1, 1, 0.99194, 0.99020),
        Arguments.of("guess-lca", "s0: i1=v2 i2=v0 i3=v0; s1: i0=v0 i1=v0 i2=v1; s2: i0=v2 "
            + "i1=v1 i2=v0 i3=v1", 2, 3, 1.0, 0.0),
        Arguments.of("simple-lca", "s0: i0=v0 i1=v1 i2=v1; s1: i2=v2; s2: i2=v0; s3: i0=v1 "
            + "i1=v0", 3, 0, 1.0, 0.5));
  }

  static Stream<String> algorithms() {
    return SERVICE.algorithms().stream().map(a -> a.name()).filter(a -> !EXCLUDED.containsKey(a));
  }

  @Test
  void exclusions_nameRegisteredAlgorithms() {
    assertThat(SERVICE.algorithms().stream().map(a -> a.name()).toList())
        .containsAll(EXCLUDED.keySet());
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void switchingAWrongValueToTheUnanimousTruth_neverLowersTrust(String algorithm) {
    int checked = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int[][] data = generate(random);
      int source = random.nextInt(data.length);
      List<Integer> candidates = new ArrayList<>();
      for (int item = 0; item < data[source].length; item++) {
        if (data[source][item] > 0 && othersUnanimousForTruth(data, source, item)) {
          candidates.add(item);
        }
      }
      if (candidates.isEmpty()) {
        continue;
      }
      int item = candidates.get(random.nextInt(candidates.size()));
      double before = trust(algorithm, data, source);
      int old = data[source][item];
      data[source][item] = 0;
      double after = trust(algorithm, data, source);
      assertThat(after)
          .as("seed %d: source s%d switches item i%d from v%d to the truth v0", seed, source, item,
              old)
          .isGreaterThanOrEqualTo(before - SLACK);
      checked++;
    }
    assertThat(checked).as("cases checked").isGreaterThan(SEEDS / 3);
  }

  @ParameterizedTest
  @MethodSource("counterexamples")
  void counterexample_lowersTrust(
      String algorithm, String observations, int source, int item, double before, double after) {
    int[][] data = parse(observations);
    assertThat(data[source][item]).as("the switched value").isPositive();
    assertThat(othersUnanimousForTruth(data, source, item)).isTrue();
    assertThat(trust(algorithm, data, source)).isCloseTo(before, within(5e-5));
    data[source][item] = 0;
    assertThat(trust(algorithm, data, source)).isCloseTo(after, within(5e-5));
  }

  /** {@code "s0: i1=v0 i2=v0; s1: i0=v0"} as {@code data[source][item]}, -1 where absent. */
  static int[][] parse(String observations) {
    int sources = 0;
    int items = 0;
    Pattern pattern = Pattern.compile("i(\\d+)=v(\\d+)");
    for (String part : observations.split(";")) {
      String[] sourceAndValues = part.split(":");
      sources = Math.max(sources, Integer.parseInt(sourceAndValues[0].trim().substring(1)) + 1);
      Matcher m = pattern.matcher(sourceAndValues[1]);
      while (m.find()) {
        items = Math.max(items, Integer.parseInt(m.group(1)) + 1);
      }
    }
    int[][] data = new int[sources][items];
    for (int[] row : data) {
      Arrays.fill(row, -1);
    }
    for (String part : observations.split(";")) {
      String[] sourceAndValues = part.split(":");
      int s = Integer.parseInt(sourceAndValues[0].trim().substring(1));
      Matcher m = pattern.matcher(sourceAndValues[1]);
      while (m.find()) {
        data[s][Integer.parseInt(m.group(1))] = Integer.parseInt(m.group(2));
      }
    }
    return data;
  }

  /** Every other source covering the item gives the truth, and there is at least one. */
  private static boolean othersUnanimousForTruth(int[][] data, int source, int item) {
    int voters = 0;
    for (int other = 0; other < data.length; other++) {
      if (other != source && data[other][item] >= 0) {
        if (data[other][item] != 0) {
          return false;
        }
        voters++;
      }
    }
    return voters > 0;
  }

  /**
   * {@code data[s][i]} is the value index source s gives item i (0 is the planted truth), or -1.
   * 5 to 8 sources of accuracy 0.55 to 0.95; 10 to 30 items, or 1 or 2 one time in five; values
   * from an alphabet of 2 to 4; one time in three a source covers every item, one time in four a
   * source has full coverage by its own draw; every item is covered.
   */
  static int[][] generate(SplittableRandom random) {
    int sources = 5 + random.nextInt(4);
    int items = random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 10 + random.nextInt(21);
    int alphabet = 2 + random.nextInt(3);
    int[][] data = new int[sources][items];
    int full = random.nextInt(3) == 0 ? random.nextInt(sources) : -1;
    for (int s = 0; s < sources; s++) {
      double accuracy = 0.55 + 0.4 * random.nextDouble();
      double coverage = random.nextInt(4) == 0 ? 1.0 : 0.3 + 0.7 * random.nextDouble();
      for (int i = 0; i < items; i++) {
        if (s == full || random.nextDouble() < coverage) {
          data[s][i] = random.nextDouble() < accuracy ? 0 : 1 + random.nextInt(alphabet - 1);
        } else {
          data[s][i] = -1;
        }
      }
    }
    for (int i = 0; i < items; i++) {
      boolean covered = false;
      for (int s = 0; s < sources; s++) {
        covered |= data[s][i] >= 0;
      }
      if (!covered) {
        data[random.nextInt(sources)][i] = 0;
      }
    }
    return data;
  }

  private static double trust(String algorithm, int[][] data, int source) {
    ObservationSet.Builder builder = ObservationSet.builder();
    for (int s = 0; s < data.length; s++) {
      for (int i = 0; i < data[s].length; i++) {
        if (data[s][i] >= 0) {
          builder.add("s" + s, "i" + i, Value.text("v" + data[s][i]));
        }
      }
    }
    return SERVICE.discover(builder.build(),
            TruthDiscoveryConfig.builder().algorithm(algorithm).tolerance(0).build())
        .source("s" + source).orElseThrow().trust();
  }
}
