package org.corroborate.impl.truth;

import java.util.List;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ProgressListener;

/**
 * The optimisation framework shared by CRH and CATD (Li et al., SIGMOD 2014, section 2.2, and
 * VLDB 2015, section 3): alternate between truths that minimise the weighted loss given source
 * weights, and source weights computed from each source's total loss against those truths. The
 * subclasses differ only in the weight formula ({@link #weight}) and their defaults.
 *
 * <p>Data are heterogeneous ({@link HeterogeneousData}): on a categorical item the loss is 0-1
 * (the claim is or is not the truth) and the truth is the weighted vote, the claim with the largest
 * sum of its sources' weights; on a continuous item the loss is the normalised absolute deviation
 * {@code |x - x*| / sd} (truth: the weighted median) or the normalised squared deviation {@code (x
 * - x*)^2 / sd^2} (truth: the weighted mean), {@code sd} being the standard deviation of the item's
 * observations. An item whose observations all agree ({@code sd = 0}) gives every source loss 0.
 * Numbers near the largest double are scaled per item by a power of two, which leaves every loss
 * exact and keeps means and deviations finite ({@link HeterogeneousData}).
 *
 * <p>Run: source weights start at 1 (or the source's prior); the first truths are the weighted
 * vote and the weighted median. Each iteration computes the claims' losses against the current
 * truths, the weights from them, then new truths from the new weights, and stops when no reported
 * trust moves by more than the tolerance. Ties in a vote go to the claim with more sources, then to
 * the larger summed trust of its sources, then to the smaller seeded tie key ({@link
 * ClaimGraph#compareTied}; the engine's choice rule); the weighted median is the lower one (the first
 * value, in ascending order, at which the cumulative weight reaches half the total). An item all
 * of whose sources have weight 0 is resolved with equal weights.
 *
 * <p>Reported numbers. A source's trust is its weight divided by the largest weight (1 for every
 * source when all weights are 0, as with a single source under CRH). A categorical claim's
 * confidence is its weighted vote share: the weights of its sources over the weights of all the
 * item's observations. <b>A continuous truth may be a number no source stated</b> (a weighted
 * mean always can be); since a result chooses among the claimed values, a continuous claim's
 * confidence is its closeness to the estimated truth {@code x*}, {@code exp(-|x - x*| / sd)} (1
 * when {@code sd = 0}), so the claim nearest {@code x*} is the one chosen, and every claim's
 * explanation states {@code x*}. With the weighted median {@code x*} is itself a claimed value.
 */
abstract class LossWeighted extends Algorithm {

  LossWeighted(AlgorithmInfo info) {
    super(info);
  }

  /**
   * The part of a source's weight that depends only on its number of claims, computed once per
   * source before the iterations (1 for CRH, the chi-squared quantile for CATD).
   */
  abstract double sourceFactor(Settings settings, int claims);

  /** The raw weight of a source with factor {@code factor} and smoothed loss {@code loss}. */
  abstract double weight(double factor, double loss, double totalLoss);

  /** The explanation of {@link #weight} for source s. */
  abstract Explanation explainWeight(
      Settings settings, ClaimGraph graph, int source, Explanation loss, double totalLoss,
      double weight);

  @Override
  public final Outcome run(ClaimGraph graph, Settings settings, ProgressListener progress) {
    State st = new State(graph, settings, HeterogeneousData.of(graph));
    Convergence convergence = iterate(settings, progress, iteration -> st.step());
    return new ArrayOutcome(convergence, st.confidence, st.trust) {

      @Override
      public Explanation explainClaim(int claim) {
        return st.explainClaim(claim);
      }

      @Override
      public Explanation explainSource(int source) {
        return st.explainSource(source);
      }
    };
  }

  /** The state of one run. */
  private final class State {
    final ClaimGraph graph;
    final Settings settings;
    final HeterogeneousData data;
    final boolean squared;
    final double smoothing;
    final double[] weight;
    final double[] factor;
    final double[] trust;
    final double[] previousTrust;
    final double[] claimWeight;
    final double[] itemWeight;
    final double[] claimLoss;
    final double[] sourceLoss;
    final double[] confidence;
    /** Truth of item i: the chosen claim (categorical) or the estimated number (continuous). */
    final int[] truthClaim;
    final double[] truthNumber;
    double totalLoss;
    double maxWeight;

    State(ClaimGraph graph, Settings settings, HeterogeneousData data) {
      this.graph = graph;
      this.settings = settings;
      this.data = data;
      this.squared = settings.parameter("squared-loss") >= 0.5;
      this.smoothing = settings.parameter("smoothing");
      weight = new double[graph.sourceCount];
      trust = new double[graph.sourceCount];
      previousTrust = new double[graph.sourceCount];
      claimWeight = new double[graph.claimCount];
      itemWeight = new double[graph.itemCount];
      claimLoss = new double[graph.claimCount];
      sourceLoss = new double[graph.sourceCount];
      confidence = new double[graph.claimCount];
      truthClaim = new int[graph.itemCount];
      truthNumber = new double[graph.itemCount];
      factor = new double[graph.sourceCount];
      int previousClaims = -1;
      for (int s = 0; s < graph.sourceCount; s++) {
        weight[s] = settings.prior(s, 1.0);
        int claims = graph.sourceDegree(s);
        factor[s] = claims == previousClaims ? factor[s - 1] : sourceFactor(settings, claims);
        previousClaims = claims;
      }
      maxWeight = scale();
      truths(false);
    }

    /** Trust = weight / largest weight, or 1 everywhere when no weight is positive. */
    double scale() {
      double max = 0.0;
      for (double w : weight) {
        max = Math.max(max, w);
      }
      for (int s = 0; s < weight.length; s++) {
        trust[s] = Formulas.lossWeightedTrust(weight[s], max);
      }
      return max;
    }

    double step() {
      // losses of every claim against the current truths, summed per source
      Parallel parallel = settings.parallel();
      parallel.rows(graph.itemCount, (fromItem, toItem) -> {
        for (int i = fromItem; i < toItem; i++) {
          double sd = data.deviation[i];
          for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
            double loss;
            if (!data.continuous[i]) {
              loss = c == truthClaim[i] ? 0.0 : 1.0;
            } else if (sd == 0.0) {
              loss = 0.0;
            } else {
              double d = (data.number[c] - truthNumber[i]) / sd;
              loss = squared ? d * d : Math.abs(d);
            }
            claimLoss[c] = loss;
          }
        }
      });
      parallel.rows(graph.sourceCount, graph.sourceClaimStart, (from, to) -> {
        for (int s = from; s < to; s++) {
          double sum = 0.0;
          for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
            sum += claimLoss[graph.sourceClaims[e]];
          }
          sourceLoss[s] = sum;
        }
      });
      double total = 0.0;
      for (int s = 0; s < graph.sourceCount; s++) {
        total += sourceLoss[s] + smoothing;
      }
      totalLoss = total;
      for (int s = 0; s < graph.sourceCount; s++) {
        weight[s] = weight(factor[s], sourceLoss[s] + smoothing, total);
      }
      System.arraycopy(trust, 0, previousTrust, 0, trust.length);
      maxWeight = scale();
      truths(squared);
      return Vectors.maxAbsDifference(trust, previousTrust);
    }

    /** Truths and confidences from the current trusts (weights scaled to a maximum of 1). */
    void truths(boolean mean) {
      settings.parallel().rows(graph.claimCount, (fromClaim, toClaim) ->
          RowSums.sums(graph.claimSourceStart, graph.claimSources, graph.claimSourceMarks, trust,
              claimWeight, fromClaim, toClaim));
      settings.parallel().rows(graph.itemCount, (from, to) -> truths(mean, from, to));
    }

    private void truths(boolean mean, int fromItem, int toItem) {
      for (int i = fromItem; i < toItem; i++) {
        int from = graph.itemClaimStart[i];
        int to = graph.itemClaimStart[i + 1];
        double total = 0.0;
        for (int c = from; c < to; c++) {
          total += claimWeight[c];
        }
        itemWeight[i] = total;
        if (data.continuous[i]) {
          truthNumber[i] = mean ? weightedMean(from, to, total) : weightedMedian(from, to, total);
          for (int c = from; c < to; c++) {
            confidence[c] = closeness(c, i);
          }
          truthClaim[i] = -1;
        } else {
          int best = from;
          confidence[from] = voteShare(from, i);
          // from the second claim on, as the first compared with itself would only tie
          for (int c = from + 1; c < to; c++) {
            confidence[c] = voteShare(c, i);
            double w = vote(c, i);
            double b = vote(best, i);
            if (w > b
                || (w == b && graph.compareTied(c, best, s -> trust[s], settings.seed()) < 0)) {
              best = c;
            }
          }
          truthClaim[i] = best;
        }
      }
    }

    /** The claim's weight in a vote: its sources' weights, or its source count if all are 0. */
    double vote(int c, int i) {
      return Formulas.lossWeightedVote(claimWeight[c], itemWeight[i], graph.claimDegree(c));
    }

    double voteTotal(int i) {
      return Formulas.lossWeightedVoteTotal(itemWeight[i],
          graph.claimSourceStart[graph.itemClaimStart[i + 1]]
              - graph.claimSourceStart[graph.itemClaimStart[i]]);
    }

    double voteShare(int c, int i) {
      return Formulas.lossWeightedShare(vote(c, i), voteTotal(i));
    }

    double closeness(int c, int i) {
      double sd = data.deviation[i];
      return sd == 0.0 ? 1.0 : Math.exp(-Math.abs(data.number[c] - truthNumber[i]) / sd);
    }

    double weightedMedian(int from, int to, double total) {
      boolean equal = total <= 0.0;
      double half = (equal ? graph.claimSourceStart[to] - graph.claimSourceStart[from] : total)
          / 2.0;
      double cumulative = 0.0;
      for (int k = from; k < to; k++) {
        int c = data.order[k];
        cumulative += equal ? graph.claimDegree(c) : claimWeight[c];
        if (cumulative >= half) {
          return data.number[c];
        }
      }
      return data.number[data.order[to - 1]];
    }

    double weightedMean(int from, int to, double total) {
      boolean equal = total <= 0.0;
      double sum = 0.0;
      double weights = 0.0;
      for (int c = from; c < to; c++) {
        double w = equal ? graph.claimDegree(c) : claimWeight[c];
        sum += w * data.number[c];
        weights += w;
      }
      return sum / weights;
    }

    Explanation explainClaim(int claim) {
      int item = graph.claimItem[claim];
      if (data.continuous[item]) {
        String how = squared ? "weighted mean" : "weighted median";
        double truth = data.unscaled(item, truthNumber[item]);
        return Explanation.of(
            closeness(claim, item),
            "exp(-|x - x*| / sd): closeness of the claim to the estimated truth x* = "
                + Explain.number(truth) + " (" + how + " of the item's observations, "
                + "weighted by source trust); the claim nearest x* is chosen",
            Combination.FORMULA,
            List.of(
                Explanation.leaf(truth, "estimated truth x* (" + how + ")"),
                Explanation.leaf(data.unscaled(item, data.number[claim]), "the claim's value x"),
                Explanation.leaf(data.unscaled(item, data.deviation[item]),
                    "sd, standard deviation of the item's observations")));
      }
      if (itemWeight[item] > 0.0) {
        return Explanation.of(
            voteShare(claim, item),
            "weighted vote share = trust of the sources asserting the value / trust of all the "
                + "item's observations",
            Combination.FORMULA,
            List.of(
                Explanation.sum("trust of the sources asserting the value",
                    Explain.claimSources(graph, claim, s -> trust[s], "trust")),
                Explain.count(itemWeight[item], "trust of all observations of item "
                    + graph.itemId(item))));
      }
      return Explanation.of(
          voteShare(claim, item),
          "vote share (every source of the item has weight 0, so each counts equally)",
          Combination.FORMULA,
          List.of(
              Explain.count(graph.claimDegree(claim), "sources asserting the value"),
              Explain.count(voteTotal(item), "observations of item " + graph.itemId(item))));
    }

    Explanation explainSource(int source) {
      Explanation loss = Explanation.sum("total loss of the source's claims against the truths",
          Explain.sourceClaims(graph, source, c -> claimLoss[c], "loss"));
      if (maxWeight <= 0.0) {
        return Explanation.of(1.0,
            "trust 1: no source has a positive weight, so all are trusted alike",
            Combination.FORMULA, List.of(loss));
      }
      Explanation raw = explainWeight(settings, graph, source, loss, totalLoss, weight[source]);
      return Explanation.of(
          trust[source],
          "trust = weight / largest weight over all sources",
          Combination.FORMULA,
          List.of(raw, Explain.count(maxWeight, "largest weight over all sources")));
    }
  }
}
