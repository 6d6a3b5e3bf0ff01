package org.corroborate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.impl.format.Formats;
import org.corroborate.impl.verdict.Evidence;
import org.corroborate.impl.verdict.VerdictTrainer;
import org.corroborate.news.Verdict;

/**
 * The verdicts against the claims' gold truth, and the predicted stances against the given ones.
 *
 * <ul>
 *   <li>{@code accuracy}: on the resolved claims (gold true or false), the share whose probability
 *       lies on the right side of 1/2 (a claim at exactly 1/2 counts as FALSE);
 *   <li>{@code verdict-accuracy}: the same with the verdicts themselves, UNVERIFIED counted wrong;
 *   <li>{@code macro-f1}: the mean over TRUE, FALSE and UNVERIFIED (gold {@code unknown}) of each
 *       class's F1 over all claims (0 for a class with no true positive);
 *   <li>{@code brier}: on the resolved claims, the mean of (P(true) - [gold true])²;
 *   <li>{@code stance-accuracy} and {@code f1 against}, when the stance was predicted and the
 *       articles carry their given stance: over the articles on the claim of their claim id, the
 *       share whose predicted stance (for, against, observing; an article dropped as unrelated
 *       counts wrong) equals the given one, and the F1 of {@code against}.
 * </ul>
 */
final class VerifyEvaluation {
  final int claims;
  final int resolved;
  final int right;
  final int verdictRight;
  final double macroF1;
  final double brier;
  final int articles;
  final int stanceRight;
  final double againstF1;

  private VerifyEvaluation(int claims, int resolved, int right, int verdictRight, double macroF1,
      double brier, int articles, int stanceRight, double againstF1) {
    this.claims = claims;
    this.resolved = resolved;
    this.right = right;
    this.verdictRight = verdictRight;
    this.macroF1 = macroF1;
    this.brier = brier;
    this.articles = articles;
    this.stanceRight = stanceRight;
    this.againstF1 = againstF1;
  }

  /** The evaluation of these verdicts; every claim must have its gold truth. */
  static VerifyEvaluation of(List<Verifier.ClaimVerdict> verdicts) {
    int resolved = 0;
    int right = 0;
    int verdictRight = 0;
    double squared = 0.0;
    List<Verdict> gold = new ArrayList<>();
    List<Verdict> predicted = new ArrayList<>();
    int articles = 0;
    int stanceRight = 0;
    int againstTp = 0;
    int againstFp = 0;
    int againstFn = 0;
    for (Verifier.ClaimVerdict v : verdicts) {
      Verdict truth = v.claim().truth().orElseThrow();
      double p = v.result().probability();
      gold.add(truth);
      predicted.add(v.result().verdict());
      if (truth != Verdict.UNVERIFIED) {
        resolved++;
        double y = truth == Verdict.TRUE ? 1.0 : 0.0;
        squared += (p - y) * (p - y);
        right += (p > 0.5) == (truth == Verdict.TRUE) ? 1 : 0;
        verdictRight += v.result().verdict() == truth ? 1 : 0;
      }
      for (Verifier.Judged j : v.articles()) {
        Optional<Evidence.Stance> given = j.article().stance();
        if (j.predicted().isEmpty() || given.isEmpty() || j.matched()) {
          continue;
        }
        articles++;
        boolean hit = j.stance().equals(given);
        stanceRight += hit ? 1 : 0;
        boolean saysAgainst = j.stance().orElse(null) == Evidence.Stance.AGAINST;
        boolean isAgainst = given.get() == Evidence.Stance.AGAINST;
        if (saysAgainst && isAgainst) {
          againstTp++;
        } else if (saysAgainst) {
          againstFp++;
        } else if (isAgainst) {
          againstFn++;
        }
      }
    }
    return new VerifyEvaluation(verdicts.size(), resolved, right, verdictRight,
        macroF1(gold, predicted), resolved == 0 ? Double.NaN : squared / resolved, articles,
        stanceRight, f1(againstTp, againstFp, againstFn));
  }

  /** The three-class macro-F1 over TRUE, FALSE and UNVERIFIED, as the verdict model is fitted. */
  static double macroF1(List<Verdict> gold, List<Verdict> predicted) {
    return VerdictTrainer.macroF1(gold.toArray(new Verdict[0]), predicted.toArray(new Verdict[0]));
  }

  private static double f1(int tp, int fp, int fn) {
    return tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  double accuracy() {
    return resolved == 0 ? Double.NaN : (double) right / resolved;
  }

  double verdictAccuracy() {
    return resolved == 0 ? Double.NaN : (double) verdictRight / resolved;
  }

  double stanceAccuracy() {
    return articles == 0 ? Double.NaN : (double) stanceRight / articles;
  }

  /** The evaluation as tab-separated lines: name, what, value (four decimals)[, count]. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add("accuracy\tresolved\t" + num(accuracy()) + "\t" + right + "/" + resolved);
    out.add("verdict-accuracy\tresolved\t" + num(verdictAccuracy()) + "\t" + verdictRight + "/"
        + resolved);
    out.add("macro-f1\ttrue-false-unknown\t" + num(macroF1) + "\t" + claims);
    out.add("brier\tresolved\t" + num(brier) + "\t" + resolved);
    if (articles > 0) {
      out.add("stance-accuracy\tfor-against-observing\t" + num(stanceAccuracy()) + "\t"
          + stanceRight + "/" + articles);
      out.add("f1\tagainst\t" + num(againstF1));
    }
    return out;
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "-" : Formats.fixed(v, 4);
  }
}
