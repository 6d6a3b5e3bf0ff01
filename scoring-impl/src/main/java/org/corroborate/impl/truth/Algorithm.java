package org.corroborate.impl.truth;

import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ProgressListener;

/**
 * One truth-discovery algorithm. Implementations are stateless; all state of a run lives in the
 * {@link Outcome} it returns.
 */
public abstract class Algorithm {
  private final AlgorithmInfo info;

  Algorithm(AlgorithmInfo info) {
    this.info = info;
  }

  /** The algorithm's name, paper and parameters. */
  public final AlgorithmInfo info() {
    return info;
  }

  final String name() {
    return info.name();
  }

  /** Runs the algorithm over a compiled graph; the outcome gives every claim and source a score. */
  public abstract Outcome run(ClaimGraph graph, Settings settings, ProgressListener progress);

  /** One step of an iterative algorithm; returns the change it made, compared with the tolerance. */
  @FunctionalInterface
  interface Step {
    double next(int iteration);
  }

  /** Runs steps until the change is at most the tolerance or the limit is reached. */
  final Convergence iterate(Settings settings, ProgressListener progress, Step step) {
    int iteration = 0;
    double change = Double.POSITIVE_INFINITY;
    while (iteration < settings.maxIterations()) {
      iteration++;
      change = step.next(iteration);
      progress.iteration(name(), iteration, settings.maxIterations(), change);
      if (change <= settings.tolerance()) {
        return new Convergence(iteration, true);
      }
    }
    return new Convergence(iteration, false);
  }

  /** How a run ended. */
  record Convergence(int iterations, boolean converged) {}
}
