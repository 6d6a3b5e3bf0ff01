package org.corroborate.model;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * Finds the repeated and conflicting observations of columns of numbers, exactly as {@link
 * ObservationSet.Builder#add} would one by one, but by grouping instead of probing a pair table
 * per observation.
 *
 * <p>Design: observations are taken source by source (as they stand when each source's lines are
 * together, as in most files; otherwise after a stable counting sort by source), and within a
 * source an array stamped with the source's turn tells, in one access per observation, whether
 * the item came before, that is whether the (source, item) pair repeats. Nearly every source has
 * no repeated pair and costs nothing more. For one that has, its observations of repeated items
 * are sorted by (item, observation), and each run of one item goes through the builder's rule in
 * observation order: the first is kept; a later one with a value already kept for the pair is
 * repeated (dropped); one with a new value is conflicting (dropped under {@code FIRST}, kept under
 * {@code ALL}, an error under {@code REJECT}, reported for the earliest such observation of the
 * whole input).
 */
final class Duplicates {
  final BitSet drop;
  int dropped;
  long repeated;
  long conflicting;
  /** The earliest conflicting observation under {@code REJECT}, or -1. */
  int conflict = -1;
  /** The first observation of the conflicting pair, when {@link #conflict} is set. */
  int conflictFirst = -1;

  private Duplicates(int size) {
    drop = new BitSet(size);
  }

  /**
   * Resolves the duplicates of observations {@code [0, size)} under {@code policy}.
   *
   * @throws IndexOutOfBoundsException if a source or item number is not below its count
   */
  static Duplicates find(
      DuplicatePolicy policy,
      int[] source,
      int[] item,
      int[] value,
      int size,
      int sourceCount,
      int itemCount) {
    Duplicates result = new Duplicates(size);
    // groups of observations by source, in file order within each: runs as they stand when every
    // source's observations are together, else a stable counting sort
    int[] order = null;
    int[] start;
    boolean[] seen = new boolean[sourceCount];
    int runs = 0;
    for (int k = 0; k < size; k++) {
      int s = Objects.checkIndex(source[k], sourceCount);
      if (k == 0 || s != source[k - 1]) {
        if (seen[s]) {
          runs = -1;
          break;
        }
        seen[s] = true;
        runs++;
      }
    }
    if (runs >= 0) {
      start = new int[runs + 1];
      int g = 0;
      for (int k = 0; k < size; k++) {
        if (k == 0 || source[k] != source[k - 1]) {
          start[g++] = k;
        }
      }
      start[runs] = size;
    } else {
      start = new int[sourceCount + 1];
      for (int k = 0; k < size; k++) {
        start[Objects.checkIndex(source[k], sourceCount) + 1]++;
      }
      for (int s = 0; s < sourceCount; s++) {
        start[s + 1] += start[s];
      }
      int[] fill = Arrays.copyOf(start, sourceCount);
      order = new int[size];
      for (int k = 0; k < size; k++) {
        order[fill[source[k]]++] = k;
      }
    }
    int groups = start.length - 1;
    int[] stamp = new int[itemCount];
    int[] twice = new int[itemCount];
    long[] keys = new long[16];
    for (int g = 0; g < groups; g++) {
      int turn = g + 1;
      int a = start[g];
      int b = start[g + 1];
      boolean repeats = false;
      for (int p = a; p < b; p++) {
        int it = Objects.checkIndex(item[order == null ? p : order[p]], itemCount);
        if (stamp[it] == turn) {
          twice[it] = turn;
          repeats = true;
        } else {
          stamp[it] = turn;
        }
      }
      if (!repeats) {
        continue;
      }
      int n = 0;
      for (int p = a; p < b; p++) {
        int k = order == null ? p : order[p];
        if (twice[item[k]] == turn) {
          if (n == keys.length) {
            keys = Arrays.copyOf(keys, n * 2);
          }
          keys[n++] = ((long) item[k] << 31) | k;
        }
      }
      Arrays.sort(keys, 0, n);
      for (int r = 0; r < n; ) {
        int end = r + 1;
        while (end < n && keys[end] >>> 31 == keys[r] >>> 31) {
          end++;
        }
        result.resolve(policy, value, keys, r, end);
        r = end;
      }
    }
    return result;
  }

  /** Applies the builder's rule to the observations of one (source, item) pair, in file order. */
  private void resolve(DuplicatePolicy policy, int[] value, long[] keys, int from, int to) {
    int first = (int) (keys[from] & 0x7fff_ffffL);
    int[] kept = {value[first]};
    int keptCount = 1;
    for (int r = from + 1; r < to; r++) {
      int o = (int) (keys[r] & 0x7fff_ffffL);
      int v = value[o];
      if (contains(kept, keptCount, v)) {
        repeated++;
        markDropped(o);
        continue;
      }
      conflicting++;
      switch (policy) {
        case REJECT:
          if (conflict < 0 || o < conflict) {
            conflict = o;
            conflictFirst = first;
          }
          return;
        case FIRST:
          markDropped(o);
          break;
        case ALL:
        default:
          if (keptCount == kept.length) {
            kept = Arrays.copyOf(kept, keptCount * 2);
          }
          kept[keptCount++] = v;
          break;
      }
    }
  }

  private static boolean contains(int[] values, int count, int v) {
    for (int k = 0; k < count; k++) {
      if (values[k] == v) {
        return true;
      }
    }
    return false;
  }

  private void markDropped(int observation) {
    drop.set(observation);
    dropped++;
  }
}
