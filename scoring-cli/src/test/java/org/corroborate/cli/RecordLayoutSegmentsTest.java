package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.truth.ValueSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV and JSON lines read in segments on several threads give exactly what {@link RecordReader}
 * (commons-csv, Jackson) gives: the same observations, numbering, counts and line count, or, for
 * a file the segments leave to the record reader, the record reader's own result or error. Files
 * are random. CSV: quoted fields, {@code ""}, commas and line breaks inside quotes, CRLF, lone
 * carriage returns, blank and space-only lines, byte-order marks, stray quotes, invalid UTF-8,
 * duplicates, and headers in any order, case and quoting. JSON lines: keys in any order, spaces
 * and tabs between tokens, every escape, surrogate pairs and lone surrogates, numbers Jackson
 * gives back as written and numbers it does not, nulls, arrays, missing, extra and repeated keys.
 */
class RecordLayoutSegmentsTest {
  @TempDir Path dir;

  private static final String[] SOURCES =
      {"s1", "s2", "quelle-ü", "源", "#s3", "a-much-longer-source-id"};
  private static final String[] ITEMS =
      {"i1", "i2", "item-ß", "項目", "i-😀", "x", "an-item-id-over-16-bytes"};
  private static final String[] VALUES = {"1", "1.0", "2", "v", "wert-ä", "3", "12 km"};

  /** A field as CSV writes it: mostly plain or quoted, sometimes one of the harder forms. */
  private static String field(SplittableRandom random, String text, boolean hard) {
    int kind = random.nextInt(hard ? 16 : 4);
    switch (kind) {
      case 0:
      case 1:
        return text;
      case 2:
        return "\"" + text + "\"";
      case 3:
        return "\"" + text + ", \"\"quoted\"\"\""; // a comma and a quote inside quotes
      case 4:
        return "\"" + text + "\nsecond line\""; // a line break inside quotes
      case 5:
        return "\"" + text + "\r\"";
      case 6:
        return "";
      case 7:
        return "  ";
      case 8:
        return text + "\"x"; // a stray quote in an unquoted field
      case 9:
        return "\"" + text + "\" "; // text after the closing quote
      case 10:
        return text + "\rz"; // a carriage return of its own
      case 11:
        return "\"" + text; // never closed
      case 12:
        return " \"" + text + "\""; // a space before the quote
      case 13:
        return "\"\"";
      default:
        return text;
    }
  }

  /** A random CSV file, header first; {@code hard} lets in the forms left to the record reader. */
  private static byte[] randomCsv(SplittableRandom random, boolean hard) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> names = new ArrayList<>(List.of("source", "item", "value"));
    for (int k = names.size() - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      names.set(j, names.set(k, names.get(j)));
    }
    int[] place = {names.indexOf("source"), names.indexOf("item"), names.indexOf("value")};
    StringBuilder header = new StringBuilder();
    if (random.nextInt(5) == 0) {
      header.append('\uFEFF');
    }
    for (int k = 0; k < 3; k++) {
      String name = random.nextBoolean() ? names.get(k) : names.get(k).toUpperCase(Locale.ROOT);
      if (hard && random.nextInt(20) == 0) {
        name = "weight";
      }
      header.append(k > 0 ? "," : "").append(random.nextInt(4) == 0 ? "\"" + name + "\"" : name);
    }
    if (hard && random.nextInt(20) == 0) {
      header.insert(0, "\n"); // a blank line before the header
    }
    write(out, header + (random.nextBoolean() ? "\r\n" : "\n"));
    int lines = random.nextInt(0, 60);
    for (int k = 0; k < lines; k++) {
      int kind = random.nextInt(30);
      StringBuilder line = new StringBuilder();
      if (kind == 0) {
        line.append(""); // a blank line, skipped
      } else if (kind == 1 && hard) {
        line.append("  ");
      } else if (kind == 2 && hard) {
        line.append(SOURCES[0]).append(',').append(ITEMS[0]); // two fields
      } else if (kind == 3 && hard) {
        line.append("a,b,c,d");
      } else {
        String[] fields = new String[3];
        fields[place[0]] = field(random, SOURCES[random.nextInt(SOURCES.length)], hard);
        fields[place[1]] = field(random, ITEMS[random.nextInt(ITEMS.length)] + random.nextInt(8),
            hard);
        fields[place[2]] = field(random, VALUES[random.nextInt(VALUES.length)], hard);
        line.append(String.join(",", fields));
      }
      write(out, line.toString());
      endLine(out, random, hard, kind == 4 && hard, k == lines - 1);
    }
    return out.toByteArray();
  }

  /**
   * Ends a line: an invalid UTF-8 byte first when asked, then LF or CRLF (in hard files sometimes
   * a lone CR), the last line only half the time.
   */
  private static void endLine(ByteArrayOutputStream out, SplittableRandom random, boolean hard,
      boolean invalidByte, boolean last) {
    if (invalidByte) {
      out.write(0xC3);
    }
    if (!last || random.nextBoolean()) {
      int end = random.nextInt(hard ? 12 : 3);
      write(out, end == 0 ? "\r\n" : end == 11 ? "\r" : "\n");
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
  }

  private static String describe(ObservationReader.Result result) {
    ObservationSet set = result.observations();
    StringBuilder s = new StringBuilder();
    s.append(set.sourceIds()).append(set.itemIds());
    for (int v = 0; v < set.valueCount(); v++) {
      s.append(set.value(v).getClass().getSimpleName()).append(':')
          .append(set.value(v).canonical()).append(',');
    }
    for (int k = 0; k < set.size(); k++) {
      s.append(set.sourceIndexOf(k)).append('/').append(set.itemIndexOf(k)).append('/')
          .append(set.valueIndexOf(k)).append(' ');
    }
    return s.append(" repeated ").append(set.repeatedCount()).append(" conflicting ")
        .append(set.conflictingCount()).append(" lines ").append(result.lines())
        .append(" records ").append(result.records()).append(" files ").append(result.files())
        .append(' ').append(result.naming()).toString();
  }

  private interface Read {
    ObservationReader.Result read() throws IOException;
  }

  private static String outcome(Read read) {
    try {
      return describe(read.read());
    } catch (InputFormatException e) {
      return "error: " + e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObservationReader reader(InputFormat format, ValueSimilarity similarity,
      String comparison, DuplicatePolicy policy, int threads, long segmentBytes,
      boolean nonNumericAsText) {
    ObservationReader reader = new ObservationReader(format, similarity, comparison,
        policy, threads, segmentBytes);
    return nonNumericAsText ? reader.nonNumericAsText() : reader;
  }

  /**
   * Compares the segments' read of {@code path} with the record reader's under random settings;
   * returns whether the segments read it themselves.
   */
  private static boolean compare(Path path, SplittableRandom random, String what)
      throws IOException {
    return compare(InputFormat.CSV, path, random, what);
  }

  private static boolean compare(InputFormat format, Path path, SplittableRandom random,
      String what) throws IOException {
    // a conflict under REJECT and a word under a numeric comparison are errors: both are met,
    // but seldom enough that most files are read
    int draw = random.nextInt(6);
    DuplicatePolicy policy = draw == 0 ? DuplicatePolicy.REJECT
        : draw < 3 ? DuplicatePolicy.ALL : DuplicatePolicy.FIRST;
    boolean numeric = random.nextInt(4) == 0;
    ValueSimilarity similarity = numeric ? TestSimilarity.numeric() : TestSimilarity.exact();
    String comparison = numeric ? "numeric" : "exact";
    boolean asText = random.nextBoolean();
    List<Path> files = InputFiles.list(path, warning -> { });
    String expected = outcome(() ->
        new RecordReader(format, similarity, comparison, policy, asText).read(files));
    boolean bySegments = false;
    for (int threads : new int[] {1, 2, 3}) {
      for (long segmentBytes : new long[] {1, 17, 1 << 20}) {
        ObservationReader reader =
            reader(format, similarity, comparison, policy, threads, segmentBytes, asText);
        String as = what + ", " + policy + ", " + comparison + (asText ? " (text kept)" : "")
            + ", " + threads + " threads, segments of " + segmentBytes + " bytes";
        assertThat(outcome(() -> reader.read(path))).as(as).isEqualTo(expected);
        ObservationReader.Result segments = reader.recordsBySegments(files);
        if (segments != null) {
          // what the segments read themselves is what the record reader reads, never its error
          assertThat(describe(segments)).as(as).isEqualTo(expected);
          bySegments = true;
        }
      }
    }
    return bySegments;
  }

  /** Whether the record reader finds an error in the file (exact comparison, all duplicates). */
  private static boolean holdsAnError(InputFormat format, Path file) throws IOException {
    try {
      new RecordReader(format, TestSimilarity.exact(), "exact", DuplicatePolicy.ALL, false)
          .read(List.of(file));
      return false;
    } catch (InputFormatException e) {
      return true;
    }
  }

  @Test
  void plainCsv_readInSegments_equalsTheRecordReader() throws IOException {
    int bySegments = 0;
    for (long seed = 0; seed < 60; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Path file = dir.resolve("plain" + seed + ".csv");
      Files.write(file, randomCsv(random, false));
      bySegments += compare(file, random, "seed " + seed) ? 1 : 0;
    }
    // without the harder forms, every file is read in segments unless it holds an error (a
    // value a numeric comparison cannot read, or a conflict under --duplicates reject)
    assertThat(bySegments).isGreaterThan(30);
  }

  @Test
  void csvWithEveryHardForm_readsAsTheRecordReaderReadsIt() throws IOException {
    int bySegments = 0;
    int errors = 0;
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Path file = dir.resolve("hard" + seed + ".csv");
      Files.write(file, randomCsv(random, seed % 3 != 0));
      bySegments += compare(file, random, "seed " + seed) ? 1 : 0;
      errors += holdsAnError(InputFormat.CSV, file) ? 1 : 0;
    }
    // all three outcomes are met: read in segments, left to the record reader, errors
    assertThat(bySegments).isBetween(25, 190);
    assertThat(errors).isBetween(40, 190);
  }

  @Test
  void folderOfCsvFiles_eachWithItsHeader_equalsTheRecordReader() throws IOException {
    int bySegments = 0;
    for (long seed = 0; seed < 30; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Path folder = Files.createDirectory(dir.resolve("folder" + seed));
      int files = random.nextInt(1, 4);
      for (int f = 0; f < files; f++) {
        Files.write(folder.resolve("part" + f + ".csv"), randomCsv(random, seed % 5 == 4));
      }
      bySegments += compare(folder, random, "folder " + seed) ? 1 : 0;
    }
    assertThat(bySegments).isGreaterThan(10);
  }

  @Test
  void quotedFieldsAndCrlf_readInSegments_areUnquoted() throws IOException {
    // worked by hand: "a ""b"", c" is the text a "b", c
    Path file = dir.resolve("q.csv");
    Files.writeString(file, "\uFEFFItem,\"SOURCE\",value\r\n"
        + "\"a \"\"b\"\", c\",s1,\"1\"\r\n\r\n"
        + "x,\"s,2\",2\n");
    ObservationReader reader =
        reader(InputFormat.CSV, TestSimilarity.exact(), "exact", DuplicatePolicy.FIRST, 2, 1,
            false);
    ObservationReader.Result result = reader.recordsBySegments(List.of(file));
    assertThat(result).isNotNull();
    ObservationSet set = result.observations();
    assertThat(set.sourceIds()).containsExactly("s1", "s,2");
    assertThat(set.itemIds()).containsExactly("a \"b\", c", "x");
    assertThat(set.value(set.valueIndexOf(0)).canonical()).isEqualTo("1");
    assertThat(result.lines()).isEqualTo(4); // four line breaks
    assertThat(result.records()).isEqualTo(2);
  }

  @Test
  void quotedFieldAcrossLines_isLeftToTheRecordReader() throws IOException {
    Path file = dir.resolve("m.csv");
    Files.writeString(file, "source,item,value\ns1,i1,\"one\ntwo\"\ns2,i1,v\n");
    ObservationReader reader =
        reader(InputFormat.CSV, TestSimilarity.exact(), "exact", DuplicatePolicy.FIRST, 2, 1,
            false);
    assertThat(reader.recordsBySegments(List.of(file))).isNull();
    ObservationSet set = reader.read(file).observations();
    assertThat(set.value(set.valueIndexOf(0)).canonical()).isEqualTo("one\ntwo");
    assertThat(set.size()).isEqualTo(2);
  }

  /**
   * Numbers as JSON writes them: the first ten Jackson gives back as written, the others in
   * another form ({@code -0} as {@code 0}, {@code 1e3} as {@code 1E+3}), or not at all.
   */
  private static final String[] NUMBERS = {"8849", "-5", "0", "1.50", "0.5", "-0.5",
    "0.000123", "0.00", "100.250", "12345678901234567890123", "-0", "0.0000001", "0.0000000",
    "-0.0", "1e3", "2E-2", "01", "1.", ".5", "+1"};

  /** Strings as JSON writes them: plain, with escapes, and some Jackson refuses. */
  private static String jsonString(SplittableRandom random, String text, boolean hard) {
    return jsonString(random.nextInt(hard ? 14 : 5), text);
  }

  /** String form {@code kind}: 0 to 4 are read in segments, the others left to Jackson. */
  private static String jsonString(int kind, String text) {
    switch (kind) {
      case 0:
      case 1:
        return "\"" + text + "\"";
      case 2:
        return "\"" + text + " \\\"q\\\" \\\\ \\/\"";
      case 3:
        return "\"" + text + "\\n\\t\\u00e9\\ud83d\\ude00\\u0041\"";
      case 4:
        return "\"" + text + "\\b\\f\\r\\u00E9\"";
      case 5:
        return "\"" + text + "\\ud800\""; // a lone surrogate
      case 6:
        return "\"" + text + "\\x\""; // an unknown escape
      case 7:
        return "\"" + text + "\t\""; // a raw tab inside the string
      case 8:
        return "\"\"";
      case 9:
        return "\"  \"";
      case 10:
        return "null";
      case 11:
        return "[\"" + text + "\"]";
      case 12:
        return "\"" + text; // never closed
      default:
        return "\"" + text + "\\u00\"";
    }
  }

  /** A random JSON-lines file; {@code hard} lets in lines left to the record reader. */
  private static byte[] randomJsonLines(SplittableRandom random, boolean hard) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(5) == 0) {
      write(out, "\uFEFF");
    }
    int lines = random.nextInt(0, 60);
    for (int k = 0; k < lines; k++) {
      int kind = random.nextInt(30);
      String line;
      if (kind == 0) {
        line = random.nextBoolean() ? "" : " \t ";
      } else if (kind == 1 && hard) {
        line = "\u3000"; // blank to the record reader, not to the segments
      } else if (kind == 2 && hard) {
        line = "{\"source\": \"s1\", \"item\": \"i1\"}";
      } else if (kind == 3 && hard) {
        line = "{\"source\": \"s1\", \"item\": \"i1\", \"value\": \"v\", \"extra\": 1}";
      } else if (kind == 4 && hard) {
        line = "{\"source\": \"s1\", \"source\": \"s2\", \"item\": \"i1\", \"value\": 1}";
      } else if (kind == 5 && hard) {
        line = "{\"\\u0073ource\": \"s1\", \"item\": \"i1\", \"value\": 1} x";
      } else {
        List<String> fields = new ArrayList<>();
        fields.add("\"source\"" + space(random) + ":" + space(random)
            + jsonString(random, SOURCES[random.nextInt(SOURCES.length)], hard));
        fields.add("\"item\":" + space(random)
            + jsonString(random, ITEMS[random.nextInt(ITEMS.length)] + random.nextInt(8), hard));
        String value = random.nextInt(3) == 0
            ? NUMBERS[random.nextInt(hard ? NUMBERS.length : 10)]
            : jsonString(random, VALUES[random.nextInt(VALUES.length)], hard);
        fields.add("\"value\":" + space(random) + value);
        for (int f = fields.size() - 1; f > 0; f--) {
          int j = random.nextInt(f + 1);
          fields.set(j, fields.set(f, fields.get(j)));
        }
        line = space(random) + "{" + space(random) + String.join("," + space(random), fields)
            + space(random) + "}" + space(random);
      }
      write(out, line);
      endLine(out, random, hard, kind == 6 && hard, k == lines - 1);
    }
    return out.toByteArray();
  }

  private static String space(SplittableRandom random) {
    int kind = random.nextInt(6);
    return kind == 0 ? " " : kind == 1 ? "\t " : "";
  }

  @Test
  void jsonLines_readInSegments_equalTheRecordReader() throws IOException {
    int bySegments = 0;
    int errors = 0;
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Path file = dir.resolve("lines" + seed + ".jsonl");
      Files.write(file, randomJsonLines(random, seed % 2 == 1));
      bySegments += compare(InputFormat.JSONL, file, random, "seed " + seed) ? 1 : 0;
      errors += holdsAnError(InputFormat.JSONL, file) ? 1 : 0;
    }
    // all three outcomes are met: read in segments, left to the record reader, errors
    assertThat(bySegments).isBetween(50, 190);
    assertThat(errors).isBetween(40, 190);
  }

  @Test
  void jsonLine_escapesAndNumbers_readInSegments_areTheRecordReaders() throws IOException {
    // worked by hand: "a\"b\u00e9" is the text a"bé; 1.50 stays 1.50
    Path file = dir.resolve("e.jsonl");
    Files.writeString(file, "{\"value\": 1.50, \"item\": \"a\\\"b\\u00e9\", \"source\": \"s\"}\n"
        + "\t{ \"source\" : \"s\\ud83d\\ude00\" , \"item\":\"x\",\"value\":\"v\" }\r\n");
    ObservationReader reader = reader(InputFormat.JSONL, TestSimilarity.exact(), "exact",
        DuplicatePolicy.FIRST, 2, 1, false);
    ObservationReader.Result result = reader.recordsBySegments(List.of(file));
    assertThat(result).isNotNull();
    ObservationSet set = result.observations();
    assertThat(set.sourceIds()).containsExactly("s", "s\ud83d\ude00");
    assertThat(set.itemIds()).containsExactly("a\"b\u00e9", "x");
    assertThat(set.value(set.valueIndexOf(0)).canonical()).isEqualTo("1.50");
    assertThat(result.lines()).isEqualTo(2);
  }

  @Test
  void everyNumberForm_isReadAsJacksonGivesItBack() throws IOException {
    for (int k = 0; k < NUMBERS.length; k++) {
      Path file = dir.resolve("number" + k + ".jsonl");
      Files.writeString(file, "{\"source\": \"s\", \"item\": \"i\", \"value\": " + NUMBERS[k]
          + "}\n");
      SplittableRandom random = new SplittableRandom(k);
      // the first ten are read in segments (under every setting), the others left to Jackson
      assertThat(compare(InputFormat.JSONL, file, random, NUMBERS[k])).as(NUMBERS[k])
          .isEqualTo(k < 10);
    }
  }

  @Test
  void everyStringForm_isReadAsJacksonReadsIt() throws IOException {
    for (int kind = 0; kind < 14; kind++) {
      Path file = dir.resolve("string" + kind + ".jsonl");
      Files.writeString(file, "{\"source\": " + jsonString(kind, "s") + ", \"item\": \"i\","
          + " \"value\": \"v\"}\n");
      SplittableRandom random = new SplittableRandom(kind);
      assertThat(compare(InputFormat.JSONL, file, random, "string form " + kind))
          .as("string form %d", kind).isEqualTo(kind < 5);
    }
  }

  @Test
  void jsonStringOverAMebibyte_isLeftToJackson() throws IOException {
    Path file = dir.resolve("long.jsonl");
    String longValue = "v".repeat((1 << 20) + 1);
    Files.writeString(file, "{\"source\": \"s\", \"item\": \"i\", \"value\": \"" + longValue
        + "\"}\n{\"source\": \"s\", \"item\": \"j\", \"value\": \"w\"}\n");
    ObservationReader reader = reader(InputFormat.JSONL, TestSimilarity.exact(), "exact",
        DuplicatePolicy.FIRST, 2, 1, false);
    assertThat(reader.recordsBySegments(List.of(file))).isNull();
    ObservationSet set = reader.read(file).observations();
    assertThat(set.value(set.valueIndexOf(0)).canonical()).isEqualTo(longValue);
    assertThat(set.size()).isEqualTo(2);
  }
}
