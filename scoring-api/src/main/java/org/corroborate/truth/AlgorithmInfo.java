package org.corroborate.truth;

import java.util.List;

/**
 * Describes one truth-discovery algorithm: its command-line name, what it is, where it comes from,
 * and its parameters with their defaults.
 *
 * @param name lower-case hyphenated name, as {@code corroborate algorithms} lists it
 * @param title the algorithm's name in its paper
 * @param citation the paper, with the equations implemented
 * @param defaultMaxIterations iterations run at most unless configured
 * @param defaultTolerance the convergence threshold unless configured
 * @param parameters the algorithm's own parameters, in name order
 * @param usesPriors whether source priors change the result
 */
public record AlgorithmInfo(
    String name,
    String title,
    String citation,
    int defaultMaxIterations,
    double defaultTolerance,
    List<ParameterInfo> parameters,
    boolean usesPriors) {

  /** Copies the parameter list. */
  public AlgorithmInfo {
    parameters = List.copyOf(parameters);
  }
}
