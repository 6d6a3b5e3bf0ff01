package org.corroborate.impl.verdict;

import org.corroborate.news.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The verdict model on the Emergent training claims with the journalists' own stance labels (the
 * "given stance labels" setting of issue 12): 5-fold cross-validation by claim, the fold of a
 * claim {@code Math.floorMod(claimId.hashCode(), 5)}, fitting weights and band on four folds and
 * judging the fifth; the shipped model is the fit on all of them; copies never move a verdict.
 * Skipped when {@code ../../shared/datasets/emergent-train} is absent.
 *
 * <p>Run: {@code mvn -B -o verify -pl scoring-impl -am -Dtest=EmergentVerdictTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}; add {@code
 * -Dcorroborate.verdict.write=true} to rewrite {@code model.tsv} from the data.
 */
@Tag("accuracy")
class EmergentVerdictTest {
  static final int FOLDS = 5;
  static final String COMMENT = "fitted on emergent-train with the journalists' stance labels";

  static int fold(String claimId) {
    return Math.floorMod(claimId.hashCode(), FOLDS);
  }

  @Test
  void crossValidation_byClaim_meetsTheTargetsOfIssue12() throws IOException {
    EmergentClaims data = EmergentClaims.require();
    int n = data.ids().size();
    double[] p = new double[n];
    Verdict[] verdict = new Verdict[n];
    Verdict[] gold = new Verdict[n];
    double[] baseRate = new double[n];
    StringBuilder bands = new StringBuilder();
    for (int f = 0; f < FOLDS; f++) {
      List<VerdictTrainer.Example> train = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (fold(data.ids().get(i)) != f) {
          train.add(data.examples().get(i));
        }
      }
      VerdictModel model = VerdictTrainer.fit(train, "");
      bands.append(' ').append(model.band());
      long trainTrue = train.stream().filter(e -> e.gold() == Verdict.TRUE).count();
      long trainResolved = train.stream().filter(e -> e.gold() != Verdict.UNVERIFIED).count();
      for (int i = 0; i < n; i++) {
        if (fold(data.ids().get(i)) == f) {
          VerdictResult r = model.judge(data.examples().get(i).evidence());
          p[i] = r.probability();
          verdict[i] = r.verdict();
          baseRate[i] = (double) trainTrue / trainResolved;
        }
      }
    }
    Verdict[] falseAlways = new Verdict[n];
    Verdict[] vote = new Verdict[n];
    Verdict[] voteForced = new Verdict[n];
    Verdict[] rule = new Verdict[n];
    Verdict[] forced = new Verdict[n];
    for (int i = 0; i < n; i++) {
      gold[i] = data.examples().get(i).gold();
      VerdictFeatures.Counts c = VerdictFeatures.counts(data.examples().get(i).evidence());
      falseAlways[i] = Verdict.FALSE;
      vote[i] = c.forCount() > c.against() ? Verdict.TRUE
          : c.against() > c.forCount() ? Verdict.FALSE : Verdict.UNVERIFIED;
      voteForced[i] = vote[i] == Verdict.UNVERIFIED ? Verdict.FALSE : vote[i];
      rule[i] = c.against() == 0 && c.forCount() > c.observing() ? Verdict.TRUE : Verdict.FALSE;
      forced[i] = p[i] > 0.5 ? Verdict.TRUE : Verdict.FALSE;
    }
    double accuracy = resolvedAccuracy(gold, forced);
    double brier = brier(gold, p);
    double macroF1 = VerdictTrainer.macroF1(gold, verdict);
    long resolved = java.util.Arrays.stream(gold).filter(g -> g != Verdict.UNVERIFIED).count();
    long items = data.examples().stream().mapToLong(e -> e.evidence().items().size()).sum();
    long copies = data.examples().stream().flatMap(e -> e.evidence().items().stream())
        .filter(Evidence.Item::copy).count();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Verdicts, emergent-train, given stance labels, 5-fold"
        + " CV by claim: %d claims, %d resolved; %d articles, %d word-for-word copies;"
        + " bands per fold:%s%n", n, resolved, items, copies, bands));
    row(out, "verdict model", accuracy, resolvedAccuracy(gold, verdict), brier, macroF1);
    row(out, "always FALSE", resolvedAccuracy(gold, falseAlways), resolvedAccuracy(gold,
        falseAlways), brier(gold, new double[n]), VerdictTrainer.macroF1(gold, falseAlways));
    row(out, "training base rate", resolvedAccuracy(gold, falseAlways), Double.NaN,
        brier(gold, baseRate), Double.NaN);
    row(out, "majority vote for/against (tie: FALSE / UNVERIFIED)",
        resolvedAccuracy(gold, voteForced), resolvedAccuracy(gold, vote), Double.NaN,
        VerdictTrainer.macroF1(gold, vote));
    row(out, "rule: no against and for > observing", resolvedAccuracy(gold, rule),
        resolvedAccuracy(gold, rule), Double.NaN, VerdictTrainer.macroF1(gold, rule));
    int decided = 0;
    int decidedRight = 0;
    int unknownUnverified = 0;
    for (int i = 0; i < n; i++) {
      if (gold[i] != Verdict.UNVERIFIED && verdict[i] != Verdict.UNVERIFIED) {
        decided++;
        decidedRight += verdict[i] == gold[i] ? 1 : 0;
      } else if (gold[i] == Verdict.UNVERIFIED && verdict[i] == Verdict.UNVERIFIED) {
        unknownUnverified++;
      }
    }
    out.append(String.format(Locale.ROOT, "  verdict model: %d of %d resolved claims decided, %d"
        + " of them right; %d of %d unknown claims UNVERIFIED%n", decided, resolved, decidedRight,
        unknownUnverified, n - resolved));
    System.out.print(out);
    assertThat(accuracy).as("accuracy on the resolved claims").isGreaterThanOrEqualTo(0.85);
    assertThat(brier).as("Brier score on the resolved claims").isLessThanOrEqualTo(0.18);
    assertThat(macroF1).as("three-class macro-F1").isGreaterThanOrEqualTo(0.55);
  }

  @Test
  void shippedModel_isTheFitOnAllOfEmergentTrain() throws IOException {
    EmergentClaims data = EmergentClaims.require();
    String fitted = VerdictTrainer.fit(data.examples(), COMMENT).toTsv();
    if (Boolean.getBoolean("corroborate.verdict.write")) {
      Files.writeString(Path.of("src", "main", "resources", "org", "corroborate", "impl",
          "verdict", VerdictModel.RESOURCE), fitted, StandardCharsets.UTF_8);
    }
    String shipped;
    try (InputStream in = VerdictModel.class.getResourceAsStream(VerdictModel.RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(shipped).as("model.tsv; regenerate with -Dcorroborate.verdict.write=true")
        .isEqualTo(fitted);
    assertThat(VerdictModel.shipped()).isEqualTo(VerdictModel.read(fitted, "fitted"));
  }

  @Test
  void tenWordForWordCopies_underNewOutlets_changeNoVerdictAndNoProbability() throws IOException {
    EmergentClaims data = EmergentClaims.require();
    VerdictModel model = VerdictModel.shipped();
    int changed = 0;
    int tried = 0;
    for (String id : data.ids()) {
      List<String[]> articles = data.articles().getOrDefault(id, List.of());
      if (articles.isEmpty()) {
        continue;
      }
      Evidence.Builder plain = Evidence.builder();
      Evidence.Builder sybil = Evidence.builder();
      for (String[] a : articles) {
        plain.add(a[0], EmergentClaims.stance(a[2]), a[1]);
        sybil.add(a[0], EmergentClaims.stance(a[2]), a[1]);
      }
      String[] copied = articles.get(tried % articles.size());
      for (int k = 1; k <= 10; k++) {
        sybil.add("copy" + k + ".example", EmergentClaims.stance(copied[2]), copied[1]);
      }
      tried++;
      VerdictResult before = model.judge(plain.build());
      VerdictResult after = model.judge(sybil.build());
      assertThat(sybil.build().items()).hasSize(articles.size() + 10);
      // the same verdict, probability and counts (the explanation names the ten copies, at 0)
      if (after.verdict() != before.verdict() || after.probability() != before.probability()
          || after.forCount() != before.forCount() || after.against() != before.against()
          || after.observing() != before.observing()
          || after.independent() != before.independent()) {
        changed++;
      }
    }
    assertThat(tried).isGreaterThan(200);
    assertThat(changed).as("claims whose verdict or probability moved").isZero();
  }

  private static void row(StringBuilder out, String name, double accuracy, double verdictAccuracy,
      double brier, double macroF1) {
    out.append(String.format(Locale.ROOT, "  %-52s accuracy %s  (UNVERIFIED wrong: %s)  Brier %s"
        + "  macro-F1 %s%n", name, num(accuracy), num(verdictAccuracy), num(brier), num(macroF1)));
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "  -  " : String.format(Locale.ROOT, "%.3f", v);
  }

  static double resolvedAccuracy(Verdict[] gold, Verdict[] predicted) {
    int right = 0;
    int resolved = 0;
    for (int i = 0; i < gold.length; i++) {
      if (gold[i] != Verdict.UNVERIFIED) {
        resolved++;
        right += predicted[i] == gold[i] ? 1 : 0;
      }
    }
    return (double) right / resolved;
  }

  static double brier(Verdict[] gold, double[] p) {
    double sum = 0.0;
    int resolved = 0;
    for (int i = 0; i < gold.length; i++) {
      if (gold[i] != Verdict.UNVERIFIED) {
        double y = gold[i] == Verdict.TRUE ? 1.0 : 0.0;
        sum += (p[i] - y) * (p[i] - y);
        resolved++;
      }
    }
    return sum / resolved;
  }
}
