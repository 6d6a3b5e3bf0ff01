package org.corroborate.truth;

import java.util.List;
import java.util.Objects;
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

  /**
   * Prepares observations for several runs under {@code config}'s comparison: the work that every
   * algorithm repeats (numbering the sources, items and values, grouping the observations into
   * each item's claims under the comparison's keys) is done here once, on {@code config}'s
   * threads, instead of once per run. Each {@link Prepared#discover} then gives the same result as
   * {@link #discover(ObservationSet, TruthDiscoveryConfig, ProgressListener)} on the same
   * observations and configuration.
   *
   * <p>The prepared form holds memory in proportion to the observations (in the engine that ships
   * with the library, about 17 bytes per observation) until it is no longer referenced. The
   * default implementation prepares nothing and runs {@code discover} each time.
   *
   * @throws IllegalArgumentException for an empty observation set
   */
  default Prepared prepare(ObservationSet observations, TruthDiscoveryConfig config) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(config, "config");
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("observations must not be empty");
    }
    return Prepared.under(config.comparison(),
        (runConfig, progress) -> discover(observations, runConfig, progress));
  }

  /**
   * Observations prepared under one comparison by {@link #prepare}, to run any number of
   * algorithms or settings on. Immutable and thread-safe: runs may be concurrent.
   */
  @FunctionalInterface
  interface Prepared {
    /**
     * Runs one algorithm on the prepared observations, reporting each iteration to {@code
     * progress}; {@code config}'s comparison must be the one they were prepared under (its other
     * settings, thread count included, may differ from run to run).
     *
     * @throws IllegalArgumentException for another comparison, an unknown algorithm or parameter,
     *     or a parameter out of its range
     */
    TruthDiscoveryResult discover(TruthDiscoveryConfig config, ProgressListener progress);

    /** Runs one algorithm on the prepared observations, without progress reports. */
    default TruthDiscoveryResult discover(TruthDiscoveryConfig config) {
      return discover(config, ProgressListener.NONE);
    }

    /**
     * For implementations: the prepared form that checks each run's configuration (not null,
     * and under {@code comparison}, else an {@link IllegalArgumentException} naming both
     * comparisons) and its progress listener (not null), then hands them to {@code run}.
     */
    static Prepared under(ValueComparison comparison, Prepared run) {
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(run, "run");
      return (config, progress) -> {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(progress, "progress");
        if (!comparison.equals(config.comparison())) {
          throw new IllegalArgumentException("the observations were prepared under comparison "
              + comparison + ", not " + config.comparison());
        }
        return run.discover(config, progress);
      };
    }
  }
}
