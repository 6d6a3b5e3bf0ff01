package org.corroborate.cli;

import org.corroborate.model.ObservationSet;

/**
 * Maps the byte fields of observation lines straight to an {@link ObservationSet.Builder}'s
 * numbers, so that a repeated source, item or value costs one byte hash and one compare instead of
 * decoding a string and looking it up again. Fields seen for the first time go through {@link
 * FieldReader}, which checks and decodes them and names file, line and field in errors. Each cache
 * stops growing at its limit; past it, lookups miss and fall back to the builder's own interning.
 * One instance per builder; not thread-safe.
 */
final class IndexedFields {
  private static final int ID_LIMIT = 1 << 22;
  private static final int VALUE_LIMIT = 1 << 20;

  private final FieldReader fields;
  private final ObservationSet.Builder builder;
  private final ByteKeyCache<Integer> sources = new ByteKeyCache<>(ID_LIMIT);
  private final ByteKeyCache<Integer> items = new ByteKeyCache<>(ID_LIMIT);
  private final ByteKeyCache<Integer> values = new ByteKeyCache<>(VALUE_LIMIT);

  IndexedFields(FieldReader fields, ObservationSet.Builder builder) {
    this.fields = fields;
    this.builder = builder;
  }

  /** The builder number of the source id in bytes {@code [start, end)}. */
  int source(byte[] b, int start, int end, long line, String field, int column) {
    int h = ByteKeyCache.hash(b, start, end);
    Integer known = sources.get(b, start, end, h);
    if (known != null) {
      return known;
    }
    int index = builder.sourceIndex(fields.text(b, start, end, line, field, column));
    sources.put(b, start, end, h, index);
    return index;
  }

  /** The builder number of the item id in bytes {@code [start, end)}. */
  int item(byte[] b, int start, int end, long line, String field, int column) {
    int h = ByteKeyCache.hash(b, start, end);
    Integer known = items.get(b, start, end, h);
    if (known != null) {
      return known;
    }
    int index = builder.itemIndex(fields.text(b, start, end, line, field, column));
    items.put(b, start, end, h, index);
    return index;
  }

  /**
   * The builder number of an item whose id is derived from bytes {@code [start, end)} (a DAFNA
   * object and property), computing the id with {@code id} on first sight.
   */
  int derivedItem(byte[] b, int start, int end, java.util.function.Supplier<String> id) {
    int h = ByteKeyCache.hash(b, start, end);
    Integer known = items.get(b, start, end, h);
    if (known != null) {
      return known;
    }
    int index = builder.itemIndex(id.get());
    items.put(b, start, end, h, index);
    return index;
  }

  /** The builder number of the value parsed from bytes {@code [start, end)}. */
  int value(byte[] b, int start, int end, long line, String field, int column) {
    int h = ByteKeyCache.hash(b, start, end);
    Integer known = values.get(b, start, end, h);
    if (known != null) {
      return known;
    }
    int index = builder.valueIndex(fields.value(b, start, end, line, field, column));
    values.put(b, start, end, h, index);
    return index;
  }
}
