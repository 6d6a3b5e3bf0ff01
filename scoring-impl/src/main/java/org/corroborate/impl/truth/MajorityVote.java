package org.corroborate.impl.truth;

import java.util.List;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ProgressListener;

/**
 * Majority vote, the baseline of every truth-discovery paper (e.g. "Naive" in Dong, Berti-Equille
 * and Srivastava, VLDB 2009; "Voting" in Yin, Han and Yu, KDD 2007).
 *
 * <p>A claim's confidence is the share of the item's sources that assert it. A source's trust is
 * the share of its claims on items the vote decides without a tie that won, which is how far the
 * majority agrees with it where the majority is clear (0.5 for a source with no such claim). The
 * chosen value is the shared choice rule's: most votes, then the larger summed trust of the
 * claim's sources, then the smaller seeded hash of (item id, canonical value) ({@link
 * ClaimGraph#tieKey}), never the smaller label. One pass; no parameters.
 */
final class MajorityVote extends Algorithm {

  MajorityVote() {
    super(new AlgorithmInfo(
        "vote",
        "Majority vote",
        "Baseline: the value asserted by the most sources (Yin et al. KDD 2007 'Voting'; "
            + "Dong et al. VLDB 2009 'Naive')",
        1,
        0.0,
        List.of(),
        false));
  }

  @Override
  public Outcome run(ClaimGraph graph, Settings settings, ProgressListener progress) {
    double[] confidence = new double[graph.claimCount];
    boolean[] tied = new boolean[graph.itemCount];
    int[] top = new int[graph.itemCount];
    Parallel parallel = settings.parallel();
    parallel.rows(graph.itemCount, (from, to) -> {
      for (int i = from; i < to; i++) {
        int voters = graph.itemVoters(i);
        int best = -1;
        for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
          confidence[c] = Formulas.voteShare(graph.claimDegree(c), voters);
          if (best < 0 || graph.claimDegree(c) > graph.claimDegree(best)) {
            best = c;
            tied[i] = false;
          } else if (graph.claimDegree(c) == graph.claimDegree(best)) {
            tied[i] = true;
          }
        }
        top[i] = best;
      }
    });
    // trust: the share of the source's claims on items decided without a tie that won, counted
    // from the items' claims in order (whole numbers, so the order of counting cannot matter)
    // rather than by each source's claims, whose items lie at random; each thread counts a range
    // of items into counts of its own, added up afterwards
    double[] trust = new double[graph.sourceCount];
    int[] wins = new int[graph.sourceCount];
    int[] decided = new int[graph.sourceCount];
    int parts = Math.min(parallel.threads(), Math.max(1, graph.itemCount));
    int[] cuts = Parallel.rangeCuts(graph.itemCount, graph.itemClaimStart, parts);
    int[][] partWins = new int[parts][];
    int[][] partDecided = new int[parts][];
    parallel.each(parts, (part, end) -> {
      int[] w = part == 0 ? wins : new int[graph.sourceCount];
      int[] d = part == 0 ? decided : new int[graph.sourceCount];
      for (int i = cuts[part]; i < cuts[part + 1]; i++) {
        if (tied[i]) {
          continue;
        }
        for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
          int won = top[i] == c ? 1 : 0;
          for (int e = graph.claimSourceStart[c]; e < graph.claimSourceStart[c + 1]; e++) {
            int s = graph.claimSources[e];
            d[s]++;
            w[s] += won;
          }
        }
      }
      partWins[part] = w;
      partDecided[part] = d;
    });
    for (int part = 1; part < parts; part++) {
      for (int s = 0; s < graph.sourceCount; s++) {
        wins[s] += partWins[part][s];
        decided[s] += partDecided[part][s];
      }
    }
    for (int s = 0; s < graph.sourceCount; s++) {
      trust[s] = Formulas.voteTrust(wins[s], decided[s]);
    }
    progress.iteration(name(), 1, 1, 0.0);
    return new ArrayOutcome(new Convergence(1, true), confidence, trust) {

      @Override
      public Explanation explainClaim(int claim) {
        int votes = graph.claimDegree(claim);
        int voters = graph.itemVoters(graph.claimItem[claim]);
        return Explanation.of(
            Vectors.unit((double) votes / voters),
            "vote share = sources asserting the value / sources giving any value for the item",
            Combination.FORMULA,
            List.of(
                Explain.count(votes, "sources asserting the value"),
                Explain.count(voters, "sources giving any value for item "
                    + graph.itemId(graph.claimItem[claim]))));
      }

      @Override
      public Explanation explainSource(int source) {
        if (decided[source] == 0) {
          return Explanation.of(0.5,
              "no claim on an item the vote decides without a tie: 0.5, no evidence either way",
              Combination.FORMULA,
              List.of(Explain.count(graph.sourceDegree(source), "claims made, all on tied items")));
        }
        return Explanation.of(
            (double) wins[source] / decided[source],
            "share of the source's claims on items decided without a tie that won the vote",
            Combination.FORMULA,
            List.of(
                Explain.count(wins[source], "claims that won the vote"),
                Explain.count(decided[source], "claims on items decided without a tie")));
      }
    };
  }
}
