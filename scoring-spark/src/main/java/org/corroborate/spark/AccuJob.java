package org.corroborate.spark;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Accu without copy detection (Dong, Berti-Equille and Srivastava, VLDB 2009, the paper's
 * ACCUNODEP), as the engine's {@code Accu} in its plain variant: accuracies start at {@code 1 -
 * error-rate}; each round a source's score is {@code ln(n A / (1 - A))} of its accuracy clamped
 * into {@code [1e-6, 1 - 1e-6]} (eq. 23), a claim's confidence {@code C} the sum of its sources'
 * scores (eq. 24, in source order), an item's {@code ln Omega} the log of the sum of {@code
 * exp(C)} over its claims (in value order) and its {@code n + 1 - claims} unobserved values (eq.
 * 21), a claim's probability {@code exp(C - ln Omega)} capped at 1, and a source's accuracy the
 * mean probability of its claims (eq. 18, in (item, value) order); the run stops when no accuracy
 * moves by more than the tolerance. Every formula is the engine's ({@code Formulas.accu*}). No
 * priors.
 */
final class AccuJob implements SparkAlgorithm {

  @Override
  public Outcome run(ClaimTables tables, Map<String, Double> parameters, int maxIterations,
      double tolerance, long seed) {
    double n = parameters.get("false-values");
    double eps = parameters.get("error-rate");
    State state = new State(null,
        SparkAlgorithm.materialize(tables.sources.select(col("s"), lit(1 - eps).as("a"))));
    Convergence convergence = SparkAlgorithm.iterate(maxIterations, tolerance, iteration -> {
      Dataset<Row> previous = state.sources;
      Dataset<Row> votes = tables.edges
          .join(previous.select(col("s"), FormulaColumns.accuScore(col("a"), n).as("score")),
              "s")
          .groupBy("i", "v")
          .agg(OrderedSums.sumBy(col("s"), col("score")).as("vote"));
      Dataset<Row> logOmega = votes.groupBy("i")
          .agg(OrderedSums.accuLogOmegaBy(col("v"), col("vote"), n).as("lo"));
      Dataset<Row> confidence = SparkAlgorithm.materialize(votes.join(logOmega, "i")
          .select(col("i"), col("v"),
              FormulaColumns.accuProbability(col("vote"), col("lo")).as("c")));
      Summary accuracy = accuracies(tables, confidence, previous);
      state.claims = confidence;
      state.sources = accuracy.rows().select("s", "a");
      return accuracy.largest(0);
    });
    return new Outcome(state.claims, state.sources.withColumnRenamed("a", "t"),
        convergence.iterations(), convergence.converged());
  }

  /**
   * Eq. 18: each source's accuracy, the mean probability of its claims (summed in (item, value)
   * order), with its change from {@code previous} as {@code d}; shared with {@link AccuCopyJob}.
   */
  static Summary accuracies(ClaimTables tables, Dataset<Row> confidence, Dataset<Row> previous) {
    return SparkAlgorithm.summarize(tables.edges
        .join(confidence, new String[] {"i", "v"})
        .groupBy("s", "ns")
        .agg(OrderedSums.sumBy(col("i"), col("v"), col("c")).as("sum"))
        .select(col("s"), FormulaColumns.mean(col("sum"), col("ns")).as("a"))
        .join(previous.withColumnRenamed("a", "pa"), "s")
        .select(col("s"), col("a"), abs(col("a").minus(col("pa"))).as("d")), "d");
  }
}
