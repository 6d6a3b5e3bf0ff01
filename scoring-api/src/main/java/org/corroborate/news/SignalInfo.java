package org.corroborate.news;

import java.util.Objects;
import java.util.Optional;

/**
 * A reliability signal: what it measures and how it counts toward a source's reliability.
 *
 * @param name the signal's name, as in reports and {@link ScoringConfig.Builder#signalWeight}
 * @param level {@code document} for content signals read from each document, {@code source} for
 *     signals read from a source's record across the corpus
 * @param formula how the value in [0, 1] is computed
 * @param higherIsBetter whether a higher value counts toward reliability; when not, the signal
 *     counts as one minus its value
 * @param defaultWeight its weight in the reliability's weighted mean when not configured
 * @param lexicon the word list it reads, as named in {@link ScoringConfig.Builder#lexicon}, if any
 */
public record SignalInfo(
    String name, String level, String formula, boolean higherIsBetter, double defaultWeight,
    Optional<String> lexicon) {

  /** Checks the parts. */
  public SignalInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(formula, "formula");
    if (!(defaultWeight >= 0.0) || Double.isInfinite(defaultWeight)) {
      throw new IllegalArgumentException("defaultWeight: must be finite and >= 0");
    }
    Objects.requireNonNull(lexicon, "lexicon");
  }
}
