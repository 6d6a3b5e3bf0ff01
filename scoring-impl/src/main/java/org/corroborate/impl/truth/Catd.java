package org.corroborate.impl.truth;

import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ParameterInfo;

/**
 * CATD, Confidence-Aware Truth Discovery (Li, Li, Gao, Su, Zhao, Fan and Han, "A Confidence-Aware
 * Approach for Truth Discovery on Long-Tail Data", PVLDB 8(4), 2015, section 3).
 *
 * <p>A source's error is modelled as {@code N(0, sigma_s^2)}; the weight is the inverse of the
 * upper bound of the {@code (1 - alpha)} confidence interval of {@code sigma_s^2} (eq. 7-9):
 * {@code w_s = chi2(alpha / 2, |N_s|) / sum_{n in N_s} (x_n^s - x_n*)^2}, where {@code chi2(alpha
 * / 2, |N_s|)} is the {@code alpha / 2} quantile of the chi-squared distribution with as many
 * degrees of freedom as the source has claims ({@code alpha = 0.05}, the paper's setting). A
 * source with few claims gets a small quantile and so less weight than its few errors alone would
 * earn (the long-tail correction). Truths are the weighted mean (eq. 10), so the default loss is
 * the squared deviation, divided by the item's variance so that items on different scales are
 * comparable.
 *
 * <p>Interpretations. The paper states CATD for continuous data and notes that categorical data
 * can be handled with a 0-1 loss; categorical items here use the 0-1 loss and the weighted vote,
 * as in CRH ({@link LossWeighted} describes the shared heterogeneous model and the reported
 * scores). {@code smoothing} (default 0.01) is added to each source's loss, as in {@link Crh},
 * so that a source without errors gets a finite weight. The first truths are the weighted vote and
 * the weighted median with the starting weights, 1 or the sources' priors (a robust start; the
 * paper starts from a simple aggregate).
 */
final class Catd extends LossWeighted {

  Catd() {
    super(new AlgorithmInfo(
        "catd",
        "CATD",
        "Li, Li, Gao, Su, Zhao, Fan and Han, 'A Confidence-Aware Approach for Truth Discovery on "
            + "Long-Tail Data', PVLDB 8(4) 2015, eq. 7-10",
        100,
        1e-6,
        List.of(
            new ParameterInfo("alpha", 0.05, 1e-6, 0.999,
                "significance level of the confidence interval of each source's error variance"),
            new ParameterInfo("smoothing", 0.01, 1e-9, 1e6,
                "added to each source's total loss so that a source that never errs gets a "
                    + "finite weight"),
            new ParameterInfo("squared-loss", 1.0, 0.0, 1.0,
                "1: normalised squared loss and weighted-mean truths for continuous items (the "
                    + "paper's); 0: normalised absolute deviation and weighted-median truths "
                    + "(values below 0.5 count as 0)")),
        true));
  }

  static double quantile(double alpha, int claims) {
    return ChiSquaredDistribution.of(claims).inverseCumulativeProbability(alpha / 2.0);
  }

  @Override
  double sourceFactor(Settings settings, int claims) {
    return quantile(settings.parameter("alpha"), claims);
  }

  @Override
  double weight(double factor, double loss, double totalLoss) {
    return factor / loss;
  }

  @Override
  Explanation explainWeight(
      Settings settings, ClaimGraph graph, int source, Explanation loss, double totalLoss,
      double weight) {
    double alpha = settings.parameter("alpha");
    int claims = graph.sourceDegree(source);
    return Explanation.of(
        weight,
        "w = chi2(alpha / 2, claims) / (L + smoothing) (CATD eq. 9)",
        Combination.FORMULA,
        List.of(
            Explain.count(quantile(alpha, claims), "chi2(alpha / 2, " + claims
                + "), the alpha / 2 quantile of the chi-squared distribution with " + claims
                + " degrees of freedom"),
            loss,
            Explain.parameter(settings.parameter("smoothing"), "smoothing"),
            Explain.parameter(alpha, "alpha")));
  }
}
