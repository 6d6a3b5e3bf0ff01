package org.corroborate.impl.stance;

/**
 * Deterministic fitting of {@link StanceModel}: features standardised by their mean and standard
 * deviation, then full-batch gradient descent from zero weights for {@link #STEPS} steps with
 * learning rate {@link #RATE} and L2 penalty {@link #L2} on the weights (not the biases). Stage
 * one (related or not) is a logistic regression over all pairs; stage two a softmax regression
 * over the related pairs, each class weighted by {@code (n / (3 * n_class))^POWER}. Rows may
 * carry weights (a corpus counted several times). Last, DISAGREE's score is shifted by the
 * multiple of 1/8 in [-1, 2] that maximises macro-F1 over the training pairs (a decision threshold
 * for the rarest class, chosen on training data only), once for long documents and once for short
 * ones (feature {@code short}): the two registers of a joint fit on bodies and headlines differ
 * in how often and how plainly they disagree. The shifts enter the model as DISAGREE's bias and
 * its weight on {@code short}.
 */
final class StanceTrainer {
  static final int STEPS = 600;
  static final double RATE = 0.5;
  static final double L2 = 1e-3;
  static final double POWER = 0.5;

  private StanceTrainer() {}

  static StanceModel fit(double[][] x, int[] y, String provenance) {
    double[] weight = new double[x.length];
    java.util.Arrays.fill(weight, 1.0);
    return fit(x, y, weight, provenance);
  }

  /**
   * Fits on rows weighed by {@code weight} (a row of weight 2 counts as two copies of it): the
   * means, scales, gradients, class frequencies and the DISAGREE threshold all use the weights.
   */
  static StanceModel fit(double[][] x, int[] y, double[] weight, String provenance) {
    int n = x.length;
    double mass = 0;
    for (double m : weight) {
      mass += m;
    }
    int d = StanceFeatures.NAMES.size();
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        mean[j] += weight[i] * x[i][j] / mass;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        scale[j] += weight[i] * (x[i][j] - mean[j]) * (x[i][j] - mean[j]) / mass;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1.0;
    }
    double[][] z = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = (x[i][j] - mean[j]) / scale[j];
      }
    }
    // stage one: related = any stance but UNRELATED
    double[] w = new double[d + 1];
    for (int step = 0; step < STEPS; step++) {
      double[] grad = new double[d + 1];
      for (int i = 0; i < n; i++) {
        double s = w[d];
        for (int j = 0; j < d; j++) {
          s += w[j] * z[i][j];
        }
        double p = 1 / (1 + StrictMath.exp(-s));
        double target = y[i] == Stance.UNRELATED.ordinal() ? 0 : 1;
        double g = (p - target) * weight[i] / mass;
        for (int j = 0; j < d; j++) {
          grad[j] += g * z[i][j];
        }
        grad[d] += g;
      }
      for (int j = 0; j < d; j++) {
        w[j] -= RATE * (grad[j] + L2 * w[j]);
      }
      w[d] -= RATE * grad[d];
    }
    StanceModel.Linear related = new StanceModel.Linear(w[d], java.util.Arrays.copyOf(w, d));
    // stage two: softmax over AGREE, DISAGREE, DISCUSS among related pairs
    double[] counts = new double[3];
    double related3 = 0;
    for (int i = 0; i < n; i++) {
      if (y[i] < 3) {
        counts[y[i]] += weight[i];
        related3 += weight[i];
      }
    }
    double[] classWeight = new double[3];
    for (int k = 0; k < 3; k++) {
      classWeight[k] = counts[k] == 0 ? 0 : StrictMath.pow(related3 / (3.0 * counts[k]), POWER);
    }
    double[][] v = new double[3][d + 1];
    for (int step = 0; step < STEPS; step++) {
      double[][] grad = new double[3][d + 1];
      for (int i = 0; i < n; i++) {
        if (y[i] >= 3) {
          continue;
        }
        double[] s = new double[3];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 3; k++) {
          s[k] = v[k][d];
          for (int j = 0; j < d; j++) {
            s[k] += v[k][j] * z[i][j];
          }
          max = Math.max(max, s[k]);
        }
        double sum = 0;
        for (int k = 0; k < 3; k++) {
          s[k] = StrictMath.exp(s[k] - max);
          sum += s[k];
        }
        double cw = classWeight[y[i]] * weight[i] / Math.max(1, related3);
        for (int k = 0; k < 3; k++) {
          double g = (s[k] / sum - (y[i] == k ? 1 : 0)) * cw;
          for (int j = 0; j < d; j++) {
            grad[k][j] += g * z[i][j];
          }
          grad[k][d] += g;
        }
      }
      for (int k = 0; k < 3; k++) {
        for (int j = 0; j < d; j++) {
          v[k][j] -= RATE * (grad[k][j] + L2 * v[k][j]);
        }
        v[k][d] -= RATE * grad[k][d];
      }
    }
    // the rare DISAGREE: shift its score by the value that maximises macro-F1 on the training
    // pairs, one shift for long documents and one for short ones (a decision threshold per
    // register), applied through the bias and the weight of the 0/1 feature "short"
    int h = StanceFeatures.NAMES.indexOf("short");
    boolean[] isShort = new boolean[n];
    int shortRows = 0;
    for (int i = 0; i < n; i++) {
      isShort[i] = x[i][h] > 0.5;
      shortRows += isShort[i] ? 1 : 0;
    }
    double longShift = shortRows == n ? 0 : bestShift(z, y, weight, w, v, isShort, false);
    double shortShift = shortRows == 0 ? longShift : bestShift(z, y, weight, w, v, isShort, true);
    if (shortRows == n) {
      longShift = shortShift;
    }
    double delta = shortShift - longShift;
    v[1][d] += longShift + delta * mean[h];
    v[1][h] += delta * scale[h];
    StanceModel.Linear[] stance = new StanceModel.Linear[3];
    for (int k = 0; k < 3; k++) {
      stance[k] = new StanceModel.Linear(v[k][d], java.util.Arrays.copyOf(v[k], d));
    }
    return new StanceModel(mean, scale, related, stance, provenance);
  }

  /**
   * The multiple of 1/8 in [-1, 2] (the smallest of equals) that, added to DISAGREE's score,
   * maximises macro-F1 over the rows whose {@code isShort} is {@code register}; 0 without rows.
   */
  private static double bestShift(double[][] z, int[] y, double[] weight, double[] w,
      double[][] v, boolean[] isShort, boolean register) {
    double bestShift = 0;
    double bestF1 = -1;
    for (int step = -8; step <= 16; step++) {
      double shift = step * 0.125;
      double f1 = macroF1(z, y, weight, w, v, shift, isShort, register);
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        bestShift = shift;
      }
    }
    return bestShift;
  }

  /**
   * Macro-F1 over the four stances of the two-stage model with DISAGREE's score shifted, over the
   * rows of one register.
   */
  private static double macroF1(double[][] z, int[] y, double[] weight, double[] w, double[][] v,
      double shift, boolean[] isShort, boolean register) {
    int d = w.length - 1;
    double[][] confusion = new double[4][4];
    for (int i = 0; i < z.length; i++) {
      if (isShort[i] != register) {
        continue;
      }
      double s = w[d];
      for (int j = 0; j < d; j++) {
        s += w[j] * z[i][j];
      }
      double pRelated = 1 / (1 + StrictMath.exp(-s));
      int predicted = Stance.UNRELATED.ordinal();
      double best = 1 - pRelated;
      double[] scores = new double[3];
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < 3; k++) {
        scores[k] = v[k][d] + (k == 1 ? shift : 0);
        for (int j = 0; j < d; j++) {
          scores[k] += v[k][j] * z[i][j];
        }
        max = Math.max(max, scores[k]);
      }
      double sum = 0;
      for (int k = 0; k < 3; k++) {
        sum += StrictMath.exp(scores[k] - max);
      }
      for (int k = 0; k < 3; k++) {
        double p = pRelated * StrictMath.exp(scores[k] - max) / sum;
        if (p > best) {
          best = p;
          predicted = k;
        }
      }
      confusion[y[i]][predicted] += weight[i];
    }
    double total = 0;
    for (int k = 0; k < 4; k++) {
      double gold = 0;
      double pred = 0;
      for (int j = 0; j < 4; j++) {
        gold += confusion[k][j];
        pred += confusion[j][k];
      }
      total += gold + pred == 0 ? 0 : 2.0 * confusion[k][k] / (gold + pred);
    }
    return total / 4;
  }
}
