package org.corroborate.impl.verdict;

import org.corroborate.news.Verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VerdictModelTest {
  /** bias -1; weights for 1, against -2, observing 0.5, no_against 1, for > observing 0. */
  static final String SMALL = "# small\n# a hand model\nversion\t1\nband\t0.1\nbias\t-1\n"
      + "weight\tlog1p_for\t1\nweight\tlog1p_against\t-2\nweight\tlog1p_observing\t0.5\n"
      + "weight\tno_against\t1\nweight\tfor_exceeds_observing\t0\n";

  @Test
  void judge_threeForOneObserving_isTheHandComputedLogistic() {
    VerdictModel model = VerdictModel.read(SMALL, "small.tsv");
    Evidence e = Evidence.builder()
        .add("a", Evidence.Stance.FOR, "one").add("b", Evidence.Stance.FOR, "two")
        .add("c", Evidence.Stance.FOR, "three").add("d", Evidence.Stance.OBSERVING, "four")
        .add("e", Evidence.Stance.FOR, "ONE!") // a copy of a's: counts 0
        .build();
    VerdictResult r = model.judge(e);
    // z = -1 + ln 4 + 0.5 ln 2 + 1 = 1.7328679513998633; 1 / (1 + exp(-z))
    assertThat(r.probability()).isCloseTo(0.8497788951776651, within(1e-15));
    assertThat(r.verdict()).isEqualTo(Verdict.TRUE);
    assertThat(r.forCount()).isEqualTo(3.0);
    assertThat(r.observing()).isEqualTo(1.0);
    assertThat(r.independent()).isEqualTo(4);
    assertThat(r.explanation().value()).isEqualTo(r.probability());
    assertThat(r.explanation().details().get(0).value())
        .isCloseTo(1.7328679513998633, within(1e-15));
    assertThat(r.explanation().toString())
        .contains("0.849779 = P(true) = 1 / (1 + exp(-z)); verdict TRUE (band |P - 0.5| <= 0.1)")
        .contains("1.386294 = log1p_for = ln(1 + 3 for)")
        .contains("1.000000 = no_against = [0 against = 0]");
  }

  @Test
  void judge_emptyEvidence_isUnverified_withTheProbabilityOfNoEvidence() {
    VerdictModel model = VerdictModel.read(SMALL, "small.tsv");
    // z = -1 + 1 (no against) = 0
    VerdictResult r = model.judge(Evidence.of(List.of()));
    assertThat(r.probability()).isEqualTo(0.5);
    assertThat(r.verdict()).isEqualTo(Verdict.UNVERIFIED);
    assertThat(r.explanation().description()).contains("no independent evidence");
    VerdictResult copies = model.judge(Evidence.of(List.of(
        Evidence.Item.of("a", Evidence.Stance.FOR, true))));
    assertSameJudgement(copies, r);
    assertThat(copies.explanation().toString())
        .contains("0.000000 = item 1 (outlet a, FOR): a copy of an earlier item, counts 0");
  }

  @Test
  void judge_oneAgainst_isFalse_andTrustScalesTheCounts() {
    VerdictModel model = VerdictModel.read(SMALL, "small.tsv");
    VerdictResult against = model.judge(Evidence.of(List.of(
        Evidence.Item.of("a", Evidence.Stance.AGAINST, false))));
    // z = -1 - 2 ln 2
    assertThat(against.probability())
        .isCloseTo(1 / (1 + Math.exp(1 + 2 * Math.log(2))), within(1e-15));
    assertThat(against.verdict()).isEqualTo(Verdict.FALSE);
    VerdictResult half = model.judge(Evidence.of(List.of(new Evidence.Item("a",
        Evidence.Stance.FOR, false, OptionalDouble.of(0.5), OptionalDouble.empty()))));
    assertThat(half.forCount()).isEqualTo(0.5);
    assertThat(half.probability()).isCloseTo(1 / (1 + Math.exp(-Math.log(1.5))), within(1e-15));
    assertThat(half.verdict()).isEqualTo(Verdict.TRUE); // 0.6 is outside the band 0.1
  }

  @Test
  void anyEvidence_givesAFiniteProbabilityInTheUnitInterval_explainedByItsRoot() {
    long seed = 20261201L;
    SplittableRandom random = new SplittableRandom(seed);
    VerdictModel steep = VerdictModel.read(SMALL.replace("\t-2\n", "\t-700\n")
        .replace("bias\t-1", "bias\t700"), "steep.tsv");
    for (int trial = 0; trial < 2000; trial++) {
      List<Evidence.Item> items = new ArrayList<>();
      int n = random.nextInt(4) == 0 ? 0 : random.nextInt(60);
      for (int i = 0; i < n; i++) {
        Evidence.Stance stance = Evidence.Stance.values()[random.nextInt(3)];
        OptionalDouble trust = switch (random.nextInt(4)) {
          case 0 -> OptionalDouble.empty();
          case 1 -> OptionalDouble.of(0.0);
          case 2 -> OptionalDouble.of(1.0);
          default -> OptionalDouble.of(random.nextDouble());
        };
        items.add(new Evidence.Item("o" + random.nextInt(10), stance, random.nextInt(5) == 0,
            trust, random.nextBoolean() ? OptionalDouble.empty()
                : OptionalDouble.of(random.nextDouble())));
      }
      for (VerdictModel model : List.of(VerdictModel.shipped(), steep)) {
        VerdictResult r = model.judge(Evidence.of(items));
        assertThat(r.probability()).as("seed %d trial %d", seed, trial).isBetween(0.0, 1.0);
        assertThat(r.explanation().value()).isEqualTo(r.probability());
      }
    }
  }

  @Test
  void shippedModel_anExtraIndependentFor_neverLowersP_andAnExtraAgainstNeverRaisesIt() {
    VerdictModel model = VerdictModel.shipped();
    for (int f = 0; f <= 12; f++) {
      for (int a = 0; a <= 12; a++) {
        for (int o = 0; o <= 12; o++) {
          double p = model.judge(counts(f, a, o)).probability();
          assertThat(model.judge(counts(f + 1, a, o)).probability()).as("%d %d %d", f, a, o)
              .isGreaterThanOrEqualTo(p);
          assertThat(model.judge(counts(f, a + 1, o)).probability()).as("%d %d %d", f, a, o)
              .isLessThanOrEqualTo(p);
        }
      }
    }
  }

  @Test
  void sybil_tenCopiesOfOneArticle_underNewOutlets_changeNothing_whateverTheirStance() {
    VerdictModel model = VerdictModel.shipped();
    Evidence.Builder plain = Evidence.builder()
        .add("a.com", Evidence.Stance.FOR, "Cat elected mayor of a small town")
        .add("b.com", Evidence.Stance.AGAINST, "No, a cat was not elected mayor")
        .add("c.com", Evidence.Stance.OBSERVING, "Cat reportedly elected mayor");
    Evidence.Builder sybil = Evidence.builder()
        .add("a.com", Evidence.Stance.FOR, "Cat elected mayor of a small town")
        .add("b.com", Evidence.Stance.AGAINST, "No, a cat was not elected mayor")
        .add("c.com", Evidence.Stance.OBSERVING, "Cat reportedly elected mayor");
    for (int k = 0; k < 10; k++) {
      sybil.add("mirror" + k + ".example", k % 2 == 0 ? Evidence.Stance.FOR
          : Evidence.Stance.OBSERVING, "cat elected MAYOR of a small town.");
    }
    assertThat(sybil.build().items()).filteredOn(Evidence.Item::copy).hasSize(10);
    assertSameJudgement(model.judge(sybil.build()), model.judge(plain.build()));
    assertThat(model.judge(sybil.build()).explanation().toString())
        .contains("item 13 (outlet mirror9.example, OBSERVING): a copy of an earlier item,"
            + " counts 0");
  }

  /**
   * The same verdict, probability and counts; the explanations differ only in naming the copies
   * (each a leaf of value 0).
   */
  private static void assertSameJudgement(VerdictResult actual, VerdictResult expected) {
    assertThat(actual.verdict()).isEqualTo(expected.verdict());
    assertThat(actual.probability()).isEqualTo(expected.probability());
    assertThat(actual.forCount()).isEqualTo(expected.forCount());
    assertThat(actual.against()).isEqualTo(expected.against());
    assertThat(actual.observing()).isEqualTo(expected.observing());
    assertThat(actual.independent()).isEqualTo(expected.independent());
    assertThat(actual.explanation().value()).isEqualTo(expected.explanation().value());
    assertThat(actual.explanation().description()).isEqualTo(expected.explanation().description());
  }

  @Test
  void read_roundTripsTheShippedModel_andTheSmallOne() {
    VerdictModel shipped = VerdictModel.shipped();
    assertThat(VerdictModel.read(shipped.toTsv(), "x")).isEqualTo(shipped);
    assertThat(shipped.weights()).hasSize(VerdictFeatures.NAMES.size());
    VerdictModel small = VerdictModel.read(SMALL, "small.tsv");
    assertThat(small.bias()).isEqualTo(-1.0);
    assertThat(small.band()).isEqualTo(0.1);
    assertThat(small.weights()).containsExactly(1.0, -2.0, 0.5, 1.0, 0.0);
    assertThat(VerdictModel.read(small.toTsv(), "y")).isEqualTo(small);
  }

  @Test
  void read_namesTheFileLineAndFieldOfAnError() {
    assertError(SMALL.replace("bias\t-1", "bias\tminus one"),
        "m.tsv line 5 field bias: not a number: 'minus one'");
    assertError(SMALL.replace("bias\t-1", "bias\tNaN"),
        "m.tsv line 5 field bias: not a finite number: 'NaN'");
    assertError(SMALL.replace("log1p_against", "against"),
        "m.tsv line 7 field feature: expected 'log1p_against', found 'against'");
    assertError(SMALL.replace("version\t1", "version\t2"),
        "m.tsv line 3 field version: expected 1, found '2'");
    assertError(SMALL.replace("band\t0.1", "band\t0.5"),
        "m.tsv line 4 field band: must be in [0, 0.5), was 0.5");
    assertError(SMALL.replace("bias\t-1", "bias\t-1\t2"),
        "m.tsv line 5 field bias: expected 2 tab-separated fields, found 3");
    assertError(SMALL.replace("version\t1\n", ""),
        "m.tsv line 3 field version: the first line that is no comment must be 'version\t1'");
    assertError(SMALL.replace("weight\tfor_exceeds_observing\t0\n", ""),
        "m.tsv: missing weight for_exceeds_observing");
    assertError(SMALL + "weight\textra\t1\n",
        "m.tsv line 11 field feature: expected no more features, found 'extra'");
    assertError(SMALL + "slope\t1\n",
        "m.tsv line 11 field key: expected version, band, bias or weight, found 'slope'");
  }

  private static void assertError(String text, String message) {
    assertThatThrownBy(() -> VerdictModel.read(text, "m.tsv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  private static Evidence counts(int f, int a, int o) {
    List<Evidence.Item> items = new ArrayList<>();
    for (int i = 0; i < f; i++) {
      items.add(Evidence.Item.of("f" + i, Evidence.Stance.FOR, false));
    }
    for (int i = 0; i < a; i++) {
      items.add(Evidence.Item.of("a" + i, Evidence.Stance.AGAINST, false));
    }
    for (int i = 0; i < o; i++) {
      items.add(Evidence.Item.of("o" + i, Evidence.Stance.OBSERVING, false));
    }
    return Evidence.of(items);
  }
}
