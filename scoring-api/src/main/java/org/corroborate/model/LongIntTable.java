package org.corroborate.model;

import java.util.Arrays;

/**
 * Open-addressing map from non-negative {@code long} keys to non-negative {@code int}s, with linear
 * probing; a miss reads one array. Empty slots hold the key -1.
 */
final class LongIntTable {
  private static final long EMPTY = -1L;
  private long[] keys = newKeys(1024);
  private int[] values = new int[1024];
  private int size;

  /** The value stored for {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return values[slot];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  /** Stores {@code value} for a key not yet present; {@code key} must be non-negative. */
  void put(long key, int value) {
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
    }
    insert(key, value);
    size++;
  }

  private void insert(long key, int value) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = newKeys(oldKeys.length * 2);
    values = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static long[] newKeys(int capacity) {
    long[] k = new long[capacity];
    Arrays.fill(k, EMPTY);
    return k;
  }

  /** MurmurHash3's 64-bit finaliser: keys pack {@code (source << 32 | item)}, so both halves must mix. */
  private static int mix(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }
}
