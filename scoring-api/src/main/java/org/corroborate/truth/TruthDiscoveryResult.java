package org.corroborate.truth;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The outcome of one truth-discovery run: per item the chosen value and the confidence of each
 * value, per source its trust, how many iterations ran and whether the run converged, and the
 * settings that produced it.
 *
 * <p>Immutable. Items are in item-id order and sources in source-id order (natural {@link String}
 * order), so output is the same on every machine.
 */
public final class TruthDiscoveryResult {
  private final AlgorithmInfo algorithm;
  private final TruthDiscoveryConfig config;
  private final Map<String, Double> effectiveParameters;
  private final int maxIterations;
  private final double tolerance;
  private final int iterations;
  private final boolean converged;
  private final List<ItemResult> items;
  private final List<SourceTrust> sources;
  private final List<SourceDependence> dependencies;

  private TruthDiscoveryResult(Builder b) {
    this.algorithm = Objects.requireNonNull(b.algorithm, "algorithm");
    this.config = Objects.requireNonNull(b.config, "config");
    this.effectiveParameters = Collections.unmodifiableMap(new TreeMap<>(b.effectiveParameters));
    this.maxIterations = b.maxIterations;
    this.tolerance = b.tolerance;
    this.iterations = b.iterations;
    this.converged = b.converged;
    this.items = List.copyOf(b.items);
    this.sources = List.copyOf(b.sources);
    this.dependencies = List.copyOf(b.dependencies);
    // both lists are checked to be in strictly increasing id order, so a lookup is a binary
    // search: no hash table of a million entries for a result that is only written out
    if (!increasingItemIds(items)) {
      throw new IllegalArgumentException("items must be in strictly increasing id order");
    }
    for (int i = 1; i < sources.size(); i++) {
      if (sources.get(i - 1).sourceId().compareTo(sources.get(i).sourceId()) >= 0) {
        throw new IllegalArgumentException("sources must be in strictly increasing id order");
      }
    }
  }

  /**
   * Whether the items' ids strictly increase. A result's ids lie scattered in the heap, and
   * comparing two means following the item to its id and the id to its characters, three loads
   * that each wait for the one before; so the ids are taken a block at a time, level by level
   * (the items, then the ids' lengths, which read their character arrays), letting the loads of a
   * level overlap, and only then compared.
   */
  private static boolean increasingItemIds(List<ItemResult> items) {
    int n = items.size();
    String[] block = new String[ORDER_BLOCK + 1];
    long touched = 0;
    for (int from = 1; from < n; from += ORDER_BLOCK) {
      int to = Math.min(n, from + ORDER_BLOCK);
      for (int i = from - 1; i < to; i++) {
        block[i - from + 1] = items.get(i).itemId();
      }
      for (int i = from - 1; i < to; i++) {
        touched += block[i - from + 1].length();
      }
      for (int i = from; i < to; i++) {
        if (block[i - from].compareTo(block[i - from + 1]) >= 0) {
          return false;
        }
      }
    }
    return touched >= 0; // always true: the sum keeps the touching loads from being dropped
  }

  private static final int ORDER_BLOCK = 64;

  /** The element whose id is {@code id} in a list sorted by strictly increasing id, or null. */
  private static <T> T find(List<T> sorted, Function<T, String> idOf, String id) {
    int low = 0;
    int high = sorted.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      T element = sorted.get(middle);
      int c = idOf.apply(element).compareTo(id);
      if (c < 0) {
        low = middle + 1;
      } else if (c > 0) {
        high = middle - 1;
      } else {
        return element;
      }
    }
    return null;
  }

  /** Returns a builder; used by implementations of {@link TruthDiscovery}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The algorithm that ran. */
  public AlgorithmInfo algorithm() {
    return algorithm;
  }

  /** The configuration as given. */
  public TruthDiscoveryConfig config() {
    return config;
  }

  /** Every parameter of the algorithm with the value used, defaults included, in name order. */
  public Map<String, Double> effectiveParameters() {
    return effectiveParameters;
  }

  /** The iteration limit that applied. */
  public int maxIterations() {
    return maxIterations;
  }

  /** The convergence threshold that applied. */
  public double tolerance() {
    return tolerance;
  }

  /** How many iterations ran. */
  public int iterations() {
    return iterations;
  }

  /** Whether the change fell below the tolerance before the iteration limit. */
  public boolean converged() {
    return converged;
  }

  /** One result per item, in item-id order. */
  public List<ItemResult> items() {
    return items;
  }

  /** One trust per source, in source-id order. */
  public List<SourceTrust> sources() {
    return sources;
  }

  /**
   * The pairs of sources a copy-aware algorithm found likely dependent, most probable first (ties
   * in id order); empty for algorithms that assume independent sources.
   */
  public List<SourceDependence> dependencies() {
    return dependencies;
  }

  /** The result for one item, if it had observations. */
  public Optional<ItemResult> item(String itemId) {
    return Optional.ofNullable(itemId == null ? null : find(items, ItemResult::itemId, itemId));
  }

  /** The trust of one source, if it had observations. */
  public Optional<SourceTrust> source(String sourceId) {
    return Optional.ofNullable(
        sourceId == null ? null : find(sources, SourceTrust::sourceId, sourceId));
  }

  @Override
  public String toString() {
    return "TruthDiscoveryResult{" + algorithm.name() + ", " + items.size() + " items, "
        + sources.size() + " sources, iterations=" + iterations + ", converged=" + converged + "}";
  }

  /** Assembles a result; items and sources must arrive in id order. */
  public static final class Builder {
    private AlgorithmInfo algorithm;
    private TruthDiscoveryConfig config;
    private Map<String, Double> effectiveParameters = Map.of();
    private int maxIterations;
    private double tolerance;
    private int iterations;
    private boolean converged;
    private List<ItemResult> items = List.of();
    private List<SourceTrust> sources = List.of();
    private List<SourceDependence> dependencies = List.of();

    private Builder() {}

    /** The algorithm that ran. */
    public Builder algorithm(AlgorithmInfo algorithm) {
      this.algorithm = algorithm;
      return this;
    }

    /** The configuration as given. */
    public Builder config(TruthDiscoveryConfig config) {
      this.config = config;
      return this;
    }

    /** Every parameter with the value used. */
    public Builder effectiveParameters(Map<String, Double> parameters) {
      this.effectiveParameters = parameters;
      return this;
    }

    /** The iteration limit and threshold that applied. */
    public Builder convergence(int maxIterations, double tolerance) {
      this.maxIterations = maxIterations;
      this.tolerance = tolerance;
      return this;
    }

    /** How many iterations ran and whether the run converged. */
    public Builder iterations(int iterations, boolean converged) {
      this.iterations = iterations;
      this.converged = converged;
      return this;
    }

    /** The items, in id order. */
    public Builder items(List<ItemResult> items) {
      this.items = items;
      return this;
    }

    /** The sources, in id order. */
    public Builder sources(List<SourceTrust> sources) {
      this.sources = sources;
      return this;
    }

    /** The dependent source pairs, most probable first. */
    public Builder dependencies(List<SourceDependence> dependencies) {
      this.dependencies = dependencies;
      return this;
    }

    /** Returns the result. */
    public TruthDiscoveryResult build() {
      return new TruthDiscoveryResult(this);
    }
  }
}
