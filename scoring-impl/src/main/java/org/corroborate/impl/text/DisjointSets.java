package org.corroborate.impl.text;

/**
 * Union-find over {@code 0..n-1} with path halving and union by index (the smaller index becomes
 * the root), so that every set's representative is its smallest member: deterministic, and
 * independent of the order of the unions.
 */
final class DisjointSets {
  private final int[] parent;

  DisjointSets(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }
}
