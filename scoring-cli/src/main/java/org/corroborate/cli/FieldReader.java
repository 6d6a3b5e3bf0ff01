package org.corroborate.cli;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Locale;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;

/**
 * Turns byte fields of one file's lines into checked ids and parsed values, naming file, line and
 * field in every error. Values are parsed once per distinct byte string (up to a cache limit), so
 * repeated values cost a hash and a compare.
 * One instance per reader; not thread-safe.
 */
final class FieldReader {
  private static final int CACHE_LIMIT = 1 << 20;

  private final ValueSimilarity similarity;
  private final String comparison;
  private final FieldDecoder decoder = new FieldDecoder();
  private final ByteKeyCache<Value> values = new ByteKeyCache<>(CACHE_LIMIT);
  private Path file;

  /**
   * Creates a reader parsing values with {@code similarity}; {@code comparison} names it in
   * messages.
   */
  /**
   * Whether a value the comparison cannot read as a number, time or date is an error: for numeric
   * comparisons, unless the caller keeps such values as text.
   */
  private final boolean numeric;

  FieldReader(ValueSimilarity similarity, String comparison) {
    this(similarity, comparison, false);
  }

  /**
   * A reader of fields; with {@code nonNumericAsText}, a value a numeric comparison cannot read
   * stays text (compared exactly) instead of being an error.
   */
  FieldReader(ValueSimilarity similarity, String comparison, boolean nonNumericAsText) {
    this.similarity = similarity;
    this.comparison = comparison;
    this.numeric = comparison.startsWith("numeric") && !nonNumericAsText;
  }

  /** Sets the file named in errors. */
  void file(Path file) {
    this.file = file;
  }

  /** The file named in errors. */
  Path file() {
    return file;
  }

  /** Returns an item id field, checked and decoded. */
  String item(byte[] b, int start, int end, long line, String field, int column) {
    return text(b, start, end, line, field, column);
  }

  /** Returns a value field parsed by the similarity. */
  Value value(byte[] b, int start, int end, long line, String field, int column) {
    int h = ByteKeyCache.hash(b, start, end);
    Value known = values.get(b, start, end, h);
    if (known != null) {
      return known;
    }
    String text = text(b, start, end, line, field, column);
    Value value;
    try {
      value = similarity.parse(text);
    } catch (IllegalArgumentException e) {
      throw error(
          line,
          field,
          column,
          "cannot read '" + text + "' as a value for comparison '" + comparison + "': "
              + e.getMessage(),
          e);
    }
    if (numeric && value instanceof org.corroborate.model.TextValue) {
      throw error(line, field, column, "'" + text + "' is not a number, a time of day or a date:"
          + " comparison '" + comparison + "' reads numbers (1,234.5, 12 km, 45%), times"
          + " (7:10 a.m., 19:10) and ISO dates; --non-numeric text keeps such values as text",
          null);
    }
    values.put(b, start, end, h, value);
    return value;
  }

  /** Returns a field decoded, rejecting empty or blank fields and invalid UTF-8. */
  String text(byte[] b, int start, int end, long line, String field, int column) {
    if (start == end) {
      throw error(line, field, column, "empty " + field, null);
    }
    if (ByteLines.isBlank(b, start, end)) {
      throw error(line, field, column, "blank " + field + " (only spaces)", null);
    }
    String text;
    try {
      text = decoder.decode(b, start, end);
    } catch (CharacterCodingException e) {
      int at = FieldDecoder.firstInvalid(b, start, end);
      throw error(
          line,
          field,
          column,
          String.format(
              Locale.ROOT,
              "invalid UTF-8: byte 0x%02X at byte %d of the field",
              b[start + Math.max(at, 0)] & 0xff,
              Math.max(at, 0) + 1),
          e);
    }
    if (text.isBlank()) {
      throw error(line, field, column, "blank " + field + " (only white space)", null);
    }
    return text;
  }

  /** Returns an error located at this reader's file. */
  InputFormatException error(long line, String field, int column, String problem, Throwable cause) {
    return new InputFormatException(file, line, field, column, problem, cause);
  }
}
