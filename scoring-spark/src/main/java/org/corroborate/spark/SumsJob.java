package org.corroborate.spark;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Sums and Average-Log (Pasternack and Roth, COLING 2010), as the engine's {@code Sums} and {@code
 * AverageLog}: beliefs start at 1; each iteration a source's raw trust is a function of the sum of
 * its claims' beliefs ({@code Formulas.sumsTrust} or {@code averageLogTrust}), divided by the
 * largest; a claim's raw belief is the sum of its sources' trust, divided by the largest; the run
 * stops when no belief moves by more than the tolerance. No priors.
 */
final class SumsJob implements SparkAlgorithm {
  private final boolean averageLog;

  SumsJob(boolean averageLog) {
    this.averageLog = averageLog;
  }

  @Override
  public Outcome run(ClaimTables tables, Map<String, Double> parameters, int maxIterations,
      double tolerance, long seed) {
    State state = new State(
        SparkAlgorithm.materialize(tables.claims.select(col("i"), col("v"), lit(1.0).as("b"))),
        null);
    Convergence convergence = SparkAlgorithm.iterate(maxIterations, tolerance, iteration -> {
      Dataset<Row> previous = state.claims;
      Dataset<Row> sums = tables.edges.join(previous, new String[] {"i", "v"})
          .groupBy("s", "ns")
          .agg(OrderedSums.sumBy(col("i"), col("v"), col("b")).as("sum"));
      Column raw = averageLog
          ? FormulaColumns.averageLogTrust(col("ns"), col("sum"))
          : FormulaColumns.sumsTrust(col("ns"), col("sum"));
      Dataset<Row> trust = SparkAlgorithm.materialize(
          SparkAlgorithm.scaleToMax(sums.select(col("s"), raw.as("raw")), "raw")
              .select(col("s"), col("x").as("t")));
      Dataset<Row> beliefs = tables.edges.join(trust, "s")
          .groupBy("i", "v")
          .agg(OrderedSums.sumBy(col("s"), col("t")).as("raw"));
      Materialized belief = SparkAlgorithm.materialize(SparkAlgorithm.scaleToMax(beliefs, "raw")
          .join(previous.withColumnRenamed("b", "pb"), new String[] {"i", "v"})
          .select(col("i"), col("v"), col("x").as("b"),
              abs(col("x").minus(col("pb"))).as("d")), "d");
      state.claims = belief.rows().select("i", "v", "b");
      state.sources = trust;
      return belief.largest();
    });
    return new Outcome(state.claims.withColumnRenamed("b", "c"), state.sources,
        convergence.iterations(), convergence.converged());
  }
}
