package org.corroborate.cli;

import java.util.Arrays;

/**
 * An open-addressing map from byte strings to objects (ids decoded once, values parsed once), so a
 * reader does not decode and hash the same field again on every line. It stops growing at a fixed
 * number of entries; beyond that, {@link #get} misses and callers decode as usual. Not thread-safe.
 *
 * @param <T> what a byte string maps to
 */
final class ByteKeyCache<T> {
  private final int maxEntries;
  private int[] hashes;
  private byte[][] keys;
  private Object[] values;
  private int size;
  private int mask;

  ByteKeyCache(int maxEntries) {
    this.maxEntries = maxEntries;
    allocate(1024);
  }

  private void allocate(int capacity) {
    hashes = new int[capacity];
    keys = new byte[capacity][];
    values = new Object[capacity];
    mask = capacity - 1;
  }

  /** Hashes bytes {@code [start, end)}. */
  static int hash(byte[] b, int start, int end) {
    int h = 1;
    for (int i = start; i < end; i++) {
      h = 31 * h + b[i];
    }
    // MurmurHash3's finaliser: ids such as item1, item2, ... have nearly sequential polynomial
    // hashes, which form long clusters under linear probing unless mixed.
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** Returns the object stored for bytes {@code [start, end)} with hash {@code h}, or null. */
  @SuppressWarnings("unchecked")
  T get(byte[] b, int start, int end, int h) {
    int len = end - start;
    int slot = h & mask;
    for (int probe = 0; probe < MAX_PROBES && keys[slot] != null; probe++) {
      byte[] key = keys[slot];
      if (hashes[slot] == h
          && key.length == len
          && Arrays.equals(key, 0, len, b, start, end)) {
        return (T) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /**
   * Slots a look-up reads at most. Keys are placed within as many of their first slot, or not
   * kept: where many keys share a hash (input made for it, the hash being polynomial like {@code
   * String.hashCode}), a look-up still costs a bounded number of steps, and the caller decodes.
   */
  static final int MAX_PROBES = 32;

  /** Stores {@code value} for bytes {@code [start, end)} with hash {@code h}, unless full. */
  void put(byte[] b, int start, int end, int h, T value) {
    if (size >= maxEntries) {
      return;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    if (insert(h, Arrays.copyOfRange(b, start, end), value)) {
      size++;
    }
  }

  /** Places a key within {@link #MAX_PROBES} slots of its first; false if none is free. */
  private boolean insert(int h, byte[] key, Object value) {
    int slot = h & mask;
    for (int probe = 0; keys[slot] != null; probe++) {
      if (probe + 1 == MAX_PROBES) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    hashes[slot] = h;
    keys[slot] = key;
    values[slot] = value;
    return true;
  }

  private void grow() {
    int[] oldHashes = hashes;
    byte[][] oldKeys = keys;
    Object[] oldValues = values;
    allocate(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null && !insert(oldHashes[i], oldKeys[i], oldValues[i])) {
        size--;
      }
    }
  }
}
