package org.corroborate.model;

import java.util.Objects;

/**
 * A {@link Value} as a hash-map key that stays fast when values' hash codes collide. A text value
 * hashes as its text's {@code String.hashCode}, which input can be made to collide at will (every
 * string of pairs {@code Aa} and {@code BB} of one length shares one code); a hash map crowds such
 * keys into one bin, and a bin of keys that cannot be ordered is searched one key at a time, so
 * numbering n such values takes n^2 steps. Equal and hashing as their value, these keys also order
 * themselves by canonical form (equal values have equal forms), which the map uses within a crowded
 * bin: O(log n) a look-up, whatever the hash codes.
 */
public final class ValueKey implements Comparable<ValueKey> {
  private final Value value;

  private ValueKey(Value value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The key of {@code value}. */
  public static ValueKey of(Value value) {
    return new ValueKey(value);
  }

  /** The value. */
  public Value value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValueKey key && value.equals(key.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * By canonical form; 0 for equal values, and possibly for unequal values of one form (which the
   * map then tells apart by {@link #equals}).
   */
  @Override
  public int compareTo(ValueKey other) {
    return value.canonical().compareTo(other.value.canonical());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
