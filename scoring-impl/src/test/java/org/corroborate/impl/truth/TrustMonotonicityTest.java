package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.corroborate.Corroborate;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
      // Not analysed to the root; reported, see the commit message.
      Map.entry("dawid-skene", "s2: i2=v0; s4: i2=v1 i20=v1. s4 flips i2: 0.991942 -> "
          + "0.990196"),
      Map.entry("guess-lca", "seed 50, drop 0.00067"),
      Map.entry("simple-lca", "seed 220, drop 1.4e-10"),
      Map.entry("crh", "s0: i7=v3 i12=v3 i15=v3 i16=v2 i24=v1; s2: i7=v3 i20=v0; s4: i1=v3 "
          + "i2=v3 i4=v3 i7=v0 i15=v1 i21=v1; s5: i1=v0 i2=v0 i4=v0 i7=v0 i12=v0 i15=v0 i16=v0 "
          + "i20=v1 i21=v0 i24=v0. s0 flips i16: 0.3538 -> 0.1855"),
      Map.entry("catd", "seed 1027 (5 sources, 46 observations): s6 flips i12, trust "
          + "0.5792 -> 0.0041"));

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
