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
  private final List<String> sourceIds;
  private final Supplier<Explanation> explanation;

  private ValueConfidence(
      Value value, double confidence, List<String> sourceIds, Supplier<Explanation> explanation) {
    this.value = Objects.requireNonNull(value, "value");
    this.confidence = Scores.unit(confidence, () -> "confidence of value " + value.canonical());
    this.sourceIds = List.copyOf(sourceIds);
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * Returns a value's confidence; the explanation is computed when asked for and must have {@code
   * confidence} as its value.
   */
  public static ValueConfidence of(
      Value value, double confidence, List<String> sourceIds, Supplier<Explanation> explanation) {
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
    return sourceIds;
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
