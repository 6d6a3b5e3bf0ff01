package org.corroborate.impl.clean;

import java.util.Optional;
import org.corroborate.model.PartialDate;

/** Small date parsers shared by the cleaner and the extractors; month names are in {@link MonthNames}. */
public final class Dates {
  private Dates() {}

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
