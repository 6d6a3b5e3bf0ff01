package org.corroborate.cli;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * The item ids of one hash partition of a TSV file split into segments: interns the ids the
 * segments sent to it ({@link ItemStream}), segment by segment in file order, so that each
 * distinct id is looked up in one table and decoded once for the whole file, whatever the number
 * of segments. The ids were checked when their lines were read; here they are only decoded.
 *
 * <p>Design: each partition owns the ids whose hash falls in its range, so partitions run in
 * parallel with no shared table. A partition numbers its ids in order of first appearance, and
 * keeps where each first appears in the file; {@link ObservationReader} merges those positions
 * into the global numbering (first appearance in the file, as a line-by-line reader gives), and
 * each partition then writes the global numbers of its ids into the observations' item column.
 * Like the segments' tables, the stream is looked up in batches whose slots are touched first, so
 * that the table's cache misses overlap. Not thread-safe; one use.
 */
final class ItemPartition {
  private static final int BATCH = 128;

  private final List<ItemStream> streams;
  /** Where each stream's segment starts among the observations of all segments. */
  private final int[] bases;
  private final ByteTable table;
  /** The decoded ids, by number in this partition. */
  final List<String> ids;
  /** The observation (among all segments') where each id of {@link #ids} first appears. */
  int[] first;
  /** Sum of touched table slots, kept so that the touching loads are not optimised away. */
  long touched;

  /**
   * A partition receiving {@code streams}, one per segment in file order, whose segments' first
   * observations are numbered {@code bases} among all the segments' observations.
   */
  ItemPartition(List<ItemStream> streams, int[] bases) {
    this.streams = streams;
    this.bases = bases;
    long total = 0;
    for (ItemStream stream : streams) {
      total += stream.count;
    }
    // sized, as a segment's table is, for a distinct item per ten lines; it grows past that
    int expected = (int) Math.min(1 << 20, Math.max(16, total / 10));
    this.table = new ByteTable(expected);
    this.ids = new ArrayList<>(expected);
    this.first = new int[expected];
  }

  /** Numbers the ids of every stream: each stream's {@code numbers} hold them afterwards. */
  ItemPartition intern() {
    FieldDecoder decoder = new FieldDecoder();
    for (int k = 0; k < streams.size(); k++) {
      ItemStream stream = streams.get(k);
      int at = 0;
      // a call per batch, not one loop over the stream: the JIT compiles the method once instead
      // of replacing a running loop (and again after the loop's first exit)
      for (int block = 0; block < stream.count; block += BATCH) {
        at = intern(stream, block, Math.min(stream.count, block + BATCH), at, bases[k], decoder);
      }
      stream.bytes = null; // the bytes are interned: let them go
    }
    return this;
  }

  /**
   * Numbers ids {@code [from, to)} of {@code stream}, whose bytes start at {@code at}; returns
   * where the next id's bytes start.
   */
  private int intern(ItemStream stream, int from, int to, int at, int base, FieldDecoder decoder) {
    byte[] b = stream.bytes;
    int[] numbers = stream.numbers;
    long sum = 0;
    for (int j = from; j < to; j++) {
      sum += table.touch(numbers[j]);
    }
    touched += sum;
    for (int j = from; j < to; j++) {
      int len = 0;
      int shift = 0;
      int c;
      do {
        c = b[at++];
        len |= (c & 0x7f) << shift;
        shift += 7;
      } while (c < 0);
      int h = numbers[j];
      int id = table.find(b, at, at + len, h);
      if (id < 0) {
        id = table.add(b, at, at + len, h);
        ids.add(decode(decoder, b, at, at + len));
        if (id == first.length) {
          first = java.util.Arrays.copyOf(first, id + (id >> 1) + 16);
        }
        first[id] = base + stream.records[j];
      }
      numbers[j] = id;
      at += len;
    }
    return at;
  }

  /**
   * Writes the global number of each observation's item, {@code global[id]} for the partition's
   * number {@code id}, into {@code item} at the observation's place among all segments'.
   */
  void write(int[] global, int[] item) {
    for (int k = 0; k < streams.size(); k++) {
      ItemStream stream = streams.get(k);
      int base = bases[k];
      int[] numbers = stream.numbers;
      int[] records = stream.records;
      for (int j = 0, n = stream.count; j < n; j++) {
        item[base + records[j]] = global[numbers[j]];
      }
      stream.numbers = null;
      stream.records = null;
    }
  }

  private static String decode(FieldDecoder decoder, byte[] b, int start, int end) {
    try {
      return decoder.decode(b, start, end);
    } catch (CharacterCodingException e) {
      // the segment checked every id it sent
      throw new IllegalStateException("an item id checked as UTF-8 failed to decode", e);
    }
  }
}
