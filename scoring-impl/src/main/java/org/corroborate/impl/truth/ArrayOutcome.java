package org.corroborate.impl.truth;

/**
 * An {@link Outcome} whose confidences and trusts are read from arrays the run filled; subclasses
 * add the explanations, and may map the stored numbers into [0, 1] by overriding the accessors.
 */
abstract class ArrayOutcome implements Outcome {
  private final Algorithm.Convergence convergence;
  private final double[] confidence;
  private final double[] trust;

  ArrayOutcome(Algorithm.Convergence convergence, double[] confidence, double[] trust) {
    this.convergence = convergence;
    this.confidence = confidence;
    this.trust = trust;
  }

  @Override
  public final int iterations() {
    return convergence.iterations();
  }

  @Override
  public final boolean converged() {
    return convergence.converged();
  }

  @Override
  public double claimConfidence(int claim) {
    return confidence[claim];
  }

  @Override
  public double sourceTrust(int source) {
    return trust[source];
  }
}
