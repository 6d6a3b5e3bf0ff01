package org.corroborate.impl.truth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import org.corroborate.Explanation;

/** Builders for the explanation nodes the algorithms share. */
final class Explain {
  private Explain() {}

  /** One leaf per source asserting {@code claim}, in edge order, valued by {@code value}. */
  static List<Explanation> claimSources(
      ClaimGraph graph, int claim, IntToDoubleFunction value, String what) {
    List<Explanation> leaves = new ArrayList<>(graph.claimDegree(claim));
    for (int e = graph.claimSourceStart[claim]; e < graph.claimSourceStart[claim + 1]; e++) {
      int s = graph.claimSources[e];
      leaves.add(Explanation.leaf(value.applyAsDouble(s), what + " of source " + graph.sourceId(s)));
    }
    return leaves;
  }

  /** One leaf per claim of {@code source}, in edge order, valued by {@code value}. */
  static List<Explanation> sourceClaims(
      ClaimGraph graph, int source, IntToDoubleFunction value, String what) {
    List<Explanation> leaves = new ArrayList<>(graph.sourceDegree(source));
    for (int e = graph.sourceClaimStart[source]; e < graph.sourceClaimStart[source + 1]; e++) {
      int c = graph.sourceClaims[e];
      leaves.add(Explanation.leaf(value.applyAsDouble(c), what + " of " + describe(graph, c)));
    }
    return leaves;
  }

  /** Sources voting on the item of {@code claim} without asserting it, valued by {@code value}. */
  static List<Explanation> opposingSources(
      ClaimGraph graph, int claim, IntToDoubleFunction value, String what) {
    int item = graph.claimItem[claim];
    List<Explanation> leaves = new ArrayList<>();
    int e = graph.claimSourceStart[claim];
    int end = graph.claimSourceStart[claim + 1];
    for (int k = graph.itemSourceStart[item]; k < graph.itemSourceStart[item + 1]; k++) {
      int s = graph.itemSources[k];
      while (e < end && graph.claimSources[e] < s) {
        e++;
      }
      if (e < end && graph.claimSources[e] == s) {
        continue;
      }
      leaves.add(Explanation.leaf(value.applyAsDouble(s), what + " of source " + graph.sourceId(s)));
    }
    return leaves;
  }

  /** Claims in the items {@code source} votes on that it does not assert, valued by {@code value}. */
  static List<Explanation> deniedClaims(
      ClaimGraph graph, int source, IntToDoubleFunction value, String what) {
    List<Explanation> leaves = new ArrayList<>();
    int previousItem = -1;
    for (int e = graph.sourceClaimStart[source]; e < graph.sourceClaimStart[source + 1]; e++) {
      int item = graph.claimItem[graph.sourceClaims[e]];
      if (item == previousItem) {
        continue;
      }
      previousItem = item;
      for (int c = graph.itemClaimStart[item]; c < graph.itemClaimStart[item + 1]; c++) {
        if (!asserts(graph, source, c)) {
          leaves.add(Explanation.leaf(value.applyAsDouble(c), what + " of " + describe(graph, c)));
        }
      }
    }
    return leaves;
  }

  static boolean asserts(ClaimGraph graph, int source, int claim) {
    return java.util.Arrays.binarySearch(
            graph.claimSources, graph.claimSourceStart[claim], graph.claimSourceStart[claim + 1],
            source)
        >= 0;
  }

  static Explanation parameter(double value, String name) {
    return Explanation.leaf(value, "parameter " + name);
  }

  static Explanation count(double value, String what) {
    return Explanation.leaf(value, what);
  }

  static String describe(ClaimGraph graph, int claim) {
    return "claim '" + graph.claimValue(claim).canonical() + "' for item " + graph.itemId(
        graph.claimItem[claim]);
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.6g", value);
  }
}
