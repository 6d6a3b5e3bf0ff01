package org.corroborate.impl.verdict;

import org.corroborate.news.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Fits a {@link VerdictModel} on labelled propositions.
 *
 * <p>The weights: L2-regularised logistic regression (penalty {@link #LAMBDA} / 2 × |w|², the bias
 * unpenalised) on the propositions whose truth is resolved (gold TRUE or FALSE), by Newton's
 * method (iteratively reweighted least squares): from all weights zero, step δ = H⁻¹ g with the
 * gradient g = Xᵀ(y - p) - λw and the Hessian H = Xᵀ diag(p(1 - p)) X + λI, until the largest
 * |δ| is below {@link #TOLERANCE} or {@link #MAX_ITERATIONS} steps. The objective is strictly
 * convex, so the result is the unique optimum and depends on nothing but the data and its order
 * (summation order). No randomness.
 *
 * <p>The band: on the same training propositions, including the unresolved ones (gold
 * UNVERIFIED), the half-width h in 0, 0.01, ..., 0.45 whose verdicts have the highest three-class
 * macro-F1; the smallest such h on a tie.
 */
public final class VerdictTrainer {
  /** The L2 penalty on the feature weights; the bias is not penalised. */
  public static final double LAMBDA = 1.0;

  /** The most Newton steps. */
  public static final int MAX_ITERATIONS = 100;

  /** The fit stops when no weight moves by this much in a step. */
  public static final double TOLERANCE = 1e-10;

  /** The widest band tried, in steps of 0.01. */
  static final int MAX_BAND_PERCENT = 45;

  /**
   * A labelled proposition.
   *
   * @param evidence its evidence
   * @param gold TRUE or FALSE when its truth is resolved, UNVERIFIED when it is not
   */
  public record Example(Evidence evidence, Verdict gold) {
    /** Checks the fields are not null. */
    public Example {
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(gold, "gold");
    }
  }

  private VerdictTrainer() {}

  /**
   * Fits a model on these examples, in their order.
   *
   * @param examples labelled propositions
   * @param comment one line saying what the model was fitted on (written into the file)
   * @throws IllegalArgumentException if there is no resolved example of each truth
   */
  public static VerdictModel fit(List<Example> examples, String comment) {
    int resolved = 0;
    int trues = 0;
    for (Example e : examples) {
      if (e.gold() != Verdict.UNVERIFIED) {
        resolved++;
        trues += e.gold() == Verdict.TRUE ? 1 : 0;
      }
    }
    if (trues == 0 || trues == resolved) {
      throw new IllegalArgumentException("need resolved examples of both truths, got " + trues
          + " true of " + resolved + " resolved");
    }
    double[][] x = new double[resolved][];
    double[] y = new double[resolved];
    double[][] all = new double[examples.size()][];
    int r = 0;
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      all[i] = VerdictFeatures.of(VerdictFeatures.counts(e.evidence()));
      if (e.gold() != Verdict.UNVERIFIED) {
        x[r] = all[i];
        y[r++] = e.gold() == Verdict.TRUE ? 1.0 : 0.0;
      }
    }
    double[] beta = logistic(x, y, LAMBDA);
    double[] weights = java.util.Arrays.copyOfRange(beta, 1, beta.length);
    VerdictModel unbanded = new VerdictModel(beta[0], weights, 0.0, "");
    double[] p = new double[all.length];
    boolean[] thin = new boolean[all.length];
    Verdict[] gold = new Verdict[all.length];
    for (int i = 0; i < all.length; i++) {
      p[i] = unbanded.probability(all[i]);
      thin[i] = VerdictFeatures.counts(examples.get(i).evidence()).empty();
      gold[i] = examples.get(i).gold();
    }
    double bestBand = 0.0;
    double bestF1 = -1.0;
    for (int percent = 0; percent <= MAX_BAND_PERCENT; percent++) {
      VerdictModel banded = new VerdictModel(beta[0], weights, percent / 100.0, "");
      Verdict[] predicted = new Verdict[all.length];
      for (int i = 0; i < all.length; i++) {
        predicted[i] = thin[i] ? Verdict.UNVERIFIED : banded.verdict(p[i]);
      }
      double f1 = macroF1(gold, predicted);
      if (f1 > bestF1) {
        bestF1 = f1;
        bestBand = percent / 100.0;
      }
    }
    String line = comment + (comment.isEmpty() ? "" : "; ") + String.format(Locale.ROOT,
        "%d examples, %d resolved (%d true); lambda %s; band chosen by training macro-F1 %.4f",
        examples.size(), resolved, trues, LAMBDA, bestF1);
    return new VerdictModel(beta[0], weights, bestBand, line);
  }

  /**
   * Fits L2-regularised logistic regression by Newton's method.
   *
   * @param x the feature rows (no bias column), all of one length
   * @param y the labels, 0 or 1
   * @param lambda the penalty on the weights (not the bias), at least 0
   * @return the bias followed by the weights
   */
  static double[] logistic(double[][] x, double[] y, double lambda) {
    int d = x.length == 0 ? 0 : x[0].length;
    int k = d + 1;
    double[] beta = new double[k];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] g = new double[k];
      double[][] h = new double[k][k];
      for (int i = 0; i < x.length; i++) {
        double z = beta[0];
        for (int j = 0; j < d; j++) {
          z += beta[j + 1] * x[i][j];
        }
        double p = 1.0 / (1.0 + StrictMath.exp(-z));
        double w = p * (1.0 - p);
        for (int a = 0; a < k; a++) {
          double xa = a == 0 ? 1.0 : x[i][a - 1];
          g[a] += (y[i] - p) * xa;
          for (int b = 0; b < k; b++) {
            double xb = b == 0 ? 1.0 : x[i][b - 1];
            h[a][b] += w * xa * xb;
          }
        }
      }
      for (int a = 1; a < k; a++) {
        g[a] -= lambda * beta[a];
        h[a][a] += lambda;
      }
      double[] step = solve(h, g);
      if (step == null) {
        break;
      }
      double largest = 0.0;
      for (int a = 0; a < k; a++) {
        beta[a] += step[a];
        largest = Math.max(largest, Math.abs(step[a]));
      }
      if (largest < TOLERANCE) {
        break;
      }
    }
    return beta;
  }

  /** Solves h s = g by Gaussian elimination with partial pivoting; null if h is singular. */
  private static double[] solve(double[][] h, double[] g) {
    int n = g.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(h[i], n + 1);
      m[i][n] = g[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      if (!(Math.abs(m[pivot][c]) > 1e-300)) {
        return null;
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int j = c; j <= n; j++) {
          m[r][j] -= f * m[c][j];
        }
      }
    }
    double[] s = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double v = m[r][n];
      for (int j = r + 1; j < n; j++) {
        v -= m[r][j] * s[j];
      }
      s[r] = v / m[r][r];
    }
    return s;
  }

  /**
   * The three-class macro-F1: the mean over TRUE, FALSE and UNVERIFIED of each class's F1 (0 for
   * a class with no true positive).
   */
  public static double macroF1(Verdict[] gold, Verdict[] predicted) {
    double sum = 0.0;
    for (Verdict c : Verdict.values()) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < gold.length; i++) {
        if (predicted[i] == c && gold[i] == c) {
          tp++;
        } else if (predicted[i] == c) {
          fp++;
        } else if (gold[i] == c) {
          fn++;
        }
      }
      sum += tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    return sum / Verdict.values().length;
  }
}
