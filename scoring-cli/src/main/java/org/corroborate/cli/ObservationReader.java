package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;

/**
 * Reads observation files, TSV or DAFNA, into an {@link ObservationSet}.
 *
 * <p><b>TSV</b>: {@code source<TAB>item<TAB>value}, exactly three columns. A line with more
 * columns is rejected rather than guessed at (a tab inside a value would be ambiguous). Every field
 * must be non-empty, not only white space, and valid UTF-8; values are read with the comparison's
 * {@link ValueSimilarity#parse}, so numeric comparison yields numbers and times. <b>DAFNA</b>: see
 * {@link Dafna}. In both layouts, empty lines, lines of only spaces and tabs, and lines whose first
 * byte is {@code #} are skipped; a UTF-8 byte-order mark at the start of a file is skipped; lines
 * end at {@code \n} with an optional {@code \r} before it. A path that is a folder reads every
 * regular, non-hidden file in it in file-name order. Fields are not trimmed.
 *
 * <p>Every error is an {@link InputFormatException} naming file, line and field.
 */
final class ObservationReader {
  private final InputFormat format;
  private final ValueSimilarity similarity;
  private final String comparison;
  private final DuplicatePolicy policy;

  /** What was read. */
  record Result(
      ObservationSet observations,
      List<Path> files,
      long lines,
      long records,
      Dafna.ItemNaming naming) {}

  /**
   * Creates a reader.
   *
   * @param comparison the comparison's text form, named in error messages
   */
  ObservationReader(
      InputFormat format, ValueSimilarity similarity, String comparison, DuplicatePolicy policy) {
    this.format = format;
    this.similarity = similarity;
    this.comparison = comparison;
    this.policy = policy;
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
    Dafna.ItemNaming naming =
        format == InputFormat.DAFNA ? Dafna.ItemNaming.scan(files) : Dafna.ItemNaming.QUALIFIED;
    ObservationSet.Builder builder = ObservationSet.builder(policy);
    FieldReader fields = new FieldReader(similarity, comparison);
    IndexedFields indexed = new IndexedFields(fields, builder);
    long[] counts = new long[2];
    for (Path file : files) {
      fields.file(file);
      if (format == InputFormat.TSV) {
        readTsv(file, fields, indexed, builder, counts);
      } else {
        readDafna(file, fields, indexed, naming, builder, counts);
      }
    }
    return new Result(builder.build(), files, counts[0], counts[1], naming);
  }

  private static void readTsv(
      Path file,
      FieldReader fields,
      IndexedFields indexed,
      ObservationSet.Builder builder,
      long[] counts)
      throws IOException {
    ByteLines.forEach(
        file,
        (b, start, end, line) -> {
          counts[0]++;
          if (ByteLines.isBlank(b, start, end) || ByteLines.isComment(b, start, end)) {
            return true;
          }
          int tab1 = indexOf(b, start, end, (byte) '\t');
          if (tab1 < 0) {
            throw fields.error(line, "item", 2, "missing column: expected source<TAB>item<TAB>value",
                null);
          }
          int tab2 = indexOf(b, tab1 + 1, end, (byte) '\t');
          if (tab2 < 0) {
            throw fields.error(line, "value", 3, "missing column: expected source<TAB>item<TAB>value",
                null);
          }
          int tab3 = indexOf(b, tab2 + 1, end, (byte) '\t');
          if (tab3 >= 0) {
            throw fields.error(
                line,
                "line",
                4,
                "extra column: expected exactly 3 (source<TAB>item<TAB>value), found "
                    + (countTabs(b, start, end) + 1),
                null);
          }
          int source = indexed.source(b, start, tab1, line, "source", 1);
          int item = indexed.item(b, tab1 + 1, tab2, line, "item", 2);
          int value = indexed.value(b, tab2 + 1, end, line, "value", 3);
          add(builder, fields, line, "value", 3, source, item, value);
          counts[1]++;
          return true;
        });
  }

  private static void readDafna(
      Path file,
      FieldReader fields,
      IndexedFields indexed,
      Dafna.ItemNaming naming,
      ObservationSet.Builder builder,
      long[] counts)
      throws IOException {
    int expected = Dafna.FIELDS.size();
    int[] ends = new int[expected + 1];
    ByteKeyCache<String> qualified = new ByteKeyCache<>(1 << 20);
    ByteLines.forEach(
        file,
        (b, start, end, line) -> {
          counts[0]++;
          if (ByteLines.isBlank(b, start, end) || ByteLines.isComment(b, start, end)) {
            return true;
          }
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
                line,
                "line",
                expected + 1,
                "extra text after the " + expected + "th field (timestamp)",
                null);
          }
          int objectStart = ends[Dafna.OBJECT - 1] + 2;
          int objectEnd = ends[Dafna.OBJECT];
          int propertyStart = ends[Dafna.PROPERTY - 1] + 2;
          int propertyEnd = ends[Dafna.PROPERTY];
          long at = line;
          int item = indexed.derivedItem(b, objectStart, propertyEnd, () -> itemId(fields, naming,
              qualified, b, objectStart, objectEnd, propertyStart, propertyEnd, at));
          int value =
              indexed.value(
                  b, ends[Dafna.VALUE - 1] + 2, ends[Dafna.VALUE], line, "value", Dafna.VALUE + 1);
          int source =
              indexed.source(
                  b,
                  ends[Dafna.SOURCE - 1] + 2,
                  ends[Dafna.SOURCE],
                  line,
                  "sourceId",
                  Dafna.SOURCE + 1);
          add(builder, fields, line, "value", Dafna.VALUE + 1, source, item, value);
          counts[1]++;
          return true;
        });
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

  private static void add(
      ObservationSet.Builder builder,
      FieldReader fields,
      long line,
      String field,
      int column,
      int source,
      int item,
      int value) {
    try {
      builder.add(source, item, value);
    } catch (IllegalArgumentException e) {
      // blank ids are refused before this point, so the builder refuses only a conflicting
      // second value under DuplicatePolicy.REJECT
      throw fields.error(
          line, field, column, "conflicting duplicate (--duplicates reject): " + e.getMessage(), e);
    }
  }

  static int indexOf(byte[] b, int from, int end, byte target) {
    for (int i = from; i < end; i++) {
      if (b[i] == target) {
        return i;
      }
    }
    return -1;
  }

  private static int countTabs(byte[] b, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (b[i] == '\t') {
        n++;
      }
    }
    return n;
  }
}
