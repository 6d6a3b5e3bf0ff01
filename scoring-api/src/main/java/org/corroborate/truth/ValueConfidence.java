package org.corroborate.truth;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.corroborate.Explanation;
import org.corroborate.model.Value;

/** One value claimed for an item, its confidence in [0, 1], its sources and the explanation. */
public final class ValueConfidence {
  /**
   * Where the values of one result find their sources and explanations, by a number the result
   * gives each value, when they are asked for: a value then holds the number and a reference to
   * one object shared by the result, instead of two closures of its own (a result may hold
   * millions of values, most of whose source lists and explanations are never read).
   */
  public interface Details {
    /** The ids of the sources claiming value {@code claim}, sorted; the same on every call. */
    List<String> sourceIds(int claim);

    /** How the confidence of value {@code claim} was computed; its value is the confidence. */
    Explanation explanation(int claim);
  }

  private final Value value;
  private final double confidence;
  private final Details details;
  private final int claim;

  private ValueConfidence(Value value, double confidence, Details details, int claim) {
    this.value = Objects.requireNonNull(value, "value");
    this.confidence = Scores.unit(confidence, () -> "confidence of value " + value.canonical());
    this.details = Objects.requireNonNull(details, "details");
    this.claim = claim;
  }

  /**
   * Returns a value's confidence; the explanation is computed when asked for and must have {@code
   * confidence} as its value.
   */
  public static ValueConfidence of(
      Value value, double confidence, List<String> sourceIds, Supplier<Explanation> explanation) {
    List<String> copy = List.copyOf(sourceIds);
    Objects.requireNonNull(explanation, "explanation");
    return new ValueConfidence(value, confidence, new Details() {
      @Override
      public List<String> sourceIds(int claim) {
        return copy;
      }

      @Override
      public Explanation explanation(int claim) {
        return explanation.get();
      }
    }, 0);
  }

  /**
   * As {@link #of(Value, double, List, Supplier)}, with the source ids and the explanation of
   * value number {@code claim} found in {@code details} when asked for, each time: for results of
   * millions of values. {@link #sourceIds} returns an immutable copy of what {@code details} gives.
   */
  public static ValueConfidence ofClaim(
      Value value, double confidence, Details details, int claim) {
    return new ValueConfidence(value, confidence, details, claim);
  }

  /** The value, as the first source to claim it wrote it. */
  public Value value() {
    return value;
  }

  /** The confidence in [0, 1]. */
  public double confidence() {
    return confidence;
  }

  /** The ids of the sources claiming this value, sorted. */
  public List<String> sourceIds() {
    return List.copyOf(details.sourceIds(claim));
  }

  /** How the confidence was computed; its value equals {@link #confidence()}. */
  public Explanation explanation() {
    return Scores.checked(
        details.explanation(claim), confidence, "confidence of " + value.canonical());
  }

  @Override
  public String toString() {
    return value.canonical() + "=" + confidence;
  }
}
