package org.corroborate.impl.truth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.corroborate.Explanation;
import org.corroborate.impl.compare.Similarities;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.ParameterInfo;
import org.corroborate.truth.ProgressListener;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueConfidence;
import org.corroborate.truth.ValueSimilarity;

/**
 * The truth-discovery service: compiles observations into a {@link ClaimGraph}, runs the chosen
 * algorithm on it and assembles an immutable, sorted result. Registered through {@link
 * java.util.ServiceLoader}; stateless and thread-safe.
 *
 * <p>Choice rule shared by the single-truth algorithms: an item's chosen value is its claim with the
 * highest confidence; ties go to the claim with more sources, then to the claim whose sources the
 * outcome trusts more in sum ({@link Outcome#sourceTrust}), then to the smaller seeded hash of
 * (item id, canonical value) ({@link ClaimGraph#tieKey}, from {@link TruthDiscoveryConfig#seed()}).
 * The hash, not the key, decides so that no value wins a tie for its spelling: ordering by the key
 * favoured the smaller label, which inflated accuracy on data whose true value is always the
 * smallest label (issue 18: vote .961 against .934 once labels were shuffled per item). The same
 * input and seed give the same order, and so the same bytes, on any machine.
 */
public final class GraphTruthDiscovery implements TruthDiscovery {
  private static final List<Algorithm> ALGORITHMS = List.of(
      new MajorityVote(),
      new Sums(),
      new AverageLog(),
      new Investment(false),
      new Investment(true),
      new TruthFinder(),
      new Cosine(),
      new Estimates(false),
      new Estimates(true),
      new Accu(Accu.Variant.PLAIN),
      new Accu(Accu.Variant.SIMILARITY),
      new Accu(Accu.Variant.COPY),
      new Accu(Accu.Variant.POPULARITY),
      new Crh(),
      new Catd(),
      new DawidSkene(),
      new LatentCredibility(false),
      new LatentCredibility(true),
      new LatentTruth());

  private final Map<String, Algorithm> byName = new TreeMap<>();

  /** Creates the service; called by {@link java.util.ServiceLoader}. */
  public GraphTruthDiscovery() {
    this(ALGORITHMS);
  }

  /** A service running these algorithms (tests: an algorithm built with other internal sizes). */
  GraphTruthDiscovery(List<Algorithm> algorithms) {
    for (Algorithm algorithm : algorithms) {
      byName.put(algorithm.name(), algorithm);
    }
  }

  @Override
  public List<AlgorithmInfo> algorithms() {
    List<AlgorithmInfo> infos = new ArrayList<>();
    byName.values().forEach(a -> infos.add(a.info()));
    return List.copyOf(infos);
  }

  @Override
  public AlgorithmInfo algorithm(String name) {
    return find(name).info();
  }

  @Override
  public ValueSimilarity similarity(ValueComparison comparison) {
    return Similarities.of(comparison);
  }

  @Override
  public TruthDiscoveryResult discover(
      ObservationSet observations, TruthDiscoveryConfig config, ProgressListener progress) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(progress, "progress");
    find(config.algorithm()); // an unknown name fails before the compiling
    return prepare(observations, config).discover(config, progress);
  }

  /**
   * Compiles the observations into a {@link ClaimGraph} once, on {@code config}'s threads; each
   * run of the returned form reads that graph (it is never written to, so runs may be
   * concurrent).
   */
  @Override
  public Prepared prepare(ObservationSet observations, TruthDiscoveryConfig config) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(config, "config");
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("observations must not be empty");
    }
    ValueComparison comparison = config.comparison();
    ValueSimilarity similarity = similarity(comparison);
    ClaimGraph graph;
    try (Parallel parallel = new Parallel(config.effectiveThreads())) {
      graph = ClaimGraph.compile(observations, similarity, parallel);
    }
    return Prepared.under(comparison,
        (runConfig, progress) -> run(graph, similarity, runConfig, progress));
  }

  private TruthDiscoveryResult run(ClaimGraph graph, ValueSimilarity similarity,
      TruthDiscoveryConfig config, ProgressListener progress) {
    Algorithm algorithm = find(config.algorithm());
    Settings settings = resolve(algorithm.info(), config, graph, similarity);
    Outcome outcome;
    try {
      outcome = algorithm.run(graph, settings, progress);
    } finally {
      settings.parallel().close();
    }
    Items items = new Items(graph, outcome, settings.seed());
    return TruthDiscoveryResult.builder()
        .algorithm(algorithm.info())
        .config(config)
        .effectiveParameters(settings.parameters())
        .convergence(settings.maxIterations(), settings.tolerance())
        .iterations(outcome.iterations(), outcome.converged())
        .items(graph.itemCount, graph::itemId, items::item, items::choice)
        .sources(sources(graph, outcome))
        .dependencies(outcome.dependencies())
        .build();
  }

  /** The algorithm with this name; package-private for the benchmarks, which run it directly. */
  public Algorithm find(String name) {
    Algorithm algorithm = byName.get(name);
    if (algorithm == null) {
      throw new IllegalArgumentException(
          "unknown algorithm '" + name + "'; known: " + String.join(", ", byName.keySet()));
    }
    return algorithm;
  }

  /**
   * Resolves a configuration against an algorithm and a compiled graph. The settings' {@link
   * Parallel} is the caller's to close.
   */
  public static Settings resolve(
      AlgorithmInfo info,
      TruthDiscoveryConfig config,
      ClaimGraph graph,
      ValueSimilarity similarity) {
    Map<String, Double> parameters = parameters(info, config);
    double[] priors = new double[graph.sourceCount];
    Arrays.fill(priors, Double.NaN);
    if (!config.priors().isEmpty()) {
      for (int s = 0; s < priors.length; s++) {
        Double prior = config.priors().get(graph.sourceId(s));
        if (prior != null) {
          priors[s] = prior;
        }
      }
    }
    return new Settings(
        config.maxIterations().orElse(info.defaultMaxIterations()),
        config.tolerance().orElse(info.defaultTolerance()),
        parameters,
        priors,
        config.seed(),
        similarity,
        new Parallel(config.effectiveThreads()));
  }

  /**
   * Every parameter of the algorithm with its value, by name in name order (unmodifiable): the
   * configuration's, checked against the algorithm's names and ranges, else the default. Shared
   * with the Spark module.
   *
   * @throws IllegalArgumentException for a parameter the algorithm does not have or a value out
   *     of its range
   */
  public static Map<String, Double> parameters(AlgorithmInfo info, TruthDiscoveryConfig config) {
    SortedMap<String, Double> parameters = new TreeMap<>();
    for (ParameterInfo parameter : info.parameters()) {
      parameters.put(parameter.name(), parameter.defaultValue());
    }
    config.parameters().forEach((name, value) -> {
      ParameterInfo parameter = info.parameters().stream()
          .filter(p -> p.name().equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "algorithm " + info.name() + " has no parameter '" + name + "'; it has: "
                  + (info.parameters().isEmpty() ? "none"
                      : String.join(", ", info.parameters().stream()
                          .map(ParameterInfo::name).toList()))));
      if (value < parameter.min() || value > parameter.max()) {
        throw new IllegalArgumentException(
            "parameter " + name + " of " + info.name() + " must be in [" + parameter.min() + ", "
                + parameter.max() + "], was " + value);
      }
      parameters.put(name, value);
    });
    return Collections.unmodifiableSortedMap(parameters);
  }

  /**
   * Makes each item's result when it is read (the result holds the graph and the outcome, not a
   * million items of a million claims): the claims sorted by {@link #claimOrder}, each value
   * holding its claim's number and one object its values share for their sources and
   * explanations. Reads only, so items may be made on several threads at once.
   */
  private static final class Items implements ValueConfidence.Details {
    private final ClaimGraph graph;
    private final Outcome outcome;
    private final long seed;

    Items(ClaimGraph graph, Outcome outcome, long seed) {
      this.graph = graph;
      this.outcome = outcome;
      this.seed = seed;
    }

    ItemResult item(int item) {
      int from = graph.itemClaimStart[item];
      int count = graph.itemClaimStart[item + 1] - from;
      int[] claims = new int[count];
      for (int k = 0; k < count; k++) {
        claims[k] = from + k;
      }
      sort(claims, count, graph, outcome, seed);
      ValueConfidence[] values = new ValueConfidence[count];
      for (int k = 0; k < count; k++) {
        int c = claims[k];
        values[k] = ValueConfidence.ofClaim(
            graph.claimValue(c), outcome.claimConfidence(c), this, c);
      }
      List<ValueConfidence> valueList = List.of(values);
      return ItemResult.of(graph.itemId(item), chosen(outcome, claims, valueList), valueList);
    }

    /**
     * The choice {@link #item} states, found without making it. The item's first value in {@link
     * #claimOrder}, which is total, is the one claim no other goes before, found in one scan; it
     * is the choice of a single-truth outcome and its confidence is the item's. A multi-truth
     * outcome chooses the claims it judges true, in that order (only those are sorted), or the
     * first when it judges none true, as {@link #chosen} does.
     */
    TruthDiscoveryResult.Choice choice(int item) {
      int from = graph.itemClaimStart[item];
      int end = graph.itemClaimStart[item + 1];
      int best = from;
      for (int c = from + 1; c < end; c++) {
        if (compareClaims(graph, outcome, seed, c, best) < 0) {
          best = c;
        }
      }
      List<Value> chosen = List.of(graph.claimValue(best));
      if (outcome.multiTruth()) {
        int[] judgedTrue = new int[end - from];
        int count = 0;
        for (int c = from; c < end; c++) {
          if (outcome.isTrue(c)) {
            judgedTrue[count++] = c;
          }
        }
        if (count > 0) {
          sort(judgedTrue, count, graph, outcome, seed);
          Value[] values = new Value[count];
          for (int k = 0; k < count; k++) {
            values[k] = graph.claimValue(judgedTrue[k]);
          }
          chosen = List.of(values);
        }
      }
      return new TruthDiscoveryResult.Choice(graph.itemId(item), chosen,
          outcome.claimConfidence(best));
    }

    @Override
    public List<String> sourceIds(int claim) {
      return GraphTruthDiscovery.sourceIds(graph, claim);
    }

    @Override
    public Explanation explanation(int claim) {
      return outcome.explainClaim(claim);
    }
  }

  /**
   * Sorts {@code claims[0 .. count - 1]} by {@link #claimOrder}: an insertion sort of unboxed
   * numbers, as an item has a few claims (boxed and merge-sorted above 32). The order is total (an
   * item's claims differ in key), so any correct sort gives it.
   */
  private static void sort(int[] claims, int count, ClaimGraph graph, Outcome outcome, long seed) {
    if (count > 32) {
      Integer[] boxed = new Integer[count];
      for (int k = 0; k < count; k++) {
        boxed[k] = claims[k];
      }
      Arrays.sort(boxed, claimOrder(graph, outcome, seed));
      for (int k = 0; k < count; k++) {
        claims[k] = boxed[k];
      }
      return;
    }
    for (int k = 1; k < count; k++) {
      int claim = claims[k];
      int j = k - 1;
      while (j >= 0 && compareClaims(graph, outcome, seed, claims[j], claim) > 0) {
        claims[j + 1] = claims[j];
        j--;
      }
      claims[j + 1] = claim;
    }
  }

  /**
   * The single-truth choice is the first claim in {@link #claimOrder}; a multi-truth outcome
   * chooses every claim it judges true, in that order, or the first when it judges none true.
   */
  private static List<Value> chosen(Outcome outcome, int[] claims, List<ValueConfidence> values) {
    if (!outcome.multiTruth()) {
      return List.of(values.get(0).value());
    }
    List<Value> chosen = new ArrayList<>();
    for (int k = 0; k < values.size(); k++) {
      if (outcome.isTrue(claims[k])) {
        chosen.add(values.get(k).value());
      }
    }
    return chosen.isEmpty() ? List.of(values.get(0).value()) : chosen;
  }

  /**
   * Highest confidence first, then more sources, then the larger summed trust of the claim's
   * sources, then the smaller seeded tie key.
   */
  static Comparator<Integer> claimOrder(ClaimGraph graph, Outcome outcome, long seed) {
    return (a, b) -> compareClaims(graph, outcome, seed, a, b);
  }

  /** {@link #claimOrder} on unboxed claim numbers. */
  private static int compareClaims(ClaimGraph graph, Outcome outcome, long seed, int a, int b) {
    int c = Double.compare(outcome.claimConfidence(b), outcome.claimConfidence(a));
    return c != 0 ? c : graph.compareTied(a, b, outcome::sourceTrust, seed);
  }

  /** The claim's sources, in id order because sources are numbered in id order. */
  private static List<String> sourceIds(ClaimGraph graph, int claim) {
    String[] ids = new String[graph.claimDegree(claim)];
    for (int e = graph.claimSourceStart[claim]; e < graph.claimSourceStart[claim + 1]; e++) {
      ids[e - graph.claimSourceStart[claim]] = graph.sourceId(graph.claimSources[e]);
    }
    return List.of(ids); // immutable, so ValueConfidence keeps it without another copy
  }

  private static List<SourceTrust> sources(ClaimGraph graph, Outcome outcome) {
    List<SourceTrust> sources = new ArrayList<>(graph.sourceCount);
    for (int source = 0; source < graph.sourceCount; source++) { // numbered in id order
      int s = source;
      sources.add(SourceTrust.of(
          graph.sourceId(s), outcome.sourceTrust(s), graph.sourceDegree(s),
          () -> outcome.explainSource(s)));
    }
    return sources;
  }
}
