package org.corroborate.spark;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Majority vote, as the engine's {@code MajorityVote}: a claim's confidence is the share of the
 * item's distinct sources asserting it; a source's trust is the share of its claims on items
 * whose most-asserted claim is unique (decided without a tie) that are that claim, 0.5 when it
 * has none. One pass.
 */
final class VoteJob implements SparkAlgorithm {

  @Override
  public Outcome run(ClaimTables tables, Map<String, Double> parameters, int maxIterations,
      double tolerance, long seed) {
    Dataset<Row> confidence = SparkAlgorithm.materialize(tables.claims
        .select(col("i"), col("v"), FormulaColumns.voteShare(col("nc"), col("ni")).as("c")));
    Dataset<Row> top = tables.claims.groupBy("i").agg(max("nc").as("top"));
    Dataset<Row> decided = tables.claims.join(top, "i")
        .groupBy("i", "top")
        .agg(sum(when(col("nc").equalTo(col("top")), 1).otherwise(0)).as("leaders"))
        .filter(col("leaders").equalTo(1))
        .select("i", "top");
    Dataset<Row> votes = tables.edges.join(decided, "i")
        .join(tables.claims.select("i", "v", "nc"), new String[] {"i", "v"})
        .groupBy("s")
        .agg(count(lit(1)).cast("int").as("decided"),
            sum(when(col("nc").equalTo(col("top")), 1).otherwise(0)).cast("int").as("wins"));
    Dataset<Row> trust = SparkAlgorithm.materialize(tables.sources
        .join(votes, new String[] {"s"}, "left")
        .select(col("s"), FormulaColumns.voteTrust(coalesce(col("wins"), lit(0)),
            coalesce(col("decided"), lit(0))).as("t")));
    return new Outcome(confidence, trust, 1, true);
  }
}
