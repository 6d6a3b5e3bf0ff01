package org.corroborate.spark;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * CRH (Li, Li, Gao, Su, Zhao, Fan and Han, SIGMOD 2014) on categorical data, as the engine's
 * {@code Crh} on text values (every item categorical: a value is its text here, and the engine
 * reads text values as categorical too): trust starts at 1; the truth of an item is its weighted
 * vote's winner (the claim's sources' summed trust, or its source count when the item's total
 * is 0; ties as the engine's {@code compareTied}: more sources, larger summed trust, smaller
 * seeded tie key), and a claim's confidence its share of the item's vote. Each iteration a
 * source's loss is the number of its claims that are not their item's truth, plus {@code
 * smoothing}; its weight {@code -log(loss / sum of all sources' losses)} (eq. 5, the sum in source
 * order, a scalar read on the driver); its trust the weight over the largest weight; then new
 * truths from the new trust. The run stops when no trust moves by more than the tolerance.
 * {@code squared-loss} only concerns continuous items, so it changes nothing here. No priors.
 */
final class CrhJob implements SparkAlgorithm {

  @Override
  public Outcome run(ClaimTables tables, Map<String, Double> parameters, int maxIterations,
      double tolerance, long seed) {
    double smoothing = parameters.get("smoothing");
    Dataset<Row> initialTrust =
        SparkAlgorithm.materialize(tables.sources.select(col("s"), lit(1.0).as("t")));
    State state = new State(truths(tables, initialTrust, seed), initialTrust);
    Convergence convergence = SparkAlgorithm.iterate(maxIterations, tolerance, iteration -> {
      Dataset<Row> previous = state.sources;
      // 0-1 losses against the current truths: whole numbers, so Spark's sum is exact
      Dataset<Row> losses = tables.edges
          .join(state.claims.filter(col("best")).select(col("i"), col("v").as("bv")), "i")
          .groupBy("s")
          .agg(sum(when(col("v").equalTo(col("bv")), 0).otherwise(1)).as("wrong"))
          .select(col("s"),
              col("wrong").cast(DataTypes.DoubleType).plus(lit(smoothing)).as("loss"));
      Dataset<Row> smoothed = SparkAlgorithm.materialize(losses);
      double total = smoothed.agg(OrderedSums.sumBy(col("s"), col("loss"))).first().getDouble(0);
      Summary weights = SparkAlgorithm.summarize(smoothed.select(col("s"),
          FormulaColumns.crhWeight(col("loss"), total).as("w")), "w");
      // the engine's largest weight starts from 0
      double largest = Math.max(0.0, weights.max(0));
      Summary trust = SparkAlgorithm.summarize(weights.rows()
          .select(col("s"), FormulaColumns.lossWeightedTrust(col("w"), largest).as("t"))
          .join(previous.withColumnRenamed("t", "pt"), "s")
          .select(col("s"), col("t"), abs(col("t").minus(col("pt"))).as("d")), "d");
      state.sources = trust.rows().select("s", "t");
      state.claims = truths(tables, state.sources, seed);
      return trust.largest(0);
    });
    return new Outcome(state.claims.select("i", "v", "c"), state.sources,
        convergence.iterations(), convergence.converged());
  }

  /**
   * Each claim's confidence (its share of the item's weighted vote) and whether it is its item's
   * truth (the vote's winner): (i, v, c, best), materialised.
   */
  private static Dataset<Row> truths(ClaimTables tables, Dataset<Row> trust, long seed) {
    Dataset<Row> claimWeight = tables.edges.join(trust, "s")
        .groupBy("i", "v")
        .agg(OrderedSums.sumBy(col("s"), col("t")).as("cw"))
        .join(tables.claims.select("i", "v", "nc"), new String[] {"i", "v"});
    Dataset<Row> itemWeight = claimWeight.groupBy("i").agg(
        OrderedSums.sumBy(col("v"), col("cw")).as("iw"),
        sum(col("nc")).cast(DataTypes.IntegerType).as("ie"));
    return SparkAlgorithm.materialize(claimWeight.join(itemWeight, "i")
        .withColumn("vote", FormulaColumns.lossWeightedVote(col("cw"), col("iw"), col("nc")))
        .select(col("i"), col("v"),
            FormulaColumns.lossWeightedShare(col("vote"),
                FormulaColumns.lossWeightedVoteTotal(col("iw"), col("ie"))).as("c"),
            SparkAlgorithm.rank(col("vote"), col("nc"), col("cw"), seed).equalTo(1).as("best")));
  }
}
