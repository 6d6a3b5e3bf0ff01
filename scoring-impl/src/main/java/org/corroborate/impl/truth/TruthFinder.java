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
  public Outcome run(ClaimGraph graph, Settings settings, ProgressListener progress) {
    double rho = settings.parameter("rho");
    double gamma = settings.parameter("gamma");
    double base = settings.parameter("base-sim");
    double t0 = settings.parameter("initial-trust");
    State state = new State(graph, Implications.compute(graph, settings.similarity()));
    double[] trust = state.trust;
    double[] previousTrust = state.previousTrust;
    double[] tau = state.tau;
    double[] sigma = state.sigma;
    double[] itemSigma = state.itemSigma;
    double[] supported = state.supported;
    double[] adjusted = state.adjusted;
    double[] confidence = state.confidence;
    Implications implications = state.implications;
    for (int s = 0; s < graph.sourceCount; s++) {
      trust[s] = settings.prior(s, t0);
    }
    Convergence convergence = iterate(settings, progress, iteration -> {
      System.arraycopy(trust, 0, previousTrust, 0, trust.length);
      for (int s = 0; s < graph.sourceCount; s++) {
        tau[s] = tau(previousTrust[s]);
      }
      settings.parallel().rows(graph.claimCount, (from, to) -> {
        RowSums.sums(graph.claimSourceStart, graph.claimSources, graph.claimSourceMarks, tau,
            sigma, from, to);
      });
      settings.parallel().rows(graph.itemCount, (fromItem, toItem) -> {
        for (int i = fromItem; i < toItem; i++) {
          int first = graph.itemClaimStart[i];
          int end = graph.itemClaimStart[i + 1];
          double total = 0.0;
          for (int c = first; c < end; c++) {
            total += sigma[c];
          }
          itemSigma[i] = total;
          for (int c = first; c < end; c++) {
            double support = 0.0;
            for (int k = implications.start[c]; k < implications.start[c + 1]; k++) {
              support += sigma[implications.from[k]] * implications.support[k];
            }
            supported[c] = support;
            adjusted[c] = Formulas.truthFinderAdjusted(sigma[c], support, total, rho, base);
            confidence[c] = logistic(gamma, adjusted[c]);
          }
        }
      });
      settings.parallel().rows(graph.sourceCount, graph.sourceClaimStart, (from, to) -> {
        for (int s = from; s < to; s++) {
          double sum = 0.0;
          for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
            sum += confidence[graph.sourceClaims[e]];
          }
          trust[s] = sum / (graph.sourceClaimStart[s + 1] - graph.sourceClaimStart[s]);
        }
      });
      return Vectors.cosineDistance(previousTrust, trust);
    });
    return state.outcome(convergence, rho, gamma, base);
  }

  /**
   * Every number of the last iteration, kept so that the explanations read the very doubles the
   * run computed: each explanation node's value is either one of these entries or the same
   * operation on them as in the iteration, and each tree's root is the reported number itself.
   */
  private static final class State {
    final ClaimGraph graph;
    final Implications implications;
    /** t(w) at the end of the last iteration: the reported trust. */
    final double[] trust;
    /** t(w) going into the last iteration, from which its tau was computed. */
    final double[] previousTrust;
    /** tau(w) = -ln(1 - t(w)) of the previous trust. */
    final double[] tau;
    /** sigma(f), the sum of tau over the claim's sources. */
    final double[] sigma;
    /** Sum of sigma over all the claims of each item. */
    final double[] itemSigma;
    /** Sum of sigma(f') * support(f' -> f) over the claims f' that support f. */
    final double[] supported;
    /** sigma*(f), the adjusted confidence score. */
    final double[] adjusted;
    /** s(f), the dampened logistic of sigma*(f): the reported confidence. */
    final double[] confidence;

    State(ClaimGraph graph, Implications implications) {
      this.graph = graph;
      this.implications = implications;
      trust = new double[graph.sourceCount];
      previousTrust = new double[graph.sourceCount];
      tau = new double[graph.sourceCount];
      sigma = new double[graph.claimCount];
      itemSigma = new double[graph.itemCount];
      supported = new double[graph.claimCount];
      adjusted = new double[graph.claimCount];
      confidence = new double[graph.claimCount];
    }

    Outcome outcome(Convergence convergence, double rho, double gamma, double base) {
      return new ArrayOutcome(convergence, confidence, trust) {

        @Override
        public Explanation explainClaim(int claim) {
          return State.this.explainClaim(claim, rho, gamma, base);
        }

        @Override
        public Explanation explainSource(int source) {
          return State.this.explainSource(source);
        }
      };
    }

    /**
     * s(f) from sigma*(f); sigma*(f) is eq. 6 with {@code imp(f' -> f) = support(f' -> f) -
     * base-sim} split the way the iteration sums it: {@code sigma(f) + rho * (sum of sigma(f') *
     * support(f' -> f) + (-base-sim) * (sum of sigma over the item - sigma(f)))}.
     */
    Explanation explainClaim(int claim, double rho, double gamma, double base) {
      int item = graph.claimItem[claim];
      List<Explanation> supports = new ArrayList<>();
      for (int k = implications.start[claim]; k < implications.start[claim + 1]; k++) {
        int other = implications.from[k];
        supports.add(Explanation.product(
            "sigma(f') * support(f' -> f), f' = " + Explain.describe(graph, other),
            List.of(
                Explanation.leaf(sigma[other], "sigma(f')"),
                Explanation.leaf(implications.support[k], "support(f' -> f)"))));
      }
      List<Explanation> itemClaims = new ArrayList<>();
      for (int c = graph.itemClaimStart[item]; c < graph.itemClaimStart[item + 1]; c++) {
        itemClaims.add(Explanation.leaf(sigma[c], "sigma of " + Explain.describe(graph, c)));
      }
      Explanation others = Explanation.sum(
          "sum of sigma(f') over the item's other claims",
          List.of(
              Explanation.of(itemSigma[item], "sum of sigma over all the item's claims",
                  Combination.SUM, itemClaims),
              Explanation.leaf(-sigma[claim], "minus sigma(f) of the claim itself")));
      Explanation related = Explanation.sum(
          "sum of sigma(f') * imp(f' -> f) over the item's other claims, imp = support - base-sim",
          List.of(
              Explanation.of(supported[claim],
                  "sum of sigma(f') * support(f' -> f) over the claims f' that support f",
                  Combination.SUM, supports),
              Explanation.product("-base-sim * sum of sigma(f') over the item's other claims",
                  List.of(Explain.parameter(-base, "-base-sim"), others))));
      Explanation influence = Explanation.product(
          "rho * influence of the item's other claims",
          List.of(Explain.parameter(rho, "rho"), related));
      Explanation adjustedScore = Explanation.of(
          adjusted[claim],
          "sigma*(f) = sigma(f) + rho * sum of sigma(f') * imp(f' -> f) (eq. 6)",
          Combination.SUM,
          List.of(confidenceScore(claim), influence));
      return Explanation.of(
          confidence[claim],
          "s(f) = 1 / (1 + exp(-gamma * sigma*(f))) (eq. 8)",
          Combination.FORMULA,
          List.of(adjustedScore, Explain.parameter(gamma, "gamma")));
    }

    /** sigma(f) = sum of tau(w) over the claim's sources (eq. 5). */
    private Explanation confidenceScore(int claim) {
      List<Explanation> taus = new ArrayList<>(graph.claimDegree(claim));
      for (int e = graph.claimSourceStart[claim]; e < graph.claimSourceStart[claim + 1]; e++) {
        int s = graph.claimSources[e];
        taus.add(Explanation.of(
            tau[s],
            "tau(w) = -ln(1 - t(w)) of source " + graph.sourceId(s)
                + " (eq. 3; t(w) at most 1 - 1e-9)",
            Combination.FORMULA,
            List.of(Explanation.leaf(previousTrust[s],
                "t(w) of source " + graph.sourceId(s) + " before the last iteration"))));
      }
      return Explanation.of(sigma[claim],
          "sigma(f) = sum of tau(w) over the sources asserting it (eq. 5)", Combination.SUM, taus);
    }

    /** t(w) = the average of s(f) over the source's claims (eq. 1). */
    Explanation explainSource(int source) {
      Explanation sum = Explanation.sum("sum of the confidence of the source's claims",
          Explain.sourceClaims(graph, source, c -> confidence[c], "confidence"));
      return Explanation.of(
          trust[source],
          "t(w) = average confidence of the source's claims (eq. 1)",
          Combination.FORMULA,
          List.of(sum, Explain.count(graph.sourceDegree(source), "claims made by the source")));
    }
  }

  static double tau(double trust) {
    return Formulas.truthFinderTau(trust);
  }

  static double logistic(double gamma, double score) {
    return Formulas.logistic(gamma, score);
  }
}
