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
    parallel.rows(graph.itemCount, (from, to) -> {
      for (int i = from; i < to; i++) {
        double sum = 0.0;
        for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
          sum += perClaim[c];
        }
        out[i] = sum;
      }
    });
  }

  /**
   * {@code out[i]} = sum of {@code perSource[s]} over the distinct sources voting on item i, items
   * in parallel. The array forms read an array where the function forms call a function per
   * element, a call the JIT cannot inline once several algorithms have passed their own.
   */
  static void overVoters(ClaimGraph graph, Parallel parallel, double[] perSource, double[] out) {
    parallel.rows(graph.itemCount, (from, to) -> {
      for (int i = from; i < to; i++) {
        double sum = 0.0;
        for (int k = graph.itemSourceStart[i]; k < graph.itemSourceStart[i + 1]; k++) {
          sum += perSource[graph.itemSources[k]];
        }
        out[i] = sum;
      }
    });
  }

  /**
   * {@code out[s]} = sum of {@code perItem[i]} over the distinct items source s votes on, in
   * ascending item order (a source's claims are in claim order, so in item order, and the claims of
   * one item are adjacent).
   */
  static void toSources(ClaimGraph graph, double[] perItem, double[] out) {
    for (int s = 0; s < graph.sourceCount; s++) {
      double sum = 0.0;
      int previous = -1;
      for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
        int item = graph.claimItem[graph.sourceClaims[e]];
        if (item != previous) {
          sum += perItem[item];
          previous = item;
        }
      }
      out[s] = sum;
    }
  }

  /**
   * {@link #toSources(ClaimGraph, double[], double[])} for two item arrays in one walk of the
   * sources' claims, sources in parallel: {@code outA[s]} from {@code perItemA}, {@code outB[s]}
   * from {@code perItemB}, each added in the same order as alone.
   */
  static void toSources(ClaimGraph graph, Parallel parallel, double[] perItemA, double[] outA,
      double[] perItemB, double[] outB) {
    parallel.rows(graph.sourceCount, graph.sourceClaimStart, (from, to) -> {
      for (int s = from; s < to; s++) {
        double sumA = 0.0;
        double sumB = 0.0;
        int previous = -1;
        for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
          int item = graph.claimItem[graph.sourceClaims[e]];
          if (item != previous) {
            sumA += perItemA[item];
            sumB += perItemB[item];
            previous = item;
          }
        }
        outA[s] = sumA;
        outB[s] = sumB;
      }
    });
  }

  /** Sum of {@code perSource} over the sources asserting claim c. */
  static double overClaimSources(ClaimGraph graph, int c, IntToDoubleFunction perSource) {
    double sum = 0.0;
    for (int e = graph.claimSourceStart[c]; e < graph.claimSourceStart[c + 1]; e++) {
      sum += perSource.applyAsDouble(graph.claimSources[e]);
    }
    return sum;
  }

  /** Sum of {@code perSource[s]} over the sources asserting claim c. */
  static double overClaimSources(ClaimGraph graph, int c, double[] perSource) {
    double sum = 0.0;
    for (int e = graph.claimSourceStart[c]; e < graph.claimSourceStart[c + 1]; e++) {
      sum += perSource[graph.claimSources[e]];
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
