package org.corroborate.impl.verdict;

import org.corroborate.news.Verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTrainerTest {
  private static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }

  @Test
  void logistic_biasOnly_isTheLogOddsOfTheLabels() {
    // 3 of 4 true: the maximum-likelihood bias is ln(3 / 1)
    double[][] x = {{}, {}, {}, {}};
    double[] beta = VerdictTrainer.logistic(x, new double[] {1, 1, 1, 0}, 0.0);
    assertThat(beta).hasSize(1);
    assertThat(beta[0]).isCloseTo(Math.log(3), within(1e-12));
  }

  @Test
  void logistic_oneBinaryFeatureUnpenalised_fitsEachGroupsLogOdds() {
    // x = 0: 1 of 2 true, so bias = ln(1/1) = 0; x = 1: 3 of 4 true, so bias + w = ln 3
    double[][] x = {{0}, {0}, {1}, {1}, {1}, {1}};
    double[] beta = VerdictTrainer.logistic(x, new double[] {1, 0, 1, 1, 1, 0}, 0.0);
    assertThat(beta[0]).isCloseTo(0.0, within(1e-12));
    assertThat(beta[1]).isCloseTo(Math.log(3), within(1e-12));
  }

  @Test
  void logistic_penalised_meetsTheStationaryConditions_andShrinksTheWeight() {
    double[][] x = {{0}, {0}, {1}, {1}, {1}, {1}};
    double lambda = 1.0;
    double[] beta = VerdictTrainer.logistic(x, new double[] {1, 0, 1, 1, 1, 0}, lambda);
    double b = beta[0];
    double w = beta[1];
    // d/db: (1 - 2 s(b)) + (3 - 4 s(b + w)) = 0; d/dw: (3 - 4 s(b + w)) - lambda w = 0
    assertThat((1 - 2 * sigmoid(b)) + (3 - 4 * sigmoid(b + w))).isCloseTo(0.0, within(1e-12));
    assertThat((3 - 4 * sigmoid(b + w)) - lambda * w).isCloseTo(0.0, within(1e-12));
    assertThat(w).isPositive().isLessThan(Math.log(3));
  }

  @Test
  void macroF1_isTheMeanOfTheThreeClassesF1() {
    Verdict t = Verdict.TRUE;
    Verdict f = Verdict.FALSE;
    Verdict u = Verdict.UNVERIFIED;
    // TRUE: tp 1, fn 1 -> 2/3; FALSE: tp 1, fp 2 -> 1/2; UNVERIFIED: no tp -> 0
    assertThat(VerdictTrainer.macroF1(new Verdict[] {t, t, f, u}, new Verdict[] {t, f, f, f}))
        .isCloseTo(7.0 / 18.0, within(1e-15));
  }

  @Test
  void fit_withOneTruthOnly_isRefused() {
    List<VerdictTrainer.Example> examples = List.of(
        new VerdictTrainer.Example(evidence(Evidence.Stance.FOR, 1), Verdict.TRUE),
        new VerdictTrainer.Example(evidence(Evidence.Stance.AGAINST, 1), Verdict.UNVERIFIED));
    assertThatThrownBy(() -> VerdictTrainer.fit(examples, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 true of 1 resolved");
  }

  @Test
  void fit_choosesTheNarrowestBandThatSetsTheUnresolvedApart() {
    List<VerdictTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      examples.add(new VerdictTrainer.Example(evidence(Evidence.Stance.FOR, 2), Verdict.TRUE));
      examples.add(new VerdictTrainer.Example(evidence(Evidence.Stance.AGAINST, 2), Verdict.FALSE));
      examples.add(new VerdictTrainer.Example(evidence(Evidence.Stance.OBSERVING, 2),
          Verdict.UNVERIFIED));
    }
    VerdictModel model = VerdictTrainer.fit(examples, "three kinds");
    double pFor = model.judge(evidence(Evidence.Stance.FOR, 2)).probability();
    double pAgainst = model.judge(evidence(Evidence.Stance.AGAINST, 2)).probability();
    double pObserving = model.judge(evidence(Evidence.Stance.OBSERVING, 2)).probability();
    assertThat(pFor).isGreaterThan(0.5);
    assertThat(pAgainst).isLessThan(0.5);
    // the smallest h in steps of 0.01 with |pObserving - 0.5| <= h, below the other two distances
    double expected = Math.ceil(Math.abs(pObserving - 0.5) * 100) / 100;
    assertThat(expected).isLessThan(Math.min(pFor - 0.5, 0.5 - pAgainst));
    assertThat(model.band()).isEqualTo(expected);
    assertThat(model.judge(evidence(Evidence.Stance.OBSERVING, 2)).verdict())
        .isEqualTo(Verdict.UNVERIFIED);
    assertThat(model.judge(evidence(Evidence.Stance.FOR, 2)).verdict()).isEqualTo(Verdict.TRUE);
    assertThat(model.toTsv()).contains("# three kinds; 9 examples, 6 resolved (3 true); lambda 1.0;"
        + " band chosen by training macro-F1 1.0000\n");
  }

  @Test
  void fit_isDeterministic_andItsFileReadsBackEqual() {
    List<VerdictTrainer.Example> examples = List.of(
        new VerdictTrainer.Example(evidence(Evidence.Stance.FOR, 3), Verdict.TRUE),
        new VerdictTrainer.Example(evidence(Evidence.Stance.AGAINST, 1), Verdict.FALSE),
        new VerdictTrainer.Example(evidence(Evidence.Stance.OBSERVING, 4), Verdict.FALSE),
        new VerdictTrainer.Example(evidence(Evidence.Stance.FOR, 1), Verdict.UNVERIFIED));
    VerdictModel a = VerdictTrainer.fit(examples, "x");
    VerdictModel b = VerdictTrainer.fit(examples, "x");
    assertThat(a.toTsv()).isEqualTo(b.toTsv());
    assertThat(VerdictModel.read(a.toTsv(), "a.tsv")).isEqualTo(a);
  }

  /** n items of one stance from n outlets with different texts. */
  static Evidence evidence(Evidence.Stance stance, int n) {
    Evidence.Builder b = Evidence.builder();
    for (int i = 0; i < n; i++) {
      b.add("outlet" + i, stance, "headline number " + i);
    }
    return b.build();
  }
}
