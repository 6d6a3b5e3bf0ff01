package org.corroborate.truth;

import java.util.List;
import org.corroborate.model.ObservationSet;

/**
 * Estimates which value of each item is true and how far each source can be trusted, jointly, from
 * structured observations ("source says item = value").
 *
 * <p>Obtain it with {@link org.corroborate.Corroborate#truthDiscovery()}. Implementations are
 * thread-safe and stateless: one instance may serve concurrent runs. Runs are deterministic: the
 * same observations and configuration give equal results on any machine.
 */
public interface TruthDiscovery {

  /** Every algorithm available, in name order. */
  List<AlgorithmInfo> algorithms();

  /**
   * Returns the algorithm with this name.
   *
   * @throws IllegalArgumentException naming the unknown name and listing the known ones
   */
  AlgorithmInfo algorithm(String name);

  /** Returns the similarity that implements a comparison, for parsing values and evaluation. */
  ValueSimilarity similarity(ValueComparison comparison);

  /**
   * Runs one algorithm.
   *
   * @throws IllegalArgumentException for an unknown algorithm or parameter, a parameter out of its
   *     range, or an empty observation set
   */
  default TruthDiscoveryResult discover(
      ObservationSet observations, TruthDiscoveryConfig config) {
    return discover(observations, config, ProgressListener.NONE);
  }

  /** Runs one algorithm, reporting each iteration to {@code progress}. */
  TruthDiscoveryResult discover(
      ObservationSet observations, TruthDiscoveryConfig config, ProgressListener progress);
}
