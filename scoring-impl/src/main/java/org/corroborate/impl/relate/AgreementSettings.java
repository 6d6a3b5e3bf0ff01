package org.corroborate.impl.relate;

import org.corroborate.news.ScoringConfig;

/**
 * The weights and thresholds of {@link AgreementScorer}, as a {@link ScoringConfig} sets them
 * ({@link #of}); the defaults are stated once, as {@code ScoringConfig}'s {@code DEFAULT_}
 * constants.
 *
 * @param wordWeight weight of content-word similarity in P(same proposition) ({@link
 *     ScoringConfig#matchWordWeight()})
 * @param entityWeight weight of entity similarity ({@link ScoringConfig#matchEntityWeight()})
 * @param eventWeight weight of event agreement ({@link ScoringConfig#matchEventWeight()})
 * @param sameThreshold P(same proposition) from which two claims are compared for agreement; below
 *     it they are UNRELATED ({@link ScoringConfig#sameThreshold()})
 * @param topicThreshold P(same proposition) from which two claims with nothing to compare but
 *     their topic (no comparable figure, same polarity) agree ({@link
 *     ScoringConfig#topicThreshold()})
 * @param polarityThreshold P(same proposition) from which an assertion and a denial conflict; an
 *     opposite polarity needs a closer match than agreeing figures do ({@link
 *     ScoringConfig#polarityThreshold()})
 * @param gateFactor factor applied to P(same proposition) for each sign of a different event
 *     (disjoint event types, disjoint years) ({@link ScoringConfig#gateFactor()})
 * @param exactTolerance relative tolerance around an exact figure ({@link
 *     ScoringConfig#exactTolerance()})
 * @param approximateTolerance relative tolerance around a figure the text hedges ({@link
 *     ScoringConfig#approximateTolerance()})
 * @param unverifiedAgreement strength of an agreement with no figure or polarity to compare (only
 *     topical similarity) ({@link ScoringConfig#unverifiedAgreement()})
 */
public record AgreementSettings(
    double wordWeight,
    double entityWeight,
    double eventWeight,
    double sameThreshold,
    double topicThreshold,
    double polarityThreshold,
    double gateFactor,
    double exactTolerance,
    double approximateTolerance,
    double unverifiedAgreement) {

  /** Checks the components as the record's description states. */
  public AgreementSettings {
    unit(wordWeight, "wordWeight");
    unit(entityWeight, "entityWeight");
    unit(eventWeight, "eventWeight");
    double total = wordWeight + entityWeight + eventWeight;
    if (Math.abs(total - 1.0) > 1e-9) {
      throw new IllegalArgumentException(
          "wordWeight + entityWeight + eventWeight must be 1, was " + total);
    }
    unit(sameThreshold, "sameThreshold");
    unit(topicThreshold, "topicThreshold");
    unit(polarityThreshold, "polarityThreshold");
    unit(gateFactor, "gateFactor");
    unit(exactTolerance, "exactTolerance");
    unit(approximateTolerance, "approximateTolerance");
    unit(unverifiedAgreement, "unverifiedAgreement");
  }

  /** The settings of {@code config}. */
  public static AgreementSettings of(ScoringConfig config) {
    return new AgreementSettings(config.matchWordWeight(), config.matchEntityWeight(),
        config.matchEventWeight(), config.sameThreshold(), config.topicThreshold(),
        config.polarityThreshold(), config.gateFactor(), config.exactTolerance(),
        config.approximateTolerance(), config.unverifiedAgreement());
  }

  /** The settings of {@link ScoringConfig#defaults()}. */
  public static AgreementSettings defaults() {
    return of(ScoringConfig.defaults());
  }

  private static void unit(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
    }
  }
}
