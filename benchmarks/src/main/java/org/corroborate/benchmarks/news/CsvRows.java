package org.corroborate.benchmarks.news;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader for the benchmark data sets: rows of fields, where a quoted field may hold
 * commas, doubled quotes and line breaks; rows end at LF, CR or CRLF. A final row without a line
 * break counts; a blank line is a row of one empty field.
 */
final class CsvRows {
  private CsvRows() {}

  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        boolean doubled = c == '"' && i + 1 < n && text.charAt(i + 1) == '"';
        if (doubled) {
          i++;
        }
        if (c != '"' || doubled) {
          field.append(c);
        } else {
          quoted = false;
        }
        continue;
      }
      switch (c) {
        case '"' -> quoted = true;
        case ',' -> {
          row.add(field.toString());
          field.setLength(0);
        }
        case '\r', '\n' -> {
          i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 1 : 0;
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        }
        default -> field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
