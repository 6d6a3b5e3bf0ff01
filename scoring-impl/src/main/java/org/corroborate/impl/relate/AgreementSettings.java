package org.corroborate.impl.relate;

/**
 * The weights and thresholds of {@link AgreementScorer}, each with its documented default.
 *
 * @param wordWeight weight of content-word similarity in P(same proposition); default .6
 * @param entityWeight weight of entity similarity; default .25
 * @param eventWeight weight of event agreement; default .15
 * @param sameThreshold P(same proposition) from which two claims are compared for agreement; below
 *     it they are UNRELATED; default .35
 * @param topicThreshold P(same proposition) from which two claims with nothing to compare but
 *     their topic (no comparable figure, same polarity) agree; default .5
 * @param polarityThreshold P(same proposition) from which an assertion and a denial conflict; an
 *     opposite polarity needs a closer match than agreeing figures do; default .5
 * @param gateFactor factor applied to P(same proposition) for each sign of a different event
 *     (disjoint event types, disjoint years); default .1
 * @param exactTolerance relative tolerance around an exact figure; default .02
 * @param approximateTolerance relative tolerance around a figure the text hedges; default .15
 * @param unverifiedAgreement strength of an agreement with no figure or polarity to compare (only
 *     topical similarity); default .8
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

  /** The defaults listed above. */
  public static AgreementSettings defaults() {
    return new AgreementSettings(0.6, 0.25, 0.15, 0.35, 0.5, 0.5, 0.1, 0.02, 0.15, 0.8);
  }

  private static void unit(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
    }
  }
}
