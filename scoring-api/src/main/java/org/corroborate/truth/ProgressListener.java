package org.corroborate.truth;

/** Receives one call per iteration of a running algorithm, on the calling thread. */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores every call. */
  ProgressListener NONE = (algorithm, iteration, maxIterations, change) -> {};

  /**
   * Called after each iteration.
   *
   * @param algorithm the algorithm's name
   * @param iteration the iteration just finished, from 1
   * @param maxIterations the most iterations that will run
   * @param change the convergence measure after this iteration, compared with the tolerance
   */
  void iteration(String algorithm, int iteration, int maxIterations, double change);
}
