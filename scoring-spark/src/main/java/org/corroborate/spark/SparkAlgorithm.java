package org.corroborate.spark;

import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;

/**
 * One truth-discovery algorithm as iterations of joins and aggregations over {@link ClaimTables};
 * the counterpart of the engine's {@code Algorithm}, with the same formulas ({@link
 * FormulaColumns}), the same summation order ({@link OrderedSums}) and the same convergence rule.
 *
 * <p>Each iteration's vectors are {@linkplain #materialize materialised} on the executors, lineage
 * cut, so the plan of iteration k does not hold the k before it; the driver only reads the change.
 */
interface SparkAlgorithm {

  /**
   * Runs the algorithm; the outcome's Datasets are materialised. The seed orders tied claims where
   * an algorithm chooses a value inside its iterations ({@link #rank}).
   */
  Outcome run(ClaimTables tables, Map<String, Double> parameters, int maxIterations,
      double tolerance, long seed);

  /**
   * The state after the last iteration: claim confidence (i, v, c), source trust (s, t), how the
   * run ended, and for a copy-aware algorithm the pairs it reports as dependent (s1, s2, dep, fwd,
   * bwd), else null.
   */
  record Outcome(Dataset<Row> confidence, Dataset<Row> trust, int iterations, boolean converged,
      Dataset<Row> dependencies) {

    /** The outcome of an algorithm that assumes independent sources. */
    Outcome(Dataset<Row> confidence, Dataset<Row> trust, int iterations, boolean converged) {
      this(confidence, trust, iterations, converged, null);
    }
  }

  /** The vectors an iteration hands to the next: per claim and per source. */
  final class State {
    /** Per claim, keyed by (i, v). */
    Dataset<Row> claims;
    /** Per source, keyed by s. */
    Dataset<Row> sources;

    State(Dataset<Row> claims, Dataset<Row> sources) {
      this.claims = claims;
      this.sources = sources;
    }
  }

  /** How a run of iterations ended. */
  record Convergence(int iterations, boolean converged) {}

  /**
   * The engine's rule ({@code Algorithm.iterate}): run steps until the change a step returns is at
   * most the tolerance, or until the limit.
   */
  static Convergence iterate(int maxIterations, double tolerance, IntToDoubleFunction step) {
    int iteration = 0;
    while (iteration < maxIterations) {
      iteration++;
      double change = step.applyAsDouble(iteration);
      if (change <= tolerance) {
        return new Convergence(iteration, true);
      }
    }
    return new Convergence(iteration, false);
  }

  /**
   * The place of each claim among its item's claims (1 first), in the engine's choice order: the
   * larger {@code score}, then more {@code sources}, then the larger {@code summedTrust} of its
   * sources, then the smaller seeded tie key of (item, value) ({@code ClaimGraph.compareTied});
   * only on a 64-bit collision of that key does the value text decide, in Spark's byte order
   * rather than Java's. Over rows with columns {@code i} and {@code v}.
   */
  static Column rank(Column score, Column sources, Column summedTrust, long seed) {
    return row_number().over(Window.partitionBy("i").orderBy(score.desc(), sources.desc(),
        summedTrust.desc(), FormulaColumns.tieKey(col("i"), col("v"), seed).asc(),
        col("v").asc()));
  }

  /**
   * Adds column {@code x}: column {@code raw} divided by its largest value over the Dataset
   * (capped at 1; unchanged when that is not positive), as the engine's {@code scaleToMax}.
   */
  static Dataset<Row> scaleToMax(Dataset<Row> rows, String raw) {
    Dataset<Row> largest = rows.agg(max(col(raw)).as("mx"));
    return rows.crossJoin(broadcast(largest))
        .withColumn("x", FormulaColumns.scaled(col(raw), col("mx")))
        .drop("mx");
  }

  /**
   * Computes the rows once and keeps them on the executors (a local checkpoint of the RDD), and
   * returns them as a Dataset whose plan starts there: the lineage of earlier iterations is cut,
   * and so are their size estimates. ({@code Dataset.localCheckpoint} keeps the estimate of the
   * plan it cut, and the estimate of a join is the product of its sides', so over the iterations
   * those numbers grew to thousands of digits and estimating them took seconds per query.)
   */
  static Dataset<Row> materialize(Dataset<Row> rows) {
    RDD<Row> rdd = rows.rdd();
    rdd.localCheckpoint();
    rdd.count();
    return rows.sparkSession().createDataFrame(rdd, rows.schema());
  }

  /** Rows materialised, with the largest value of one of their columns. */
  record Materialized(Dataset<Row> rows, double largest) {}

  /**
   * As {@link #materialize(Dataset)}, and in the same job the largest value of column {@code
   * column} as the engine's {@code maxAbsDifference} takes it: from 0, NaN never larger.
   */
  static Materialized materialize(Dataset<Row> rows, String column) {
    int index = rows.schema().fieldIndex(column);
    JavaRDD<Row> rdd = rows.javaRDD();
    rdd.rdd().localCheckpoint();
    double largest = rdd.map(row -> row.getDouble(index))
        .fold(0.0, (a, b) -> b > a ? b : a);
    return new Materialized(
        rows.sparkSession().createDataFrame(rdd.rdd(), rows.schema()), largest);
  }

  /**
   * Rows materialised, with, for each of the columns named, its smallest and largest value as the
   * engine's {@code Vectors.min} and {@code maxOf} take them ({@link Math#min} from +infinity,
   * {@link Math#max} from -infinity) and its largest as {@code maxAbsDifference} does (from 0, NaN
   * never larger). All three are order-free, so the partitioning cannot change them.
   */
  record Summary(Dataset<Row> rows, double[] stats) {
    /** The smallest value of the k-th column named. */
    double min(int k) {
      return stats[3 * k];
    }

    /** The largest value of the k-th column named, negative ones included. */
    double max(int k) {
      return stats[3 * k + 1];
    }

    /** The largest value of the k-th column named, or 0 when none is positive. */
    double largest(int k) {
      return stats[3 * k + 2];
    }
  }

  /** As {@link #materialize(Dataset)}, with the {@link Summary} of the columns, in one job. */
  static Summary summarize(Dataset<Row> rows, String... columns) {
    int[] index = new int[columns.length];
    for (int k = 0; k < columns.length; k++) {
      index[k] = rows.schema().fieldIndex(columns[k]);
    }
    double[] zero = new double[3 * columns.length];
    for (int k = 0; k < columns.length; k++) {
      zero[3 * k] = Double.POSITIVE_INFINITY;
      zero[3 * k + 1] = Double.NEGATIVE_INFINITY;
    }
    JavaRDD<Row> rdd = rows.javaRDD();
    rdd.rdd().localCheckpoint();
    double[] stats = rdd.map(row -> {
      double[] one = new double[3 * index.length];
      for (int k = 0; k < index.length; k++) {
        double value = row.getDouble(index[k]);
        one[3 * k] = value;
        one[3 * k + 1] = value;
        one[3 * k + 2] = value > 0.0 ? value : 0.0;
      }
      return one;
    }).fold(zero, (a, b) -> {
      double[] merged = new double[a.length];
      for (int k = 0; k < a.length; k += 3) {
        merged[k] = Math.min(a[k], b[k]);
        merged[k + 1] = Math.max(a[k + 1], b[k + 1]);
        merged[k + 2] = b[k + 2] > a[k + 2] ? b[k + 2] : a[k + 2];
      }
      return merged;
    });
    return new Summary(rows.sparkSession().createDataFrame(rdd.rdd(), rows.schema()), stats);
  }
}
