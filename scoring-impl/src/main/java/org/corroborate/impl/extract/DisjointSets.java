package org.corroborate.impl.extract;

/**
 * Union-find over {@code 0..n-1} with path halving and union by index (the smaller index becomes
 * the root), so that every set's representative is its smallest member: deterministic, and
 * independent of the order of the unions.
 */
public final class DisjointSets {
  private final int[] parent;

  /** Sets {@code {0}, {1}, ..., {n - 1}}, each its own. */
  public DisjointSets(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  /** The representative of the set holding {@code x} (compressing the path on the way). */
  public int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Joins the sets holding {@code a} and {@code b}; the smaller index becomes the representative. */
  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }
}
