package org.corroborate.impl.match;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.news.ClaimSimilarity;

/**
 * A similarity read against its corpus's background: {@code max(0, (s - b) / (1 - b))}, where
 * {@code b} is a high quantile of the similarity over pairs of the corpus's texts (all pairs up to
 * {@value #PAIRS}, else that many drawn with a fixed seed, so the same corpus gives the same
 * {@code b}). In a corpus on one topic, where every sentence names Iraq, Syria and ISIS, two
 * texts are more alike by chance than two headlines of a mixed feed, for character n-grams and
 * sentence embeddings alike; only what rises above that counts as saying the same thing. Equal
 * texts still score 1, and {@code b} is capped at .5 so that a corpus of near-copies keeps its
 * pairs.
 */
final class AboveBackground implements ClaimSimilarity.Scorer {
  /** Most pairs sampled to estimate the background. */
  static final int PAIRS = 20_000;
  /** The largest background subtracted. */
  static final double MAX_BACKGROUND = 0.5;

  private final ClaimSimilarity.Scorer raw;
  private final double quantile;
  private final double background;

  private AboveBackground(ClaimSimilarity.Scorer raw, double quantile, double background) {
    this.raw = raw;
    this.quantile = quantile;
    this.background = background;
  }

  /**
   * {@code raw} read above the {@code quantile} of its scores over the corpus's pairs; {@code raw}
   * itself when the quantile is 0.
   */
  static ClaimSimilarity.Scorer of(ClaimSimilarity.Scorer raw, double quantile) {
    if (!(quantile >= 0 && quantile < 1)) {
      throw new IllegalArgumentException("quantile must be in [0, 1), was " + quantile);
    }
    if (quantile == 0) {
      return raw;
    }
    return new AboveBackground(raw, quantile, background(raw, quantile));
  }

  private static double background(ClaimSimilarity.Scorer raw, double q) {
    int n = raw.size();
    long all = (long) n * (n - 1) / 2;
    if (all == 0) {
      return 0.0;
    }
    int count = (int) Math.min(all, PAIRS);
    double[] sample = new double[count];
    if (all <= PAIRS) {
      int k = 0;
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          sample[k++] = raw.score(a, b);
        }
      }
    } else {
      SplittableRandom random = new SplittableRandom(0x5eedc0ffeeL);
      for (int k = 0; k < count; k++) {
        int a = random.nextInt(n);
        int b = random.nextInt(n - 1);
        sample[k] = raw.score(a, b >= a ? b + 1 : b);
      }
    }
    Arrays.sort(sample);
    return Math.min(sample[(int) Math.floor(q * (count - 1))], MAX_BACKGROUND);
  }

  /** Returns the background {@code b} of this corpus. */
  double background() {
    return background;
  }

  @Override
  public int size() {
    return raw.size();
  }

  @Override
  public double score(int a, int b) {
    double s = raw.score(a, b);
    return s <= background ? 0.0 : Math.min(1.0, (s - background) / (1.0 - background));
  }

  @Override
  public Explanation explain(int a, int b) {
    double score = score(a, b);
    return Explanation.of(score, "similarity above the corpus background b: max(0, (s - b) / (1 - b))",
        Combination.FORMULA, List.of(raw.explain(a, b), Explanation.leaf(background,
            "b, the " + quantile + " quantile of the similarity over the corpus's pairs")));
  }

  @Override
  public String toString() {
    return "AboveBackground[b " + background + " of " + raw + "]";
  }
}
