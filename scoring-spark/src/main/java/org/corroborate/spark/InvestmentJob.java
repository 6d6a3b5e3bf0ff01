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
      double tolerance, long seed) {
    double g = parameters.get("g");
    Dataset<Row> initialTrust =
        SparkAlgorithm.materialize(tables.sources.select(col("s"), lit(1.0).as("t")));
    // per claim: belief b and the trust h invested in it, from which the next iteration's
    // returns are paid (the engine recomputes h from the previous trust: the same sums, the same
    // order, so the same doubles)
    State state = new State(
        SparkAlgorithm.materialize(invested(stakes(tables, initialTrust))
            .select(col("i"), col("v"), lit(1.0).as("b"), col("h"))),
        initialTrust);
    Convergence convergence = SparkAlgorithm.iterate(maxIterations, tolerance, iteration -> {
      Dataset<Row> previous = state.claims;
      Dataset<Row> returns = stakes(tables, state.sources)
          .join(previous, new String[] {"i", "v"})
          .select(col("s"), col("i"), col("v"),
              FormulaColumns.investmentReturn(col("b"), col("stake"), col("h")).as("r"))
          .groupBy("s")
          .agg(OrderedSums.sumBy(col("i"), col("v"), col("r")).as("raw"));
      Dataset<Row> trust = SparkAlgorithm.materialize(
          SparkAlgorithm.scaleToMax(returns, "raw").select(col("s"), col("x").as("t")));
      Dataset<Row> grown = invested(stakes(tables, trust)).select(col("i"), col("v"), col("h"),
          FormulaColumns.investmentBelief(col("h"), g).as("raw"));
      if (pooled) {
        Dataset<Row> pools = grown.groupBy("i")
            .agg(OrderedSums.sumBy(col("v"), col("raw")).as("pool"));
        grown = grown.join(pools, "i").select(col("i"), col("v"), col("h"),
            FormulaColumns.pooledBelief(col("h"), col("raw"), col("pool")).as("raw"));
      }
      Materialized belief = SparkAlgorithm.materialize(SparkAlgorithm.scaleToMax(grown, "raw")
          .join(previous.select(col("i"), col("v"), col("b").as("pb")), new String[] {"i", "v"})
          .select(col("i"), col("v"), col("x").as("b"), col("h"),
              abs(col("x").minus(col("pb"))).as("d")), "d");
      state.claims = belief.rows();
      state.sources = trust;
      return belief.largest();
    });
    return new Outcome(state.claims.select(col("i"), col("v"), col("b").as("c")), state.sources,
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
