package org.corroborate.truth;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Immutable settings for one truth-discovery run: the algorithm, how values compare, convergence,
 * the algorithm's own parameters, source priors, the random seed and the number of threads.
 *
 * <p>Threads change only how fast a run goes, never what it answers: each iteration splits its
 * work into fixed ranges of claims, items or sources whatever the thread count, and every sum is
 * added in the same order, so a run gives the same numbers to the last bit with 1, 2 or 64
 * threads.
 *
 * <p>Built with {@link #builder()}; each setting is validated when set and may be set once.
 * Settings left unset take the algorithm's documented defaults ({@link AlgorithmInfo}). Parameter
 * names are checked against the algorithm when the run starts.
 */
public final class TruthDiscoveryConfig {
  /** The most threads a run may be given. */
  public static final int MAX_THREADS = 4096;

  private final String algorithm;
  private final ValueComparison comparison;
  private final OptionalInt maxIterations;
  private final OptionalDouble tolerance;
  private final Map<String, Double> parameters;
  private final Map<String, Double> priors;
  private final long seed;
  private final OptionalInt threads;

  private TruthDiscoveryConfig(Builder b) {
    this.algorithm = b.algorithm;
    this.comparison = b.comparison == null ? ValueComparison.exact() : b.comparison;
    this.maxIterations = b.maxIterations;
    this.tolerance = b.tolerance;
    this.parameters = Collections.unmodifiableMap(new TreeMap<>(b.parameters));
    this.priors = Collections.unmodifiableMap(new TreeMap<>(b.priors));
    this.seed = b.seed == null ? 0L : b.seed;
    this.threads = b.threads;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a configuration running {@code algorithm} with every default. */
  public static TruthDiscoveryConfig of(String algorithm) {
    return builder().algorithm(algorithm).build();
  }

  /**
   * Returns a configuration with this one's settings and the algorithm replaced.
   *
   * @throws IllegalArgumentException if {@code name} is blank (an unknown name fails when the
   *     configuration is run)
   */
  public TruthDiscoveryConfig withAlgorithm(String name) {
    Builder b = new Builder();
    b.algorithm(name);
    b.comparison = comparison;
    b.maxIterations = maxIterations;
    b.tolerance = tolerance;
    b.parameters.putAll(parameters);
    b.priors.putAll(priors);
    b.threads = threads;
    b.seed = seed;
    return b.build();
  }

  /** The algorithm's name, e.g. {@code truthfinder}. */
  public String algorithm() {
    return algorithm;
  }

  /** How values compare; {@link ValueComparison#exact()} unless set. */
  public ValueComparison comparison() {
    return comparison;
  }

  /** The iteration limit, if set; otherwise the algorithm's default applies. */
  public OptionalInt maxIterations() {
    return maxIterations;
  }

  /** The convergence threshold, if set; otherwise the algorithm's default applies. */
  public OptionalDouble tolerance() {
    return tolerance;
  }

  /** The algorithm parameters set, by name, in name order. */
  public Map<String, Double> parameters() {
    return parameters;
  }

  /** Prior reliability per source id, in id order; sources not listed have none. */
  public Map<String, Double> priors() {
    return priors;
  }

  /**
   * The seed for algorithms that sample, and for the order of values that tie on everything an
   * algorithm weighs (a seeded hash of item id and value); 0 unless set.
   */
  public long seed() {
    return seed;
  }

  /**
   * The number of threads a run may use, if set; unset, a run uses {@link
   * Runtime#availableProcessors()}. The answer does not depend on it.
   */
  public OptionalInt threads() {
    return threads;
  }

  /** The number of threads a run uses: {@link #threads()}, else the available processors. */
  public int effectiveThreads() {
    return threads.orElse(Runtime.getRuntime().availableProcessors());
  }

  /** Lists every setting, defaults marked. */
  @Override
  public String toString() {
    return "TruthDiscoveryConfig{algorithm=" + algorithm
        + ", comparison=" + comparison
        + ", maxIterations=" + (maxIterations.isPresent() ? maxIterations.getAsInt() : "default")
        + ", tolerance=" + (tolerance.isPresent() ? tolerance.getAsDouble() : "default")
        + ", parameters=" + parameters
        + ", priors=" + priors.size() + " sources"
        + ", seed=" + seed
        + ", threads=" + (threads.isPresent() ? threads.getAsInt() : "default") + "}";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TruthDiscoveryConfig that
        && algorithm.equals(that.algorithm)
        && comparison.equals(that.comparison)
        && maxIterations.equals(that.maxIterations)
        && tolerance.equals(that.tolerance)
        && parameters.equals(that.parameters)
        && priors.equals(that.priors)
        && seed == that.seed
        && threads.equals(that.threads);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, comparison, maxIterations, tolerance, parameters, priors, seed,
        threads);
  }

  /** Collects settings; each is checked on arrival and may be set only once. */
  public static final class Builder {
    private String algorithm;
    private ValueComparison comparison;
    private OptionalInt maxIterations = OptionalInt.empty();
    private OptionalDouble tolerance = OptionalDouble.empty();
    private final Map<String, Double> parameters = new TreeMap<>();
    private final Map<String, Double> priors = new TreeMap<>();
    private Long seed;
    private OptionalInt threads = OptionalInt.empty();

    private Builder() {}

    /** Sets the algorithm by its lower-case name, e.g. {@code sums}; required. */
    public Builder algorithm(String name) {
      Objects.requireNonNull(name, "algorithm");
      requireUnset(algorithm == null, "algorithm", algorithm);
      if (name.isBlank()) {
        throw new IllegalArgumentException("algorithm must not be blank");
      }
      this.algorithm = name;
      return this;
    }

    /** Sets how values compare. */
    public Builder comparison(ValueComparison comparison) {
      Objects.requireNonNull(comparison, "comparison");
      requireUnset(this.comparison == null, "comparison", this.comparison);
      this.comparison = comparison;
      return this;
    }

    /** Sets the most iterations to run, at least 1. */
    public Builder maxIterations(int maxIterations) {
      requireUnset(this.maxIterations.isEmpty(), "maxIterations", this.maxIterations);
      if (maxIterations < 1) {
        throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
      }
      this.maxIterations = OptionalInt.of(maxIterations);
      return this;
    }

    /** Sets the convergence threshold, finite and at least 0. */
    public Builder tolerance(double tolerance) {
      requireUnset(this.tolerance.isEmpty(), "tolerance", this.tolerance);
      if (!(tolerance >= 0.0) || Double.isInfinite(tolerance)) {
        throw new IllegalArgumentException("tolerance must be finite and >= 0, was " + tolerance);
      }
      this.tolerance = OptionalDouble.of(tolerance);
      return this;
    }

    /** Sets an algorithm parameter; names and ranges are checked against the algorithm. */
    public Builder parameter(String name, double value) {
      Objects.requireNonNull(name, "parameter name");
      requireUnset(!parameters.containsKey(name), "parameter " + name, parameters.get(name));
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("parameter " + name + " must be finite, was " + value);
      }
      parameters.put(name, value);
      return this;
    }

    /** Sets the prior reliability in [0, 1] of one source. */
    public Builder prior(String sourceId, double prior) {
      Objects.requireNonNull(sourceId, "sourceId");
      requireUnset(!priors.containsKey(sourceId), "prior of " + sourceId, priors.get(sourceId));
      if (!(prior >= 0.0 && prior <= 1.0)) {
        throw new IllegalArgumentException(
            "prior of source '" + sourceId + "' must be in [0, 1], was " + prior);
      }
      priors.put(sourceId, prior);
      return this;
    }

    /** Sets priors for several sources; see {@link #prior}. */
    public Builder priors(Map<String, Double> priorsBySource) {
      priorsBySource.forEach(this::prior);
      return this;
    }

    /** Sets the seed for algorithms that sample and for the order of tied values. */
    public Builder seed(long seed) {
      requireUnset(this.seed == null, "seed", this.seed);
      this.seed = seed;
      return this;
    }

    /** Sets the number of threads a run may use, from 1 to 4,096 (unset: the available processors). */
    public Builder threads(int threads) {
      requireUnset(this.threads.isEmpty(), "threads", this.threads);
      if (threads < 1 || threads > MAX_THREADS) {
        throw new IllegalArgumentException(
            "threads must be from 1 to " + MAX_THREADS + ", was " + threads);
      }
      this.threads = OptionalInt.of(threads);
      return this;
    }

    /**
     * Returns the configuration.
     *
     * @throws IllegalStateException if no algorithm was set
     */
    public TruthDiscoveryConfig build() {
      if (algorithm == null) {
        throw new IllegalStateException("algorithm was not set");
      }
      return new TruthDiscoveryConfig(this);
    }

    private static void requireUnset(boolean unset, String field, Object current) {
      if (!unset) {
        throw new IllegalStateException(field + " was already set to " + current);
      }
    }
  }
}
