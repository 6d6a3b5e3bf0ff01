package org.corroborate.impl.extract;

import java.util.Objects;
import java.util.Optional;
import org.corroborate.impl.token.Span;

/**
 * A figure found in text: a point value or a range, with its unit and what it counts.
 *
 * <p>{@code low <= value <= high} always holds. An exact figure has {@code low == value == high};
 * "between 3,000 and 5,000" has low 3000, high 5000 and value 4000 (the midpoint). An open bound
 * ("more than 1,500") keeps {@code low == value == high == 1500} and says which side is open in
 * {@link #bound}, so that every number is finite.
 *
 * @param value the figure (midpoint of a range)
 * @param low lower end of the range the text allows
 * @param high upper end of the range the text allows
 * @param unit normalised unit, e.g. {@code "km"}, {@code "%"}, {@code "usd"}, or empty for a count
 * @param counted what is counted, as a lower-case head noun ("fighters", "people"), if found
 * @param approximate whether the text hedges the figure (about, around, roughly, hundreds)
 * @param bound how the figure limits the true value
 * @param span where the figure (with its modifiers and unit) lies in the original text
 */
public record Quantity(
    double value,
    double low,
    double high,
    String unit,
    Optional<String> counted,
    boolean approximate,
    Bound bound,
    Span span) {

  /** How a figure limits the true value. */
  public enum Bound {
    /** The figure itself ("1,500"). */
    EXACT,
    /** A closed range ("between 3,000 and 5,000", "200-300"). */
    RANGE,
    /** A lower bound ("more than", "over", "at least"). */
    AT_LEAST,
    /** An upper bound ("up to", "less than", "at most", "nearly"). */
    AT_MOST
  }

  /** Checks the components as the record's description states. */
  public Quantity {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(counted, "counted");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(span, "span");
    if (!Double.isFinite(value) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException("quantity must be finite: " + low + " <= " + value + " <= " + high);
    }
    if (!(low <= value && value <= high)) {
      throw new IllegalArgumentException("quantity must have low <= value <= high: " + low + ", " + value + ", " + high);
    }
  }
}
