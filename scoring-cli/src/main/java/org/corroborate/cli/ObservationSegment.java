package org.corroborate.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corroborate.model.Value;

/**
 * One byte range of an observation file, from a line start to just after a line end (or the end
 * of the file), parsed into numbers local to it: sources, items and values numbered in order of
 * first appearance within the range, and one (source, item, value) triple of those numbers per
 * observation line. Segments of one file are parsed in parallel and merged in file order by
 * {@link ObservationReader}, which makes the numbering global.
 *
 * <p>Design: the range is read in large blocks into one reused buffer; lines and fields are found
 * at byte level, eight bytes at a time, and each field is looked up in a {@link ByteTable} by its
 * bytes, so a line costs three hash probes and three array writes, and no object. TSV, CSV and JSON
 * lines are split in batches before their items are looked up, so that the item table's cache
 * misses overlap (the fields of CSV and JSON lines are found, and unquoted in place, by {@link
 * RecordLines}). A field is checked and decoded (by {@link FieldReader}, which names file, line and
 * field in errors) only the first time the segment sees it. Line numbers here count from 1 at the
 * range's first line; the reader adds the lines of the earlier ranges. The first error stops the
 * segment and is kept, with the observations before it, for the reader to report in file order. Not
 * thread-safe; one use.
 */
final class ObservationSegment implements ByteLines.BufferedHandler {
  /** Bytes read at a time. */
  static final int BLOCK = 1 << 22;


  /** TSV lines whose fields are split before any is looked up; see {@link #flush}. */
  private static final int BATCH = 128;

  private final Path file;
  private final long from;
  private final long to;
  private final InputFormat format;
  private final Dafna.ItemNaming naming;
  /** Checks and decodes fields on first sight; dropped after parsing (a folder may hold many files). */
  private FieldReader fields;

  final ByteTable sources = new ByteTable(16);
  /** The items by their bytes, numbered here; null when they are sent to partitions instead. */
  final ByteTable items;
  final ByteTable values = new ByteTable(16);
  final List<String> sourceIds = new ArrayList<>();
  /** The decoded ids of {@link #items}; null when items are sent to partitions. */
  final List<String> itemIds;
  /**
   * The item ids sent to each hash partition, in line order, when the file's items are interned
   * by partition ({@link ItemPartition}): then {@link #item} is null, the streams keeping each
   * line's place. Null when this segment numbers its items itself.
   */
  final ItemStream[] streams;
  /** Item ids that needed the full check (not plain ASCII) and passed it; made on first need. */
  private ByteTable checkedItems;
  final List<Value> valueList = new ArrayList<>();
  int[] source;
  int[] item;
  int[] value;
  /** Observations read. */
  int records;
  /** Lines read, skipped ones included (up to the error, if any). */
  long lines;
  /** The first error, its line counted from this range's start; null if none. */
  InputFormatException error;

  private final int[] ends = new int[Dafna.FIELDS.size() + 1];
  /** The 1-based columns of source, item and value, named in errors. */
  private final int[] column;
  /** CSV: the place (from 0) of source, item and value among a record's fields; else null. */
  private final int[] csvPlace;
  /** CSV and JSON lines: finds the fields of each line. */
  private final RecordLines recordLine = new RecordLines();
  /**
   * CSV and JSON lines: a line this segment does not read by itself (see {@link RecordLines}) was
   * met, so the file is to be read by {@link RecordReader} instead; the segment stopped there.
   */
  boolean needsRecordReader;
  /**
   * CSV and JSON lines: set when the read is left to the record reader; see {@link
   * #parse(java.util.concurrent.atomic.AtomicBoolean)}.
   */
  private java.util.concurrent.atomic.AtomicBoolean leftToRecords;
  private final int[] tab = new int[2];
  private int lastSource = -1;
  private int lastSourceLength = -1;
  private long lastSource0;
  private long lastSource1;

  // the pending batch of TSV or CSV lines: field bounds, item hash and line number of each
  private byte[] batchBuffer;
  private int batched;
  /** Bytes of the TSV lines read (each with one byte for its end), for {@link #reserved}. */
  private long lineBytes;
  /** Whether the streams have been grown to the range's projected size. */
  private boolean reserved;
  /** Bytes of lines after which the streams are grown to the projection. */
  private static final long RESERVE_AFTER = 1 << 20;
  private final int[] batchSourceStart = new int[BATCH];
  private final int[] batchSourceEnd = new int[BATCH];
  private final int[] batchItemStart = new int[BATCH];
  private final int[] batchItemEnd = new int[BATCH];
  private final int[] batchValueStart = new int[BATCH];
  private final int[] batchValueEnd = new int[BATCH];
  private final int[] batchItemHash = new int[BATCH];
  private final long[] batchLine = new long[BATCH];
  /** Sum of the touched slots, kept so that the touching loads are not optimised away. */
  long touched;

  /**
   * A segment of bytes {@code [from, to)} of {@code file}; {@code from} must be 0 or follow a
   * {@code '\n'}. For CSV, {@code csvPlace} gives the place (from 0) of the source, item and
   * value among the fields of a record, as the file's header names them, and the range starts
   * after the header; it is null for the other layouts.
   */
  ObservationSegment(
      Path file,
      long from,
      long to,
      InputFormat format,
      Dafna.ItemNaming naming,
      org.corroborate.truth.ValueSimilarity similarity,
      String comparison,
      boolean nonNumericAsText,
      int partitions,
      int[] csvPlace) {
    if (partitions > 0 && format == InputFormat.DAFNA) {
      throw new IllegalArgumentException("DAFNA items are not interned by partition");
    }
    if ((format == InputFormat.CSV) != (csvPlace != null)) {
      throw new IllegalArgumentException("CSV, and only CSV, needs the places of its fields");
    }
    this.csvPlace = csvPlace;
    this.column = csvPlace == null
        ? new int[] {1, 2, 3}
        : new int[] {csvPlace[0] + 1, csvPlace[1] + 1, csvPlace[2] + 1};
    this.file = file;
    this.from = from;
    this.to = to;
    this.format = format;
    this.naming = naming;
    this.fields = new FieldReader(similarity, comparison, nonNumericAsText);
    this.fields.file(file);
    // sized for a distinct item per ten short lines (the tables grow past that) and a line per
    // 16 bytes
    int expected = (int) Math.min(1 << 20, Math.max(16, (to - from) / 160));
    if (partitions > 0) {
      this.items = null;
      this.itemIds = null;
      this.streams = new ItemStream[partitions];
      for (int p = 0; p < partitions; p++) {
        streams[p] = new ItemStream();
      }
    } else {
      this.items = new ByteTable(expected);
      this.itemIds = new ArrayList<>(expected);
      this.streams = null;
    }
    int capacity = (int) Math.min(1 << 24, Math.max(16, (to - from) / 16));
    source = new int[capacity];
    item = partitions > 0 ? null : new int[capacity]; // the partitions keep each line's item
    value = new int[capacity];
  }

  /**
   * Parses the range, keeping the first error instead of throwing it. CSV and JSON-lines segments
   * of one read share {@code leftToRecords}: a segment that meets a line for the record reader,
   * or an error, sets it, since the whole read will then be done again by the record reader, and
   * every segment stops at its next batch once it is set. Null for the other layouts.
   */
  ObservationSegment parse(java.util.concurrent.atomic.AtomicBoolean leftToRecords)
      throws IOException {
    this.leftToRecords = leftToRecords;
    try {
      scan(this);
    } catch (InputFormatException e) {
      error = e;
    } catch (RecordLines.NotRead e) {
      needsRecordReader = true;
    } finally {
      fields = null;
    }
    if (leftToRecords != null && (error != null || needsRecordReader)) {
      leftToRecords.set(true);
    }
    return this;
  }

  /** Whether item numbers stand for distinct item ids (not so for derived DAFNA ids). */
  boolean itemsByBytes() {
    return format != InputFormat.DAFNA;
  }

  /** Whether this segment sends its items to partitions instead of numbering them. */
  boolean streamed() {
    return streams != null;
  }

  /**
   * Calls {@code handler} for each line of the range, in order, until it returns false; lines
   * are numbered from 1 at the range's start, and a UTF-8 byte-order mark at the start of the file
   * is skipped, as in {@link ByteLines}.
   */
  void scan(ByteLines.BufferedHandler handler) throws IOException {
    if (to <= from) {
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long[] position = {from};
      ByteLines.scan((buf, offset, length) -> {
        int want = (int) Math.min(length, to - position[0]);
        if (want <= 0) {
          return -1;
        }
        int n = channel.read(ByteBuffer.wrap(buf, offset, want), position[0]);
        if (n > 0) {
          position[0] += n;
        }
        return n; // -1 when the file shrank while read
      }, (int) Math.min(BLOCK, to - from), from == 0, handler);
    }
  }

  /**
   * Returns the line number, counted from this range's start, of observation {@code record}
   * (from 0), by reading the range again; for error messages only.
   */
  long lineOf(int record) throws IOException {
    long[] found = {-1};
    int[] seen = {0};
    scan(
        (b, start, end, line) -> {
          if (ByteLines.isBlank(b, start, end) || ByteLines.isComment(b, start, end)) {
            return true;
          }
          if (seen[0]++ == record) {
            found[0] = line;
            return false;
          }
          return true;
        });
    return found[0];
  }

  @Override
  public boolean line(byte[] b, int start, int end, long line) {
    lines++;
    if (start == end) {
      return true;
    }
    if (format == InputFormat.CSV) {
      csv(b, start, end, line); // a CSV line starting with '#' or blank is a record
      return true;
    }
    if (format == InputFormat.JSONL) {
      if (!ByteLines.isBlank(b, start, end)) {
        jsonLine(b, start, end, line);
      }
      return true;
    }
    if (b[start] == '#') {
      return true;
    }
    if ((b[start] == ' ' || b[start] == '\t') && ByteLines.isBlank(b, start, end)) {
      return true;
    }
    if (format == InputFormat.TSV) {
      tsv(b, start, end, line);
    } else {
      dafna(b, start, end, line);
    }
    return true;
  }

  private void tsv(byte[] b, int start, int end, long line) {
    int found = tabs(b, start, end);
    if (found < 1) {
      throw structural(line, "item", 2, "missing column: expected source<TAB>item<TAB>value",
          null);
    }
    if (found < 2) {
      throw structural(line, "value", 3, "missing column: expected source<TAB>item<TAB>value",
          null);
    }
    if (found > 2) {
      throw structural(
          line,
          "line",
          4,
          "extra column: expected exactly 3 (source<TAB>item<TAB>value), found "
              + (ObservationReader.countTabs(b, start, end) + 1),
          null);
    }
    int tab1 = tab[0];
    int tab2 = tab[1];
    batch(b, start, tab1, tab1 + 1, tab2, tab2 + 1, end, end - start + 1, line);
  }

  /**
   * A CSV record on one line, its fields found by {@link RecordLines#csv} (unquoted in place),
   * then batched as a TSV line's in the order the header gives.
   */
  private void csv(byte[] b, int start, int end, long line) {
    recordLine.csv(b, start, end);
    int[] from = recordLine.fieldStart;
    int[] to = recordLine.fieldEnd;
    int s = csvPlace[0];
    int i = csvPlace[1];
    int v = csvPlace[2];
    batch(b, from[s], to[s], from[i], to[i], from[v], to[v], end - start + 1, line);
  }

  /** A JSON line, its fields found by {@link RecordLines#json} (unescaped in place), batched. */
  private void jsonLine(byte[] b, int start, int end, long line) {
    recordLine.json(b, start, end);
    int[] from = recordLine.fieldStart;
    int[] to = recordLine.fieldEnd;
    batch(b, from[0], to[0], from[1], to[1], from[2], to[2], end - start + 1, line);
  }

  /** Adds a line's three fields, {@code [start, end)} each, to the pending batch. */
  private void batch(byte[] b, int sourceStart, int sourceEnd, int itemStart, int itemEnd,
      int valueStart, int valueEnd, int bytes, long line) {
    lineBytes += bytes;
    if (batched == BATCH) {
      if (leftToRecords != null && leftToRecords.get()) {
        throw RecordLines.NotRead.INSTANCE; // another segment left the file to the record reader
      }
      flush();
    }
    int k = batched++;
    batchBuffer = b;
    batchSourceStart[k] = sourceStart;
    batchSourceEnd[k] = sourceEnd;
    batchItemStart[k] = itemStart;
    batchItemEnd[k] = itemEnd;
    batchValueStart[k] = valueStart;
    batchValueEnd[k] = valueEnd;
    batchItemHash[k] = ByteTable.hash(b, itemStart, itemEnd);
    batchLine[k] = line;
  }

  /**
   * Looks up the fields of the pending TSV or CSV lines, in line order. The item table is large
   * (about one entry per distinct item) and each probe of it misses the cache; touching the slots
   * of the whole batch first lets the processor fetch them in parallel, instead of one line at a
   * time.
   */
  @Override
  public void flush() {
    int n = batched;
    if (n == 0) {
      return;
    }
    if (streams != null) {
      flushToStreams(n);
      return;
    }
    long sum = 0;
    for (int k = 0; k < n; k++) {
      sum += items.touch(batchItemHash[k]);
    }
    touched += sum;
    byte[] b = batchBuffer;
    batched = 0;
    for (int k = 0; k < n; k++) {
      long line = batchLine[k];
      int itemStart = batchItemStart[k];
      int itemEnd = batchItemEnd[k];
      int s = source(b, batchSourceStart[k], batchSourceEnd[k], line, "source", column[0]);
      int h = batchItemHash[k];
      int i = items.find(b, itemStart, itemEnd, h);
      if (i < 0) {
        itemIds.add(fields.item(b, itemStart, itemEnd, line, "item", column[1]));
        i = items.add(b, itemStart, itemEnd, h);
      }
      int v = value(b, batchValueStart[k], batchValueEnd[k], line, column[2]);
      record(s, i, v);
    }
  }

  /**
   * Checks the fields of the pending TSV or CSV lines, in line order, numbering sources and values
   * and sending each item id, with its line's place, to its partition's stream.
   */
  private void flushToStreams(int n) {
    if (!reserved && lineBytes >= RESERVE_AFTER) {
      // the rest of the range will most likely send ids as the part read so far did: the streams
      // grow now to hold the projection, with a twentieth to spare, instead of doubling all along
      reserved = true;
      double factor = 1.05 * (to - from) / lineBytes;
      for (ItemStream stream : streams) {
        stream.reserve(factor);
      }
    }
    byte[] b = batchBuffer;
    batched = 0;
    int partitions = streams.length;
    for (int k = 0; k < n; k++) {
      long line = batchLine[k];
      int itemStart = batchItemStart[k];
      int itemEnd = batchItemEnd[k];
      int s = source(b, batchSourceStart[k], batchSourceEnd[k], line, "source", column[0]);
      int h = batchItemHash[k];
      checkItem(b, itemStart, itemEnd, h, line);
      int v = value(b, batchValueStart[k], batchValueEnd[k], line, column[2]);
      int p = ItemStream.partition(h, partitions);
      streams[p].add(b, itemStart, itemEnd, h, records);
      record(s, v);
    }
  }

  /**
   * Checks an item id as {@link FieldReader#item} would (not empty, not blank, valid UTF-8),
   * throwing its error; an id of printable ASCII that starts with a visible character passes
   * without decoding, and another id is decoded once per segment.
   */
  private void checkItem(byte[] b, int start, int end, int h, long line) {
    if (end > start && b[start] > ' ' && b[start] < 0x7f && ascii(b, start, end)) {
      return;
    }
    if (checkedItems == null) {
      checkedItems = new ByteTable(16);
    }
    if (checkedItems.find(b, start, end, h) >= 0) {
      return;
    }
    fields.item(b, start, end, line, "item", column[1]);
    checkedItems.add(b, start, end, h);
  }

  /** Whether bytes {@code [start, end)} are all below 0x80. */
  private static boolean ascii(byte[] b, int start, int end) {
    // a byte at a time: ids are short, and the loop is as fast before the JIT compiles it
    for (int i = start; i < end; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds the tabs of bytes {@code [start, end)}, eight bytes at a time: stores the first two in
   * {@link #tab} and returns how many there are, counting at most three.
   */
  private int tabs(byte[] b, int start, int end) {
    int found = 0;
    for (int i = start; i < end; i += 8) {
      long t = ByteLines.matches(b, i, Math.min(8, end - i), ByteLines.TABS);
      while (t != 0) {
        int at = i + (Long.numberOfTrailingZeros(t) >>> 3);
        t &= t - 1;
        if (b[at] == '\t') {
          if (found == 2) {
            return 3;
          }
          tab[found++] = at;
        }
      }
    }
    return found;
  }



  /** An error in the layout of a line, raised after the pending lines are looked up. */
  private InputFormatException structural(
      long line, String field, int column, String problem, Throwable cause) {
    flush();
    return fields.error(line, field, column, problem, cause);
  }

  private void dafna(byte[] b, int start, int end, long line) {
    int expected = Dafna.FIELDS.size();
    int n = Dafna.separators(b, start, end, ends);
    if (n < expected) {
      throw fields.error(
          line,
          Dafna.FIELDS.get(n),
          n + 1,
          "missing field: a DAFNA line has " + expected
              + " fields, each ended by '|<TAB>', found " + n,
          null);
    }
    if (n > expected || ends[expected - 1] + 2 != end) {
      throw fields.error(
          line, "line", expected + 1, "extra text after the " + expected + "th field (timestamp)",
          null);
    }
    int objectStart = ends[Dafna.OBJECT - 1] + 2;
    int objectEnd = ends[Dafna.OBJECT];
    int propertyStart = ends[Dafna.PROPERTY - 1] + 2;
    int propertyEnd = ends[Dafna.PROPERTY];
    int h = ByteTable.hash(b, objectStart, propertyEnd);
    int i = items.find(b, objectStart, propertyEnd, h);
    if (i < 0) {
      String object = fields.item(b, objectStart, objectEnd, line, "objectId", Dafna.OBJECT + 1);
      String property =
          fields.text(b, propertyStart, propertyEnd, line, "propertyName", Dafna.PROPERTY + 1);
      itemIds.add(naming.itemId(object, property));
      i = items.add(b, objectStart, propertyEnd, h);
    }
    int v = value(b, ends[Dafna.VALUE - 1] + 2, ends[Dafna.VALUE], line, Dafna.VALUE + 1);
    int s =
        source(b, ends[Dafna.SOURCE - 1] + 2, ends[Dafna.SOURCE], line, "sourceId",
            Dafna.SOURCE + 1);
    record(s, i, v);
  }

  private int source(byte[] b, int start, int end, long line, String field, int column) {
    int len = end - start;
    long w0 = ByteTable.word(b, start, end);
    long w1 = len > 8 ? ByteTable.word(b, start + 8, end) : 0;
    // lines of one source usually follow each other: a short id equal to the last one, byte for
    // byte, needs no lookup
    if (len == lastSourceLength && w0 == lastSource0 && w1 == lastSource1 && len <= 16) {
      return lastSource;
    }
    int h = ByteTable.hash(b, start, end);
    int s = sources.find(b, start, end, h);
    if (s < 0) {
      sourceIds.add(fields.text(b, start, end, line, field, column));
      s = sources.add(b, start, end, h);
    }
    lastSource = s;
    lastSourceLength = len;
    lastSource0 = w0;
    lastSource1 = w1;
    return s;
  }

  private int value(byte[] b, int start, int end, long line, int column) {
    int h = ByteTable.hash(b, start, end);
    int v = values.find(b, start, end, h);
    if (v < 0) {
      valueList.add(fields.value(b, start, end, line, "value", column));
      v = values.add(b, start, end, h);
    }
    return v;
  }

  private void record(int s, int i, int v) {
    grow();
    source[records] = s;
    item[records] = i;
    value[records] = v;
    records++;
  }

  /** Records a line whose item went to a partition's stream (which keeps its place). */
  private void record(int s, int v) {
    grow();
    source[records] = s;
    value[records] = v;
    records++;
  }

  private void grow() {
    if (records == source.length) {
      int n = records + (records >> 1);
      source = Arrays.copyOf(source, n);
      if (item != null) {
        item = Arrays.copyOf(item, n);
      }
      value = Arrays.copyOf(value, n);
    }
  }
}
