package org.corroborate.impl.compare;

import java.util.Objects;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;

/**
 * Exact comparison: two values are the same claim exactly when they are of the same kind and have
 * the same {@link Value#canonical()} form.
 *
 * <p>Design note: the key is the canonical form prefixed with the value kind ({@code text:},
 * {@code number:}, {@code set:}, {@code time:}), so the number {@code 5} and the text {@code "5"}
 * never collide. Support is 1 for equal keys and 0 otherwise; there is no partial agreement.
 * {@link #parse} keeps the text as a {@code TextValue} (the interface default).
 */
public final class ExactSimilarity implements ValueSimilarity {

  /** The one instance (the similarity is stateless). */
  public static final ExactSimilarity INSTANCE = new ExactSimilarity();

  private ExactSimilarity() {}

  @Override
  public String key(Value value) {
    Objects.requireNonNull(value, "value");
    return Similarities.kindPrefix(value) + value.canonical();
  }

  @Override
  public double support(Value from, Value to) {
    return key(from).equals(key(to)) ? 1.0 : 0.0;
  }

  @Override
  public boolean matches(Value candidate, Value truth) {
    return key(candidate).equals(key(truth));
  }

  @Override
  public String toString() {
    return "exact";
  }
}
