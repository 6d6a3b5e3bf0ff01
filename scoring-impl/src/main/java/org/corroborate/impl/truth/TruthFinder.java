package org.corroborate.impl.truth;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ParameterInfo;
import org.corroborate.truth.ProgressListener;

/**
 * TruthFinder (Yin, Han and Yu, KDD 2007, section 3).
 *
 * <p>A source's trust {@code t(w)} is the average confidence of its claims (eq. 1); its trust score
 * is {@code tau(w) = -ln(1 - t(w))} (eq. 3). A claim's confidence score is {@code sigma(f) = sum of
 * tau(w)} over its sources (eq. 5), adjusted by the other claims of the same item, {@code
 * sigma*(f) = sigma(f) + rho * sum_{f'} sigma(f') * imp(f' -> f)} (eq. 6) with {@code imp(f' -> f)
 * = support(f' -> f) - baseSim} (section 4.1: negative for conflicting claims), and turned into a
 * confidence with the dampened logistic {@code s(f) = 1 / (1 + exp(-gamma * sigma*(f)))} (eq. 8).
 * Trust starts at {@code t0 = 0.9} (or the source's prior); the run stops when the cosine similarity
 * of successive trust vectors changes by less than {@code delta = 0.001%} (section 4).
 *
 * <p>Defaults are the paper's: {@code rho = 0.5}, {@code gamma = 0.3}, {@code baseSim = 0.5}. The
 * implication {@code support(f' -> f)} comes from the comparison (for author lists, the share of
 * {@code f'}'s authors found in {@code f}, as in section 4.1). To keep {@code tau} finite, trust
 * is capped at {@code 1 - 1e-9} when computing it.
 */
final class TruthFinder extends Algorithm {
  static final double MAX_TRUST = 1.0 - 1e-9;

  TruthFinder() {
    super(new AlgorithmInfo(
        "truthfinder",
        "TruthFinder",
        "Yin, Han and Yu, 'Truth Discovery with Multiple Conflicting Information Providers on "
            + "the Web', KDD 2007, equations 1-8",
        100,
        1e-5,
        List.of(
            new ParameterInfo("base-sim", 0.5, 0.0, 1.0,
                "implication threshold: imp(f' -> f) = support(f' -> f) - base-sim"),
            new ParameterInfo("gamma", 0.3, 1e-6, 1.0, "dampening factor of the logistic"),
            new ParameterInfo("initial-trust", 0.9, 0.0, MAX_TRUST,
                "t0, the trust every source starts with (unless it has a prior)"),
            new ParameterInfo("rho", 0.5, 0.0, 1.0, "weight of related claims' scores")),
        true));
  }

  @Override
  Outcome run(ClaimGraph graph, Settings settings, ProgressListener progress) {
    double rho = settings.parameter("rho");
    double gamma = settings.parameter("gamma");
    double base = settings.parameter("base-sim");
    double t0 = settings.parameter("initial-trust");
    Implications implications = Implications.compute(graph, settings.similarity());
    double[] trust = new double[graph.sourceCount];
    double[] previousTrust = new double[graph.sourceCount];
    double[] tau = new double[graph.sourceCount];
    double[] sigma = new double[graph.claimCount];
    double[] confidence = new double[graph.claimCount];
    for (int s = 0; s < graph.sourceCount; s++) {
      trust[s] = settings.prior(s, t0);
    }
    Convergence convergence = iterate(settings, progress, iteration -> {
      System.arraycopy(trust, 0, previousTrust, 0, trust.length);
      for (int s = 0; s < graph.sourceCount; s++) {
        tau[s] = tau(previousTrust[s]);
      }
      for (int c = 0; c < graph.claimCount; c++) {
        double sum = 0.0;
        for (int e = graph.claimSourceStart[c]; e < graph.claimSourceStart[c + 1]; e++) {
          sum += tau[graph.claimSources[e]];
        }
        sigma[c] = sum;
      }
      for (int i = 0; i < graph.itemCount; i++) {
        int first = graph.itemClaimStart[i];
        int end = graph.itemClaimStart[i + 1];
        double total = 0.0;
        for (int c = first; c < end; c++) {
          total += sigma[c];
        }
        for (int c = first; c < end; c++) {
          double supported = 0.0;
          for (int k = implications.start[c]; k < implications.start[c + 1]; k++) {
            supported += sigma[implications.from[k]] * implications.support[k];
          }
          double adjusted = sigma[c] + rho * (supported - base * (total - sigma[c]));
          confidence[c] = logistic(gamma, adjusted);
        }
      }
      for (int s = 0; s < graph.sourceCount; s++) {
        double sum = 0.0;
        for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
          sum += confidence[graph.sourceClaims[e]];
        }
        trust[s] = sum / (graph.sourceClaimStart[s + 1] - graph.sourceClaimStart[s]);
      }
      return Vectors.cosineDistance(previousTrust, trust);
    });
    return new ArrayOutcome(convergence, confidence, trust) {

      @Override
      public Explanation explainClaim(int claim) {
        Explanation own = Explanation.sum(
            "sigma(f) = sum of tau(w) = -ln(1 - t(w)) over the sources asserting it",
            Explain.claimSources(graph, claim, s -> tau[s], "tau"));
        int item = graph.claimItem[claim];
        List<Explanation> related = new ArrayList<>();
        for (int c = graph.itemClaimStart[item]; c < graph.itemClaimStart[item + 1]; c++) {
          if (c == claim) {
            continue;
          }
          double imp = implications.supportOf(c, claim) - base;
          related.add(Explanation.leaf(rho * sigma[c] * imp,
              "rho * sigma(f') * imp(f' -> f) with imp = " + Explain.number(imp) + ", sigma(f') = "
                  + Explain.number(sigma[c]) + ", f' = " + Explain.describe(graph, c)));
        }
        Explanation influence = Explanation.sum(
            "influence of the item's other claims (eq. 6)", related);
        Explanation adjusted = Explanation.sum("sigma*(f), adjusted confidence score",
            List.of(own, influence));
        return Explanation.of(
            logistic(gamma, adjusted.value()),
            "s(f) = 1 / (1 + exp(-gamma * sigma*(f))) (eq. 8)",
            Combination.FORMULA,
            List.of(adjusted, Explain.parameter(gamma, "gamma")));
      }

      @Override
      public Explanation explainSource(int source) {
        Explanation sum = Explanation.sum("sum of the confidence of the source's claims",
            Explain.sourceClaims(graph, source, c -> confidence[c], "confidence"));
        int claims = graph.sourceDegree(source);
        return Explanation.of(
            sum.value() / claims,
            "t(w) = average confidence of the source's claims (eq. 1)",
            Combination.FORMULA,
            List.of(sum, Explain.count(claims, "claims made by the source")));
      }
    };
  }

  static double tau(double trust) {
    return -Math.log1p(-Math.min(trust, MAX_TRUST));
  }

  static double logistic(double gamma, double score) {
    return 1.0 / (1.0 + Math.exp(-gamma * score));
  }
}
