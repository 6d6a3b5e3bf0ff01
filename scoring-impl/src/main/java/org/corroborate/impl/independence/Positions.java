package org.corroborate.impl.independence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Union-find over claims with cannot-link constraints: two sets join only if no claim of one
 * CONFLICTS with a claim of the other. Fed the edges of a proposition strongest first, it gives
 * the positions (Kruskal's spanning forest under the constraints); every two positions it leaves
 * apart that an edge connects hold a conflicting pair.
 *
 * <p>Each set keeps its members and the claims that conflict with one of them; a join moves the
 * smaller set's lists into the larger's, so each claim moves O(log n) times.
 */
final class Positions {
  private final int[] parent;
  private final List<List<Integer>> members;
  private final List<Set<Integer>> conflicts;

  Positions(int n) {
    parent = new int[n];
    members = new ArrayList<>(n);
    conflicts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      members.add(null);
      conflicts.add(null);
    }
  }

  /** Records that claims {@code a} and {@code b} conflict: they will never share a set. */
  void conflict(int a, int b) {
    conflictsOf(find(a)).add(b);
    conflictsOf(find(b)).add(a);
  }

  /**
   * Joins the sets of {@code a} and {@code b} unless they are one already or a claim of one
   * conflicts with a claim of the other.
   *
   * @return whether the sets were joined
   */
  boolean join(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    List<Integer> ma = membersOf(ra);
    List<Integer> mb = membersOf(rb);
    int into = ma.size() >= mb.size() ? ra : rb;
    int from = into == ra ? rb : ra;
    Set<Integer> blocked = conflicts.get(into);
    if (blocked != null) {
      for (int m : membersOf(from)) {
        if (blocked.contains(m)) {
          return false;
        }
      }
    }
    membersOf(into).addAll(membersOf(from));
    Set<Integer> moved = conflicts.get(from);
    if (moved != null) {
      conflictsOf(into).addAll(moved);
    }
    members.set(from, null);
    conflicts.set(from, null);
    parent[from] = into;
    return true;
  }

  int find(int i) {
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

  private List<Integer> membersOf(int root) {
    List<Integer> m = members.get(root);
    if (m == null) {
      m = new ArrayList<>(List.of(root));
      members.set(root, m);
    }
    return m;
  }

  private Set<Integer> conflictsOf(int root) {
    Set<Integer> c = conflicts.get(root);
    if (c == null) {
      c = new HashSet<>();
      conflicts.set(root, c);
    }
    return c;
  }
}
