package org.corroborate.model;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * Finds the repeated and conflicting observations of columns of numbers, exactly as {@link
 * ObservationSet.Builder#add} would one by one, but by grouping instead of probing a pair table
 * per observation.
 *
 * <p>Design: a stable counting sort by item puts each item's (source, observation) pairs side by
 * side, in file order, in two sequential arrays; a group whose sources are all different (nearly
 * every group in practice) is passed over after a few compares. Only groups with a repeated source
 * are sorted by (source, observation), and each run of one source then goes through the builder's
 * rule in observation order: the first observation is kept; a later one with a value already kept
 * for the pair is repeated (dropped); one with a new value is conflicting (dropped under {@code
 * FIRST}, kept under {@code ALL}, an error under {@code REJECT}, reported for the earliest such
 * observation of the whole input).
 */
final class Duplicates {
  /** Groups up to this size are checked for a repeated source by comparing every pair. */
  private static final int SMALL_GROUP = 16;

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
   * @throws IndexOutOfBoundsException if an item number is not below {@code itemCount}
   */
  static Duplicates find(
      DuplicatePolicy policy, int[] source, int[] item, int[] value, int size, int itemCount) {
    Duplicates result = new Duplicates(size);
    int[] start = new int[itemCount + 1];
    for (int k = 0; k < size; k++) {
      start[Objects.checkIndex(item[k], itemCount) + 1]++;
    }
    boolean shared = false;
    for (int g = 0; g < itemCount; g++) {
      shared |= start[g + 1] > 1;
      start[g + 1] += start[g];
    }
    if (!shared) {
      return result; // no item has two observations, so no pair has
    }
    int[] fill = Arrays.copyOf(start, itemCount);
    int[] groupSource = new int[size];
    int[] groupObservation = new int[size];
    for (int k = 0; k < size; k++) {
      int p = fill[item[k]]++;
      groupSource[p] = source[k];
      groupObservation[p] = k;
    }
    long[] keys = new long[SMALL_GROUP];
    for (int g = 0; g < itemCount; g++) {
      int a = start[g];
      int b = start[g + 1];
      if (b - a < 2 || (b - a <= SMALL_GROUP && allDifferent(groupSource, a, b))) {
        continue;
      }
      if (keys.length < b - a) {
        keys = new long[Math.max(b - a, keys.length * 2)];
      }
      for (int p = a; p < b; p++) {
        keys[p - a] = ((long) groupSource[p] << 31) | groupObservation[p];
      }
      Arrays.sort(keys, 0, b - a);
      int n = b - a;
      for (int r = 0; r < n; ) {
        int end = r + 1;
        while (end < n && keys[end] >>> 31 == keys[r] >>> 31) {
          end++;
        }
        if (end - r > 1) {
          result.resolve(policy, value, keys, r, end);
        }
        r = end;
      }
    }
    return result;
  }

  private static boolean allDifferent(int[] sources, int a, int b) {
    for (int x = a + 1; x < b; x++) {
      int s = sources[x];
      for (int y = a; y < x; y++) {
        if (sources[y] == s) {
          return false;
        }
      }
    }
    return true;
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
