package org.corroborate.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.corroborate.impl.truth.CopyOrder;
import org.corroborate.impl.truth.Formulas;
import scala.collection.Seq;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

/**
 * AccuCopy (Dong, Berti-Equille and Srivastava, VLDB 2009: accuracy with copy detection; with
 * {@code uniform-accuracy = 1} the paper's DEPEN), as the engine's {@code Accu} in its copy
 * variant, with the engine's formulas ({@code Formulas.accuCopy*}) and its greedy discount
 * ({@link CopyOrder}).
 *
 * <p>Pairs, once per run: the pairs of sources voting on at least {@code min-shared-items}
 * common items, found by a self-join of the distinct (source, item) voters on the item, counted
 * per pair and filtered, as the engine's {@code SourcePairs} (the first source of a pair is the
 * one whose id sorts first by {@link String#compareTo}, as the engine numbers sources); then the
 * claims each such pair shares (a self-join of the edges on item and value, restricted to those
 * pairs) with the pair's number of items on which its values differ ({@code max(0, shared items
 * - shared claims)}). That table (s1, s2, i, v, nd) is cached and read by every round; no pair
 * reaches the driver. Pairs sharing no claim are left out: they discount no vote.
 *
 * <p>Each round, as the engine's: a source's used accuracy is its accuracy clamped into {@code
 * [1e-6, 1 - 1e-6]} ({@code 1 - eps} under uniform accuracy) and its score {@code ln(n A / (1 -
 * A))}; each pair's three log-likelihoods are the sums, over its shared claims in (item, value)
 * order, of the terms of a value true with probability {@code p} ({@code 1 - eps} in the first
 * round, then 1 for the previous round's choice of its item and 0 otherwise), and its posterior
 * the engine's Bayes' rule; each claim with dependent pairs among its sources discounts their
 * votes by {@code I(S, v)} of {@link CopyOrder}, computed on the claim's sources that are in a
 * dependent pair (sources in none have no neighbour: their discount is 1 wherever the ordering
 * places them, and leaving them out keeps the others' relative positions, hence the same order
 * and the same products); a claim's vote is the sum of score times discount over its sources in
 * source order; then {@code ln Omega}, probabilities and accuracies as Accu, and the item's
 * choice for the next round by the engine's rule (the larger vote, more sources, the larger
 * summed accuracy, the smaller seeded tie key). The run stops when no accuracy moves by more
 * than the tolerance. No priors.
 */
final class AccuCopyJob implements SparkAlgorithm {

  private static final StructType DISCOUNT = new StructType()
      .add("s", DataTypes.StringType)
      .add("ind", DataTypes.DoubleType);

  private static final UserDefinedFunction BEFORE = udf(
      (UDF2<String, String, Boolean>) (a, b) -> a.compareTo(b) < 0,
      DataTypes.BooleanType);

  private static final UserDefinedFunction CLAMP = udf(
      (UDF1<Double, Double>) Formulas::accuClamp, DataTypes.DoubleType);

  @Override
  public Outcome run(ClaimTables tables, Map<String, Double> parameters, int maxIterations,
      double tolerance, long seed) {
    double n = parameters.get("false-values");
    double eps = parameters.get("error-rate");
    double alpha = parameters.get("alpha");
    double copy = parameters.get("copy-rate");
    boolean uniform = parameters.get("uniform-accuracy") >= 0.5;
    int minShared = Math.max(1, (int) Math.ceil(parameters.get("min-shared-items")));
    Dataset<Row> pairs = pairs(tables, minShared);
    Dataset<Row> pairClaims = pairClaims(tables, pairs);
    // the last round's inputs to the posteriors, from which the reported dependences come
    LastRound last = new LastRound();
    try {
      State state = new State(null,
          SparkAlgorithm.materialize(tables.sources.select(col("s"), lit(1 - eps).as("a"))));
      Convergence convergence = SparkAlgorithm.iterate(maxIterations, tolerance, iteration -> {
        Dataset<Row> previous = state.sources;
        Column used = uniform ? lit(Formulas.accuClamp(1 - eps)) : CLAMP.apply(col("a"));
        Dataset<Row> scored = previous.select(col("s"), col("a"), used.as("u"))
            .withColumn("score", FormulaColumns.accuScore(col("u"), n));
        Dataset<Row> truth = iteration == 1
            ? pairClaims.withColumn("p", lit(1 - eps))
            : pairClaims.join(state.claims.select("i", "v", "p"), new String[] {"i", "v"});
        last.truth = truth;
        last.scored = scored;
        // read once, by the discounts inside the confidence job below: not materialised apart
        Dataset<Row> dependent = dependences(truth, scored, n, alpha, copy);
        Dataset<Row> discounts = discounts(pairClaims, dependent, copy);
        Dataset<Row> votes = tables.edges
            .join(scored, "s")
            .join(discounts, new String[] {"s", "i", "v"}, "left")
            // score * 1.0 is the score itself: a claim without dependent pairs is the engine's
            // score times its independence 1 (a Spark product of doubles is Java's)
            .withColumn("term", col("score").multiply(coalesce(col("ind"), lit(1.0))))
            .groupBy("i", "v")
            .agg(OrderedSums.sumBy(col("s"), col("term")).as("vote"),
                OrderedSums.sumBy(col("s"), col("a")).as("st"))
            .join(tables.claims.select("i", "v", "nc"), new String[] {"i", "v"});
        Dataset<Row> logOmega = votes.groupBy("i")
            .agg(OrderedSums.accuLogOmegaBy(col("v"), col("vote"), n).as("lo"));
        Dataset<Row> confidence = SparkAlgorithm.materialize(votes.join(logOmega, "i")
            .select(col("i"), col("v"),
                FormulaColumns.accuProbability(col("vote"), col("lo")).as("c"),
                when(SparkAlgorithm.rank(col("vote"), col("nc"), col("st"), seed).equalTo(1),
                    lit(1.0)).otherwise(lit(0.0)).as("p")));
        Summary accuracy = AccuJob.accuracies(tables, confidence, previous);
        state.claims = confidence;
        state.sources = accuracy.rows().select("s", "a");
        return accuracy.largest(0);
      });
      Dataset<Row> reported = SparkAlgorithm.materialize(
          reported(pairs, last.truth, last.scored, n, alpha, copy));
      return new Outcome(state.claims.select("i", "v", "c"),
          state.sources.withColumnRenamed("a", "t"), convergence.iterations(),
          convergence.converged(), reported);
    } finally {
      pairClaims.unpersist();
      pairs.unpersist();
    }
  }

  /** The last round's shared claims with their truth (s1, s2, i, v, nd, p) and scores (s, u). */
  private static final class LastRound {
    Dataset<Row> truth;
    Dataset<Row> scored;
  }

  /**
   * The pairs of sources that vote on at least {@code minShared} common items, with that number:
   * (s1, s2, nsi), s1 before s2, cached; the engine's {@code SourcePairs}.
   */
  static Dataset<Row> pairs(ClaimTables tables, int minShared) {
    return tables.voters.select(col("s").as("s1"), col("i"))
        .join(tables.voters.select(col("s").as("s2"), col("i")), "i")
        .filter(BEFORE.apply(col("s1"), col("s2")))
        .groupBy("s1", "s2")
        .agg(count(lit(1)).cast(DataTypes.IntegerType).as("nsi"))
        .filter(col("nsi").geq(minShared))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * The claims shared by each of the {@link #pairs}, with the pair's number of differing items:
   * (s1, s2, i, v, nd), s1 before s2, cached.
   */
  static Dataset<Row> pairClaims(ClaimTables tables, Dataset<Row> pairs) {
    Dataset<Row> shared = tables.edges.select(col("s").as("s1"), col("i"), col("v"))
        .join(tables.edges.select(col("s").as("s2"), col("i"), col("v")),
            new String[] {"i", "v"})
        .filter(BEFORE.apply(col("s1"), col("s2")))
        .join(pairs, new String[] {"s1", "s2"});
    Dataset<Row> differing = shared.groupBy("s1", "s2", "nsi")
        .agg(count(lit(1)).cast(DataTypes.IntegerType).as("nsc"))
        .select(col("s1"), col("s2"),
            greatest(lit(0), col("nsi").minus(col("nsc"))).as("nd"));
    Dataset<Row> table = shared.select("s1", "s2", "i", "v")
        .join(differing, new String[] {"s1", "s2"})
        .persist(StorageLevel.MEMORY_AND_DISK());
    table.count();
    return table;
  }

  /**
   * Each pair's posterior from its shared claims (true with probability {@code p}) and its
   * sources' used accuracies (columns s, u of {@code scored}): (s1, s2, fwd, bwd, dep), the
   * dependent pairs only (dep > 0), as the engine's {@code posterior}.
   */
  private static Dataset<Row> dependences(Dataset<Row> truth, Dataset<Row> scored, double n,
      double alpha, double copy) {
    UserDefinedFunction posterior = posterior(n, alpha, copy);
    return likelihoods(truth, scored, n, copy)
        .select(col("s1"), col("s2"), posterior.apply(col("li"), col("lf"), col("lb"),
            col("nd"), col("u1"), col("u2")).as("post"))
        .select(col("s1"), col("s2"), col("post").getItem(3).as("fwd"),
            col("post").getItem(4).as("bwd"), col("post").getItem(5).as("dep"))
        .filter(col("dep").gt(0.0));
  }

  /**
   * Each pair's three log-likelihoods summed over its shared claims in (item, value) order, with
   * its differing items and its sources' used accuracies: (s1, s2, nd, u1, u2, li, lf, lb).
   */
  private static Dataset<Row> likelihoods(Dataset<Row> truth, Dataset<Row> scored, double n,
      double copy) {
    UserDefinedFunction independentTerm = udf(
        (UDF3<Double, Double, Double, Double>) (p, a1, a2) ->
            Formulas.accuCopyIndependentTerm(p, a1, a2, n), DataTypes.DoubleType);
    UserDefinedFunction copiedTerm = udf(
        (UDF4<Double, Double, Double, Double, Double>)
            (p, original, a1, a2) -> Formulas.accuCopyCopiedTerm(p, original, a1, a2, n, copy),
        DataTypes.DoubleType);
    Dataset<Row> terms = truth
        .join(scored.select(col("s").as("s1"), col("u").as("u1")), "s1")
        .join(scored.select(col("s").as("s2"), col("u").as("u2")), "s2")
        .select(col("s1"), col("s2"), col("i"), col("v"), col("nd"), col("u1"), col("u2"),
            independentTerm.apply(col("p"), col("u1"), col("u2")).as("ti"),
            // forward: the first copies the second, so the second is the original
            copiedTerm.apply(col("p"), col("u2"), col("u1"), col("u2")).as("tf"),
            copiedTerm.apply(col("p"), col("u1"), col("u1"), col("u2")).as("tb"));
    return terms.groupBy("s1", "s2", "nd", "u1", "u2")
        .agg(OrderedSums.sumBy(col("i"), col("v"), col("ti")).as("li"),
            OrderedSums.sumBy(col("i"), col("v"), col("tf")).as("lf"),
            OrderedSums.sumBy(col("i"), col("v"), col("tb")).as("lb"));
  }

  /**
   * The engine's Bayes' rule ({@code Formulas.accuCopyPosterior}) as a function of (li, lf, lb,
   * differing items, a1, a2), returning its output array (index 3 forward, 4 backward, 5
   * dependence).
   */
  private static UserDefinedFunction posterior(double n, double alpha, double copy) {
    return udf(
        (UDF6<Double, Double, Double, Integer, Double, Double, double[]>)
            (li, lf, lb, different, a1, a2) -> {
              double[] out = new double[Formulas.ACCU_COPY_POSTERIOR_SIZE];
              Formulas.accuCopyPosterior(li, lf, lb, different, a1, a2, n, alpha, copy, out);
              return out;
            },
        DataTypes.createArrayType(DataTypes.DoubleType, false));
  }

  /**
   * The pairs the engine reports ({@code Accu.dependencies}): every weighed pair's posterior from
   * the last round's shared claims and used accuracies, a pair sharing no claim with empty
   * likelihood sums and all its shared items differing, as the engine's {@code posterior}; the
   * pairs whose probability of dependence is at least {@value #REPORTED_DEPENDENCE}: (s1, s2,
   * dep, fwd, bwd).
   */
  private static Dataset<Row> reported(Dataset<Row> pairs, Dataset<Row> truth,
      Dataset<Row> scored, double n, double alpha, double copy) {
    Dataset<Row> sums = likelihoods(truth, scored, n, copy)
        .select(col("s1"), col("s2"), col("nd"), col("li"), col("lf"), col("lb"));
    UserDefinedFunction posterior = posterior(n, alpha, copy);
    return pairs.join(sums, new String[] {"s1", "s2"}, "left")
        .join(scored.select(col("s").as("s1"), col("u").as("u1")), "s1")
        .join(scored.select(col("s").as("s2"), col("u").as("u2")), "s2")
        .select(col("s1"), col("s2"), posterior.apply(
            coalesce(col("li"), lit(0.0)), coalesce(col("lf"), lit(0.0)),
            coalesce(col("lb"), lit(0.0)), coalesce(col("nd"), col("nsi")), col("u1"),
            col("u2")).as("post"))
        .select(col("s1"), col("s2"), col("post").getItem(5).as("dep"),
            col("post").getItem(3).as("fwd"), col("post").getItem(4).as("bwd"))
        .filter(col("dep").geq(REPORTED_DEPENDENCE));
  }

  /** The probability of dependence from which the engine reports a pair. */
  static final double REPORTED_DEPENDENCE = 0.5;

  /**
   * Each discounted vote: (s, i, v, ind) for the sources of the claims with dependent pairs among
   * their sources, from {@link CopyOrder}.
   */
  private static Dataset<Row> discounts(Dataset<Row> pairClaims, Dataset<Row> dependent,
      double copy) {
    UserDefinedFunction discount = udf(
        (UDF1<Seq<Row>, Row[]>) pairs -> discount(pairs, copy),
        DataTypes.createArrayType(DISCOUNT, false));
    return pairClaims.select("s1", "s2", "i", "v")
        .join(dependent, new String[] {"s1", "s2"})
        .groupBy("i", "v")
        .agg(collect_list(struct(col("s1"), col("s2"), col("dep"), col("fwd"), col("bwd")))
            .as("pairs"))
        .select(col("i"), col("v"), explode(discount.apply(col("pairs"))).as("d"))
        .select(col("d.s").as("s"), col("i"), col("v"), col("d.ind").as("ind"));
  }

  /**
   * One claim's discounts from its dependent pairs (s1, s2, dep, fwd, bwd): the pairs' sources
   * numbered in id order ({@link String#compareTo}), the pairs handed to {@link CopyOrder} in
   * (x, y) order.
   */
  static Row[] discount(Seq<Row> pairs, double copy) {
    int count = pairs.size();
    List<String> ids = new ArrayList<>(2 * count);
    for (int k = 0; k < count; k++) {
      ids.add(pairs.apply(k).getString(0));
      ids.add(pairs.apply(k).getString(1));
    }
    String[] sources = ids.stream().distinct().sorted().toArray(String[]::new);
    int[] x = new int[count];
    int[] y = new int[count];
    Integer[] order = new Integer[count];
    for (int k = 0; k < count; k++) {
      Row pair = pairs.apply(k);
      x[k] = Arrays.binarySearch(sources, pair.getString(0));
      y[k] = Arrays.binarySearch(sources, pair.getString(1));
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> x[a] != x[b] ? Integer.compare(x[a], x[b])
        : Integer.compare(y[a], y[b]));
    CopyOrder copyOrder = new CopyOrder();
    for (int k : order) {
      Row pair = pairs.apply(k);
      copyOrder.add(x[k], y[k], pair.getDouble(2), pair.getDouble(3), pair.getDouble(4));
    }
    double[] independence = new double[sources.length];
    copyOrder.discount(sources.length, copy, independence, 0);
    Row[] out = new Row[sources.length];
    for (int position = 0; position < sources.length; position++) {
      out[position] = RowFactory.create(sources[position], independence[position]);
    }
    return out;
  }
}
