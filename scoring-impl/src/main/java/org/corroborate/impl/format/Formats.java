package org.corroborate.impl.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number and text formatting shared by the reports, the same on every machine and locale: numbers
 * are rounded from their exact binary value with {@link BigDecimal} (never through {@link
 * Double#toString}, whose digits changed between JDK releases), JSON is indented with two spaces
 * and {@code \n} line ends, and NaN or infinite numbers are refused rather than printed.
 */
public final class Formats {
  /** Decimals kept for scores written to JSON. */
  public static final int JSON_DECIMALS = 10;

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

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
    if (scaled == 0) {
      return stripZeros || decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    }
    StringBuilder b = new StringBuilder(24);
    if (scaled < 0) {
      b.append('-');
    }
    String magnitude = Long.toString(Math.abs(scaled));
    if (magnitude.length() <= decimals) {
      magnitude = "0".repeat(decimals - magnitude.length() + 1) + magnitude;
    }
    int point = magnitude.length() - decimals;
    b.append(magnitude, 0, point);
    int end = magnitude.length();
    if (stripZeros) {
      while (end > point && magnitude.charAt(end - 1) == '0') {
        end--;
      }
    }
    if (end > point) {
      b.append('.').append(magnitude, point, end);
    }
    return b.toString();
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
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    json.setPrettyPrinter(printer);
    return json;
  }

  /**
   * Returns text safe for one tab-separated output field: backslash, tab, carriage return, line
   * feed and other control characters are written as escapes.
   */
  public static String field(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '\\' || c == 0x7f) {
        break;
      }
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
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
