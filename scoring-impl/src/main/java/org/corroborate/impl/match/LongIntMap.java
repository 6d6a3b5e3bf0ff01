package org.corroborate.impl.match;

import java.util.Arrays;

/**
 * Open-addressing map from a non-zero 64-bit key (a feature's hash) to a dense id, ids given in
 * first-seen order so that the numbering depends only on the order of insertion. Linear probing,
 * grown at half load.
 */
final class LongIntMap {
  private long[] keys;
  private int[] values;
  private int size;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
  }

  /** Returns the id of {@code key}, giving it the next id if it is new. */
  int idOf(long key) {
    long k = key == 0 ? 1 : key;
    int mask = keys.length - 1;
    int slot = (int) mix(k) & mask;
    while (keys[slot] != 0) {
      if (keys[slot] == k) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = k;
    values[slot] = size;
    int id = size++;
    if (size * 2 > keys.length) {
      grow();
    }
    return id;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = (int) mix(oldKeys[i]) & mask;
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  @Override
  public String toString() {
    return "LongIntMap[size=" + size + ", capacity=" + keys.length + "]";
  }

  static long[] sortedCopy(long[] a, int n) {
    long[] out = Arrays.copyOf(a, n);
    Arrays.sort(out);
    return out;
  }
}
