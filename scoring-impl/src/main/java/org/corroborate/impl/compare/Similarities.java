package org.corroborate.impl.compare;

import java.util.Objects;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueSimilarity;

/**
 * Turns a {@link ValueComparison} into the {@link ValueSimilarity} that implements it.
 *
 * <p>Design note: every built-in similarity is immutable and stateless apart from its settings,
 * so a new instance per call is cheap and needs no cache. {@link ValueComparison.Kind#CUSTOM}
 * returns the caller's own similarity unchanged.
 */
public final class Similarities {

  private Similarities() {}

  /** Returns the similarity for {@code comparison}. */
  public static ValueSimilarity of(ValueComparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    switch (comparison.kind()) {
      case EXACT:
        return ExactSimilarity.INSTANCE;
      case NUMERIC:
        return new NumericSimilarity(comparison.tolerance(), comparison.relative());
      case TEXT:
        return TextSimilarity.INSTANCE;
      case AUTHORS:
        return AuthorListSimilarity.INSTANCE;
      case CUSTOM:
        return comparison.custom().orElseThrow(
            () -> new IllegalArgumentException("custom comparison without a similarity"));
      default:
        throw new IllegalArgumentException("unknown comparison kind " + comparison.kind());
    }
  }

  /** Returns the value kind's name used to prefix keys, so values of different kinds never share one. */
  static String kindPrefix(org.corroborate.model.Value value) {
    if (value instanceof org.corroborate.model.TextValue) {
      return "text:";
    }
    if (value instanceof org.corroborate.model.NumberValue) {
      return "number:";
    }
    if (value instanceof org.corroborate.model.StringSetValue) {
      return "set:";
    }
    return "time:";
  }
}
