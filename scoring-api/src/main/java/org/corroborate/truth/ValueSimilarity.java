package org.corroborate.truth;

import org.corroborate.model.TextValue;
import org.corroborate.model.Value;

/**
 * How values of one item are compared: which are the same claim, how far one supports another,
 * and which count as correct against a gold value.
 *
 * <p>Implementations must be immutable, thread-safe and deterministic, and return finite numbers.
 */
public interface ValueSimilarity {

  /**
   * Returns a key such that values with equal keys are the same claim: their sources vote together.
   * The key must be an equivalence (reflexive, symmetric, transitive), so tolerances belong in
   * {@link #support}, not here.
   */
  String key(Value value);

  /**
   * Returns, in [0, 1], how far a source saying {@code from} also supports {@code to} for the same
   * item: 1 for the same claim, 0 for unrelated or contradicting values. It may be asymmetric: a
   * partial author list supports the full one more than the reverse.
   */
  double support(Value from, Value to);

  /** Whether {@code candidate} counts as correct when the truth is {@code truth}. */
  boolean matches(Value candidate, Value truth);

  /**
   * Reads a value from text as this comparison expects it: a number or a time for numeric
   * comparison, text otherwise.
   *
   * @throws IllegalArgumentException if the text is blank or cannot be read as such a value
   */
  default Value parse(String text) {
    return new TextValue(text);
  }
}
