package org.corroborate.impl.truth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ParameterInfo;
import org.corroborate.truth.ProgressListener;

/**
 * Investment and PooledInvestment (Pasternack and Roth, COLING 2010; compared in WWW 2013 with the
 * same growth exponents, g = 1.2 and 1.4).
 *
 * <p>Each source invests its trust equally in its claims and is paid back in proportion to its
 * share of each claim's investment: {@code T^i(s) = sum_{c in C(s)} B^{i-1}(c) * (T^{i-1}(s) /
 * |C(s)|) / sum_{r in S(c)} (T^{i-1}(r) / |C(r)|)}. With {@code H^i(c) = sum_{s in S(c)} T^i(s) /
 * |C(s)|}, Investment sets {@code B^i(c) = G(H^i(c))} and PooledInvestment {@code B^i(c) = H^i(c)
 * * G(H^i(c)) / sum_{d in M(c)} G(H^i(d))} over the claims {@code M(c)} of the same item, with
 * {@code G(x) = x^g}. Trust starts at 1 (or the source's prior) and beliefs at 1.
 *
 * <p>Both vectors are divided by their maximum after each update. Every update is homogeneous in
 * the scale of the previous vectors (the trust ratio cancels, G is a power), so this only rescales
 * all values by one constant per iteration: rankings are those of the paper, and scores land in [0,
 * 1]. Stops when no belief moves by more than the tolerance, or after 20 iterations.
 */
final class Investment extends Algorithm {
  private static final String GROWTH = "g";
  private final boolean pooled;

  Investment(boolean pooled) {
    super(new AlgorithmInfo(
        pooled ? "pooled-investment" : "investment",
        pooled ? "PooledInvestment" : "Investment",
        "Pasternack and Roth, COLING 2010; WWW 2013 section 4 (g = " + (pooled ? "1.4" : "1.2")
            + ")",
        20,
        1e-6,
        List.of(new ParameterInfo(GROWTH, pooled ? 1.4 : 1.2, 1.0, 3.0,
            "growth exponent of G(x) = x^g applied to a claim's invested trust")),
        true));
    this.pooled = pooled;
  }

  @Override
  public Outcome run(ClaimGraph graph, Settings settings, ProgressListener progress) {
    double g = settings.parameter(GROWTH);
    double[] trust = new double[graph.sourceCount];
    double[] previousTrust = new double[graph.sourceCount];
    double[] stake = new double[graph.sourceCount];
    Rounds r = new Rounds(graph.claimCount);
    double[] max = new double[2];
    for (int s = 0; s < graph.sourceCount; s++) {
      trust[s] = settings.prior(s, 1.0);
    }
    Arrays.fill(r.belief, 1.0);
    // H of the trust the first round starts from; every later round starts from the trust the
    // round before ended with, whose H that round has just computed
    investments(graph, settings.parallel(), trust, r.invested);
    Convergence convergence = iterate(settings, progress, iteration -> {
      System.arraycopy(trust, 0, previousTrust, 0, trust.length);
      r.swap();
      double[] belief = r.belief;
      double[] previousBelief = r.previousBelief;
      double[] invested = r.invested;
      Parallel parallel = settings.parallel();
      payBack(graph, previousTrust, previousBelief, r.previousInvested, stake, trust);
      max[0] = Vectors.scaleToMax(trust);
      investments(graph, parallel, trust, invested);
      // the raw beliefs and each block's largest, then (below) their scaling and the change
      double[] blockMax = Vectors.partials(pooled ? graph.itemCount : graph.claimCount, 0.0);
      if (pooled) {
        parallel.rows(graph.itemCount, (from, to) -> {
          double largest = 0.0;
          for (int i = from; i < to; i++) {
            double pool = 0.0;
            for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
              belief[c] = Formulas.investmentBelief(invested[c], g);
              pool += belief[c];
            }
            for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
              belief[c] = Formulas.pooledBelief(invested[c], belief[c], pool);
              if (belief[c] > largest) {
                largest = belief[c];
              }
            }
          }
          blockMax[from / Parallel.BLOCK] = largest;
        });
      } else {
        parallel.rows(graph.claimCount, (from, to) -> {
          double largest = 0.0;
          for (int c = from; c < to; c++) {
            belief[c] = Formulas.investmentBelief(invested[c], g);
            if (belief[c] > largest) {
              largest = belief[c];
            }
          }
          blockMax[from / Parallel.BLOCK] = largest;
        });
      }
      max[1] = Vectors.max(blockMax);
      return Vectors.scaleAndChange(belief, max[1], previousBelief, parallel);
    });
    double[] belief = r.belief;
    double[] previousBelief = r.previousBelief;
    double[] invested = r.invested;
    double[] previousInvested = r.previousInvested;
    return new ArrayOutcome(convergence, belief, trust) {

      @Override
      public Explanation explainClaim(int claim) {
        Explanation h = investment(claim);
        List<Explanation> details = new ArrayList<>();
        details.add(h);
        details.add(Explain.parameter(g, GROWTH));
        double raw = Math.pow(h.value(), g);
        String formula = "belief = H^g / largest belief, H = trust invested in the claim";
        if (pooled) {
          int item = graph.claimItem[claim];
          List<Explanation> pool = new ArrayList<>();
          for (int c = graph.itemClaimStart[item]; c < graph.itemClaimStart[item + 1]; c++) {
            pool.add(Explanation.leaf(Math.pow(invested[c], g), "G(H) of " + Explain.describe(
                graph, c)));
          }
          Explanation poolSum = Explanation.sum("sum of G(H) over the item's claims", pool);
          details.add(poolSum);
          raw = Vectors.ratio(h.value() * raw, poolSum.value());
          formula = "belief = H * H^g / (sum of G(H) over the item's claims) / largest belief, "
              + "H = trust invested in the claim";
        }
        details.add(Explain.count(max[1], "largest raw belief over all claims"));
        return Explanation.of(Vectors.scaled(raw, max[1]), formula, Combination.FORMULA, details);
      }

      private Explanation investment(int claim) {
        List<Explanation> shares = new ArrayList<>();
        for (int e = graph.claimSourceStart[claim]; e < graph.claimSourceStart[claim + 1]; e++) {
          int s = graph.claimSources[e];
          shares.add(Explanation.leaf(trust[s] / graph.sourceDegree(s),
              "trust of source " + graph.sourceId(s) + " / its " + graph.sourceDegree(s)
                  + " claims"));
        }
        return Explanation.sum("H = trust invested in the claim", shares);
      }

      @Override
      public Explanation explainSource(int source) {
        List<Explanation> returns = new ArrayList<>();
        double stake = previousTrust[source] / graph.sourceDegree(source);
        for (int e = graph.sourceClaimStart[source]; e < graph.sourceClaimStart[source + 1];
            e++) {
          int c = graph.sourceClaims[e];
          returns.add(Explanation.leaf(
              previousBelief[c] * Vectors.ratio(stake, previousInvested[c]),
              "belief of " + Explain.describe(graph, c) + " * the source's share "
                  + Explain.number(Vectors.ratio(stake, previousInvested[c]))
                  + " of its investment"));
        }
        Explanation sum = Explanation.sum("returns on the source's investments", returns);
        return Explanation.of(
            Vectors.scaled(sum.value(), max[0]),
            "trust = sum over its claims of belief * (its stake / all stakes in the claim), "
                + "divided by the largest such sum",
            Combination.FORMULA,
            List.of(sum, Explain.count(max[0], "largest raw trust over all sources")));
      }
    };
  }

  /**
   * A run's per-claim arrays: this round's and the last round's beliefs and investments, swapped
   * at the start of each round instead of copied (every entry of the new round's is written).
   */
  private static final class Rounds {
    double[] belief;
    double[] previousBelief;
    double[] invested; // sum over S(c) of T(s)/|C(s)|
    double[] previousInvested;

    Rounds(int claims) {
      belief = new double[claims];
      previousBelief = new double[claims];
      invested = new double[claims];
      previousInvested = new double[claims];
    }

    void swap() {
      double[] b = previousBelief;
      previousBelief = belief;
      belief = b;
      double[] h = previousInvested;
      previousInvested = invested;
      invested = h;
    }
  }

  /**
   * The trust invested in each claim: the sum of its sources' stakes, each source's stake computed
   * once rather than once per claim it asserts.
   */
  private static void investments(ClaimGraph graph, Parallel parallel, double[] trust,
      double[] invested) {
    double[] stake = new double[graph.sourceCount];
    for (int s = 0; s < graph.sourceCount; s++) {
      stake[s] = Formulas.investmentStake(trust[s], graph.sourceDegree(s));
    }
    parallel.rows(graph.claimCount, (from, to) -> RowSums.sums(graph.claimSourceStart,
        graph.claimSources, graph.claimSourceMarks, stake, invested, from, to));
  }

  /**
   * Each source's return, {@code sum over its claims of B(c) * stake / H(c)}, pushed from the
   * claims in order (the terms a walk of the source's claims adds, in the same order).
   */
  private static void payBack(ClaimGraph graph, double[] trust, double[] belief,
      double[] invested, double[] stake, double[] out) {
    for (int s = 0; s < graph.sourceCount; s++) {
      stake[s] = Formulas.investmentStake(trust[s], graph.sourceDegree(s));
    }
    java.util.Arrays.fill(out, 0.0);
    // one loop over the edges, the claim advanced by its first-edge mark (see RowSums)
    byte[] marks = graph.claimSourceMarks;
    int c = -1;
    for (int e = 0; e < graph.claimSources.length; e++) {
      c += marks[e];
      int s = graph.claimSources[e];
      out[s] += Formulas.investmentReturn(belief[c], stake[s], invested[c]);
    }
  }
}
