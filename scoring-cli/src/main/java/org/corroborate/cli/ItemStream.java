package org.corroborate.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The item ids one segment of a TSV file sends to one hash partition, in line order: each id's
 * bytes after their length, its {@link ByteTable#hash} and the number of its observation in the
 * segment. The partition's thread later interns them in that order ({@link ItemPartition}) and
 * overwrites each hash with the id's number in the partition. Not thread-safe: one segment writes
 * it, then one partition reads it.
 */
final class ItemStream {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The largest array of id bytes one stream holds (the largest Java array, nearly). */
  private static final int MAX_BYTES = Integer.MAX_VALUE - 16;

  /** The length of each id (one byte below 128, else seven bits a byte) followed by its bytes. */
  byte[] bytes = new byte[1 << 12];
  /** Bytes of {@link #bytes} used. */
  int used;
  /** The hash of each id, then its number in the partition. */
  int[] numbers = new int[1 << 8];
  /** The segment's observation number of each id. */
  int[] records = new int[1 << 8];
  /** Ids written. */
  int count;

  /**
   * Appends bytes {@code [start, end)} of {@code b}, whose {@link ByteTable#hash} is {@code h},
   * the item of the segment's observation {@code record}; {@code b} must have {@link
   * ByteTable#PADDING} readable bytes after {@code end}.
   */
  void add(byte[] b, int start, int end, int h, int record) {
    int len = end - start;
    long needed = (long) used + len + 5 + ByteTable.PADDING;
    if (needed > bytes.length) {
      if (needed > MAX_BYTES) {
        throw new IllegalStateException("the item ids one segment sends to one partition exceed "
            + MAX_BYTES + " bytes; read the file on more threads (--threads)");
      }
      bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_BYTES, Math.max(2L * bytes.length, needed)));
    }
    int at = used;
    int rest = len;
    while (rest >= 0x80) {
      bytes[at++] = (byte) (rest | 0x80);
      rest >>>= 7;
    }
    bytes[at++] = (byte) rest;
    if (len <= 16) {
      // two word copies (the bytes past the id are overwritten by the next one, or padding)
      LONGS.set(bytes, at, (long) LONGS.get(b, start));
      LONGS.set(bytes, at + 8, (long) LONGS.get(b, start + 8));
    } else {
      System.arraycopy(b, start, bytes, at, len);
    }
    used = at + len;
    if (count == numbers.length) {
      numbers = Arrays.copyOf(numbers, (int) Math.min(MAX_BYTES, count + (long) (count >> 1)));
      records = Arrays.copyOf(records, numbers.length);
    }
    numbers[count] = h;
    records[count++] = record;
  }

  /**
   * Grows the arrays, once the first ids have shown how large they get, to hold {@code factor}
   * times what they hold now, so that a stream that keeps growing is copied once instead of at
   * every doubling. Copies nothing when that is not more than they hold.
   */
  void reserve(double factor) {
    long ids = (long) Math.ceil(count * factor);
    long idBytes = (long) Math.ceil(used * factor) + ByteTable.PADDING;
    if (idBytes > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_BYTES, idBytes));
    }
    if (ids > numbers.length) {
      numbers = Arrays.copyOf(numbers, (int) Math.min(MAX_BYTES, ids));
      records = Arrays.copyOf(records, numbers.length);
    }
  }

  /** The partition of an id with hash {@code h} among {@code partitions}, by its top bits. */
  static int partition(int h, int partitions) {
    return (int) (((h & 0xffff_ffffL) * partitions) >>> 32);
  }
}
