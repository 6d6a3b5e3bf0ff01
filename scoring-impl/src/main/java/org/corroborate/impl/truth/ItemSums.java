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
    for (int i = 0; i < graph.itemCount; i++) {
      double sum = 0.0;
      for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
        sum += perClaim.applyAsDouble(c);
      }
      out[i] = sum;
    }
  }

  /** {@code out[i]} = sum of {@code perSource} over the distinct sources voting on item i. */
  static void overVoters(ClaimGraph graph, IntToDoubleFunction perSource, double[] out) {
    for (int i = 0; i < graph.itemCount; i++) {
      double sum = 0.0;
      for (int k = graph.itemSourceStart[i]; k < graph.itemSourceStart[i + 1]; k++) {
        sum += perSource.applyAsDouble(graph.itemSources[k]);
      }
      out[i] = sum;
    }
  }

  /** {@code out[s]} = sum of {@code perItem[i]} over the distinct items source s votes on. */
  static void toSources(ClaimGraph graph, double[] perItem, double[] out) {
    java.util.Arrays.fill(out, 0.0);
    for (int i = 0; i < graph.itemCount; i++) {
      for (int k = graph.itemSourceStart[i]; k < graph.itemSourceStart[i + 1]; k++) {
        out[graph.itemSources[k]] += perItem[i];
      }
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

  /** Sum of {@code perClaim} over the claims of source s. */
  static double overSourceClaims(ClaimGraph graph, int s, IntToDoubleFunction perClaim) {
    double sum = 0.0;
    for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
      sum += perClaim.applyAsDouble(graph.sourceClaims[e]);
    }
    return sum;
  }
}
