package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;

/**
 * Reads gold (truth) files: the true value of some items.
 *
 * <p>Two layouts, chosen per file by its first content line: the DAFNA claim layout when that line
 * holds a {@code |<TAB>} separator ({@link Dafna}; object id, property and value are used, item ids
 * formed as for the data), and otherwise TSV {@code item<TAB>value}, exactly two columns. The book
 * gold file ({@code book_golden.txt}: ISBN, tab, author list, blank lines between rows) is the TSV
 * layout, since blank lines and lines starting with {@code #} are skipped as in data files.
 *
 * <p>An item listed more than once with different values has several accepted values: a chosen
 * value is correct when it matches any of them (the weather truth lists several readings per
 * hour). Values are read with the comparison's {@link ValueSimilarity#parse}.
 */
final class GoldReader {
  private GoldReader() {}

  /**
   * The gold values.
   *
   * @param values accepted values per item id, in item-id order, each list in file order
   * @param files the files read
   * @param lines the number of lines read, skipped ones included
   */
  record Gold(SortedMap<String, List<Value>> values, List<Path> files, long lines) {
    /** Copies the map, unmodifiable. */
    Gold {
      values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
      files = List.copyOf(files);
    }
  }

  /**
   * Reads a gold file or a folder of them.
   *
   * @param naming how DAFNA object ids and properties become item ids (from the data)
   */
  static Gold read(
      Path path, ValueSimilarity similarity, String comparison, Dafna.ItemNaming naming)
      throws IOException {
    return read(path, similarity, comparison, naming, warning -> {});
  }

  /**
   * Reads a gold file or a folder of them, telling {@code warnings} of the folder's links that
   * dangle or loop.
   *
   * @param naming how DAFNA object ids and properties become item ids (from the data)
   */
  static Gold read(
      Path path, ValueSimilarity similarity, String comparison, Dafna.ItemNaming naming,
      java.util.function.Consumer<String> warnings) throws IOException {
    List<Path> files = InputFiles.list(path, warnings);
    TreeMap<String, List<Value>> values = new TreeMap<>();
    FieldReader fields = new FieldReader(similarity, comparison);
    long[] lines = new long[1];
    for (Path file : files) {
      fields.file(file);
      boolean dafna = isDafna(file);
      int[] ends = new int[Dafna.FIELDS.size() + 1];
      ByteKeyCache<String> qualified = new ByteKeyCache<>(1 << 20);
      ByteLines.forEach(
          file,
          (b, start, end, line) -> {
            lines[0]++;
            if (ByteLines.isBlank(b, start, end) || ByteLines.isComment(b, start, end)) {
              return true;
            }
            String item;
            Value value;
            if (dafna) {
              int expected = Dafna.FIELDS.size();
              int n = Dafna.separators(b, start, end, ends);
              if (n < expected) {
                throw fields.error(line, Dafna.FIELDS.get(n), n + 1,
                    "missing field: a DAFNA line has " + expected
                        + " fields, each ended by '|<TAB>', found " + n, null);
              }
              if (n > expected || ends[expected - 1] + 2 != end) {
                throw fields.error(line, "line", expected + 1,
                    "extra text after the " + expected + "th field (timestamp)", null);
              }
              item = ObservationReader.itemId(fields, naming, qualified, b,
                  ends[Dafna.OBJECT - 1] + 2, ends[Dafna.OBJECT],
                  ends[Dafna.PROPERTY - 1] + 2, ends[Dafna.PROPERTY], line);
              value = fields.value(b, ends[Dafna.VALUE - 1] + 2, ends[Dafna.VALUE], line, "value",
                  Dafna.VALUE + 1);
            } else {
              int tab = ObservationReader.indexOf(b, start, end, (byte) '\t');
              if (tab < 0) {
                throw fields.error(line, "value", 2,
                    "missing column: expected item<TAB>value", null);
              }
              if (ObservationReader.indexOf(b, tab + 1, end, (byte) '\t') >= 0) {
                throw fields.error(line, "line", 3,
                    "extra column: expected exactly 2 (item<TAB>value)", null);
              }
              item = fields.item(b, start, tab, line, "item", 1);
              value = fields.value(b, tab + 1, end, line, "value", 2);
            }
            List<Value> accepted = values.computeIfAbsent(item, k -> new ArrayList<>(1));
            if (!accepted.contains(value)) {
              accepted.add(value);
            }
            return true;
          });
    }
    return new Gold(values, files, lines[0]);
  }

  private static boolean isDafna(Path file) throws IOException {
    boolean[] dafna = new boolean[1];
    ByteLines.forEach(
        file,
        (b, start, end, line) -> {
          if (ByteLines.isBlank(b, start, end) || ByteLines.isComment(b, start, end)) {
            return true;
          }
          dafna[0] = Dafna.looksLikeDafna(b, start, end);
          return false;
        });
    return dafna[0];
  }
}
