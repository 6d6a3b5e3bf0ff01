package org.corroborate.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Interns byte strings: gives each distinct one a dense number from 0, in order of first addition,
 * and finds it again by comparing bytes, never by hash alone. Keys are copied into one growing byte
 * array, so the buffer they were read from can be reused.
 *
 * <p>Design: open addressing with linear probing over one {@code long[]}, four words per slot:
 * the 32-bit hash and the number, the length, and the first 16 bytes of the key. A lookup of a key
 * of at most 16 bytes (typical ids) therefore touches one slot (one or two cache lines) and
 * nothing else; longer keys compare their remaining bytes in the key array. Keys are read eight
 * bytes at a time, so a buffer passed in must have {@link #PADDING} readable bytes after the last
 * key byte. Not thread-safe.
 */
final class ByteTable {
  /** Bytes a caller's buffer must hold after any key end, for the eight-byte reads. */
  static final int PADDING = 16;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long C1 = 0x9E3779B97F4A7C15L;
  private static final long C2 = 0xC2B2AE3D27D4EB4FL;

  private long[] slots;
  private int mask;
  private int size;
  private byte[] keys = new byte[1024];
  private int keysUsed;
  private int[] offsets = new int[64];
  private int[] lengths = new int[64];
  private int[] hashes = new int[64];

  /** Creates a table sized for about {@code expected} keys. */
  ByteTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[capacity * 4];
    mask = capacity - 1;
  }

  /** The first eight bytes of {@code [start, end)}, zero-filled past {@code end}. */
  static long word(byte[] b, int start, int end) {
    int len = end - start;
    if (len <= 0) {
      return 0;
    }
    long w = (long) LONGS.get(b, start);
    return len >= 8 ? w : w & ((1L << (len << 3)) - 1);
  }

  /**
   * A number drawn when the class is loaded and mixed into every hash, so that ids cannot be made
   * in advance to share one (each step of the hash can be undone, and ids chosen to fill one chain
   * of a table would make every look-up walk it). Tables number their keys in order of addition
   * and are never read in slot order, so no output depends on it; only the slots do.
   */
  private static final long SEED = new java.util.SplittableRandom().nextLong();

  /** Hashes bytes {@code [start, end)}; the buffer must have {@link #PADDING} bytes after them. */
  static int hash(byte[] b, int start, int end) {
    int len = end - start;
    long h = len * C1 ^ SEED;
    int i = start;
    for (; i + 8 <= end; i += 8) {
      h = (h ^ (long) LONGS.get(b, i)) * C2;
      h ^= h >>> 29;
    }
    h = (h ^ word(b, i, end)) * C1;
    h ^= h >>> 32;
    h *= C2;
    return (int) (h ^ (h >>> 29));
  }

  /**
   * Reads the first and last word of the slot where a key with hash {@code h} would be looked for first,
   * so that a later {@link #find} of it hits the cache; callers touch many slots in a row, whose
   * loads then overlap.
   */
  long touch(int h) {
    int at = (h & mask) << 2;
    return slots[at] + slots[at + 3]; // a slot may straddle two cache lines
  }

  /** The number of keys. */
  int size() {
    return size;
  }

  /**
   * Returns the number of bytes {@code [start, end)} with hash {@code h} ({@link #hash}), or -1 if
   * they were never added.
   */
  int find(byte[] b, int start, int end, int h) {
    int len = end - start;
    long w0 = word(b, start, end);
    long w1 = len > 8 ? word(b, start + 8, end) : 0;
    long[] t = slots;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long head = t[slot << 2];
      if (head == 0) {
        return -1;
      }
      if ((int) (head >>> 32) == h
          && t[(slot << 2) + 1] == len
          && t[(slot << 2) + 2] == w0
          && t[(slot << 2) + 3] == w1) {
        int id = (int) head - 1;
        if (len <= 16 || Arrays.equals(keys, offsets[id] + 16, offsets[id] + len, b, start + 16,
            end)) {
          return id;
        }
      }
    }
  }

  /**
   * Adds bytes {@code [start, end)} with hash {@code h}, which must not be present, and returns
   * their number.
   */
  int add(byte[] b, int start, int end, int h) {
    int len = end - start;
    if ((size + 1) * 2 > mask + 1) {
      grow();
    }
    int id = size++;
    if (id == offsets.length) {
      int n = id * 2;
      offsets = Arrays.copyOf(offsets, n);
      lengths = Arrays.copyOf(lengths, n);
      hashes = Arrays.copyOf(hashes, n);
    }
    if (keysUsed + len + PADDING > keys.length) {
      keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keysUsed + len + PADDING));
    }
    System.arraycopy(b, start, keys, keysUsed, len);
    offsets[id] = keysUsed;
    lengths[id] = len;
    hashes[id] = h;
    keysUsed += len;
    place(id);
    return id;
  }

  /** Returns the number of bytes {@code [start, end)}, adding them if new. */
  int intern(byte[] b, int start, int end) {
    int h = hash(b, start, end);
    int id = find(b, start, end, h);
    return id >= 0 ? id : add(b, start, end, h);
  }

  private void place(int id) {
    int off = offsets[id];
    int end = off + lengths[id];
    int slot = hashes[id] & mask;
    while (slots[slot << 2] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot << 2] = ((long) hashes[id] << 32) | ((id + 1) & 0xffff_ffffL);
    slots[(slot << 2) + 1] = lengths[id];
    slots[(slot << 2) + 2] = word(keys, off, end);
    slots[(slot << 2) + 3] = lengths[id] > 8 ? word(keys, off + 8, end) : 0;
  }

  private void grow() {
    int capacity = (mask + 1) * 2;
    slots = new long[capacity * 4];
    mask = capacity - 1;
    for (int id = 0; id < size; id++) {
      place(id);
    }
  }

  /** The key bytes of every number, each at {@link #offset}; valid until the next addition. */
  byte[] keys() {
    return keys;
  }

  /** Where key {@code id} starts in {@link #keys()}. */
  int offset(int id) {
    return offsets[id];
  }

  /** The length of key {@code id}. */
  int length(int id) {
    return lengths[id];
  }

  /** The hash of key {@code id}. */
  int hash(int id) {
    return hashes[id];
  }
}
