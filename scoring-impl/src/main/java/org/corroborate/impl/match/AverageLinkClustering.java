package org.corroborate.impl.match;

import java.util.PriorityQueue;

/**
 * Average-link agglomerative clustering over a sparse similarity graph, stopped at one threshold.
 *
 * <p>The average link of two clusters is the sum of the similarities of their cross pairs divided
 * by the product of their sizes; a pair that is not an edge counts as similarity 0, so a cluster
 * joins another only if it is close to most of its members, not to one of them (single link
 * chains unrelated stories through one shared headline; average link does not). Repeatedly the two
 * clusters with the largest average link are merged, while it is at least the threshold.
 *
 * <p>Each cluster keeps, in an {@link IntDoubleMap}, its summed similarity to each neighbouring
 * cluster; a merge moves the smaller map into the larger (so each edge moves O(log n) times).
 * Candidate merges wait in a priority queue ordered by average (largest first), ties by the
 * clusters' slots (smallest first). Entries are not updated when a merge changes an average:
 * the average link is reducible, {@code avg(A+B, C) <= max(avg(A, C), avg(B, C))}, so an old
 * entry is an upper bound of the pair's current average. A popped entry whose clusters or value
 * are no longer current is pushed again with its current value (or dropped below the threshold);
 * a current one is the largest average of all, and is merged. Deterministic: no outcome depends
 * on hash order, and the sums are the same additions in any order of iteration.
 */
final class AverageLinkClustering {
  private AverageLinkClustering() {}

  /** A candidate merge: average link and the two cluster slots when it was pushed. */
  private record Entry(double average, int a, int b) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry o) {
      int c = Double.compare(o.average, average);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(a, o.a);
      return c != 0 ? c : Integer.compare(b, o.b);
    }
  }

  /**
   * Clusters {@code n} items joined by the given edges and returns each item's group number;
   * groups are numbered 0, 1, ... in the order of their smallest member.
   *
   * @param pairs edges packed as {@code (long) a << 32 | b} with {@code a < b}, each at most once
   * @param similarities the edges' similarities, in [0, 1], parallel to {@code pairs}
   * @param apart pairs, packed the same way, that must never share a cluster: each is an edge of
   *     weight {@code -n * n}, below what all positive edges between two clusters can add up to,
   *     so a cluster pair holding one never reaches a positive average
   * @param threshold the smallest average link that still merges, in (0, 1]
   */
  static int[] cluster(int n, long[] pairs, double[] similarities, long[] apart, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    int[] degree = new int[n];
    for (long p : pairs) {
      degree[(int) (p >>> 32)]++;
      degree[(int) p]++;
    }
    for (long p : apart) {
      degree[(int) (p >>> 32)]++;
      degree[(int) p]++;
    }
    IntDoubleMap[] links = new IntDoubleMap[n];
    int[] size = new int[n];
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      links[i] = new IntDoubleMap(degree[i]);
      size[i] = 1;
      parent[i] = i;
    }
    PriorityQueue<Entry> queue = new PriorityQueue<>(Math.max(1, pairs.length));
    for (int e = 0; e < pairs.length; e++) {
      int a = (int) (pairs[e] >>> 32);
      int b = (int) pairs[e];
      double s = similarities[e];
      if (s > 0) {
        links[a].add(b, s);
        links[b].add(a, s);
        if (s >= threshold) {
          queue.add(new Entry(s, a, b));
        }
      }
    }
    double never = -(double) n * n;
    for (long p : apart) {
      int a = (int) (p >>> 32);
      int b = (int) p;
      links[a].add(b, never);
      links[b].add(a, never);
    }
    while (!queue.isEmpty()) {
      Entry top = queue.poll();
      int a = find(parent, top.a);
      int b = find(parent, top.b);
      if (a == b) {
        continue;
      }
      double average = links[a].get(b) / ((double) size[a] * size[b]);
      if (a != top.a || b != top.b || average != top.average) {
        if (average >= threshold) {
          queue.add(a < b ? new Entry(average, a, b) : new Entry(average, b, a));
        }
        continue;
      }
      // merge the cluster with the smaller map into the one with the larger (ties: into a)
      int into = links[a].size() >= links[b].size() ? a : b;
      int from = into == a ? b : a;
      IntDoubleMap target = links[into];
      IntDoubleMap source = links[from];
      target.remove(from);
      for (int slot = 0; slot < source.capacity(); slot++) {
        int c = source.keyAt(slot);
        if (c < 0 || c == into) {
          continue;
        }
        double v = source.valueAt(slot);
        target.add(c, v);
        links[c].remove(from);
        links[c].add(into, v);
      }
      links[from] = null;
      parent[from] = into;
      size[into] += size[from];
      size[from] = 0;
    }
    int[] group = new int[n];
    int[] number = new int[n];
    java.util.Arrays.fill(number, -1);
    int groups = 0;
    for (int i = 0; i < n; i++) {
      int r = find(parent, i);
      if (number[r] < 0) {
        number[r] = groups++;
      }
      group[i] = number[r];
    }
    return group;
  }

  private static int find(int[] parent, int i) {
    int r = i;
    while (parent[r] != r) {
      r = parent[r];
    }
    while (parent[i] != r) {
      int next = parent[i];
      parent[i] = r;
      i = next;
    }
    return r;
  }
}
