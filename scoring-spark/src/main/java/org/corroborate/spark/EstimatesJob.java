package org.corroborate.spark;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corroborate.impl.truth.Formulas;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

/**
 * 2-Estimates and 3-Estimates (Galland, Abiteboul, Marian and Senellart, WSDM 2010), as the
 * engine's {@code Estimates}: claims start at truth 0 and difficulty {@code initial-difficulty}
 * (1 for 2-Estimates, never updated), sources at error 0. Each iteration, in the engine's order:
 * the raw truth of a claim from the previous errors and difficulties ({@code
 * Formulas.estimatesTruth}), then Algorithm 3's mix of its min-max scaling and its rounding,
 * weighted by the iteration's lambda ({@code estimatesLambda}, 1 at the first iteration, 0 at the
 * last, so the schedule depends on the iteration limit); 3-Estimates then the raw difficulty from
 * the new truths and the previous errors, mixed the same way; then the raw error of a source from
 * the new truths and difficulties, mixed (2-Estimates) or min-max scaled (3-Estimates). The run
 * stops when neither a truth nor an error moves by more than the tolerance. At the end the dual
 * solution (confidence {@code 1 - W}, trust {@code eps}) replaces the optimistic one when the mean
 * over sources of their share of disagreeing statements exceeds 0.5 (one scalar, summed in source
 * order). No priors.
 *
 * <p>A source's claim is a vote against the item's other claims, so every negative sum is an item
 * total minus a positive one, as in the engine ({@code ItemSums}): item totals over the item's
 * distinct voters ({@link ClaimTables#voters}) in source order or over its claims in value order,
 * a source's totals over its distinct items in item order or over its claims in (item, value)
 * order. Where no source gives an item two values ({@link ClaimTables#oneClaimPerVoter}), an
 * item's sums of the errors over its voters are its claims' sums added in value order, as the
 * engine takes them there. The smallest and largest raw values and the changes are the only
 * numbers the driver reads.
 */
final class EstimatesJob implements SparkAlgorithm {
  private final boolean three;

  EstimatesJob(boolean three) {
    this.three = three;
  }

  @Override
  public Outcome run(ClaimTables tables, Map<String, Double> parameters, int maxIterations,
      double tolerance, long seed) {
    double initialDifficulty = three ? parameters.get("initial-difficulty") : 1.0;
    boolean byClaims = tables.oneClaimPerVoter();
    State state = new State(
        SparkAlgorithm.materialize(tables.claims.select(col("i"), col("v"), lit(0.0).as("w"),
            lit(initialDifficulty).as("d"))),
        SparkAlgorithm.materialize(tables.sources.select(col("s"), lit(0.0).as("e"))));
    Convergence convergence = SparkAlgorithm.iterate(maxIterations, tolerance, iteration -> {
      double lambda = Formulas.estimatesLambda(iteration, maxIterations);
      Dataset<Row> error = state.sources;
      Dataset<Row> previous = state.claims;
      double truthChange;
      // W(f) from the previous eps(V) and eps(f)
      Dataset<Row> voterError = tables.voters.join(error, "s");
      Dataset<Row> sourceError = tables.edges.join(error, "s");
      Dataset<Row> claimError = three
          ? sourceError.groupBy("i", "v").agg(
              OrderedSums.sumBy(col("s"), col("e")).as("ce"),
              OrderedSums.sumBy(col("s"), FormulaColumns.estimatesInverse(col("e"))).as("cinv"))
          : sourceError.groupBy("i", "v").agg(OrderedSums.sumBy(col("s"), col("e")).as("ce"));
      Dataset<Row> itemError;
      if (byClaims) {
        // an item's sums over its voters as its claims' sums, added in value order; the count
        // of voters with a non-zero error is a whole number, the same in any order
        itemError = three
            ? claimError.groupBy("i").agg(
                OrderedSums.sumBy(col("v"), col("ce")).as("ie"),
                OrderedSums.sumBy(col("v"), col("cinv")).as("iinv"))
                .join(voterError.groupBy("i").agg(
                    OrderedSums.sumBy(col("s"), FormulaColumns.estimatesNonZero(col("e")))
                        .as("icnt")), "i")
            : claimError.groupBy("i").agg(OrderedSums.sumBy(col("v"), col("ce")).as("ie"));
      } else {
        itemError = three
            ? voterError.groupBy("i").agg(
                OrderedSums.sumBy(col("s"), col("e")).as("ie"),
                OrderedSums.sumBy(col("s"), FormulaColumns.estimatesInverse(col("e"))).as("iinv"),
                OrderedSums.sumBy(col("s"), FormulaColumns.estimatesNonZero(col("e"))).as("icnt"))
            : voterError.groupBy("i").agg(OrderedSums.sumBy(col("s"), col("e")).as("ie"));
      }
      Dataset<Row> rawTruth = tables.claims
          .join(claimError, new String[] {"i", "v"})
          .join(itemError, "i")
          .join(previous.withColumnRenamed("w", "pw").withColumnRenamed("d", "pd"),
              new String[] {"i", "v"})
          .withColumn("raw", FormulaColumns.estimatesTruth(
              col("nc"), col("ni"), col("ce"), col("ie"), col("pd")))
          .drop("nc", "ni", "ce", "ie");
      Summary truth = SparkAlgorithm.summarize(rawTruth, "raw");
      Dataset<Row> mixedTruth = truth.rows()
          .withColumn("w", FormulaColumns.estimatesMixed(
              col("raw"), truth.min(0), truth.max(0), lambda))
          .withColumn("dw", abs(col("w").minus(col("pw"))));
      Dataset<Row> claims;
      if (three) {
        // eps(f) from the new W and the previous eps(V)
        Summary difficulty = SparkAlgorithm.summarize(mixedTruth
            .select(col("i"), col("v"), col("w"), col("dw"), FormulaColumns.estimatesDifficulty(
                col("w"), col("cinv"), col("iinv"), col("icnt"), col("pd")).as("draw")),
            "draw", "dw");
        claims = difficulty.rows().select(col("i"), col("v"), col("w"),
            FormulaColumns.estimatesMixed(
                col("draw"), difficulty.min(0), difficulty.max(0), lambda).as("d"));
        truthChange = difficulty.largest(1);
      } else {
        Summary moved = SparkAlgorithm.summarize(
            mixedTruth.select(col("i"), col("v"), col("w"), col("pd").as("d"), col("dw")), "dw");
        claims = moved.rows().select("i", "v", "w", "d");
        truthChange = moved.largest(0);
      }
      // eps(V) from the new W and eps(f)
      Dataset<Row> weighted = claims.select(col("i"), col("v"),
          FormulaColumns.estimatesFor(col("w"), col("d")).as("wf"),
          FormulaColumns.estimatesAgainst(col("w"), col("d")).as("wa"),
          FormulaColumns.estimatesNonZero(col("d")).as("nz"));
      Dataset<Row> itemTruth = weighted.groupBy("i").agg(
          OrderedSums.sumBy(col("v"), col("wf")).as("iw"),
          OrderedSums.sumBy(col("v"), col("nz")).as("ic"));
      Dataset<Row> sourceItems = tables.voters.join(itemTruth, "i").groupBy("s").agg(
          OrderedSums.sumBy(col("i"), col("iw")).as("sw"),
          OrderedSums.sumBy(col("i"), col("ic")).as("sc"));
      Dataset<Row> sourceClaims = tables.edges.join(weighted, new String[] {"i", "v"})
          .groupBy("s").agg(
              OrderedSums.sumBy(col("i"), col("v"), col("wa")).as("sa"),
              OrderedSums.sumBy(col("i"), col("v"), col("wf")).as("sf"));
      Summary rawError = SparkAlgorithm.summarize(sourceClaims
          .join(sourceItems, "s")
          .join(error, "s")
          .select(col("s"), col("e").as("pe"), FormulaColumns.estimatesError(
              col("sa"), col("sf"), col("sw"), col("sc"), col("e")).as("raw")), "raw");
      Column normalised = three
          ? FormulaColumns.estimatesRange(col("raw"), rawError.min(0), rawError.max(0))
          : FormulaColumns.estimatesMixed(col("raw"), rawError.min(0), rawError.max(0), lambda);
      Summary errors = SparkAlgorithm.summarize(rawError.rows()
          .withColumn("e", normalised)
          .select(col("s"), col("e"), abs(col("e").minus(col("pe"))).as("de")), "de");
      state.claims = claims;
      state.sources = errors.rows().select("s", "e");
      return Math.max(truthChange, errors.largest(0));
    });
    boolean flipped = dual(tables, state.claims);
    Dataset<Row> confidence = SparkAlgorithm.materialize(state.claims.select(col("i"), col("v"),
        (flipped ? lit(1.0).minus(col("w")) : col("w")).as("c")));
    Dataset<Row> trust = SparkAlgorithm.materialize(state.sources.select(col("s"),
        (flipped ? col("e") : lit(1.0).minus(col("e"))).as("t")));
    return new Outcome(confidence, trust, convergence.iterations(), convergence.converged());
  }

  /**
   * The dual-solution test: whether the mean over sources of their share of statements that
   * disagree with the final truths ({@code Formulas.estimatesDisagreement}), added in source
   * order, exceeds 0.5.
   */
  private static boolean dual(ClaimTables tables, Dataset<Row> claims) {
    Dataset<Row> itemTruth = claims.groupBy("i").agg(
        OrderedSums.sumBy(col("v"), col("w")).as("it"),
        OrderedSums.sumBy(col("v"), lit(1.0)).as("ic"));
    Dataset<Row> sourceItems = tables.voters.join(itemTruth, "i").groupBy("s").agg(
        OrderedSums.sumBy(col("i"), col("it")).as("st"),
        OrderedSums.sumBy(col("i"), col("ic")).as("sm"));
    Dataset<Row> asserted = tables.edges.join(claims, new String[] {"i", "v"})
        .groupBy("s", "ns")
        .agg(OrderedSums.sumBy(col("i"), col("v"), col("w")).as("a"));
    Row totals = asserted.join(sourceItems, "s")
        .select(col("s"), FormulaColumns.estimatesDisagreement(
            col("ns"), col("a"), col("st"), col("sm")).as("x"))
        .agg(OrderedSums.sumBy(col("s"), col("x")), count(lit(1)))
        .first();
    int sources = (int) totals.getLong(1);
    double meanError = totals.getDouble(0) / sources;
    return meanError > 0.5;
  }
}
