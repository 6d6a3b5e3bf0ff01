package org.corroborate.truth;

import java.util.List;
import org.corroborate.model.ObservationSet;

/**
 * Truth discovery run by a distributed engine (Spark, in the optional {@code scoring-spark}
 * artifact) with the answers of {@link TruthDiscovery}: for the algorithms it runs, the same
 * chosen values, confidences, trusts, iterations and convergence, to the last bit, in a result of
 * the same type.
 *
 * <p>Obtain one with {@link org.corroborate.Corroborate#distributedTruthDiscovery(String)};
 * implementations are found through {@link java.util.ServiceLoader}. A result carries no
 * explanation trees: each score's explanation is a single leaf saying where it was computed.
 */
public interface DistributedTruthDiscovery {

  /** The engine's name, lower-case, such as {@code "spark"}. */
  String name();

  /** The names of the algorithms this engine runs, in name order. */
  List<String> algorithms();

  /**
   * Runs one algorithm on the engine at {@code master} and returns the whole result: every item
   * with all its values (most confident first, in the order {@link TruthDiscovery} gives them),
   * every source's trust, and the dependent source pairs of a copy-aware algorithm.
   *
   * @param observations the observations, as the single-machine engine would read them
   * @param config the run's configuration; the thread count does not apply
   * @param master where the engine runs, in its own syntax (Spark: {@code local[*]}, {@code
   *     local[4]})
   * @throws IllegalArgumentException for an algorithm the engine does not run, a setting it cannot
   *     honour, a master it does not accept, or an empty observation set
   * @throws NullPointerException if an argument is null
   */
  TruthDiscoveryResult discover(ObservationSet observations, TruthDiscoveryConfig config,
      String master);
}
