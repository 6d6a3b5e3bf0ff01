package org.corroborate.impl.clean;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.impl.token.ContentWords;
import org.corroborate.model.PartialDate;

/** Month names and small date parsers shared by the cleaner and the time extractor. */
public final class Dates {
  private Dates() {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
      Map.entry("dec", 12));

  /** The month number of a month name or its abbreviation (any case), or 0. */
  static int month(String word) {
    Integer m = MONTHS.get(word.toLowerCase(Locale.ROOT));
    return m == null ? 0 : m;
  }

  /** A full month name only ("May", not "may" the verb when lower case), or 0. */
  public static int monthName(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return 0;
    }
    return month(word);
  }

  /** A date if it exists, else empty (31 February is not a date). */
  public static Optional<PartialDate> date(int year, int month, int day) {
    try {
      return Optional.of(new PartialDate(year, month, day));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The first ISO date {@code YYYY-MM-DD} in {@code s}, if any. */
  static Optional<PartialDate> firstIsoDate(String s) {
    for (int i = 0; i + 10 <= s.length(); i++) {
      if (digits(s, i, 4) && s.charAt(i + 4) == '-' && digits(s, i + 5, 2)
          && s.charAt(i + 7) == '-' && digits(s, i + 8, 2)
          && (i + 10 == s.length() || !Character.isDigit(s.charAt(i + 10)))
          && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
        Optional<PartialDate> d = date(Integer.parseInt(s.substring(i, i + 4)),
            Integer.parseInt(s.substring(i + 5, i + 7)), Integer.parseInt(s.substring(i + 8, i + 10)));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first "Month D, YYYY" or "D Month YYYY" date in {@code s}, if any; tokens are runs of
   * letters or digits.
   */
  static Optional<PartialDate> firstWrittenDate(String s) {
    java.util.List<String> tokens = ContentWords.tokens(s, 0, s.length());
    for (int i = 0; i + 2 < tokens.size(); i++) {
      int m = month(tokens.get(i));
      if (m > 0 && isInt(tokens.get(i + 1), 1, 31) && isInt(tokens.get(i + 2), 1000, 9999)) {
        Optional<PartialDate> d = date(Integer.parseInt(tokens.get(i + 2)), m,
            Integer.parseInt(tokens.get(i + 1)));
        if (d.isPresent()) {
          return d;
        }
      }
      int m2 = month(tokens.get(i + 1));
      if (m2 > 0 && isInt(tokens.get(i), 1, 31) && isInt(tokens.get(i + 2), 1000, 9999)) {
        Optional<PartialDate> d = date(Integer.parseInt(tokens.get(i + 2)), m2,
            Integer.parseInt(tokens.get(i)));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code token} is a whole number of at most nine digits in {@code [min, max]}. */
  public static boolean isInt(String token, int min, int max) {
    if (token.isEmpty() || token.length() > 9) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    int v = Integer.parseInt(token);
    return v >= min && v <= max;
  }

  private static boolean digits(String s, int from, int n) {
    for (int i = from; i < from + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
