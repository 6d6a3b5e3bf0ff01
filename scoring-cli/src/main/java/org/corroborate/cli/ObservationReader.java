package org.corroborate.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.model.ValueKey;
import org.corroborate.truth.ValueSimilarity;

/**
 * Reads observation files, TSV, DAFNA, CSV or JSON lines, into an {@link ObservationSet}.
 *
 * <p><b>TSV</b>: {@code source<TAB>item<TAB>value}, exactly three columns. A line with more columns
 * is rejected rather than guessed at (a tab inside a value would be ambiguous). Every field must be
 * non-empty, not only white space, and valid UTF-8; values are read with the comparison's {@link
 * ValueSimilarity#parse}, so numeric comparison yields numbers and times. <b>DAFNA</b>: see {@link
 * Dafna}. <b>CSV</b>: as {@link RecordReader} reads it (a header naming source, item and value, RFC
 * 4180 quoting), with the same result and errors: its records are read here, in segments as TSV
 * lines are, when each lies on one line ({@link CsvHeader}, {@link RecordLines}); a file holding a
 * quoted field across lines, or any error, is read by the record reader instead. <b>JSON lines</b>
 * likewise: lines of one object of the three keys, read in segments as long as every line is
 * written as the segments read it ({@link RecordLines}), else by the record reader. Empty lines are
 * skipped; so are lines of only spaces and tabs, except in CSV, and lines whose first byte is
 * {@code #} in TSV and DAFNA; a UTF-8 byte-order mark at the start of a file is skipped; lines end
 * at {@code \n} with an optional {@code \r} before it. A path that is a folder reads every regular,
 * non-hidden file in it in file-name order. Fields are not trimmed.
 *
 * <p>Every error is an {@link InputFormatException} naming file, line and field; when a file has
 * several bad lines, the first is reported, and under {@link DuplicatePolicy#REJECT} a conflicting
 * duplicate before it takes precedence, as when reading line by line.
 *
 * <p>Design: a file of at least {@link #SEGMENT_BYTES} is split at line starts into at most one
 * segment per thread ({@link ObservationSegment}), parsed in parallel into numbers local to each
 * segment; the segments are then merged in file order (an id's global number is given where it
 * first appears in the input, so the numbering is the one a line-by-line reader gives), and the
 * observation set is built from the columns by {@link ObservationSet#ofTakenColumns}, which resolves
 * duplicates as the builder would. When TSV input is read in several segments (a file split on
 * several threads, or a folder's files), the segments do not number item ids (each would meet
 * nearly every item): they send each line's id to one of as many hash partitions as threads
 * ({@link ItemStream}), and each partition interns its ids once for the whole input on a thread
 * of its own ({@link ItemPartition}). The result is
 * the same whatever the number of threads. Line numbers in errors count the lines of the earlier
 * segments of the file.
 */
final class ObservationReader {
  /** Files at least this long are split into segments read in parallel, one per thread at most. */
  static final long SEGMENT_BYTES = 1L << 23;

  /**
   * The segment size of readers made without one: {@link #SEGMENT_BYTES}; tests of the command
   * line lower it (and restore it) so that small files are split too.
   */
  static long defaultSegmentBytes = SEGMENT_BYTES;

  /** Sum of touched table slots, written so that the touching loads are kept; never read. */
  @SuppressWarnings("unused")
  private static long touchedSum;

  private final InputFormat format;
  private final ValueSimilarity similarity;
  private final String comparison;
  private final DuplicatePolicy policy;
  private final int threads;
  private final long segmentBytes;

  /** What was read. */
  record Result(
      ObservationSet observations,
      List<Path> files,
      long lines,
      long records,
      Dafna.ItemNaming naming) {}

  /**
   * Creates a reader that uses all available processors.
   *
   * @param comparison the comparison's text form, named in error messages
   */
  ObservationReader(
      InputFormat format, ValueSimilarity similarity, String comparison, DuplicatePolicy policy) {
    this(format, similarity, comparison, policy, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Creates a reader that parses a large file on up to {@code threads} threads; the result is the
   * same whatever the number.
   *
   * @param comparison the comparison's text form, named in error messages
   */
  ObservationReader(
      InputFormat format,
      ValueSimilarity similarity,
      String comparison,
      DuplicatePolicy policy,
      int threads) {
    this(format, similarity, comparison, policy, threads, defaultSegmentBytes);
  }

  /**
   * As above, splitting files of at least {@code segmentBytes} bytes (at most one segment per
   * {@code segmentBytes} and per thread); tests lower it so that small files are split too.
   */
  ObservationReader(
      InputFormat format,
      ValueSimilarity similarity,
      String comparison,
      DuplicatePolicy policy,
      int threads,
      long segmentBytes) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (segmentBytes < 1) {
      throw new IllegalArgumentException("segmentBytes must be at least 1, was " + segmentBytes);
    }
    this.format = format;
    this.similarity = similarity;
    this.comparison = comparison;
    this.policy = policy;
    this.threads = threads;
    this.segmentBytes = segmentBytes;
  }

  /** Whether a value a numeric comparison cannot read stays text instead of being an error. */
  private boolean nonNumericAsText;

  /**
   * Keeps a value that a numeric comparison cannot read ("Not Available") as a text value,
   * compared exactly, instead of refusing the file; returns this reader.
   */
  ObservationReader nonNumericAsText() {
    this.nonNumericAsText = true;
    return this;
  }

  /** Reads a file, or a folder's files, into one observation set. */
  Result read(Path path) throws IOException {
    return read(path, warning -> {});
  }

  /**
   * Reads a file, or a folder's files, into one observation set, telling {@code warnings} of the
   * folder's links that dangle or loop.
   */
  Result read(Path path, java.util.function.Consumer<String> warnings) throws IOException {
    List<Path> files = InputFiles.list(path, warnings);
    if (byRecordsOnError()) {
      Result bySegments = recordsBySegments(files);
      return bySegments != null ? bySegments : byRecords(files);
    }
    return bySegments(files, new CsvHeader[files.size()]);
  }

  /**
   * Reads CSV or JSON-lines files in segments, as TSV; null when a file is left to {@link
   * RecordReader}: a CSV header or a line the segments do not read (see {@link CsvHeader#read}
   * and {@link RecordLines}), or any error, which the record reader then tells as it always
   * has.
   */
  Result recordsBySegments(List<Path> files) throws IOException {
    CsvHeader[] headers = new CsvHeader[files.size()];
    for (int f = 0; f < files.size(); f++) {
      if (format == InputFormat.CSV) {
        headers[f] = CsvHeader.read(files.get(f));
        if (headers[f] == null) {
          return null;
        }
      } else if (Files.size(files.get(f)) == 3) {
        // a file of a byte-order mark alone is one (blank) line to the record reader, none to
        // the segments, which skip the mark first; such files are left to the record reader
        byte[] bytes = Files.readAllBytes(files.get(f));
        if (ByteLines.startsWithBom(bytes, bytes.length)) {
          return null;
        }
      }
    }
    return bySegments(files, headers);
  }

  /**
   * Reads the files in segments; {@code headers} holds each CSV file's header (nulls for the
   * other layouts). Null when a CSV or JSON-lines file is left to the record reader.
   */
  private Result bySegments(List<Path> files, CsvHeader[] headers) throws IOException {
    Dafna.ItemNaming naming =
        format == InputFormat.DAFNA ? Dafna.ItemNaming.scan(files) : Dafna.ItemNaming.QUALIFIED;
    List<long[]> bounds = new ArrayList<>();
    int count = 0;
    for (int f = 0; f < files.size(); f++) {
      Path file = files.get(f);
      long start = headers[f] == null ? 0 : headers[f].end();
      long[] b = boundaries(file, start, Files.size(file), threads, segmentBytes);
      bounds.add(b);
      count += b.length - 1;
    }
    // TSV, CSV and JSON lines read in several segments (split files, or a folder's files) send
    // their item ids to one partition per thread, so that no id is interned twice (each segment
    // would otherwise meet nearly every item of the file); DAFNA item ids are derived, and
    // matched after decoding
    int partitions = format != InputFormat.DAFNA && count > 1 ? threads : 0;
    List<ObservationSegment> segments = new ArrayList<>();
    List<Integer> fileOf = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      long[] b = bounds.get(f);
      for (int k = 0; k + 1 < b.length; k++) {
        segments.add(new ObservationSegment(
            files.get(f), b[k], b[k + 1], format, naming, similarity, comparison,
            nonNumericAsText, partitions, headers[f] == null ? null : headers[f].places()));
        fileOf.add(f);
      }
    }
    parseAll(segments);
    if (byRecordsOnError()) {
      for (ObservationSegment segment : segments) {
        if (segment.needsRecordReader || segment.error != null) {
          return null;
        }
      }
    }
    // the first error in file order: every segment before the one holding it is complete
    int failed = -1;
    for (int k = 0; k < segments.size() && failed < 0; k++) {
      if (segments.get(k).error != null) {
        failed = k;
      }
    }
    if (failed >= 0 && policy != DuplicatePolicy.REJECT) {
      throw located(segments, fileOf, failed);
    }
    // under REJECT, a conflicting duplicate before the first bad line is the error to report
    List<ObservationSegment> used = failed < 0 ? segments : segments.subList(0, failed + 1);
    Merged merged = merge(used);
    ObservationSet observations;
    try {
      observations = ObservationSet.ofTakenColumns(policy, merged.sourceIds, merged.itemIds,
          merged.values, merged.source, merged.item, merged.value, merged.size);
    } catch (ObservationSet.ConflictingObservationException e) {
      // blank ids are refused before this point, so only a conflicting second value under
      // DuplicatePolicy.REJECT is refused here; it precedes any parse error of a later line
      if (byRecordsOnError()) {
        return null;
      }
      int record = e.observation();
      int k = 0;
      while (record >= used.get(k).records) {
        record -= used.get(k).records;
        k++;
      }
      ObservationSegment segment = used.get(k);
      long line = linesBefore(segments, fileOf, k) + segment.lineOf(record);
      int column = format == InputFormat.TSV ? 3 : Dafna.VALUE + 1;
      throw new InputFormatException(files.get(fileOf.get(k)), line, "value", column,
          "conflicting duplicate (--duplicates reject): " + e.getMessage(), e);
    }
    if (failed >= 0) {
      throw located(segments, fileOf, failed);
    }
    long lines = 0;
    for (ObservationSegment segment : segments) {
      lines += segment.lines;
    }
    for (CsvHeader header : headers) {
      lines += header == null ? 0 : 1; // the header's line
    }
    return new Result(observations, files, lines, merged.size, naming);
  }

  /**
   * Whether this layout is left to {@link RecordReader} when its segments meet a line they do not
   * read, or an error: CSV and JSON lines, which the record reader has always read.
   */
  private boolean byRecordsOnError() {
    return format == InputFormat.CSV || format == InputFormat.JSONL;
  }

  /**
   * Reads CSV or JSON-lines files with {@link RecordReader}: for files this reader does not read
   * itself (see {@link RecordLines}) and for files with an error, which it then tells as
   * it does.
   */
  private Result byRecords(List<Path> files) throws IOException {
    return new RecordReader(format, similarity, comparison, policy, nonNumericAsText).read(files);
  }

  /**
   * The header of a CSV file as this reader reads it: where its first line ends (just after its
   * line break), and the places of source, item and value among its fields.
   */
  record CsvHeader(long end, int[] places) {
    /** Header lines longer than this are left to the record reader. */
    static final int MAX_BYTES = 1 << 16;

    /**
     * The header of {@code file}, or null when the file is left to {@link RecordReader}: a first
     * line that is not a plain header (empty, longer than {@link #MAX_BYTES}, not ended by a line
     * feed, not valid UTF-8, with a field this reader does not read, or naming the wrong
     * columns), a byte-order mark followed by a quote (commons-csv reads that quote as text), or
     * a file ending in a carriage return (a line break of its own for commons-csv).
     */
    static CsvHeader read(Path file) throws IOException {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        long size = channel.size();
        byte[] head = new byte[(int) Math.min(size, MAX_BYTES) + ByteLines.PADDING];
        int n = 0;
        while (n < head.length - ByteLines.PADDING) {
          int read = channel.read(ByteBuffer.wrap(head, n, head.length - ByteLines.PADDING - n), n);
          if (read <= 0) {
            break;
          }
          n += read;
        }
        int lineFeed = indexOf(head, 0, n, (byte) '\n');
        if (lineFeed < 0) {
          return null;
        }
        byte[] last = new byte[1];
        channel.read(ByteBuffer.wrap(last), size - 1);
        if (last[0] == '\r') {
          return null;
        }
        if (n > 3 && ByteLines.startsWithBom(head, n) && head[3] == '"') {
          return null;
        }
        int end = lineFeed > 0 && head[lineFeed - 1] == '\r' ? lineFeed - 1 : lineFeed;
        int[] fieldStart = new int[3];
        int[] fieldEnd = new int[3];
        if (RecordLines.csvFields(head, 0, end, fieldStart, fieldEnd) != 3) {
          return null;
        }
        List<String> names = new ArrayList<>(3);
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        for (int k = 0; k < 3; k++) {
          try {
            names.add(decoder.decode(ByteBuffer.wrap(head, fieldStart[k],
                fieldEnd[k] - fieldStart[k])).toString());
          } catch (java.nio.charset.CharacterCodingException e) {
            return null;
          }
        }
        int[] places;
        try {
          places = RecordReader.header(file, 1, names);
        } catch (InputFormatException e) {
          return null;
        }
        return new CsvHeader(lineFeed + 1, places);
      }
    }
  }

  /** The error of segment {@code k}, its line counted from the start of its file. */
  private static InputFormatException located(
      List<ObservationSegment> segments, List<Integer> fileOf, int k) {
    InputFormatException local = segments.get(k).error;
    long before = linesBefore(segments, fileOf, k);
    if (before == 0) {
      return local;
    }
    return new InputFormatException(local.file(), before + local.line(), local.field(),
        local.column(), local.problem(), local.getCause());
  }

  /** The lines of the segments of the same file before segment {@code k}. */
  private static long linesBefore(List<ObservationSegment> segments, List<Integer> fileOf, int k) {
    long lines = 0;
    for (int j = k - 1; j >= 0 && fileOf.get(j).equals(fileOf.get(k)); j--) {
      lines += segments.get(j).lines;
    }
    return lines;
  }

  /**
   * Parses the segments, on up to {@link #threads} threads; CSV and JSON-lines segments stop
   * early once one of them leaves the read to the record reader.
   */
  private void parseAll(List<ObservationSegment> segments) throws IOException {
    java.util.concurrent.atomic.AtomicBoolean leftToRecords =
        byRecordsOnError() ? new java.util.concurrent.atomic.AtomicBoolean() : null;
    List<java.util.concurrent.Callable<?>> tasks = new ArrayList<>();
    for (ObservationSegment segment : segments) {
      tasks.add(() -> segment.parse(leftToRecords));
    }
    runAll(tasks);
  }

  /** Runs the tasks on up to {@link #threads} threads; rethrows the first failure in task order. */
  private void runAll(List<java.util.concurrent.Callable<?>> tasks) throws IOException {
    int workers = Math.min(threads, tasks.size());
    if (workers <= 1) {
      for (java.util.concurrent.Callable<?> task : tasks) {
        try {
          task.call();
        } catch (IOException | RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return;
    }
    java.util.concurrent.atomic.AtomicInteger named =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        workers, task -> {
          Thread t = new Thread(task, "corroborate-read-" + named.getAndIncrement());
          t.setDaemon(true);
          return t;
        });
    try {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (java.util.concurrent.Callable<?> task : tasks) {
        done.add(pool.submit(task));
      }
      for (java.util.concurrent.Future<?> future : done) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reading");
    } catch (java.util.concurrent.ExecutionException e) {
      throw ReportWriter.rethrown(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Splits a file of {@code size} bytes into at most {@code threads} segments of at least {@code
   * segmentBytes} bytes, each starting at a line start: returns the bounds, from 0 to {@code size}.
   * A nominal bound moves forward to just after the first {@code '\n'} at or after its byte
   * before it, so a line (its {@code '\r'} included) never spans two segments; segments may be
   * empty.
   */
  static long[] boundaries(Path file, long size, int threads, long segmentBytes)
      throws IOException {
    return boundaries(file, 0, size, threads, segmentBytes);
  }

  /**
   * As {@link #boundaries(Path, long, int, long)} for the bytes from {@code start} (a line start)
   * to {@code size}: the bounds go from {@code start} to {@code size}.
   */
  static long[] boundaries(Path file, long start, long size, int threads, long segmentBytes)
      throws IOException {
    long length = size - start;
    int count = (int) Math.max(1, Math.min(threads, length / segmentBytes));
    long[] bounds = new long[count + 1];
    bounds[0] = start;
    bounds[count] = size;
    if (count == 1) {
      return bounds;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      byte[] window = new byte[1 << 16];
      for (int k = 1; k < count; k++) {
        long nominal = Math.max(bounds[k - 1], start + length * k / count);
        bounds[k] = Math.max(nominal, lineStartAtOrAfter(channel, nominal, size, window));
      }
    }
    return bounds;
  }

  /** The first line start at or after {@code position}: just after a {@code '\n'}, or the end. */
  private static long lineStartAtOrAfter(FileChannel channel, long position, long size,
      byte[] window) throws IOException {
    if (position == 0) {
      return 0;
    }
    long at = position - 1;
    while (at < size) {
      int n = channel.read(ByteBuffer.wrap(window, 0, (int) Math.min(window.length, size - at)),
          at);
      if (n <= 0) {
        return size;
      }
      for (int i = 0; i < n; i++) {
        if (window[i] == '\n') {
          return at + i + 1;
        }
      }
      at += n;
    }
    return size;
  }

  /** The columns of all segments with numbers made global. */
  private static final class Merged {
    List<String> sourceIds;
    List<String> itemIds;
    List<Value> values;
    int[] source;
    int[] item;
    int[] value;
    int size;
  }

  /**
   * Numbers the ids and values of the segments globally, in order of first appearance in the
   * files: segment by segment in file order, each segment's own numbers in their order (first
   * appearance within the segment), so an id is numbered where it first appears in the input.
   * Ids are matched by their bytes (exact, as decoding valid UTF-8 is one to one), derived DAFNA
   * item ids and values by their decoded form (distinct bytes may parse to equal values).
   */
  private Merged merge(List<ObservationSegment> segments) throws IOException {
    Merged m = new Merged();
    for (ObservationSegment segment : segments) {
      m.size = Math.addExact(m.size, segment.records);
    }
    java.util.Map<ValueKey, Integer> valueIndex = new java.util.HashMap<>();
    m.values = new ArrayList<>();
    if (segments.size() == 1 && segments.get(0).itemsByBytes() && !segments.get(0).streamed()) {
      ObservationSegment only = segments.get(0);
      m.sourceIds = only.sourceIds;
      m.itemIds = only.itemIds;
      m.source = only.source;
      m.item = only.item;
      int[] values = globalValues(only, valueIndex, m.values);
      m.value = only.value;
      if (!isIdentity(values)) {
        m.value = java.util.Arrays.copyOf(only.value, only.records);
        remap(m.value, 0, only.records, values);
      }
      return m;
    }
    m.source = new int[m.size];
    m.item = new int[m.size];
    m.value = new int[m.size];
    // the first segment's numbers are global already (for ids matched by bytes): its tables and
    // lists become the global ones, and later segments are looked up in them and extend them
    ObservationSegment first = segments.get(0);
    ByteTable sourceTable = first.sources;
    m.sourceIds = first.sourceIds;
    // items: TSV segments sent theirs to partitions; DAFNA's derived ids are matched as text
    boolean streamed = first.streamed();
    m.itemIds = new ArrayList<>();
    java.util.Map<String, Integer> derivedItems = new java.util.HashMap<>();
    int at = 0;
    for (ObservationSegment segment : segments) {
      int n = segment.records;
      int[] values = globalValues(segment, valueIndex, m.values);
      remap(segment.value, 0, n, values, m.value, at);
      if (segment == first) {
        System.arraycopy(segment.source, 0, m.source, at, n);
      } else {
        int[] sources = globalIds(segment.sources, segment.sourceIds, sourceTable, m.sourceIds);
        remap(segment.source, 0, n, sources, m.source, at);
      }
      if (!segment.streamed()) { // else numbered below, once every partition is interned
        remap(segment.item, 0, n, globalIds(segment.itemIds, derivedItems, m.itemIds), m.item, at);
      }
      // the segment's columns are merged: let them go before the next are copied
      segment.source = null;
      segment.item = null;
      segment.value = null;
      at += n;
    }
    if (streamed) {
      numberStreamedItems(segments, m);
    }
    return m;
  }

  /**
   * Interns the items the segments sent to partitions, one partition per thread, and numbers them
   * in order of first appearance: each partition knows where each of its ids first appears, and
   * merging those positions (ascending in each partition) gives the global order; the partitions
   * then write the global numbers into the item column, again in parallel.
   */
  private void numberStreamedItems(List<ObservationSegment> segments, Merged m)
      throws IOException {
    int partitions = segments.get(0).streams.length;
    int[] bases = new int[segments.size()];
    for (int k = 1; k < bases.length; k++) {
      bases[k] = bases[k - 1] + segments.get(k - 1).records;
    }
    List<ItemPartition> parts = new ArrayList<>(partitions);
    List<java.util.concurrent.Callable<?>> tasks = new ArrayList<>(partitions);
    for (int p = 0; p < partitions; p++) {
      List<ItemStream> streams = new ArrayList<>(segments.size());
      for (ObservationSegment segment : segments) {
        streams.add(segment.streams[p]);
      }
      ItemPartition part = new ItemPartition(streams, bases);
      parts.add(part);
      tasks.add(part::intern);
    }
    runAll(tasks);
    int distinct = 0;
    int[][] global = new int[partitions][];
    for (int p = 0; p < partitions; p++) {
      global[p] = new int[parts.get(p).ids.size()];
      distinct += global[p].length;
      touchedSum += parts.get(p).touched;
    }
    // a merge of the partitions' first appearances, each ascending: the id appearing first next
    List<String> itemIds = new ArrayList<>(distinct);
    int[] next = new int[partitions];
    for (int g = 0; g < distinct; g++) {
      int best = -1;
      int bestAt = Integer.MAX_VALUE;
      for (int p = 0; p < partitions; p++) {
        if (next[p] < global[p].length && parts.get(p).first[next[p]] < bestAt) {
          best = p;
          bestAt = parts.get(p).first[next[p]];
        }
      }
      global[best][next[best]] = g;
      itemIds.add(parts.get(best).ids.get(next[best]++));
    }
    tasks.clear();
    for (int p = 0; p < partitions; p++) {
      ItemPartition part = parts.get(p);
      int[] numbers = global[p];
      tasks.add(() -> {
        part.write(numbers, m.item);
        return null;
      });
    }
    runAll(tasks);
    m.itemIds = itemIds;
  }

  private static int[] globalIds(
      ByteTable local, List<String> localIds, ByteTable global, List<String> globalIds) {
    int[] map = new int[local.size()];
    byte[] keys = local.keys();
    long touched = 0;
    for (int block = 0; block < map.length; block += 128) {
      int blockEnd = Math.min(map.length, block + 128);
      // the global table is large and its probes miss the cache: fetch a block's slots together
      for (int j = block; j < blockEnd; j++) {
        touched += global.touch(local.hash(j));
      }
      for (int j = block; j < blockEnd; j++) {
        int from = local.offset(j);
        int to = from + local.length(j);
        int h = local.hash(j);
        int g = global.find(keys, from, to, h);
        if (g < 0) {
          g = global.add(keys, from, to, h);
          globalIds.add(localIds.get(j));
        }
        map[j] = g;
      }
    }
    touchedSum += touched;
    return map;
  }

  private static int[] globalIds(
      List<String> localIds, java.util.Map<String, Integer> index, List<String> globalIds) {
    int[] map = new int[localIds.size()];
    for (int j = 0; j < map.length; j++) {
      String id = localIds.get(j);
      Integer g = index.get(id);
      if (g == null) {
        g = globalIds.size();
        index.put(id, g);
        globalIds.add(id);
      }
      map[j] = g;
    }
    return map;
  }

  private static int[] globalValues(
      ObservationSegment segment, java.util.Map<ValueKey, Integer> index, List<Value> values) {
    int[] map = new int[segment.valueList.size()];
    for (int j = 0; j < map.length; j++) {
      Value v = segment.valueList.get(j);
      ValueKey key = ValueKey.of(v);
      Integer g = index.get(key);
      if (g == null) {
        g = values.size();
        index.put(key, g);
        values.add(v);
      }
      map[j] = g;
    }
    return map;
  }

  private static boolean isIdentity(int[] map) {
    for (int j = 0; j < map.length; j++) {
      if (map[j] != j) {
        return false;
      }
    }
    return true;
  }

  private static void remap(int[] numbers, int from, int to, int[] map) {
    remap(numbers, from, to, map, numbers, from);
  }

  /** Writes {@code map[numbers[r]]} for {@code r} in {@code [from, to)} from {@code out[at]} on. */
  private static void remap(int[] numbers, int from, int to, int[] map, int[] out, int at) {
    for (int r = from; r < to; r++) {
      out[at + r - from] = map[numbers[r]];
    }
  }

  /** Returns the item id of a DAFNA line, caching qualified ids by the bytes they come from. */
  static String itemId(
      FieldReader fields,
      Dafna.ItemNaming naming,
      ByteKeyCache<String> qualified,
      byte[] b,
      int objectStart,
      int objectEnd,
      int propertyStart,
      int propertyEnd,
      long line) {
    int h = ByteKeyCache.hash(b, objectStart, propertyEnd);
    String known = qualified.get(b, objectStart, propertyEnd, h);
    if (known != null) {
      return known;
    }
    String object = fields.item(b, objectStart, objectEnd, line, "objectId", Dafna.OBJECT + 1);
    String property =
        fields.text(b, propertyStart, propertyEnd, line, "propertyName", Dafna.PROPERTY + 1);
    String item = naming.itemId(object, property);
    qualified.put(b, objectStart, propertyEnd, h, item);
    return item;
  }

  static int indexOf(byte[] b, int from, int end, byte target) {
    for (int i = from; i < end; i++) {
      if (b[i] == target) {
        return i;
      }
    }
    return -1;
  }

  static int countTabs(byte[] b, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (b[i] == '\t') {
        n++;
      }
    }
    return n;
  }
}
