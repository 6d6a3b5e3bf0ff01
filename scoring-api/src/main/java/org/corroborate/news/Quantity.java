package org.corroborate.news;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A figure stated in a claim: "between 3,000 and 5,000 fighters", "about 10,000", "up to 40%".
 *
 * <p>{@code low <= value <= high} always holds and every number is finite. An exact figure has
 * {@code low == value == high}; "between 3,000 and 5,000" has low 3000, high 5000 and value 4000
 * (the midpoint). An open bound ("more than 1,500") keeps {@code low == value == high == 1500} and
 * says which side is open in {@link #bound}.
 *
 * @param value the figure as a single number (a range's midpoint)
 * @param low the lowest value the wording allows
 * @param high the highest value the wording allows
 * @param unit the unit as the extractor normalises it: empty for a count, else one of {@link
 *     #UNITS} ({@code "%"}, {@code "km"}, {@code "m"}, {@code "mi"}, {@code "t"}, {@code "usd"})
 * @param approximate whether the figure is put as approximate ("about", "around", "hundreds")
 * @param bound how the figure limits the true value
 * @param counted what is counted, as a lower-case head noun ("fighters", "people"), if found
 */
public record Quantity(
    double value, double low, double high, String unit, boolean approximate, Bound bound,
    Optional<String> counted) {

  /** The units the extractor writes, besides the empty unit of a count. */
  public static final Set<String> UNITS = Set.of("%", "km", "m", "mi", "t", "usd");

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

  /** Checks the numbers are finite and ordered ({@code low <= value <= high}) and the rest present. */
  public Quantity {
    if (!Double.isFinite(value) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException("quantity: value, low and high must be finite, were "
          + value + ", " + low + ", " + high);
    }
    if (!(low <= value && value <= high)) {
      throw new IllegalArgumentException("quantity: must have low <= value <= high, were "
          + low + ", " + value + ", " + high);
    }
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(counted, "counted");
  }
}
