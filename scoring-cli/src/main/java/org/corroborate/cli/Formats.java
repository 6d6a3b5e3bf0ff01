package org.corroborate.cli;

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
final class Formats {
  /** Decimals kept for scores written to JSON. */
  static final int JSON_DECIMALS = 10;

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private Formats() {}

  /** Returns {@code value} rounded half-even to {@code decimals} places, e.g. {@code 0.8073}. */
  static String fixed(double value, int decimals) {
    return decimal(value, decimals).toPlainString();
  }

  /** Returns {@code value} rounded half-even to {@code decimals} places, trailing zeros removed. */
  static BigDecimal compact(double value, int decimals) {
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
  static void number(JsonGenerator json, String field, double value) throws IOException {
    json.writeFieldName(field);
    json.writeNumber(compact(value, JSON_DECIMALS));
  }

  /** Returns a pretty-printing JSON generator writing UTF-8 to {@code out}; it leaves out open. */
  static JsonGenerator json(OutputStream out) throws IOException {
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
  static String field(String text) {
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
