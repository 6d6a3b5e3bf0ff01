package org.corroborate.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A calendar date known to the year, the month or the day, written in ISO-8601 as {@code 2024},
 * {@code 2025-03} or {@code 2024-08-01}.
 *
 * @param year the year, 1 to 9999
 * @param month the month 1 to 12, or 0 when only the year is known
 * @param day the day of the month, or 0 when not known; requires a month
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  /** Validates the fields; the day must exist in that month and year. */
  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year must be in [1, 9999], was " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month must be in [0, 12] (0 = unknown), was " + month);
    }
    if (day != 0) {
      if (month == 0) {
        throw new IllegalArgumentException("day " + day + " given without a month");
      }
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "day " + day + " does not exist in " + YearMonth.of(year, month), e);
      }
    }
  }

  /** A date known to the year. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  /** A date known to the month. */
  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0);
  }

  /** A date known to the day. */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming the text if it is not one of those forms
   */
  public static PartialDate parse(String text) {
    String[] parts = text.split("-", -1);
    try {
      if (parts.length >= 1 && parts.length <= 3 && parts[0].length() == 4) {
        int year = Integer.parseInt(parts[0]);
        int month = parts.length > 1 && parts[1].length() == 2 ? Integer.parseInt(parts[1]) : 0;
        int day = parts.length > 2 && parts[2].length() == 2 ? Integer.parseInt(parts[2]) : 0;
        if ((parts.length > 1 && month == 0) || (parts.length > 2 && day == 0)) {
          throw new IllegalArgumentException("not an ISO-8601 date: '" + text + "'");
        }
        return new PartialDate(year, month, day);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an ISO-8601 date: '" + text + "'", e);
    }
    throw new IllegalArgumentException("not an ISO-8601 date: '" + text + "'");
  }

  /** The month, when known. */
  public OptionalInt monthValue() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** The full date, when known to the day. */
  public Optional<LocalDate> toLocalDate() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /** Orders by year, then month, then day, with unknown parts first. */
  @Override
  public int compareTo(PartialDate other) {
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(month, other.month);
    }
    return c != 0 ? c : Integer.compare(day, other.day);
  }

  /** Returns the ISO-8601 form: {@code 2024}, {@code 2025-03} or {@code 2024-08-01}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(10);
    padded(b, year, 4);
    if (month != 0) {
      padded(b.append('-'), month, 2);
      if (day != 0) {
        padded(b.append('-'), day, 2);
      }
    }
    return b.toString();
  }

  /** Appends {@code value} (not negative) with zeros in front to {@code width} digits. */
  private static void padded(StringBuilder b, int value, int width) {
    String digits = Integer.toString(value);
    for (int k = digits.length(); k < width; k++) {
      b.append('0');
    }
    b.append(digits);
  }
}
