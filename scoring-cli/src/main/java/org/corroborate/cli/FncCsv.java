package org.corroborate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the comma-separated files of FNC-1 (RFC 4180: fields in double quotes may hold commas,
 * line breaks and doubled quotes; CRLF or LF line ends; an optional UTF-8 byte-order mark). One
 * pass over the text, so linear in its size. Errors name the file, the line where the record
 * starts and the field.
 */
final class FncCsv {
  /** One record: its fields and the line it starts on (1-based). */
  record Row(List<String> fields, long line) {}

  private FncCsv() {}

  /**
   * The records of {@code text} after its header, which must be {@code header}; each must have
   * {@code minFields} to {@code header.size()} fields.
   */
  static List<Row> read(Path file, String text, List<String> header, int minFields) {
    List<Row> rows = new ArrayList<>();
    boolean[] first = {true};
    parse(file, text, header, (fields, start) -> {
      if (first[0]) {
        if (!fields.equals(header) && !fields.equals(header.subList(0, minFields))) {
          throw new InputFormatException(file, start, "header", 0,
              "expected the header " + String.join(",", header) + ", found "
                  + String.join(",", fields));
        }
        first[0] = false;
        return;
      }
      if (fields.size() < minFields || fields.size() > header.size()) {
        throw new InputFormatException(file, start, "", 0, "expected " + (minFields == header.size()
            ? header.size() : minFields + " or " + header.size()) + " fields, found "
            + fields.size());
      }
      rows.add(new Row(List.copyOf(fields), start));
    });
    if (first[0]) {
      throw new InputFormatException(file, 1, "header", 0, "the file is empty");
    }
    return rows;
  }

  /**
   * Every record of {@code text}, its header first, with no check of the header or of the number
   * of fields (blank lines are skipped); syntax errors name the field by the file's own header.
   *
   * @throws InputFormatException naming the file, line and field of a quoting error, or the
   *     header of an empty file
   */
  static List<Row> records(Path file, String text) {
    List<Row> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    parse(file, text, names, (fields, start) -> {
      if (rows.isEmpty()) {
        names.addAll(fields);
      }
      rows.add(new Row(List.copyOf(fields), start));
    });
    if (rows.isEmpty()) {
      throw new InputFormatException(file, 1, "header", 0, "the file is empty");
    }
    return rows;
  }

  /** Receives each record that is not a blank line, with the line it starts on. */
  private interface Sink {
    void record(List<String> fields, long line);
  }

  /** One pass over the text; {@code header} names the fields in error messages. */
  private static void parse(Path file, String text, List<String> header, Sink sink) {
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    long line = 1;
    while (i < text.length()) {
      long start = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      boolean endOfRecord = false;
      while (i < text.length() && !endOfRecord) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
            } else {
              quoted = false;
              i++;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append(c);
            i++;
          }
        } else if (c == '"') {
          if (field.length() > 0 || wasQuoted) {
            throw new InputFormatException(file, line, column(header, fields.size()), 0,
                "a quote inside an unquoted field");
          }
          quoted = true;
          wasQuoted = true;
          i++;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
          i++;
        } else if (c == '\r' || c == '\n') {
          i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
          line++;
          endOfRecord = true;
        } else {
          if (wasQuoted) {
            throw new InputFormatException(file, line, column(header, fields.size()), 0,
                "text after a closing quote");
          }
          field.append(c);
          i++;
        }
      }
      if (quoted) {
        throw new InputFormatException(file, start, column(header, fields.size()), 0,
            "a quoted field is never closed");
      }
      fields.add(field.toString());
      if (fields.size() == 1 && fields.get(0).isEmpty() && !wasQuoted) {
        continue; // a blank line
      }
      sink.record(fields, start);
    }
  }

  private static String column(List<String> header, int index) {
    return index < header.size() ? header.get(index) : "field " + (index + 1);
  }

  /** A field written for CSV: quoted when it holds a comma, quote or line break. */
  static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
