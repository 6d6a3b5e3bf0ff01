package org.corroborate.impl.match;

/**
 * Open-addressing map from a non-negative int to a double, linear probing with backward-shift
 * deletion, grown at half load. Used for a cluster's summed similarities to its neighbours; only
 * looked up and updated, and iterated in slot order only to move entries, never to decide an
 * outcome.
 */
final class IntDoubleMap {
  private static final int EMPTY = -1;
  private int[] keys;
  private double[] values;
  private int size;

  IntDoubleMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new int[capacity];
    java.util.Arrays.fill(keys, EMPTY);
    values = new double[capacity];
  }

  int size() {
    return size;
  }

  /** Returns the value of {@code key}, or 0 when absent. */
  double get(int key) {
    int mask = keys.length - 1;
    for (int slot = hash(key) & mask; keys[slot] != EMPTY; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return values[slot];
      }
    }
    return 0.0;
  }

  /** Adds {@code value} to the value of {@code key} (0 when absent). */
  void add(int key, double value) {
    int mask = keys.length - 1;
    int slot = hash(key) & mask;
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        values[slot] += value;
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    if (++size * 2 > keys.length) {
      rehash(keys.length * 2);
    }
  }

  /** Removes {@code key}, returning its value, or 0 when absent. */
  double remove(int key) {
    int mask = keys.length - 1;
    int slot = hash(key) & mask;
    while (keys[slot] != key) {
      if (keys[slot] == EMPTY) {
        return 0.0;
      }
      slot = (slot + 1) & mask;
    }
    double old = values[slot];
    size--;
    // backward shift: move later entries of the run into the hole when their home allows
    int hole = slot;
    for (int next = (hole + 1) & mask; keys[next] != EMPTY; next = (next + 1) & mask) {
      int home = hash(keys[next]) & mask;
      boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
      if (movable) {
        keys[hole] = keys[next];
        values[hole] = values[next];
        hole = next;
      }
    }
    keys[hole] = EMPTY;
    values[hole] = 0.0;
    return old;
  }

  /** Slot count, for iteration with {@link #keyAt} and {@link #valueAt}. */
  int capacity() {
    return keys.length;
  }

  /** The key in {@code slot}, or -1 for an empty slot. */
  int keyAt(int slot) {
    return keys[slot];
  }

  double valueAt(int slot) {
    return values[slot];
  }

  private void rehash(int capacity) {
    int[] oldKeys = keys;
    double[] oldValues = values;
    keys = new int[capacity];
    java.util.Arrays.fill(keys, EMPTY);
    values = new double[capacity];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int hash(int key) {
    int h = key * 0x9e3779b9;
    return h ^ (h >>> 16);
  }
}
