package org.corroborate.truth;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.corroborate.Explanation;

/**
 * The probability that two sources are not independent (one copies the other, or both copy a
 * third), as estimated by a copy-aware algorithm, with the likely copier where the model gives a
 * direction.
 */
public final class SourceDependence {
  private final String first;
  private final String second;
  private final double probability;
  private final Optional<String> copier;
  private final Supplier<Explanation> explanation;

  private SourceDependence(String first, String second, double probability,
      Optional<String> copier, Supplier<Explanation> explanation) {
    this.first = Objects.requireNonNull(first, "first");
    this.second = Objects.requireNonNull(second, "second");
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException(
          "first must sort before second, were '" + first + "' and '" + second + "'");
    }
    this.probability = Scores.unit(probability, () -> "dependence of " + first + " and " + second);
    this.copier = Objects.requireNonNull(copier, "copier");
    copier.ifPresent(c -> {
      if (!c.equals(first) && !c.equals(second)) {
        throw new IllegalArgumentException("copier '" + c + "' is neither source of the pair");
      }
    });
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * Returns a dependence between two sources; {@code first} sorts before {@code second}, and the
   * explanation, computed when asked for, must have {@code probability} as its value.
   */
  public static SourceDependence of(String first, String second, double probability,
      Optional<String> copier, Supplier<Explanation> explanation) {
    return new SourceDependence(first, second, probability, copier, explanation);
  }

  /** The source whose id sorts first. */
  public String first() {
    return first;
  }

  /** The other source. */
  public String second() {
    return second;
  }

  /** The probability in [0, 1] that the two are dependent. */
  public double probability() {
    return probability;
  }

  /** The source that more likely copies the other, when the model tells. */
  public Optional<String> copier() {
    return copier;
  }

  /** How the probability was computed; its value equals {@link #probability()}. */
  public Explanation explanation() {
    return Scores.checked(explanation.get(), probability,
        "dependence of " + first + " and " + second);
  }

  @Override
  public String toString() {
    return first + "~" + second + "=" + probability;
  }
}
