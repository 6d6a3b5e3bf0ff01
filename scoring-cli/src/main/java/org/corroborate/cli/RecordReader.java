package org.corroborate.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;

/**
 * Reads observations written as CSV or as JSON lines, the layouts other tools export.
 *
 * <p><b>CSV</b> (RFC 4180, read with commons-csv): a header row naming the columns {@code
 * source}, {@code item} and {@code value} in any order (case aside), then one observation per
 * record; a field may be quoted, with commas, quotes ({@code ""}) and line breaks inside. Blank
 * lines are skipped. A column the header does not know, a column named twice, a missing one, or a
 * record with another number of fields is an error.
 *
 * <p><b>JSON lines</b>: one JSON object per line, {@code {"source": "s1", "item": "i1", "value":
 * "v"}}; the value may be a JSON string or number (a number is read as its decimal text: {@code 1.50}
 * as {@code 1.50}, {@code 1e3} as {@code 1E+3}).
 * Blank lines are skipped. Another field, a key given twice, a missing field, a null, an array or
 * an object as a field's value is an error.
 *
 * <p>In both, every field passes the same checks as a TSV field (not empty, not only spaces, and
 * the value read by the comparison: a numeric comparison refuses what is not a number, a time or a
 * date unless told to keep it as text), duplicates follow the {@link DuplicatePolicy}, the file
 * must be valid UTF-8, and every error names the file, the line (the record's first line in CSV)
 * and the field. Files are read whole, line by line, on one thread. The command line reads both
 * layouts with {@link ObservationReader}, on all its threads, and comes here only for a file it
 * does not read that way (a quoted field across lines, a key written with an escape, a number
 * with an exponent, say) or that holds an error, so that such files are read, and their errors
 * told, exactly as here.
 */
final class RecordReader {
  private static final Set<String> FIELDS = Set.of("source", "item", "value");
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // 1.50 stays 1.50 (a double would print 1.5), so the text read is the number written
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private final InputFormat format;
  private final ValueSimilarity similarity;
  private final String comparison;
  private final DuplicatePolicy policy;
  private final boolean nonNumericAsText;

  RecordReader(InputFormat format, ValueSimilarity similarity, String comparison,
      DuplicatePolicy policy, boolean nonNumericAsText) {
    if (format != InputFormat.CSV && format != InputFormat.JSONL) {
      throw new IllegalArgumentException("not a record layout: " + format);
    }
    this.format = format;
    this.similarity = similarity;
    this.comparison = comparison;
    this.policy = policy;
    this.nonNumericAsText = nonNumericAsText;
  }

  /** Reads the files in order into one observation set. */
  ObservationReader.Result read(List<Path> files) throws IOException {
    ObservationSet.Builder builder = ObservationSet.builder(policy);
    long[] lines = new long[1];
    long[] records = new long[1];
    for (Path file : files) {
      FieldReader fields = new FieldReader(similarity, comparison, nonNumericAsText);
      fields.file(file);
      try (Reader in = utf8(file)) {
        if (format == InputFormat.CSV) {
          csv(file, in, fields, builder, lines, records);
        } else {
          jsonLines(file, in, fields, builder, lines, records);
        }
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
          throw new InputFormatException(file, 0, "", 0, "is not valid UTF-8 text", e);
        }
        throw e.getCause();
      } catch (CharacterCodingException e) {
        throw new InputFormatException(file, 0, "", 0, "is not valid UTF-8 text", e);
      }
    }
    return new ObservationReader.Result(builder.build(), files, lines[0], records[0],
        Dafna.ItemNaming.QUALIFIED);
  }

  /** A reader of the file as strict UTF-8 (a malformed byte is an error, not a replacement). */
  private static Reader utf8(Path file) throws IOException {
    return new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
  }

  private void csv(Path file, Reader in, FieldReader fields, ObservationSet.Builder builder,
      long[] lines, long[] records) throws IOException {
    CSVFormat layout = CSVFormat.RFC4180.builder()
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(false)
        .get();
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(layout).get()) {
      Iterator<CSVRecord> it = parser.iterator();
      int[] column = null;
      long line = 1;
      while (true) {
        long first = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!it.hasNext()) {
            break;
          }
          record = it.next();
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof CharacterCodingException) {
            throw e;
          }
          throw new InputFormatException(file, Math.max(first, line), "", 0,
              "not valid CSV: " + e.getCause().getMessage(), e);
        }
        line = first;
        if (column == null) {
          column = header(file, line, record.toList());
          continue;
        }
        if (record.size() != 3) {
          throw new InputFormatException(file, line, "", 0, "expected 3 fields (source, item,"
              + " value, as the header names them), found " + record.size());
        }
        add(fields, builder, file, line, record.get(column[0]), record.get(column[1]),
            record.get(column[2]), column);
        records[0]++;
      }
      if (column == null) {
        throw new InputFormatException(file, 0, "", 0, "has no header row (source, item, value)");
      }
      lines[0] += parser.getCurrentLineNumber();
    }
  }

  /**
   * The positions of source, item and value among the fields of a CSV header (the first field
   * with the file's byte-order mark, if any); also read by {@link ObservationReader}.
   *
   * @throws InputFormatException for a column it does not know, one named twice or one missing
   */
  static int[] header(Path file, long line, List<String> record) {
    Map<String, Integer> at = new TreeMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).strip().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      if (!FIELDS.contains(name)) {
        throw new InputFormatException(file, line, record.get(i), i + 1, "unknown column '"
            + record.get(i) + "' in the header; expected source, item and value");
      }
      if (at.put(name, i) != null) {
        throw new InputFormatException(file, line, name, i + 1, "column '" + name
            + "' named twice in the header");
      }
    }
    for (String name : List.of("source", "item", "value")) {
      if (!at.containsKey(name)) {
        throw new InputFormatException(file, line, name, 0, "the header has no column '" + name
            + "' (it needs source, item and value)");
      }
    }
    return new int[] {at.get("source"), at.get("item"), at.get("value")};
  }

  private void jsonLines(Path file, Reader in, FieldReader fields, ObservationSet.Builder builder,
      long[] lines, long[] records) throws IOException {
    BufferedReader reader = (BufferedReader) in;
    String text;
    long line = 0;
    while ((text = reader.readLine()) != null) {
      line++;
      if (line == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      JsonNode node;
      try (JsonParser parser = JSON.createParser(text)) {
        node = JSON.readTree(parser);
        if (parser.nextToken() != null) {
          throw new InputFormatException(file, line, "", 0,
              "more than one JSON value on the line");
        }
      } catch (JsonProcessingException e) {
        throw new InputFormatException(file, line, "", 0, "not a JSON object: "
            + e.getOriginalMessage().split("\n")[0], e);
      } catch (NumberFormatException e) {
        // a number Jackson cannot hold, such as an exponent of 40 digits (found by fuzzing)
        throw new InputFormatException(file, line, "value", 0, "a number that cannot be read: "
            + e.getMessage().split("\n")[0], e);
      }
      if (node == null || !node.isObject()) {
        throw new InputFormatException(file, line, "", 0,
            "expected a JSON object {\"source\", \"item\", \"value\"}");
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!FIELDS.contains(name)) {
          throw new InputFormatException(file, line, name, 0, "unknown field '" + name
              + "'; expected source, item and value");
        }
      }
      String[] value = new String[3];
      int k = 0;
      for (String name : List.of("source", "item", "value")) {
        JsonNode field = node.get(name);
        if (field == null) {
          throw new InputFormatException(file, line, name, 0, "missing field '" + name + "'");
        }
        if (field.isTextual()) {
          value[k++] = field.textValue();
        } else if (field.isNumber() && name.equals("value")) {
          value[k++] = field.asText();
        } else {
          throw new InputFormatException(file, line, name, 0, "'" + name + "' must be a string"
              + (name.equals("value") ? " or a number" : "") + ", was " + field.getNodeType()
                  .name().toLowerCase(Locale.ROOT));
        }
      }
      add(fields, builder, file, line, value[0], value[1], value[2], null);
      records[0]++;
    }
    lines[0] += line;
  }

  /** Checks and adds one observation; {@code column} gives CSV columns for errors (1-based). */
  private void add(FieldReader fields, ObservationSet.Builder builder, Path file, long line,
      String source, String item, String value, int[] column) {
    byte[] s = source.getBytes(StandardCharsets.UTF_8);
    byte[] i = item.getBytes(StandardCharsets.UTF_8);
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    String sourceId = fields.text(s, 0, s.length, line, "source", column == null ? 0 : column[0] + 1);
    String itemId = fields.text(i, 0, i.length, line, "item", column == null ? 0 : column[1] + 1);
    Value parsed = fields.value(v, 0, v.length, line, "value", column == null ? 0 : column[2] + 1);
    try {
      builder.add(sourceId, itemId, parsed);
    } catch (IllegalArgumentException e) {
      throw new InputFormatException(file, line, "value", column == null ? 0 : column[2] + 1,
          "conflicting duplicate (--duplicates reject): " + e.getMessage(), e);
    }
  }
}
