package org.corroborate.model;

import java.util.Arrays;

/** Open-addressing map from {@code long} keys to non-negative {@code int}s; -1 means absent. */
final class LongIntTable {
  private long[] keys = new long[1024];
  private int[] values = new int[1024];
  private boolean[] used = new boolean[1024];
  private int size;

  int get(long key) {
    int mask = keys.length - 1;
    for (int slot = mix(key) & mask; used[slot]; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return values[slot];
      }
    }
    return -1;
  }

  void put(long key, int value) {
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
    }
    insert(key, value);
  }

  private void insert(long key, int value) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (used[slot]) {
      if (keys[slot] == key) {
        values[slot] = value;
        return;
      }
      slot = (slot + 1) & mask;
    }
    used[slot] = true;
    keys[slot] = key;
    values[slot] = value;
    size++;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
    Arrays.fill(oldUsed, false);
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
