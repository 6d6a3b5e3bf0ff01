package org.corroborate.impl.truth;

import java.util.Arrays;
import java.util.List;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ParameterInfo;
import org.corroborate.truth.ProgressListener;

/**
 * Sums, the Hubs-and-Authorities fact-finder (Kleinberg 1999, as stated by Pasternack and Roth,
 * COLING 2010 and WWW 2013, section 2): {@code T^i(s) = sum_{c in C(s)} B^{i-1}(c)} and {@code
 * B^i(c) = sum_{s in S(c)} T^i(s)}, each vector divided by its maximum after every update, which is
 * the normalisation of the paper and makes both trust and belief fall in [0, 1].
 *
 * <p>Beliefs start uniform ({@code B^0 = 1}). With source priors, {@code B^0(c)} is instead the sum
 * of the priors of the claim's sources (1 for a source without one), scaled to a maximum of 1. The
 * run stops when no belief moves by more than the tolerance, or after 20 iterations (Pasternack and
 * Roth's fixed count). Subclasses change only the trust update ({@link AverageLog}).
 */
class Sums extends Algorithm {

  Sums() {
    this(new AlgorithmInfo(
        "sums",
        "Sums (Hubs and Authorities)",
        "Kleinberg, JACM 1999; as a fact-finder in Pasternack and Roth, COLING 2010 and WWW 2013 "
            + "(T(s) = sum of beliefs of its claims, B(c) = sum of trust of its sources)",
        20,
        1e-6,
        List.<ParameterInfo>of(),
        true));
  }

  Sums(AlgorithmInfo info) {
    super(info);
  }

  /** The raw trust of a source from the sum of its claims' beliefs. */
  double rawTrust(int claimCount, double beliefSum) {
    return Formulas.sumsTrust(claimCount, beliefSum);
  }

  /** Describes {@link #rawTrust} for explanations. */
  String trustFormula() {
    return "trust = sum of the beliefs of the source's claims, divided by the largest such sum";
  }

  @Override
  public final Outcome run(ClaimGraph graph, Settings settings, ProgressListener progress) {
    double[] belief = new double[graph.claimCount];
    double[] previous = new double[graph.claimCount];
    double[] trust = new double[graph.sourceCount];
    double[] max = new double[2]; // [largest raw trust, largest raw belief] of the last iteration
    initialBeliefs(graph, settings, belief);
    Parallel parallel = settings.parallel();
    // per block of claims (Parallel.rows' blocks): the largest raw belief
    double[] blockMax = Vectors.partials(graph.claimCount, 0.0);
    // three passes per iteration, the same numbers as copying the beliefs aside, summing,
    // scaling and comparing one after the other (Vectors.copy, scaleToMax, maxAbsDifference)
    Convergence convergence = iterate(settings, progress, iteration -> {
      // the sources sum the last iteration's beliefs, which the claims' pass below keeps aside
      parallel.rows(graph.sourceCount, graph.sourceClaimStart, (from, to) -> {
        for (int s = from; s < to; s++) {
          double sum = 0.0;
          for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
            sum += belief[graph.sourceClaims[e]];
          }
          trust[s] = rawTrust(graph.sourceClaimStart[s + 1] - graph.sourceClaimStart[s], sum);
        }
      });
      max[0] = Vectors.scaleToMax(trust);
      Arrays.fill(blockMax, 0.0);
      parallel.rows(graph.claimCount, (from, to) -> {
        System.arraycopy(belief, from, previous, from, to - from);
        RowSums.sums(graph.claimSourceStart, graph.claimSources, graph.claimSourceMarks, trust,
            belief, from, to);
        double blockLargest = 0.0;
        for (int c = from; c < to; c++) {
          if (belief[c] > blockLargest) {
            blockLargest = belief[c];
          }
        }
        blockMax[from / Parallel.BLOCK] = blockLargest;
      });
      double largest = Vectors.max(blockMax);
      max[1] = largest;
      return Vectors.scaleAndChange(belief, largest, previous, parallel);
    });
    return new ArrayOutcome(convergence, belief, trust) {

      @Override
      public Explanation explainClaim(int claim) {
        Explanation sum = Explanation.sum(
            "sum of the trust of the sources asserting it",
            Explain.claimSources(graph, claim, s -> trust[s], "trust"));
        return Explanation.of(
            Vectors.scaled(sum.value(), max[1]),
            "belief = sum of the trust of its sources, divided by the largest such sum over all "
                + "claims",
            Combination.FORMULA,
            List.of(sum, Explain.count(max[1], "largest summed belief over all claims")));
      }

      @Override
      public Explanation explainSource(int source) {
        int claims = graph.sourceDegree(source);
        Explanation sum = Explanation.sum(
            "sum of the beliefs (previous iteration) of the source's claims",
            Explain.sourceClaims(graph, source, c -> previous[c], "belief"));
        return Explanation.of(
            Vectors.scaled(rawTrust(claims, sum.value()), max[0]),
            trustFormula(),
            Combination.FORMULA,
            List.of(
                sum,
                Explain.count(claims, "claims made by the source"),
                Explain.count(max[0], "largest raw trust over all sources")));
      }
    };
  }

  private static void initialBeliefs(ClaimGraph graph, Settings settings, double[] belief) {
    if (!settings.anyPrior()) {
      Arrays.fill(belief, 1.0);
      return;
    }
    for (int c = 0; c < graph.claimCount; c++) {
      double sum = 0.0;
      for (int e = graph.claimSourceStart[c]; e < graph.claimSourceStart[c + 1]; e++) {
        sum += settings.prior(graph.claimSources[e], 1.0);
      }
      belief[c] = sum;
    }
    Vectors.scaleToMax(belief);
  }
}
