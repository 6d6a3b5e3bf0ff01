package org.corroborate.news;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure stated in a claim: "between 3,000 and 5,000 fighters", "about 10,000", "up to 40%".
 *
 * @param value the figure as a single number (a range's midpoint)
 * @param low the lowest value the wording allows
 * @param high the highest value the wording allows
 * @param unit the unit, lower-case ("count", "percent", "kilometer", "usd", ...)
 * @param approximate whether the figure is put as approximate ("about", "around", "hundreds")
 * @param bound how the figure limits the true value: EXACT (the figure itself), RANGE ("between
 *     3,000 and 5,000"), AT_LEAST ("more than", "at least") or AT_MOST ("up to", "nearly")
 * @param counted what is counted ("fighters", "people"), if found
 */
public record Quantity(
    double value, double low, double high, String unit, boolean approximate, String bound,
    Optional<String> counted) {

  /** Checks the numbers are finite and ordered and the strings present. */
  public Quantity {
    if (!Double.isFinite(value) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException("quantity: value, low and high must be finite, were "
          + value + ", " + low + ", " + high);
    }
    if (low > high) {
      throw new IllegalArgumentException("quantity: low " + low + " above high " + high);
    }
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(counted, "counted");
  }
}
