package org.corroborate.spark;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * TruthFinder (Yin, Han and Yu, KDD 2007) under exact comparison, as the engine's {@code
 * TruthFinder} with no implications between distinct values (the engine computes none under exact
 * comparison either): trust starts at {@code initial-trust}; each iteration {@code tau(w)} of the
 * previous trust, {@code sigma(f)} the sum of tau over the claim's sources, {@code sigma*(f) =
 * sigma(f) - rho * base-sim * (the item's other claims' sigma)}, the confidence its dampened
 * logistic, and a source's trust the mean confidence of its claims; the run stops when the cosine
 * distance of successive trust vectors is at most the tolerance. No priors.
 */
final class TruthFinderJob implements SparkAlgorithm {

  @Override
  public Outcome run(ClaimTables tables, Map<String, Double> parameters, int maxIterations,
      double tolerance, long seed) {
    double rho = parameters.get("rho");
    double gamma = parameters.get("gamma");
    double base = parameters.get("base-sim");
    double t0 = parameters.get("initial-trust");
    State state = new State(
        null, SparkAlgorithm.materialize(tables.sources.select(col("s"), lit(t0).as("t"))));
    Convergence convergence = SparkAlgorithm.iterate(maxIterations, tolerance, iteration -> {
      Dataset<Row> previousTrust = state.sources;
      Dataset<Row> sigma = tables.edges
          .join(previousTrust.select(col("s"), FormulaColumns.truthFinderTau(col("t")).as("tau")),
              "s")
          .groupBy("i", "v")
          .agg(OrderedSums.sumBy(col("s"), col("tau")).as("sigma"));
      Dataset<Row> itemSigma = sigma.groupBy("i")
          .agg(OrderedSums.sumBy(col("v"), col("sigma")).as("total"));
      Dataset<Row> confidence = SparkAlgorithm.materialize(sigma.join(itemSigma, "i")
          .select(col("i"), col("v"), FormulaColumns.truthFinderConfidence(
              col("sigma"), col("total"), rho, base, gamma).as("c")));
      Dataset<Row> trust = SparkAlgorithm.materialize(tables.edges
          .join(confidence, new String[] {"i", "v"})
          .groupBy("s", "ns")
          .agg(OrderedSums.sumBy(col("i"), col("v"), col("c")).as("sum"))
          .select(col("s"), FormulaColumns.average(col("sum"), col("ns")).as("t")));
      state.claims = confidence;
      state.sources = trust;
      Row change = trust.join(previousTrust.withColumnRenamed("t", "pt"), "s")
          .agg(OrderedSums.cosineDistanceBy(col("s"), col("pt"), col("t")))
          .first();
      return change.getDouble(0);
    });
    return new Outcome(state.claims, state.sources, convergence.iterations(),
        convergence.converged());
  }
}
