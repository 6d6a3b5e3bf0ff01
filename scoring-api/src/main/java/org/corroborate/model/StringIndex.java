package org.corroborate.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * Numbers distinct strings densely, from 0, in order of first sight, as {@link
 * ObservationSet.Builder} numbers ids.
 *
 * <p>Design: open addressing with linear probing over one {@code long} per slot, the string's
 * hash code in the high half and, in the low half, where its characters begin in one shared
 * {@code char} array (its number and length stored just before them). A probe that finds the
 * hash compares the characters there, so a lookup reads a slot and a run of characters: two cache
 * misses in a table of a million ids, where a {@code HashMap<String, Integer>} reads its bucket,
 * the entry, the stored string and the string's bytes. Hash codes made to collide (a hundred
 * thousand distinct ids of one {@link String#hashCode}) would make every probe walk all the
 * others; past {@value #PROBES_PER_STRING} probe steps per lookup on average the index moves
 * its strings into a {@link HashMap}, whose buckets of one hash are trees, and uses that from then
 * on. Not thread-safe.
 */
final class StringIndex {
  /**
   * Probe steps past a slot of another string, per lookup on average, beyond which the table is
   * given up as crowded; counted over all lookups, so that the steps in all stay linear in them.
   */
  private static final int PROBES_PER_STRING = 16;
  /** Characters stored before each string's own: its number (two) and its length (two). */
  private static final int HEADER = 4;

  private long[] slots = new long[16];
  private char[] chars = new char[256];
  private char[] scratch = new char[64];
  private int used;
  private int size;
  private long probes;
  private long lookups;
  /** Set once the table is given up; then it alone numbers the strings. */
  private HashMap<String, Integer> crowded;

  /**
   * The number of {@code id}, which is added to {@code ids} (the strings by number, kept by the
   * caller) and numbered {@code ids.size()} on first sight.
   */
  int intern(String id, List<String> ids) {
    if (crowded != null) {
      Integer known = crowded.get(id);
      if (known != null) {
        return known;
      }
      crowded.put(id, size);
      return add(id, ids);
    }
    int hash = id.hashCode();
    int mask = slots.length - 1;
    lookups++;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return insert(id, ids, hash, slot);
      }
      if ((int) (entry >>> 32) == hash) {
        int at = (int) entry;
        if (matches(id, at)) {
          return chars[at - HEADER] << 16 | chars[at - HEADER + 1];
        }
      }
      if (++probes > PROBES_PER_STRING * (lookups + 64)) {
        giveUp(ids);
        return intern(id, ids);
      }
    }
  }

  private int insert(String id, List<String> ids, int hash, int slot) {
    int length = id.length();
    if (used + HEADER + (long) length > Integer.MAX_VALUE - 16) {
      giveUp(ids); // the characters would not fit one array
      return intern(id, ids);
    }
    if (used + HEADER + length > chars.length) {
      chars = Arrays.copyOf(chars,
          (int) Math.min(Integer.MAX_VALUE - 16, Math.max(used + HEADER + (long) length,
              chars.length + (long) (chars.length >> 1))));
    }
    int number = size;
    chars[used] = (char) (number >>> 16);
    chars[used + 1] = (char) number;
    chars[used + 2] = (char) (length >>> 16);
    chars[used + 3] = (char) length;
    int at = used + HEADER;
    id.getChars(0, length, chars, at);
    used = at + length;
    slots[slot] = (long) hash << 32 | at;
    if (++size * 2 > slots.length) {
      grow();
    }
    ids.add(id);
    return number;
  }

  private int add(String id, List<String> ids) {
    ids.add(id);
    return size++;
  }

  private boolean matches(String id, int at) {
    int length = chars[at - 2] << 16 | chars[at - 1];
    if (length != id.length()) {
      return false;
    }
    // the id's characters copied out once, then compared as arrays: both are bulk operations the
    // JIT vectorises, where a loop of charAt checks its index and the string's coding per character
    if (scratch.length < length) {
      scratch = new char[Math.max(length, 2 * scratch.length)];
    }
    id.getChars(0, length, scratch, 0);
    return Arrays.equals(scratch, 0, length, chars, at, at + length);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long entry : old) {
      if (entry != 0) {
        int slot = spread((int) (entry >>> 32)) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
      }
    }
  }

  /** Moves every string numbered so far into a hash map, which numbers the rest. */
  private void giveUp(List<String> ids) {
    crowded = new HashMap<>();
    for (int k = 0; k < ids.size(); k++) {
      crowded.put(ids.get(k), k);
    }
    slots = null;
    chars = null;
  }

  /** Whether the index gave up its table for a hash map ({@link #PROBES_PER_STRING}). */
  boolean crowded() {
    return crowded != null;
  }

  /** Fibonacci hashing of the hash code, so that ids differing in their last characters spread. */
  private static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }
}
