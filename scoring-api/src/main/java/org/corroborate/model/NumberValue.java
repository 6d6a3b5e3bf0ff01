package org.corroborate.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A finite number with an optional unit.
 *
 * @param number the number; finite (NaN and infinities are rejected)
 * @param unit the unit, if any; not blank when present
 */
public record NumberValue(double number, Optional<String> unit) implements Value {

  /** Rejects NaN, infinities and blank units; normalises negative zero to zero. */
  public NumberValue {
    Checks.finite(number, "number");
    if (number == 0.0) {
      number = 0.0;
    }
    Objects.requireNonNull(unit, "unit");
    unit.ifPresent(u -> Checks.nonBlank(u, "unit"));
  }

  /** Returns the shortest decimal form, without exponent, followed by a space and the unit. */
  @Override
  public String canonical() {
    String digits = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    return unit.map(u -> digits + " " + u).orElse(digits);
  }

  @Override
  public String toString() {
    return canonical();
  }
}
