package org.corroborate.spark;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corroborate.Corroborate;
import org.corroborate.impl.truth.GraphTruthDiscovery;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.ValueComparison;

import static org.apache.spark.sql.functions.col;

/**
 * Truth discovery on Apache Spark: the engine's algorithms over a {@code Dataset<Row>} of
 * observations, as iterations of joins and aggregations, with the engine's answers.
 *
 * <p>Input: a Dataset with string columns {@code source}, {@code item} and {@code value} (one
 * row per observation, none null or blank) and optionally a numeric {@code weight}, which must be
 * 1 (or null) in every row for now: the engine's observations carry no weight. A source
 * repeating a value for an item counts once; a source giving one item several values keeps each
 * (the engine's {@code DuplicatePolicy.ALL}; a Dataset has no input order by which to keep the
 * first).
 *
 * <p>Configuration: the API's {@link TruthDiscoveryConfig}: the algorithm, its parameters (names,
 * defaults and ranges are the engine's), the iteration limit and tolerance (the engine's defaults
 * when unset), and the seed of the tie order. Values compare exactly (the text as written), the
 * only comparison supported here; priors are not supported yet; the thread count does not apply
 * (Spark's parallelism is the session's).
 *
 * <p>Same answers as the engine: the algorithms call the engine's formulas ({@code
 * org.corroborate.impl.truth.Formulas}), start from the same values, stop by the same rule, and
 * add every sum in the engine's order (a claim's sources by id, a source's claims by item and
 * value), so on the same observations under {@code DuplicatePolicy.ALL} every confidence and trust
 * is the engine's double and every chosen value the engine's, whatever the partitioning. The
 * chosen value of an item is the engine's: highest confidence, then more sources, then the larger
 * summed trust of the claim's sources, then the smaller seeded hash of (item, value).
 *
 * <p>Algorithms: {@value #ALGORITHM_NAMES}. Stateless; the Spark session is the input's.
 */
public final class SparkTruthDiscovery {
  /** The names of the algorithms that run on Spark, comma-separated. */
  public static final String ALGORITHM_NAMES =
      "vote, sums, average-log, investment, pooled-investment, truthfinder, 2-estimates, "
          + "3-estimates, accu, accu-copy, crh";

  private static final Map<String, SparkAlgorithm> ALGORITHMS = table();

  private SparkTruthDiscovery() {}

  private static Map<String, SparkAlgorithm> table() {
    Map<String, SparkAlgorithm> algorithms = new TreeMap<>();
    algorithms.put("vote", new VoteJob());
    algorithms.put("sums", new SumsJob(false));
    algorithms.put("average-log", new SumsJob(true));
    algorithms.put("investment", new InvestmentJob(false));
    algorithms.put("pooled-investment", new InvestmentJob(true));
    algorithms.put("truthfinder", new TruthFinderJob());
    algorithms.put("2-estimates", new EstimatesJob(false));
    algorithms.put("3-estimates", new EstimatesJob(true));
    algorithms.put("accu", new AccuJob());
    algorithms.put("accu-copy", new AccuCopyJob());
    algorithms.put("crh", new CrhJob());
    return Map.copyOf(algorithms);
  }

  /** The names of the algorithms that run on Spark, in name order. */
  public static List<String> algorithms() {
    return List.copyOf(new TreeMap<>(ALGORITHMS).keySet());
  }

  /**
   * Runs truth discovery on the observations; the result's Datasets are materialised (local
   * checkpoints), so reading them does not run the iterations again.
   *
   * @throws IllegalArgumentException for an algorithm not supported on Spark, a parameter the
   *     algorithm does not have or out of range, a comparison other than exact, priors, a missing
   *     or mistyped column, a null or blank field, a weight other than 1, or no observations
   * @throws NullPointerException if an argument is null
   */
  public static SparkTruthDiscoveryResult discover(
      Dataset<Row> observations, TruthDiscoveryConfig config) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(config, "config");
    SparkAlgorithm algorithm = ALGORITHMS.get(config.algorithm());
    if (algorithm == null) {
      throw new IllegalArgumentException("algorithm '" + config.algorithm()
          + "' does not run on Spark yet; these do: " + ALGORITHM_NAMES);
    }
    if (!config.comparison().equals(ValueComparison.exact())) {
      throw new IllegalArgumentException("comparison must be exact on Spark, was "
          + config.comparison());
    }
    if (!config.priors().isEmpty()) {
      throw new IllegalArgumentException("priors are not supported on Spark yet, "
          + config.priors().size() + " were given");
    }
    AlgorithmInfo info = Corroborate.truthDiscovery().algorithm(config.algorithm());
    Map<String, Double> parameters = GraphTruthDiscovery.parameters(info, config);
    int maxIterations = config.maxIterations().orElse(info.defaultMaxIterations());
    double tolerance = config.tolerance().orElse(info.defaultTolerance());
    try (ClaimTables tables = ClaimTables.of(observations)) {
      SparkAlgorithm.Outcome outcome =
          algorithm.run(tables, parameters, maxIterations, tolerance, config.seed());
      Dataset<Row> summedTrust = tables.edges.join(outcome.trust(), "s")
          .groupBy("i", "v")
          .agg(OrderedSums.sumBy(col("s"), col("t")).as("st"));
      Dataset<Row> claims = SparkAlgorithm.materialize(tables.claims
          .join(outcome.confidence(), new String[] {"i", "v"})
          .join(summedTrust, new String[] {"i", "v"})
          .withColumn("rank",
              SparkAlgorithm.rank(col("c"), col("nc"), col("st"), config.seed()))
          .select(col("i").as("item"), col("v").as("value"), col("c").as("confidence"),
              col("nc").as("sources"), col("rank")));
      Dataset<Row> sources = SparkAlgorithm.materialize(tables.sources
          .join(outcome.trust(), "s")
          .select(col("s").as("source"), col("t").as("trust"), col("ns").as("claims")));
      Dataset<Row> dependencies = outcome.dependencies() != null
          ? outcome.dependencies().select(col("s1").as("first"), col("s2").as("second"),
              col("dep").as("probability"), col("fwd").as("forward"),
              col("bwd").as("backward"))
          : observations.sparkSession().createDataFrame(List.<Row>of(),
              SparkTruthDiscoveryResult.DEPENDENCIES);
      return new SparkTruthDiscoveryResult(info, parameters, maxIterations, tolerance,
          outcome.iterations(), outcome.converged(), claims, sources, dependencies);
    }
  }
}
