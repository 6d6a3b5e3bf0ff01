package org.corroborate.impl.truth;

import java.util.Map;
import org.corroborate.truth.ValueSimilarity;

/**
 * The resolved settings of one run: iteration limit, tolerance, every parameter with its value
 * (defaults filled in), the prior of each source (NaN where none), the seed, the similarity and
 * the threads the iterations run on.
 */
public record Settings(
    int maxIterations,
    double tolerance,
    Map<String, Double> parameters,
    double[] priors,
    long seed,
    ValueSimilarity similarity,
    Parallel parallel) {

  /** Settings whose iterations run on the caller's thread. */
  public Settings(int maxIterations, double tolerance, Map<String, Double> parameters,
      double[] priors, long seed, ValueSimilarity similarity) {
    this(maxIterations, tolerance, parameters, priors, seed, similarity, Parallel.SERIAL);
  }

  double parameter(String name) {
    Double value = parameters.get(name);
    if (value == null) {
      throw new IllegalStateException("parameter " + name + " was not resolved");
    }
    return value;
  }

  boolean hasPrior(int source) {
    return !Double.isNaN(priors[source]);
  }

  /** The source's prior, or {@code fallback} when it has none. */
  double prior(int source, double fallback) {
    return hasPrior(source) ? priors[source] : fallback;
  }

  boolean anyPrior() {
    for (double prior : priors) {
      if (!Double.isNaN(prior)) {
        return true;
      }
    }
    return false;
  }
}
