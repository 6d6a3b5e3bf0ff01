package org.corroborate.spark;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Investment and PooledInvestment (Pasternack and Roth, COLING 2010), as the engine's {@code
 * Investment}: trust and beliefs start at 1; each iteration a source's raw trust is the sum over
 * its claims of the claim's previous belief times the source's share of the previous investment
 * in it; the trust is divided by the largest; a claim's belief is {@code G(H)} of the new trust
 * invested in it (pooled: {@code H * G(H) / sum of G over the item's claims}), divided by the
 * largest; the run stops when no belief moves by more than the tolerance. No priors.
 */
final class InvestmentJob implements SparkAlgorithm {
  private final boolean pooled;

  InvestmentJob(boolean pooled) {
    this.pooled = pooled;
  }

  @Override
  public Outcome run(ClaimTables tables, Map<String, Double> parameters, int maxIterations,
      double tolerance) {
    double g = parameters.get("g");
    State state = new State(
        SparkAlgorithm.materialize(tables.claims.select(col("i"), col("v"), lit(1.0).as("b"))),
        SparkAlgorithm.materialize(tables.sources.select(col("s"), lit(1.0).as("t"))));
    Convergence convergence = SparkAlgorithm.iterate(maxIterations, tolerance, iteration -> {
      Dataset<Row> previousBelief = state.claims;
      Dataset<Row> previousTrust = state.sources;
      Dataset<Row> previousStakes = stakes(tables, previousTrust);
      Dataset<Row> previousInvested = invested(previousStakes);
      Dataset<Row> returns = previousStakes
          .join(previousBelief, new String[] {"i", "v"})
          .join(previousInvested, new String[] {"i", "v"})
          .select(col("s"), col("i"), col("v"),
              FormulaColumns.investmentReturn(col("b"), col("stake"), col("h")).as("r"))
          .groupBy("s")
          .agg(OrderedSums.sumBy(col("i"), col("v"), col("r")).as("raw"));
      Dataset<Row> trust = SparkAlgorithm.materialize(SparkAlgorithm.scaleToMax(returns, "raw")
          .select(col("s"), col("x").as("t"))
          );
      Dataset<Row> invested = invested(stakes(tables, trust));
      Dataset<Row> grown = invested.select(col("i"), col("v"), col("h"),
          FormulaColumns.investmentBelief(col("h"), g).as("raw"));
      if (pooled) {
        Dataset<Row> pools = grown.groupBy("i")
            .agg(OrderedSums.sumBy(col("v"), col("raw")).as("pool"));
        grown = grown.join(pools, "i").select(col("i"), col("v"),
            FormulaColumns.pooledBelief(col("h"), col("raw"), col("pool")).as("raw"));
      }
      Dataset<Row> belief = SparkAlgorithm.materialize(SparkAlgorithm.scaleToMax(grown.select("i", "v", "raw"), "raw")
          .join(previousBelief.withColumnRenamed("b", "pb"), new String[] {"i", "v"})
          .select(col("i"), col("v"), col("x").as("b"), abs(col("x").minus(col("pb"))).as("d"))
          );
      state.claims = belief.select("i", "v", "b");
      state.sources = trust;
      return SparkAlgorithm.largest(belief, "d");
    });
    return new Outcome(state.claims.withColumnRenamed("b", "c"), state.sources,
        convergence.iterations(), convergence.converged());
  }

  /** Each edge with its source's stake, {@code T(s) / |C(s)|}: (s, i, v, stake). */
  private static Dataset<Row> stakes(ClaimTables tables, Dataset<Row> trust) {
    return tables.edges.join(trust, "s").select(col("s"), col("i"), col("v"),
        FormulaColumns.investmentStake(col("t"), col("ns")).as("stake"));
  }

  /** The trust invested in each claim, its sources' stakes in source order: (i, v, h). */
  private static Dataset<Row> invested(Dataset<Row> stakes) {
    return stakes.groupBy("i", "v").agg(OrderedSums.sumBy(col("s"), col("stake")).as("h"));
  }
}
