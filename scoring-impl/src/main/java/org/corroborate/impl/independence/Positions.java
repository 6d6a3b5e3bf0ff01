package org.corroborate.impl.independence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.impl.extract.DisjointSets;

/**
 * Union-find over claims with cannot-link constraints: two sets join only if no claim of one
 * CONFLICTS with a claim of the other. Fed the edges of a proposition strongest first, it gives
 * the positions (Kruskal's spanning forest under the constraints); every two positions it leaves
 * apart that an edge connects hold a conflicting pair.
 *
 * <p>Each set ({@link DisjointSets}) keeps its members and the claims that conflict with one of
 * them; a join looks the smaller set's members up in the larger set's conflicts, then moves the
 * lists to the joined set's root.
 */
final class Positions {
  private final DisjointSets sets;
  private final List<List<Integer>> members;
  private final List<Set<Integer>> conflicts;

  Positions(int n) {
    sets = new DisjointSets(n);
    members = new ArrayList<>(n);
    conflicts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
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
    // look up the smaller set's members among the larger set's conflicts
    boolean aLarger = membersOf(ra).size() >= membersOf(rb).size();
    Set<Integer> blocked = conflicts.get(aLarger ? ra : rb);
    if (blocked != null) {
      for (int m : membersOf(aLarger ? rb : ra)) {
        if (blocked.contains(m)) {
          return false;
        }
      }
    }
    sets.union(ra, rb);
    int into = sets.find(ra);
    int from = into == ra ? rb : ra;
    membersOf(into).addAll(membersOf(from));
    Set<Integer> moved = conflicts.get(from);
    if (moved != null) {
      conflictsOf(into).addAll(moved);
    }
    members.set(from, null);
    conflicts.set(from, null);
    return true;
  }

  int find(int i) {
    return sets.find(i);
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
