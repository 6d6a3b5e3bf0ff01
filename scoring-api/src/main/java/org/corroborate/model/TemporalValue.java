package org.corroborate.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Objects;

/**
 * A date, a time of day, a local date-time or an offset date-time.
 *
 * @param temporal a {@link LocalDate}, {@link LocalTime}, {@link LocalDateTime} or {@link
 *     OffsetDateTime}
 */
public record TemporalValue(Temporal temporal) implements Value {

  /** Rejects temporal types other than the four listed. */
  public TemporalValue {
    Objects.requireNonNull(temporal, "temporal");
    if (!(temporal instanceof LocalDate
        || temporal instanceof LocalTime
        || temporal instanceof LocalDateTime
        || temporal instanceof OffsetDateTime)) {
      throw new IllegalArgumentException(
          "temporal must be a LocalDate, LocalTime, LocalDateTime or OffsetDateTime, was "
              + temporal.getClass().getName());
    }
  }

  /**
   * Returns the value as minutes on one axis, for tolerance comparisons: minutes since midnight for
   * a time of day, minutes since 1970-01-01T00:00 (UTC for offset date-times) otherwise.
   */
  public double minutes() {
    if (temporal instanceof LocalTime time) {
      return time.toSecondOfDay() / 60.0;
    }
    if (temporal instanceof LocalDate date) {
      return date.toEpochDay() * 1440.0;
    }
    if (temporal instanceof LocalDateTime dateTime) {
      return dateTime.toEpochSecond(ZoneOffset.UTC) / 60.0;
    }
    return ((OffsetDateTime) temporal).toEpochSecond() / 60.0;
  }

  /** Returns the ISO-8601 form. */
  @Override
  public String canonical() {
    return temporal.toString();
  }

  @Override
  public String toString() {
    return canonical();
  }
}
