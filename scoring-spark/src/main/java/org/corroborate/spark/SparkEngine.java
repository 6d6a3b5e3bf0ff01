package org.corroborate.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corroborate.Explanation;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.TextValue;
import org.corroborate.model.Value;
import org.corroborate.truth.DistributedTruthDiscovery;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.SourceDependence;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueConfidence;
import scala.Option;

/**
 * The Spark engine behind {@code corroborate discover --engine spark}, registered for {@link
 * java.util.ServiceLoader} under the name {@code "spark"}: it runs {@link SparkTruthDiscovery} in
 * a Spark session on this machine and returns the engine's result type, so that the command line
 * writes the same report as with the single-machine engine.
 *
 * <p>Design note: the observations are the ones the command line read (its readers, its duplicate
 * policy already applied), made into a Dataset of (source, item, value) rows on the driver; the
 * result's claims, sources and reported dependences are collected back (they are as many as the
 * input's distinct claims and sources, which the driver already held). A claim's source ids, which
 * the result lists and the Spark result only counts, are taken from the observations. When the JVM
 * already has a default Spark session (a host's, or the tests'), it is used as it is and left
 * running; otherwise a session is started on {@code master} (the web UI off, as many shuffle
 * partitions as cores, bound to the loopback address, its scratch files in a temporary folder)
 * and stopped at the end. Only local masters are accepted: the command line ships no jars to a
 * cluster (use {@code spark-submit} with the module's {@code -job} jar there).
 */
public final class SparkEngine implements DistributedTruthDiscovery {
  /** The masters accepted: {@code local}, {@code local[N]}, {@code local[*]}, with retries. */
  private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|[0-9]+)(?:,[0-9]+)?])?");

  /** Creates the engine; {@link java.util.ServiceLoader} calls this. */
  public SparkEngine() {}

  /** {@code "spark"}. */
  @Override
  public String name() {
    return "spark";
  }

  /** The algorithms of {@link SparkTruthDiscovery}, in name order. */
  @Override
  public List<String> algorithms() {
    return SparkTruthDiscovery.algorithms();
  }

  /**
   * Runs one algorithm on Spark on this machine.
   *
   * @param master {@code local}, {@code local[N]} or {@code local[*]} (optionally with a retry
   *     count, {@code local[N,F]})
   * @throws IllegalArgumentException for a master that is not local, a value that is not text
   *     (values are compared exactly on Spark), no observations, or what {@link
   *     SparkTruthDiscovery#discover} refuses (an algorithm it does not run, another comparison,
   *     priors)
   */
  @Override
  public TruthDiscoveryResult discover(ObservationSet observations, TruthDiscoveryConfig config,
      String master) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(master, "master");
    int cores = cores(master);
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("observations must not be empty");
    }
    if (!SparkTruthDiscovery.algorithms().contains(config.algorithm())) {
      throw new IllegalArgumentException("algorithm '" + config.algorithm()
          + "' does not run on Spark; these do: " + SparkTruthDiscovery.ALGORITHM_NAMES);
    }
    List<Row> rows = new ArrayList<>(observations.size());
    Map<String, Map<String, TreeSet<String>>> claimSources = new TreeMap<>();
    for (int k = 0; k < observations.size(); k++) {
      String source = observations.sourceId(observations.sourceIndexOf(k));
      String item = observations.itemId(observations.itemIndexOf(k));
      Value value = observations.value(observations.valueIndexOf(k));
      if (!(value instanceof TextValue)) {
        throw new IllegalArgumentException("value '" + value.canonical() + "' of item '" + item
            + "' is a " + value.getClass().getSimpleName() + "; on Spark values are text, "
            + "compared exactly");
      }
      rows.add(RowFactory.create(source, item, value.canonical()));
      claimSources.computeIfAbsent(item, i -> new TreeMap<>())
          .computeIfAbsent(value.canonical(), v -> new TreeSet<>()).add(source);
    }

    Option<SparkSession> running = SparkSession.getDefaultSession();
    if (running.isDefined() && !running.get().sparkContext().isStopped()) {
      return run(running.get(), rows, config, claimSources);
    }
    Path scratch;
    try {
      scratch = Files.createTempDirectory("corroborate-spark-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SparkSession spark = SparkSession.builder()
        .master(master)
        .appName("corroborate discover")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", Integer.toString(cores))
        .config("spark.default.parallelism", Integer.toString(cores))
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.local.dir", scratch.resolve("local").toString())
        .config("spark.sql.warehouse.dir", scratch.resolve("warehouse").toString())
        .getOrCreate();
    try {
      return run(spark, rows, config, claimSources);
    } finally {
      spark.stop();
      delete(scratch);
    }
  }

  /** The cores a local master names: N, or the available processors for {@code *}. */
  static int cores(String master) {
    Matcher m = LOCAL.matcher(master);
    if (!m.matches()) {
      throw new IllegalArgumentException("master must be local, local[N] or local[*] (Spark on "
          + "this machine), was '" + master + "'; on a cluster run the module's -job jar with "
          + "spark-submit");
    }
    if (m.group(1) == null) {
      return 1;
    }
    if (m.group(1).equals("*")) {
      return Runtime.getRuntime().availableProcessors();
    }
    int cores;
    try {
      cores = Integer.parseInt(m.group(1));
    } catch (NumberFormatException e) {
      cores = 0;
    }
    if (cores < 1) {
      throw new IllegalArgumentException("master " + master + ": the number of cores must be "
          + "at least 1");
    }
    return cores;
  }

  private static TruthDiscoveryResult run(SparkSession spark, List<Row> rows,
      TruthDiscoveryConfig config, Map<String, Map<String, TreeSet<String>>> claimSources) {
    // built here, not in a static field: the class loads (for its name) without Spark's jars
    StructType schema = new StructType()
        .add("source", DataTypes.StringType, false)
        .add("item", DataTypes.StringType, false)
        .add("value", DataTypes.StringType, false);
    Dataset<Row> input = spark.createDataFrame(rows, schema);
    SparkTruthDiscoveryResult result = SparkTruthDiscovery.discover(input, config);
    String where = "computed on Spark by scoring-spark (" + config.algorithm()
        + "); explanation trees come from the single-machine engine only";

    Map<String, List<Row>> claims = new TreeMap<>();
    for (Row row : result.claims().collectAsList()) {
      claims.computeIfAbsent(row.getString(0), k -> new ArrayList<>()).add(row);
    }
    List<ItemResult> items = new ArrayList<>(claims.size());
    for (Map.Entry<String, List<Row>> entry : claims.entrySet()) {
      String item = entry.getKey();
      List<Row> values = entry.getValue();
      values.sort(Comparator.comparingInt((Row row) -> row.getInt(4)));
      List<ValueConfidence> confidences = new ArrayList<>(values.size());
      for (Row row : values) {
        String value = row.getString(1);
        double confidence = row.getDouble(2);
        TreeSet<String> sources = claimSources.get(item).get(value);
        if (sources == null || sources.size() != row.getInt(3)) {
          throw new IllegalStateException("Spark's claim (" + item + ", " + value + ") has "
              + row.getInt(3) + " sources, the observations " + (sources == null ? 0
              : sources.size()));
        }
        confidences.add(ValueConfidence.of(new TextValue(value), confidence,
            List.copyOf(sources), () -> Explanation.leaf(confidence, where)));
      }
      items.add(ItemResult.of(item, List.of(confidences.get(0).value()), confidences));
    }

    List<Row> sourceRows = new ArrayList<>(result.sources().collectAsList());
    sourceRows.sort(Comparator.comparing((Row row) -> row.getString(0)));
    List<SourceTrust> sources = new ArrayList<>(sourceRows.size());
    for (Row row : sourceRows) {
      double trust = row.getDouble(1);
      sources.add(SourceTrust.of(row.getString(0), trust, row.getInt(2),
          () -> Explanation.leaf(trust, where)));
    }

    return TruthDiscoveryResult.builder()
        .algorithm(result.algorithm())
        .config(config)
        .effectiveParameters(result.parameters())
        .convergence(result.maxIterations(), result.tolerance())
        .iterations(result.iterations(), result.converged())
        .items(items)
        .sources(sources)
        .dependencies(dependencies(result, where))
        .build();
  }

  /**
   * The reported pairs as the engine lists them: most probable first, then in (first, second) id
   * order; the copier, when accuracies are not uniform, the direction holding at least two thirds
   * of the probability and more than the other ({@code Accu.dependence}).
   */
  private static List<SourceDependence> dependencies(SparkTruthDiscoveryResult result,
      String where) {
    List<Row> rows = new ArrayList<>(result.dependencies().collectAsList());
    rows.sort(Comparator.comparingDouble((Row row) -> row.getDouble(2)).reversed()
        .thenComparing(row -> row.getString(0))
        .thenComparing(row -> row.getString(1)));
    Double uniformSetting = result.parameters().get("uniform-accuracy");
    boolean uniform = uniformSetting != null && uniformSetting >= 0.5;
    List<SourceDependence> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      String first = row.getString(0);
      String second = row.getString(1);
      double probability = row.getDouble(2);
      double forward = row.getDouble(3);
      double backward = row.getDouble(4);
      Optional<String> copier = Optional.empty();
      if (!uniform) {
        if (forward >= 2.0 / 3 * probability && forward > backward) {
          copier = Optional.of(first);
        } else if (backward >= 2.0 / 3 * probability && backward > forward) {
          copier = Optional.of(second);
        }
      }
      out.add(SourceDependence.of(first, second, probability, copier,
          () -> Explanation.leaf(probability, where)));
    }
    return out;
  }

  /** Deletes the scratch folder, as far as it can: what is left is in the temporary folder. */
  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // left for the system's cleaning of its temporary folder
    }
  }
}
