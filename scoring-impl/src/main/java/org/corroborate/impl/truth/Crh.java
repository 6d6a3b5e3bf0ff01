package org.corroborate.impl.truth;

import java.util.List;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ParameterInfo;

/**
 * CRH, Conflict Resolution on Heterogeneous data (Li, Li, Gao, Su, Zhao, Fan and Han, "Resolving
 * Conflicts in Heterogeneous Data by Truth Discovery and Source Reliability Estimation", SIGMOD
 * 2014).
 *
 * <p>Minimises {@code sum_k w_k sum_i sum_m d_m(v_im*, v_im^k)} subject to {@code sum_k exp(-w_k)
 * = 1} (the regularised problem of section 2.2, eq. 2 and 3), whose weight update is eq. 5:
 * {@code w_k = -log(sum_i sum_m d_m(v*, v^k) / sum_k' sum_i sum_m d_m(v*, v^k'))}. Truth updates
 * (section 2.3): weighted vote for categorical data under the 0-1 loss (eq. 7 and 8); weighted
 * median under the normalised absolute deviation (eq. 13 and 14, the default) or weighted mean
 * under the normalised squared loss (eq. 10 and 11, {@code squared-loss = 1}), both normalised by
 * the standard deviation of the item's observations. The loop, the heterogeneous data model and
 * the mapping to reported scores are {@link LossWeighted}'s.
 *
 * <p>Interpretations. A source whose loss is 0 would get an infinite weight; the paper does not
 * say what to do, so {@code smoothing} (default 0.01, a hundredth of one categorical error) is
 * added to every source's loss before the share is taken: {@code w_k = -log((L_k + smoothing) /
 * sum_k' (L_k' + smoothing))}. With a single source the share is 1 and the weight 0, so trust
 * is 1 and the truths are the source's values. Items are continuous when all their values are numbers (same
 * unit) or all are dates or times ({@link HeterogeneousData}).
 */
final class Crh extends LossWeighted {

  Crh() {
    super(new AlgorithmInfo(
        "crh",
        "CRH",
        "Li, Li, Gao, Su, Zhao, Fan and Han, 'Resolving Conflicts in Heterogeneous Data by Truth "
            + "Discovery and Source Reliability Estimation', SIGMOD 2014, eq. 2-14",
        100,
        1e-6,
        List.of(
            new ParameterInfo("smoothing", 0.01, 1e-9, 1e6,
                "added to each source's total loss so that a source that never errs gets a "
                    + "finite weight"),
            new ParameterInfo("squared-loss", 0.0, 0.0, 1.0,
                "1: normalised squared loss and weighted-mean truths for continuous items; "
                    + "0: normalised absolute deviation and weighted-median truths (values "
                    + "from 0.5 on count as 1)")),
        true));
  }

  @Override
  double sourceFactor(Settings settings, int claims) {
    return 1.0;
  }

  @Override
  double weight(double factor, double loss, double totalLoss) {
    return Formulas.crhWeight(loss, totalLoss);
  }

  @Override
  Explanation explainWeight(
      Settings settings, ClaimGraph graph, int source, Explanation loss, double totalLoss,
      double weight) {
    return Explanation.of(
        weight,
        "w = -log((L + smoothing) / sum over all sources of (L + smoothing)) (CRH eq. 5)",
        Combination.FORMULA,
        List.of(
            loss,
            Explain.parameter(settings.parameter("smoothing"), "smoothing"),
            Explain.count(totalLoss, "sum over all sources of (L + smoothing)")));
  }
}
