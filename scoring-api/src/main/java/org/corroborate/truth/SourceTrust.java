package org.corroborate.truth;

import java.util.Objects;
import java.util.function.Supplier;
import org.corroborate.Explanation;

/**
 * The trust an algorithm gives one source: a number in [0, 1] and how it was computed.
 */
public final class SourceTrust {
  private final String sourceId;
  private final double trust;
  private final int claimCount;
  private final Supplier<Explanation> explanation;

  private SourceTrust(
      String sourceId, double trust, int claimCount, Supplier<Explanation> explanation) {
    this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
    this.trust = Scores.unit(trust, () -> "trust of source " + sourceId);
    this.claimCount = claimCount;
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * Returns a source's trust; the explanation is computed when asked for and must have {@code trust}
   * as its value.
   */
  public static SourceTrust of(
      String sourceId, double trust, int claimCount, Supplier<Explanation> explanation) {
    return new SourceTrust(sourceId, trust, claimCount, explanation);
  }

  /** The source's id. */
  public String sourceId() {
    return sourceId;
  }

  /** The trust in [0, 1]. */
  public double trust() {
    return trust;
  }

  /** How many claims the source made (after duplicate removal). */
  public int claimCount() {
    return claimCount;
  }

  /** How the trust was computed; its value equals {@link #trust()}. */
  public Explanation explanation() {
    return Scores.checked(explanation.get(), trust, "trust of source " + sourceId);
  }

  @Override
  public String toString() {
    return sourceId + "=" + trust;
  }
}
