package org.corroborate.impl.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number and text formatting shared by the reports, the same on every machine and locale: numbers
 * are rounded from their exact binary value with {@link BigDecimal} (never through {@link
 * Double#toString}, whose digits changed between JDK releases), JSON is indented with two spaces
 * and {@code \n} line ends, and NaN or infinite numbers are refused rather than printed.
 *
 * <p>JSON text is safe inside an HTML {@code <script>} element (where JSON-LD is pasted): besides
 * JSON's own escapes, {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as JSON's
 * six-character Unicode escapes (backslash, {@code u}, four hex digits: {@code u003C}, {@code
 * u003E}, {@code u0026}, {@code u2028}, {@code u2029}), so a value can neither close the element
 * ({@code </script>}) nor end a JavaScript line. A JSON reader gets the same strings back. Text
 * written outside JSON goes through {@link #field} or {@link #line}, which make control
 * characters visible.
 */
public final class Formats {
  /** Decimals kept for scores written to JSON. */
  public static final int JSON_DECIMALS = 10;

  private static final JsonFactory JSON =
      new JsonFactoryBuilder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .characterEscapes(new HtmlSafeEscapes()).build();

  /** JSON's standard escapes plus those that keep JSON inert inside an HTML script element. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
    private final int[] ascii;

    HtmlSafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case 0x2028 -> LINE_SEPARATOR;
        case 0x2029 -> PARAGRAPH_SEPARATOR;
        default -> null;
      };
    }
  }

  private Formats() {}

  /** Returns {@code value} rounded half-even to {@code decimals} places, e.g. {@code 0.8073}. */
  public static String fixed(double value, int decimals) {
    long scaled = fastScaled(value, decimals);
    if (scaled != NO_FAST_PATH) {
      return digits(scaled, decimals, false);
    }
    return decimal(value, decimals).toPlainString();
  }

  /** Like {@link #compact} but as text, without building a {@link BigDecimal} in the common case. */
  public static String compactText(double value, int decimals) {
    long scaled = fastScaled(value, decimals);
    if (scaled != NO_FAST_PATH) {
      return digits(scaled, decimals, true);
    }
    return compact(value, decimals).toPlainString();
  }

  private static final long NO_FAST_PATH = Long.MIN_VALUE;
  private static final double[] POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12
  };

  /**
   * {@code value * 10^decimals} rounded half-even, when double arithmetic gives the same answer as
   * rounding the exact binary value: the magnitude is small enough for the product to keep
   * fractional precision, and the product is not within 1e-6 of a rounding tie (those few go the
   * exact {@link BigDecimal} way).
   */
  private static long fastScaled(double value, int decimals) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException("refusing to write a non-finite number: " + value);
    }
    if (decimals >= POWERS.length || Math.abs(value) >= 1e4) {
      return NO_FAST_PATH;
    }
    double product = value * POWERS[decimals];
    double fraction = Math.abs(product - Math.floor(product));
    if (Math.abs(fraction - 0.5) < 1e-6) {
      return NO_FAST_PATH;
    }
    return (long) Math.rint(product);
  }

  private static String digits(long scaled, int decimals, boolean stripZeros) {
    char[] text = new char[24];
    int length = digits(scaled, decimals, stripZeros, text);
    return new String(text, 0, length);
  }

  /**
   * Writes {@code scaled / 10^decimals} into {@code text} (24 long): a minus sign when
   * negative, the integer digits (at least one), then a point and the decimals, trailing zeros
   * removed when {@code stripZeros} (and the point with them); returns the length.
   */
  private static int digits(long scaled, int decimals, boolean stripZeros, char[] text) {
    long magnitude = Math.abs(scaled); // |scaled| < 10^16: fastScaled bounds value and decimals
    int length = 0;
    if (scaled < 0) {
      text[length++] = '-';
    }
    int count = 1; // digits in the magnitude, padded to decimals + 1
    for (long p = 10; p <= magnitude && count < 18; p *= 10) {
      count++;
    }
    count = Math.max(count, decimals + 1);
    int end = length + count + (decimals > 0 ? 1 : 0);
    int at = end;
    for (int k = 0; k < count; k++) {
      if (k == decimals && decimals > 0) {
        text[--at] = '.';
      }
      text[--at] = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
    if (stripZeros && decimals > 0) {
      while (text[end - 1] == '0') {
        end--;
      }
      if (text[end - 1] == '.') {
        end--;
      }
    }
    return end;
  }

  /**
   * Appends {@code value} rounded half-even to {@code decimals} places to {@code b}, as {@link
   * #fixed} writes it, without building a string in the common case; returns {@code b}.
   */
  public static StringBuilder appendFixed(StringBuilder b, double value, int decimals) {
    long scaled = fastScaled(value, decimals);
    if (scaled == NO_FAST_PATH) {
      return b.append(decimal(value, decimals).toPlainString());
    }
    char[] text = new char[24];
    return b.append(text, 0, digits(scaled, decimals, false, text));
  }

  /** Returns {@code value} rounded half-even to {@code decimals} places, trailing zeros removed. */
  public static BigDecimal compact(double value, int decimals) {
    BigDecimal d = decimal(value, decimals).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  private static BigDecimal decimal(double value, int decimals) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException("refusing to write a non-finite number: " + value);
    }
    BigDecimal d = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
    return d.signum() == 0 ? BigDecimal.ZERO.setScale(decimals) : d;
  }

  /** Writes a finite number to JSON, rounded to {@link #JSON_DECIMALS} places. */
  public static void number(JsonGenerator json, String field, double value) throws IOException {
    json.writeFieldName(field);
    json.writeNumber(compactText(value, JSON_DECIMALS));
  }

  /**
   * Writes an explanation tree as {@code {"value", "description", "combination", "details"}}, the
   * shape of DESIGN.md; a leaf has an empty details array.
   */
  public static void explanation(JsonGenerator json, org.corroborate.Explanation explanation)
      throws IOException {
    json.writeStartObject();
    number(json, "value", explanation.value());
    json.writeStringField("description", explanation.description());
    json.writeStringField("combination", explanation.combination().name());
    json.writeArrayFieldStart("details");
    for (org.corroborate.Explanation detail : explanation.details()) {
      explanation(json, detail);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Returns a pretty-printing JSON generator writing UTF-8 to {@code out}; it leaves out open. */
  public static JsonGenerator json(OutputStream out) throws IOException {
    JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(new Printer());
    return json;
  }

  /**
   * Two-space indents, one value a line, {@code "name": value}. The colon is written here rather
   * than configured through {@code Separators.Spacing} (Jackson 2.16), so the writers run on every
   * Jackson from 2.15 on, the oldest we support ({@code OldestJacksonTest}).
   */
  private static final class Printer extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    Printer() {
      indentArraysWith(INDENTER);
      indentObjectsWith(INDENTER);
    }

    private Printer(Printer base) {
      super(base);
    }

    @Override
    public Printer createInstance() {
      return new Printer(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }
  }

  /**
   * Returns text safe inside one line of a text report: control characters (C0, DEL, C1) and the
   * line and paragraph separators U+2028 and U+2029 are written as visible escapes (backslash and
   * {@code n}, {@code r} or {@code t}, or backslash, {@code u} and four hex digits), and a
   * backslash as two, so that a name or a quoted text can neither start a line of its own nor pass
   * for an escape. Text without any of these is returned as it is.
   */
  public static String line(String text) {
    return escape(text, Formats::escapedInLine);
  }

  private static boolean escapedInLine(char c) {
    return c < 0x20 || c == '\\' || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
  }

  /**
   * Returns text safe for one tab-separated output field: backslash, tab, carriage return, line
   * feed and other control characters are written as escapes.
   */
  public static String field(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '\\' || c == 0x7f) {
        return escape(text, Formats::escapedInField);
      }
    }
    return text; // the common case: one scan, no call per character
  }

  private static boolean escapedInField(char c) {
    return c < 0x20 || c == '\\' || c == 0x7f;
  }

  /**
   * {@code text} with backslash, tab, carriage return and line feed written as two characters and
   * every other character {@code escaped} accepts as {@code \\uXXXX}; one pass, and the text itself
   * when nothing needs escaping.
   */
  private static String escape(String text, CharPredicate escaped) {
    int n = text.length();
    int i = 0;
    while (i < n && !escaped.test(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder b = new StringBuilder(n + 8).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> {
          if (escaped.test(c)) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A test on one character. */
  @FunctionalInterface
  private interface CharPredicate {
    boolean test(char c);
  }
}
