package org.corroborate.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The item ids one segment of a TSV file sends to one hash partition, in line order: each id's
 * bytes after their length, its {@link ByteTable#hash} and the number of its observation in the
 * segment. The partition's thread later interns them in that order ({@link ItemPartition}) and
 * overwrites each hash with the id's number in the partition. Not thread-safe: one segment writes
 * it, then one partition reads it.
 *
 * <p>The ids are kept in {@link Chunk}s rather than in arrays that double: a stream of a
 * 10-million-line file holds tens of megabytes, and doubling arrays would allocate (and zero) about
 * twice that again, only to copy it. Each chunk holds twice the ids of the one before, up to
 * {@link #MAX_CHUNK_IDS}, so a small stream stays small, and a large one is held in large arrays,
 * which the collector leaves in place instead of copying them from one space to another.
 */
final class ItemStream {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Ids the first chunk holds. */
  static final int FIRST_CHUNK_IDS = 1 << 10;
  /** Ids a chunk holds at most. */
  static final int MAX_CHUNK_IDS = 1 << 20;
  /** Bytes per id the first chunk has room for; later ones take the stream's mean so far. */
  private static final int FIRST_BYTES_PER_ID = 16;

  /** The chunks, in line order; the last one is being written. */
  final List<Chunk> chunks = new ArrayList<>();
  /** Ids written, over all chunks. */
  int count;
  /** Bytes used, over all chunks. */
  private long used;
  private Chunk last;

  /** Consecutive ids of the stream, as many as its arrays hold. */
  static final class Chunk {
    /** The length of each id (one byte below 128, else seven bits a byte) followed by its bytes. */
    byte[] bytes;
    /** Bytes of {@link #bytes} used. */
    int used;
    /** The hash of each id, then its number in the partition. */
    int[] numbers;
    /** The segment's observation number of each id. */
    int[] records;
    /** Ids in this chunk. */
    int count;

    Chunk(int ids, int bytes) {
      this.bytes = new byte[bytes];
      this.numbers = new int[ids];
      this.records = new int[ids];
    }
  }

  /**
   * Appends bytes {@code [start, end)} of {@code b}, whose {@link ByteTable#hash} is {@code h},
   * the item of the segment's observation {@code record}; {@code b} must have {@link
   * ByteTable#PADDING} readable bytes after {@code end}.
   */
  void add(byte[] b, int start, int end, int h, int record) {
    int len = end - start;
    // the length takes at most five bytes; the padding lets the next read run a word past the end
    int needed = len + 5 + ByteTable.PADDING;
    Chunk c = last;
    if (c == null || c.count == c.numbers.length || needed > c.bytes.length - c.used) {
      c = next(needed);
    }
    byte[] bytes = c.bytes;
    int at = c.used;
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
    used += at + len - c.used;
    c.used = at + len;
    c.numbers[c.count] = h;
    c.records[c.count++] = record;
    count++;
  }

  /**
   * Starts a chunk with room for at least {@code needed} bytes: twice the ids of the last one (up
   * to {@link #MAX_CHUNK_IDS}), at the stream's mean bytes per id so far, rounded up, plus an
   * eighth. A chunk that runs out of bytes first ends early; the next one starts.
   */
  private Chunk next(int needed) {
    int ids = last == null ? FIRST_CHUNK_IDS : Math.min(MAX_CHUNK_IDS, 2 * last.numbers.length);
    long mean = count == 0 ? FIRST_BYTES_PER_ID : (used + count - 1) / count;
    long bytes = ids * mean + ((ids * mean) >> 3) + ByteTable.PADDING;
    // an id longer than the chunk would hold alone gets a chunk of its own size
    Chunk c = new Chunk(ids, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 16, bytes)));
    chunks.add(c);
    last = c;
    return c;
  }

  /** The partition of an id with hash {@code h} among {@code partitions}, by its top bits. */
  static int partition(int h, int partitions) {
    return (int) (((h & 0xffff_ffffL) * partitions) >>> 32);
  }
}
