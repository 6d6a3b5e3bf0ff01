package org.corroborate.truth;

import java.util.AbstractList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.corroborate.model.Value;

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
  /** The id of item i, read without making the item when the items are made when read. */
  private final IntFunction<String> itemIdAt;
  /** The choice of item i, found without making the item where the builder was told how. */
  private final IntFunction<Choice> choiceAt;
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
    this.items = b.builtItems != null ? b.builtItems : List.copyOf(b.items);
    this.sources = List.copyOf(b.sources);
    this.dependencies = List.copyOf(b.dependencies);
    // both lists are checked to be in strictly increasing id order, so a lookup is a binary
    // search: no hash table of a million entries for a result that is only written out
    this.itemIdAt = b.builtItems != null ? b.builtItems.itemId : i -> items.get(i).itemId();
    this.choiceAt = b.builtItems != null && b.builtItems.choice != null
        ? b.builtItems::choice
        : i -> Choice.of(items.get(i));
    if (!increasingIds(items.size(), itemIdAt)) {
      throw new IllegalArgumentException("items must be in strictly increasing id order");
    }
    for (int i = 1; i < sources.size(); i++) {
      if (sources.get(i - 1).sourceId().compareTo(sources.get(i).sourceId()) >= 0) {
        throw new IllegalArgumentException("sources must be in strictly increasing id order");
      }
    }
  }

  /**
   * Whether the {@code n} ids strictly increase. A result's ids lie scattered in the heap, and
   * comparing two means following the item to its id and the id to its characters, three loads
   * that each wait for the one before; so the ids are taken a block at a time, level by level
   * (the ids, then their lengths, which read their character arrays), letting the loads of a
   * level overlap, and only then compared.
   */
  private static boolean increasingIds(int n, IntFunction<String> id) {
    String[] block = new String[ORDER_BLOCK + 1];
    long touched = 0;
    for (int from = 1; from < n; from += ORDER_BLOCK) {
      int to = Math.min(n, from + ORDER_BLOCK);
      for (int i = from - 1; i < to; i++) {
        block[i - from + 1] = id.apply(i);
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

  /** The place of {@code id} among {@code n} ids in strictly increasing order, or -1. */
  private static int find(int n, IntFunction<String> idAt, String id) {
    int low = 0;
    int high = n - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int c = idAt.apply(middle).compareTo(id);
      if (c < 0) {
        low = middle + 1;
      } else if (c > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -1;
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

  /**
   * One result per item, in item-id order. Immutable. When the result was built from {@link
   * Builder#items(int, IntFunction, IntFunction)}, each item is made when it is read, afresh on
   * every read (the same contents each time, not the same object): a result of millions of items
   * then holds none of them.
   */
  public List<ItemResult> items() {
    return items;
  }

  /**
   * The choice for item number {@code index} of {@link #items()}: its id, its chosen values and
   * its confidence, equal to that item's {@link ItemResult#chosenValues()} and {@link
   * ItemResult#confidence()}. Where the result can find them without making the item, it does:
   * the engine's results scan an item's values for the first in their order instead of ordering
   * them all and making each one. For reports of a million items that show only the choice.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not that of an item
   */
  public Choice choice(int index) {
    return choiceAt.apply(index); // either way the index is checked against the items
  }

  /**
   * What was chosen for an item: its id, the values chosen as true (most confident first; at
   * least one) and the item's confidence, in [0, 1].
   *
   * @param itemId the item's id
   * @param chosen the values chosen, as {@link ItemResult#chosenValues()} gives them
   * @param confidence the item's confidence, as {@link ItemResult#confidence()} gives it (that of
   *     its first value)
   */
  public record Choice(String itemId, List<Value> chosen, double confidence) {
    /** Copies the values; checks that there is one at least and that the confidence is in [0, 1]. */
    public Choice {
      Objects.requireNonNull(itemId, "itemId");
      chosen = List.copyOf(chosen);
      if (chosen.isEmpty()) {
        throw new IllegalArgumentException("item " + itemId + " has no chosen value");
      }
      Scores.unit(confidence, () -> "confidence of the choice for item " + itemId);
    }

    /** The choice an item's result states. */
    public static Choice of(ItemResult item) {
      return new Choice(item.itemId(), item.chosenValues(), item.confidence());
    }
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
    if (itemId == null) {
      return Optional.empty();
    }
    int at = find(items.size(), itemIdAt, itemId);
    return at < 0 ? Optional.empty() : Optional.of(items.get(at));
  }

  /** The trust of one source, if it had observations. */
  public Optional<SourceTrust> source(String sourceId) {
    if (sourceId == null) {
      return Optional.empty();
    }
    int at = find(sources.size(), i -> sources.get(i).sourceId(), sourceId);
    return at < 0 ? Optional.empty() : Optional.of(sources.get(at));
  }

  /**
   * Items made when read ({@link Builder#items(int, IntFunction, IntFunction)}): item {@code i}
   * is {@code item.apply(i)}, checked to have the id {@code itemId.apply(i)}.
   */
  private static final class BuiltItems extends AbstractList<ItemResult> implements RandomAccess {
    private final int size;
    private final IntFunction<String> itemId;
    private final IntFunction<ItemResult> item;
    /** Null: each choice is read from its item. */
    private final IntFunction<Choice> choice;

    BuiltItems(int size, IntFunction<String> itemId, IntFunction<ItemResult> item,
        IntFunction<Choice> choice) {
      this.size = size;
      this.itemId = itemId;
      this.item = item;
      this.choice = choice;
    }

    Choice choice(int index) {
      Choice found = Objects.requireNonNull(choice.apply(Objects.checkIndex(index, size)), "choice");
      checkId(index, found.itemId(), true);
      return found;
    }

    @Override
    public ItemResult get(int index) {
      ItemResult built = Objects.requireNonNull(item.apply(Objects.checkIndex(index, size)), "item");
      checkId(index, built.itemId(), false);
      return built;
    }

    /** Fails unless {@code made}, the id of item {@code index} or of its choice, is its id. */
    private void checkId(int index, String made, boolean choice) {
      String id = itemId.apply(index);
      if (!made.equals(id)) {
        throw new IllegalStateException((choice ? "the choice of item " + index + " was made"
            : "item " + index + " was built") + " with id " + made + ", not " + id);
      }
    }

    @Override
    public int size() {
      return size;
    }
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
    private BuiltItems builtItems;
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
      this.items = Objects.requireNonNull(items, "items");
      this.builtItems = null;
      return this;
    }

    /**
     * The items, made when read: {@code count} items whose ids, in strictly increasing order, are
     * {@code itemId.apply(0 .. count - 1)} and of which {@code item.apply(i)} makes number {@code
     * i}. Both functions must give the same answer on every call, from any thread; the result
     * keeps them, and what they refer to, instead of the items. A made item whose id is not {@code
     * itemId.apply(i)} is an {@link IllegalStateException} where it is read.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder items(int count, IntFunction<String> itemId, IntFunction<ItemResult> item) {
      return items(count, itemId, item, null);
    }

    /**
     * As {@link #items(int, IntFunction, IntFunction)}, with {@code choice.apply(i)} finding the
     * choice for item {@code i} without making it ({@link #choice}); it must equal {@link
     * Choice#of} the item, and a choice whose id is not {@code itemId.apply(i)} is an {@link
     * IllegalStateException} where it is read. A null {@code choice} reads each choice from its
     * item.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder items(int count, IntFunction<String> itemId, IntFunction<ItemResult> item,
        IntFunction<Choice> choice) {
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0, was " + count);
      }
      this.builtItems = new BuiltItems(count, Objects.requireNonNull(itemId, "itemId"),
          Objects.requireNonNull(item, "item"), choice);
      this.items = List.of();
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
