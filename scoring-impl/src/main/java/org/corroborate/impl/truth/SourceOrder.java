package org.corroborate.impl.truth;

/**
 * Copies numbers kept per claim into the sources' edge order (slot {@code e} of {@link
 * ClaimGraph#sourceClaims}, where a source's claims lie side by side) on a run's threads. The
 * claims are cut once into one range per thread, balanced by their edges, and each range is told
 * where its first slot of every source lies (the slots of a source's claims from the ranges
 * before it come first, as in a walk of all claims in order); then each thread walks its range
 * in order and fills its slots. A copy moves each number unchanged, so the slots are the same
 * whatever the number of threads.
 */
final class SourceOrder {
  private final ClaimGraph graph;
  private final int[] cuts;
  /** Per range: each source's first slot for the claims of the range. */
  private final int[][] first;
  /** Per range: the next free slot of each source while the range is copied. */
  private final int[][] cursors;

  SourceOrder(ClaimGraph graph, Parallel parallel) {
    this.graph = graph;
    int parts = Math.max(1, Math.min(parallel.threads(), graph.claimCount));
    cuts = Parallel.rangeCuts(graph.claimCount, graph.claimSourceStart, parts);
    first = new int[parts][graph.sourceCount];
    cursors = new int[parts][graph.sourceCount];
    // each range counts its edges per source; the first slots are the counts before it added up
    parallel.each(parts, (t, end) -> {
      int[] count = cursors[t];
      for (int e = graph.claimSourceStart[cuts[t]]; e < graph.claimSourceStart[cuts[t + 1]]; e++) {
        count[graph.claimSources[e]]++;
      }
    });
    System.arraycopy(graph.sourceClaimStart, 0, first[0], 0, graph.sourceCount);
    for (int t = 1; t < parts; t++) {
      for (int s = 0; s < graph.sourceCount; s++) {
        first[t][s] = first[t - 1][s] + cursors[t - 1][s];
      }
    }
  }

  /**
   * {@code out[2 e] = a[c]} and {@code out[2 e + 1] = b[c]} for every slot e of the sources' edge
   * order, c being its claim.
   */
  void pairs(Parallel parallel, double[] a, double[] b, double[] out) {
    parallel.each(first.length, (t, end) -> {
      int[] cursor = cursors[t];
      System.arraycopy(first[t], 0, cursor, 0, cursor.length);
      for (int c = cuts[t]; c < cuts[t + 1]; c++) {
        double x = a[c];
        double y = b[c];
        for (int e = graph.claimSourceStart[c]; e < graph.claimSourceStart[c + 1]; e++) {
          int at = 2 * cursor[graph.claimSources[e]]++;
          out[at] = x;
          out[at + 1] = y;
        }
      }
    });
  }
}
