package org.corroborate.impl.truth;

import java.util.function.IntToDoubleFunction;

/**
 * Sums over items and their voters, the building block of the algorithms that treat a source's
 * claim as a vote against the other claims of the same item (Galland et al., WSDM 2010, "Dealing
 * with functional dependencies"): a negative vote total is an item total minus a positive one, so
 * no source-claim pair is ever enumerated.
 */
final class ItemSums {
  private ItemSums() {}

  /** {@code out[i]} = sum of {@code perClaim} over the claims of item i. */
  static void overClaims(ClaimGraph graph, IntToDoubleFunction perClaim, double[] out) {
    overClaims(graph, Parallel.SERIAL, perClaim, out);
  }

  /** {@link #overClaims(ClaimGraph, IntToDoubleFunction, double[])}, items in parallel. */
  static void overClaims(ClaimGraph graph, Parallel parallel, IntToDoubleFunction perClaim,
      double[] out) {
    parallel.rows(graph.itemCount, (from, to) -> {
      for (int i = from; i < to; i++) {
        double sum = 0.0;
        for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
          sum += perClaim.applyAsDouble(c);
        }
        out[i] = sum;
      }
    });
  }

  /** {@code out[i]} = sum of {@code perClaim[c]} over the claims of item i, items in parallel. */
  static void overClaims(ClaimGraph graph, Parallel parallel, double[] perClaim, double[] out) {
    parallel.rows(graph.itemCount, (from, to) -> overClaims(graph, perClaim, out, from, to));
  }

  /** {@code out[i]} = sum of {@code perClaim[c]} over the claims of item i, for i in [from, to). */
  static void overClaims(ClaimGraph graph, double[] perClaim, double[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      double sum = 0.0;
      for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
        sum += perClaim[c];
      }
      out[i] = sum;
    }
  }

  /**
   * {@link #overClaims(ClaimGraph, double[], double[], int, int)} of two arrays in one loop, each
   * sum with the bits of its own.
   */
  static void overClaims(ClaimGraph graph, double[] perClaimA, double[] outA, double[] perClaimB,
      double[] outB, int from, int to) {
    for (int i = from; i < to; i++) {
      double a = 0.0;
      double b = 0.0;
      for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
        a += perClaimA[c];
        b += perClaimB[c];
      }
      outA[i] = a;
      outB[i] = b;
    }
  }

  /**
   * {@code out[s]} = sum of {@code perItem[i]} over the distinct items source s votes on, in
   * ascending item order: pushed from the items to their voters, item by item, which adds each
   * source's terms in that order while reading the graph in order (see {@link #pushToSources}).
   */
  static void toSources(ClaimGraph graph, double[] perItem, double[] out) {
    java.util.Arrays.fill(out, 0.0);
    // one loop over the voter lists, the item advanced by each list's first-voter mark (see
    // pushToSources)
    byte[] marks = graph.itemSourceMarks;
    int i = -1;
    for (int v = 0; v < graph.itemSources.length; v++) {
      i += marks[v];
      out[graph.itemSources[v]] += perItem[i];
    }
  }

  /**
   * {@link #toSources} for two item arrays in one walk, pushed from the items instead of gathered
   * by the sources: every item adds its two entries to each of its voters, in item order. A
   * source's sums get the same terms in the same order as its own walk (its distinct items,
   * ascending), so the same bits; the graph is read in order (the voter lists, the item arrays)
   * where a source's walk reads the claims' items and the item arrays at random, which at
   * millions of items misses the cache at every claim. One thread: see {@link Parallel#both} to run it beside other work.
   */
  static void pushToSources(ClaimGraph graph, double[] perItemA, double[] outA,
      double[] perItemB, double[] outB) {
    java.util.Arrays.fill(outA, 0.0);
    java.util.Arrays.fill(outB, 0.0);
    // one loop over the voter lists, the item advanced by each list's first-voter mark: no loop
    // per item whose end the processor would mispredict (see RowSums)
    byte[] marks = graph.itemSourceMarks;
    int i = -1;
    for (int v = 0; v < graph.itemSources.length; v++) {
      i += marks[v];
      int s = graph.itemSources[v];
      outA[s] += perItemA[i];
      outB[s] += perItemB[i];
    }
  }

  /**
   * {@code out[s]} = {@link #overSourceClaims} of every source, pushed from the claims in claim
   * order (a source's claims are ascending, so the same terms in the same order, the same bits),
   * reading the graph in order instead of each source's claims at random. One thread.
   */
  static void pushClaimsToSources(ClaimGraph graph, double[] perClaim, double[] out) {
    java.util.Arrays.fill(out, 0.0);
    byte[] marks = graph.claimSourceMarks;
    int c = -1; // one loop over the edges, as in pushToSources
    for (int e = 0; e < graph.claimSources.length; e++) {
      c += marks[e];
      out[graph.claimSources[e]] += perClaim[c];
    }
  }

  /**
   * {@link #pushClaimsToSources} for two per-claim entries kept side by side, {@code
   * perClaim[2 c]} into {@code outA} and {@code perClaim[2 c + 1]} into {@code outB}.
   */
  static void pushPairsToSources(ClaimGraph graph, double[] perClaim, double[] outA,
      double[] outB) {
    java.util.Arrays.fill(outA, 0.0);
    java.util.Arrays.fill(outB, 0.0);
    byte[] marks = graph.claimSourceMarks;
    int c = -1; // one loop over the edges, as in pushToSources
    for (int e = 0; e < graph.claimSources.length; e++) {
      c += marks[e];
      int s = graph.claimSources[e];
      outA[s] += perClaim[2 * c];
      outB[s] += perClaim[2 * c + 1];
    }
  }

  /**
   * Whether every source voting on an item asserts exactly one of its claims (no source gives an
   * item two values), so that an item's voters are its claims' sources, each once: then {@link
   * #pushAllToSources} may walk the claims' edges in place of the voter lists.
   */
  static boolean oneClaimPerVoter(ClaimGraph graph) {
    for (int i = 0; i < graph.itemCount; i++) {
      int edges = graph.claimSourceStart[graph.itemClaimStart[i + 1]]
          - graph.claimSourceStart[graph.itemClaimStart[i]];
      if (edges != graph.itemVoters(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #pushToSources} of {@code perItemA} and {@code perItemB} and {@link
   * #pushPairsToSources} of each claim's pair in one walk of the claims' edges, for a graph where
   * {@link #oneClaimPerVoter} holds: there an item's voters are the sources of its claims, each
   * met once, so every source receives each item's entries once, in item order, and each claim's
   * pair in claim order: the same terms in the same order as the two walks, the same bits. The
   * pair of claim c is {@code pairs[2 c]} and {@code pairs[2 c + 1]}, or, when {@code pairs} is
   * null, 2-Estimates' {@code (1 - W, W)} from {@code truth[c]} (its eps(f) being 1). A source's
   * four sums are kept side by side while the walk runs (one cache line per source instead of
   * four). One thread.
   */
  static void pushAllToSources(ClaimGraph graph, double[] perItemA, double[] outA,
      double[] perItemB, double[] outB, double[] pairs, double[] truth, double[] outPairA,
      double[] outPairB) {
    double[] sums = new double[4 * graph.sourceCount];
    // one loop over the edges, the claim advanced by its first-edge mark (see pushToSources)
    byte[] marks = graph.claimSourceMarks;
    int c = -1;
    for (int e = 0; e < graph.claimSources.length; e++) {
      c += marks[e];
      int i = graph.claimItem[c];
      int at = 4 * graph.claimSources[e];
      sums[at] += perItemA[i];
      sums[at + 1] += perItemB[i];
      sums[at + 2] += pairs != null ? pairs[2 * c] : Formulas.estimatesAgainst(truth[c], 1.0);
      sums[at + 3] += pairs != null ? pairs[2 * c + 1] : Formulas.estimatesFor(truth[c], 1.0);
    }
    for (int s = 0; s < graph.sourceCount; s++) {
      outA[s] = sums[4 * s];
      outB[s] = sums[4 * s + 1];
      outPairA[s] = sums[4 * s + 2];
      outPairB[s] = sums[4 * s + 3];
    }
  }

  /** Sum of {@code perSource} over the sources asserting claim c. */
  static double overClaimSources(ClaimGraph graph, int c, IntToDoubleFunction perSource) {
    double sum = 0.0;
    for (int e = graph.claimSourceStart[c]; e < graph.claimSourceStart[c + 1]; e++) {
      sum += perSource.applyAsDouble(graph.claimSources[e]);
    }
    return sum;
  }

  /** Sum of {@code perClaim[c]} over the claims of source s. */
  static double overSourceClaims(ClaimGraph graph, int s, double[] perClaim) {
    double sum = 0.0;
    for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
      sum += perClaim[graph.sourceClaims[e]];
    }
    return sum;
  }
}
