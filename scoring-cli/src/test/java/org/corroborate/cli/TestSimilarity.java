package org.corroborate.cli;

import org.corroborate.model.TextValue;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;

/**
 * Minimal similarities for reader tests that must not depend on the engine: exact text, and
 * numbers read with {@link Double#parseDouble} that refuse NaN and infinities as the engine's
 * numeric comparison does.
 */
final class TestSimilarity implements ValueSimilarity {
  private final boolean numeric;

  private TestSimilarity(boolean numeric) {
    this.numeric = numeric;
  }

  static TestSimilarity exact() {
    return new TestSimilarity(false);
  }

  static TestSimilarity numeric() {
    return new TestSimilarity(true);
  }

  @Override
  public String key(Value value) {
    return value.canonical();
  }

  @Override
  public double support(Value from, Value to) {
    return from.equals(to) ? 1.0 : 0.0;
  }

  @Override
  public boolean matches(Value candidate, Value truth) {
    return candidate.equals(truth);
  }

  @Override
  public Value parse(String text) {
    if (!numeric) {
      return new TextValue(text);
    }
    double d;
    try {
      d = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: '" + text + "'", e);
    }
    return Value.number(d);
  }
}
