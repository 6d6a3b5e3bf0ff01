package org.corroborate.spark;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corroborate.truth.AlgorithmInfo;

import static org.apache.spark.sql.functions.col;

/**
 * The outcome of one Spark run: the chosen value of each item, every claim's confidence, every
 * source's trust, as Datasets, and the run's iterations and convergence with the settings that
 * produced it. Immutable; the Datasets are materialised.
 */
public final class SparkTruthDiscoveryResult {
  private final AlgorithmInfo algorithm;
  private final Map<String, Double> parameters;
  private final int maxIterations;
  private final double tolerance;
  private final int iterations;
  private final boolean converged;
  private final Dataset<Row> claims;
  private final Dataset<Row> sources;
  private final Dataset<Row> dependencies;

  /** The columns of {@link #dependencies()}. */
  static final StructType DEPENDENCIES = new StructType()
      .add("first", DataTypes.StringType, false)
      .add("second", DataTypes.StringType, false)
      .add("probability", DataTypes.DoubleType, false)
      .add("forward", DataTypes.DoubleType, false)
      .add("backward", DataTypes.DoubleType, false);

  SparkTruthDiscoveryResult(AlgorithmInfo algorithm, Map<String, Double> parameters,
      int maxIterations, double tolerance, int iterations, boolean converged,
      Dataset<Row> claims, Dataset<Row> sources, Dataset<Row> dependencies) {
    this.algorithm = algorithm;
    this.parameters = Map.copyOf(parameters);
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
    this.iterations = iterations;
    this.converged = converged;
    this.claims = claims;
    this.sources = sources;
    this.dependencies = dependencies;
  }

  /** The algorithm that ran, with its name, paper and parameters. */
  public AlgorithmInfo algorithm() {
    return algorithm;
  }

  /** Every parameter of the run with its effective value (defaults filled in), by name. */
  public Map<String, Double> parameters() {
    return parameters;
  }

  /** The iteration limit of the run. */
  public int maxIterations() {
    return maxIterations;
  }

  /** The convergence threshold of the run. */
  public double tolerance() {
    return tolerance;
  }

  /** The iterations run. */
  public int iterations() {
    return iterations;
  }

  /** Whether the run stopped because the change fell to the tolerance. */
  public boolean converged() {
    return converged;
  }

  /**
   * One row per item: {@code item} (string), the chosen {@code value} (string) and its {@code
   * confidence} (double, in [0, 1]).
   */
  public Dataset<Row> items() {
    return claims.filter(col("rank").equalTo(1))
        .select(col("item"), col("value"), col("confidence"));
  }

  /**
   * One row per claim (item and value): {@code item}, {@code value}, {@code confidence}, {@code
   * sources} (int, how many sources assert it) and {@code rank} (int, 1 for the chosen value, then
   * in the engine's order of the item's values).
   */
  public Dataset<Row> claims() {
    return claims;
  }

  /**
   * One row per source: {@code source} (string), {@code trust} (double, in [0, 1]) and {@code
   * claims} (int, how many claims it makes).
   */
  public Dataset<Row> sources() {
    return sources;
  }

  /**
   * The pairs of sources a copy-aware algorithm ({@code accu-copy}) finds dependent with
   * probability at least 0.5 after its last round, as the engine reports them: {@code first} and
   * {@code second} (strings, the first sorting before the second), {@code probability} (double,
   * of dependence), {@code forward} and {@code backward} (doubles, the posteriors that the first
   * copies the second and the reverse); no rows for the other algorithms. Unordered.
   */
  public Dataset<Row> dependencies() {
    return dependencies;
  }

  /** The algorithm, the iterations and whether the run converged. */
  @Override
  public String toString() {
    return "SparkTruthDiscoveryResult{algorithm=" + algorithm.name() + ", parameters="
        + parameters + ", iterations=" + iterations + "/" + maxIterations + ", converged="
        + converged + ", tolerance=" + tolerance + "}";
  }
}
