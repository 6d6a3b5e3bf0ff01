package org.corroborate.cli;

/**
 * Finds the three fields of a CSV record or a JSON line held on one line of a buffer, each as one
 * range of it ({@link #fieldStart}, {@link #fieldEnd}), quoted and escaped text rewritten in place
 * (the text only shrinks), for {@link ObservationSegment}, which reads such lines in segments as it
 * reads TSV. It reads only the lines whose fields {@link RecordReader} (commons-csv, Jackson) gives
 * back as written; any other line throws {@link NotRead}, and the file is read by the record
 * reader instead. Linear in the line's length. Not thread-safe: one per segment.
 */
final class RecordLines {
  /** The bounds of the fields of the last line read: source, item, value for JSON lines. */
  final int[] fieldStart = new int[3];
  final int[] fieldEnd = new int[3];

  /**
   * Finds the three fields of a CSV record on one line, unquoting them in place (so that each is
   * one range of the buffer). A line read here holds three fields separated by commas, each either
   * without any quote or carriage return, or quoted whole, with {@code ""} for a quote inside and
   * the closing quote followed by a comma or the line's end. Any other line throws {@link NotRead},
   * and the whole file is read by {@link RecordReader} (commons-csv, RFC 4180) instead, which then
   * also gives any error. When every line of a file is of that kind, each line is one whole record,
   * as commons-csv reads it (a quoted field that goes on to the next line leaves its first line
   * unclosed, which throws), so lines read on their own, in any segments, give the records the
   * record reader gives.
   */
  void csv(byte[] b, int start, int end) {
    if (csvFields(b, start, end, fieldStart, fieldEnd) != 3) {
      throw NotRead.INSTANCE;
    }
  }

  /**
   * Finds the fields of a CSV line {@code [start, end)} as {@link #csv} describes, unquoting
   * quoted ones in place, and stores their bounds; returns how many there are, or -1 for a line
   * outside that description or of more fields than {@code fieldStart} holds.
   */
  static int csvFields(byte[] b, int start, int end, int[] fieldStart, int[] fieldEnd) {
    int count = 0;
    int i = start;
    while (true) {
      if (count == fieldStart.length) {
        return -1;
      }
      if (i < end && b[i] == '"') {
        // quoted: the content moves left over the opening quote, each "" becoming one quote
        int write = i;
        int read = i + 1;
        while (true) {
          if (read >= end) {
            return -1; // not closed on this line
          }
          byte c = b[read++];
          if (c == '"') {
            if (read < end && b[read] == '"') {
              read++;
            } else {
              break;
            }
          }
          b[write++] = c;
        }
        fieldStart[count] = i;
        fieldEnd[count++] = write;
        if (read == end) {
          return count;
        }
        if (b[read] != ',') {
          return -1; // text after the closing quote
        }
        i = read + 1;
      } else {
        int j = i;
        while (j < end) {
          byte c = b[j];
          if (c == ',') {
            break;
          }
          if (c == '"' || c == '\r') {
            return -1; // a quote inside the field, or a line break of its own
          }
          j++;
        }
        fieldStart[count] = i;
        fieldEnd[count++] = j;
        if (j == end) {
          return count;
        }
        i = j + 1;
      }
    }
  }

  /**
   * Finds the fields of a JSON line {@code {"source": ..., "item": ..., "value": ...}} (source,
   * item and value in that order), its strings unescaped in place (so that each field is one range
   * of the buffer). A line read
   * here is one object of exactly those three keys, in any order, written without escapes; the
   * source and the item are strings, the value a string or a number written as {@link
   * RecordReader} (Jackson, numbers kept as their decimal text) gives it back: an integer, or a
   * decimal point without an exponent and with at most five zeros after the point before its
   * first digit (a {@code BigDecimal} prints smaller numbers with an exponent), not a negative
   * zero. Spaces and tabs may stand between the tokens. Any other line, a carriage return or a
   * control character in it above all, throws {@link NotRead}, and the whole file is read by the
   * record reader instead, which then also gives any error. (A line of only spaces and tabs is
   * skipped before, as the record reader skips it.)
   */
  void json(byte[] b, int start, int end) {
    int i = spaces(b, start, end);
    if (i == end || b[i] != '{') {
      throw NotRead.INSTANCE;
    }
    int seen = 0;
    i++;
    while (true) {
      i = spaces(b, i, end);
      int key = jsonKey(b, i, end);
      if (key < 0 || (seen & 1 << key) != 0) {
        throw NotRead.INSTANCE; // another key, or one given twice
      }
      seen |= 1 << key;
      i = spaces(b, i + JSON_KEYS[key].length, end);
      if (i == end || b[i] != ':') {
        throw NotRead.INSTANCE;
      }
      i = spaces(b, i + 1, end);
      if (i < end && b[i] == '"') {
        i = jsonString(b, i, end, key);
      } else if (key == 2) {
        i = jsonNumber(b, i, end);
      } else {
        throw NotRead.INSTANCE;
      }
      i = spaces(b, i, end);
      if (i < end && b[i] == ',') {
        i++;
      } else if (i < end && b[i] == '}') {
        break;
      } else {
        throw NotRead.INSTANCE;
      }
    }
    if (seen != 7 || spaces(b, i + 1, end) != end) {
      throw NotRead.INSTANCE; // a key missing, or text after the object
    }
  }

  /** The keys of a JSON line, quotes included, in the order of {@link #fieldStart}. */
  private static final byte[][] JSON_KEYS = {
    "\"source\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
    "\"item\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
    "\"value\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII)};

  /** Which of {@link #JSON_KEYS} starts at {@code b[i]}, or -1. */
  private static int jsonKey(byte[] b, int i, int end) {
    for (int k = 0; k < JSON_KEYS.length; k++) {
      byte[] key = JSON_KEYS[k];
      if (end - i >= key.length && java.util.Arrays.equals(b, i, i + key.length, key, 0,
          key.length)) {
        return k;
      }
    }
    return -1;
  }

  /** The first index from {@code i} that is not a space or a tab, or {@code end}. */
  private static int spaces(byte[] b, int i, int end) {
    while (i < end && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Unescapes the JSON string whose opening quote is at {@code b[i]} in place, from {@code i} on,
   * as field {@code field}; returns the index after its closing quote. Throws {@link NotRead} for
   * a string not closed on the line, a control character, an unknown escape, a surrogate escaped
   * without its other half, or a string over {@link #MAX_STRING} bytes.
   */
  private int jsonString(byte[] b, int i, int end, int field) {
    int write = i;
    int read = i + 1;
    while (true) {
      if (read >= end) {
        throw NotRead.INSTANCE;
      }
      byte c = b[read++];
      if (c == '"') {
        break;
      }
      if (c >= 0 && c < 0x20) {
        throw NotRead.INSTANCE;
      }
      if (c != '\\') {
        b[write++] = c;
        continue;
      }
      if (read >= end) {
        throw NotRead.INSTANCE;
      }
      byte e = b[read++];
      switch (e) {
        case '"', '\\', '/' -> b[write++] = e;
        case 'b' -> b[write++] = '\b';
        case 'f' -> b[write++] = '\f';
        case 'n' -> b[write++] = '\n';
        case 'r' -> b[write++] = '\r';
        case 't' -> b[write++] = '\t';
        case 'u' -> {
          int unit = hex4(b, read, end);
          read += 4;
          int codePoint = unit;
          if (Character.isHighSurrogate((char) unit)) {
            int low = read + 6 <= end && b[read] == '\\' && b[read + 1] == 'u'
                ? hex4(b, read + 2, end) : -1;
            if (low < 0 || !Character.isLowSurrogate((char) low)) {
              throw NotRead.INSTANCE;
            }
            codePoint = Character.toCodePoint((char) unit, (char) low);
            read += 6;
          } else if (Character.isLowSurrogate((char) unit)) {
            throw NotRead.INSTANCE;
          }
          write = utf8(b, write, codePoint);
        }
        default -> throw NotRead.INSTANCE;
      }
    }
    if (read - i > MAX_STRING) {
      throw NotRead.INSTANCE;
    }
    fieldStart[field] = i;
    fieldEnd[field] = write;
    return read;
  }

  /**
   * JSON strings longer than this (in bytes, as written) are left to the record reader: Jackson
   * refuses strings over a limit of its own, far above this.
   */
  private static final int MAX_STRING = 1 << 20;

  /** The value of four hex digits at {@code b[i]}; throws {@link NotRead} if they are not. */
  private static int hex4(byte[] b, int i, int end) {
    if (end - i < 4) {
      throw NotRead.INSTANCE;
    }
    int v = 0;
    for (int k = i; k < i + 4; k++) {
      int d = Character.digit(b[k], 16);
      if (d < 0 || b[k] < 0) {
        throw NotRead.INSTANCE;
      }
      v = v << 4 | d;
    }
    return v;
  }

  /** Writes {@code codePoint} in UTF-8 at {@code b[at]}; returns the index after it. */
  private static int utf8(byte[] b, int at, int codePoint) {
    if (codePoint < 0x80) {
      b[at++] = (byte) codePoint;
    } else if (codePoint < 0x800) {
      b[at++] = (byte) (0xC0 | codePoint >> 6);
      b[at++] = (byte) (0x80 | codePoint & 0x3F);
    } else if (codePoint < 0x10000) {
      b[at++] = (byte) (0xE0 | codePoint >> 12);
      b[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
      b[at++] = (byte) (0x80 | codePoint & 0x3F);
    } else {
      b[at++] = (byte) (0xF0 | codePoint >> 18);
      b[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
      b[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
      b[at++] = (byte) (0x80 | codePoint & 0x3F);
    }
    return at;
  }

  /** Numbers longer than this are left to the record reader (Jackson limits their length). */
  private static final int MAX_NUMBER = 100;

  /**
   * The JSON number at {@code b[i]} as the value field, if the record reader gives it back as
   * written (see {@link #json}); returns the index after it, else throws {@link NotRead}.
   */
  private int jsonNumber(byte[] b, int i, int end) {
    int from = i;
    if (i < end && b[i] == '-') {
      i++;
    }
    int digitsFrom = i;
    if (i < end && b[i] == '0') {
      i++;
    } else if (i < end && b[i] >= '1' && b[i] <= '9') {
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
    } else {
      throw NotRead.INSTANCE;
    }
    int scale = 0;
    if (i < end && b[i] == '.') {
      int point = ++i;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      scale = i - point;
      if (scale == 0) {
        throw NotRead.INSTANCE;
      }
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E') || i - from > MAX_NUMBER) {
      throw NotRead.INSTANCE;
    }
    // the digits from the first that is not zero: the precision of the unscaled value
    int significant = 0;
    for (int k = digitsFrom; k < i; k++) {
      if (b[k] != '.' && (significant > 0 || b[k] != '0')) {
        significant++;
      }
    }
    if (significant == 0 && b[from] == '-') {
      throw NotRead.INSTANCE; // a negative zero, which comes back without its sign
    }
    if (scale > 0 && Math.max(significant, 1) - 1 - scale < -6) {
      throw NotRead.INSTANCE; // printed with an exponent
    }
    fieldStart[2] = from;
    fieldEnd[2] = i;
    return i;
  }

  /**
   * A CSV or JSON line outside what {@link #csv} and {@link #json} read: the reader reads the
   * file with {@link RecordReader} instead. One shared instance without a stack trace: it is
   * control flow.
   */
  static final class NotRead extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NotRead INSTANCE = new NotRead();

    private NotRead() {
      super("a line for the record reader", null, false, false);
    }
  }
}
