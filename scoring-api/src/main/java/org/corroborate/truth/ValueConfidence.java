package org.corroborate.truth;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.corroborate.Explanation;
import org.corroborate.model.Value;

/** One value claimed for an item, its confidence in [0, 1], its sources and the explanation. */
public final class ValueConfidence {
  private final Value value;
  private final double confidence;
  private final Supplier<List<String>> sourceIds;
  private final Supplier<Explanation> explanation;

  private ValueConfidence(Value value, double confidence, Supplier<List<String>> sourceIds,
      Supplier<Explanation> explanation) {
    this.value = Objects.requireNonNull(value, "value");
    this.confidence = Scores.unit(confidence, () -> "confidence of value " + value.canonical());
    this.sourceIds = Objects.requireNonNull(sourceIds, "sourceIds");
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * Returns a value's confidence; the explanation is computed when asked for and must have {@code
   * confidence} as its value.
   */
  public static ValueConfidence of(
      Value value, double confidence, List<String> sourceIds, Supplier<Explanation> explanation) {
    List<String> copy = List.copyOf(sourceIds);
    return new ValueConfidence(value, confidence, () -> copy, explanation);
  }

  /**
   * As {@link #of(Value, double, List, Supplier)}, with the source ids also computed when asked
   * for, each time: for results of millions of values, most of whose source lists are never read.
   * The supplier must give the same ids, sorted, on every call; {@link #sourceIds} returns an
   * immutable copy.
   */
  public static ValueConfidence ofLazySources(Value value, double confidence,
      Supplier<List<String>> sourceIds, Supplier<Explanation> explanation) {
    return new ValueConfidence(value, confidence, sourceIds, explanation);
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
    return List.copyOf(sourceIds.get());
  }

  /** How the confidence was computed; its value equals {@link #confidence()}. */
  public Explanation explanation() {
    return Scores.checked(explanation.get(), confidence, "confidence of " + value.canonical());
  }

  @Override
  public String toString() {
    return value.canonical() + "=" + confidence;
  }
}
