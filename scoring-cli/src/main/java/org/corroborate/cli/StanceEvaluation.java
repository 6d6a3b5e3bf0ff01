package org.corroborate.cli;

import java.util.List;
import java.util.Locale;
import org.corroborate.impl.format.Formats;
import org.corroborate.impl.stance.Stance;

/**
 * Scores of stance predictions against gold labels: the FNC-1 challenge score, per-class F1 and
 * macro-F1, and the confusion matrix.
 *
 * <p>Challenge score (as the FNC-1 scorer): a pair earns .25 when related versus unrelated is
 * right (any of agree, disagree, discuss counts as related), and .75 more when a related pair's
 * exact stance is right; the score is reported as a percentage of the best possible total.
 */
final class StanceEvaluation {
  final int[][] confusion = new int[4][4]; // [gold][predicted], Stance order
  double earned;
  double possible;

  void add(Stance gold, Stance predicted) {
    confusion[gold.ordinal()][predicted.ordinal()]++;
    boolean goldRelated = gold != Stance.UNRELATED;
    boolean predictedRelated = predicted != Stance.UNRELATED;
    possible += goldRelated ? 1.0 : 0.25;
    if (goldRelated == predictedRelated) {
      earned += 0.25;
    }
    if (goldRelated && gold == predicted) {
      earned += 0.75;
    }
  }

  int pairs() {
    int n = 0;
    for (int[] row : confusion) {
      for (int c : row) {
        n += c;
      }
    }
    return n;
  }

  /** The challenge score in percent of the maximum; 0 without pairs. */
  double challengeScore() {
    return possible == 0 ? 0 : 100 * earned / possible;
  }

  /** F1 of one class; 0 when it is never gold nor predicted. */
  double f1(Stance s) {
    int k = s.ordinal();
    int tp = confusion[k][k];
    int gold = 0;
    int predicted = 0;
    for (int j = 0; j < 4; j++) {
      gold += confusion[k][j];
      predicted += confusion[j][k];
    }
    return gold + predicted == 0 ? 0 : 2.0 * tp / (gold + predicted);
  }

  double macroF1() {
    double sum = 0;
    for (Stance s : Stance.values()) {
      sum += f1(s);
    }
    return sum / 4;
  }

  /** The report lines: score, macro-F1, per-class F1 and the confusion matrix. */
  List<String> lines(String part) {
    List<String> out = new java.util.ArrayList<>();
    out.add(String.format(Locale.ROOT, "pairs\t%s\t%d", part, pairs()));
    out.add("challenge-score\t" + part + "\t" + Formats.fixed(challengeScore(), 2));
    out.add("macro-f1\t" + part + "\t" + Formats.fixed(macroF1(), 4));
    for (Stance s : Stance.values()) {
      out.add("f1\t" + part + "\t" + s.label() + "\t" + Formats.fixed(f1(s), 4));
    }
    out.add("confusion\t" + part + "\tgold\\predicted\tagree\tdisagree\tdiscuss\tunrelated");
    for (Stance g : Stance.values()) {
      StringBuilder b = new StringBuilder("confusion\t" + part + "\t" + g.label());
      for (Stance p : Stance.values()) {
        b.append('\t').append(confusion[g.ordinal()][p.ordinal()]);
      }
      out.add(b.toString());
    }
    return out;
  }
}
