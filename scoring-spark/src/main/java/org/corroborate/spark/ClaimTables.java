package org.corroborate.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The distributed counterpart of the engine's compiled graph: the distinct (source, item, value)
 * edges and the degrees every algorithm reads, cached.
 *
 * <p>Columns: {@code s} source id, {@code i} item id, {@code v} value (exact comparison: a claim
 * is an item and a value text), {@code ns} claims made by the source, {@code nc} sources asserting
 * the claim, {@code ni} distinct sources giving the item any value; the voters are the distinct
 * (source, item) pairs, for the algorithms that read a source's claim as a vote against the
 * item's other claims. A source repeating a value for an item is one edge; a source giving an
 * item several values keeps each (the engine's {@code DuplicatePolicy.ALL}: a Dataset has no
 * input order by which to keep a first one).
 */
final class ClaimTables implements AutoCloseable {
  /** Edges with the source's degree: (s, i, v, ns). */
  final Dataset<Row> edges;
  /** Claims: (i, v, nc, ni). */
  final Dataset<Row> claims;
  /** Sources: (s, ns). */
  final Dataset<Row> sources;
  /** The distinct sources voting on each item: (s, i); computed when first used. */
  final Dataset<Row> voters;

  /** {@link #oneClaimPerVoter()}, once counted. */
  private Boolean oneClaimPerVoter;

  private ClaimTables(Dataset<Row> edges, Dataset<Row> claims, Dataset<Row> sources) {
    this.edges = edges;
    this.claims = claims;
    this.sources = sources;
    this.voters = edges.select("s", "i").distinct().cache();
  }

  /**
   * Checks the input (one pass) and builds the cached tables.
   *
   * @throws IllegalArgumentException for a missing or mistyped column, a null or blank id or
   *     value, a weight other than 1, or no rows
   */
  static ClaimTables of(Dataset<Row> observations) {
    requireColumn(observations, "source", true);
    requireColumn(observations, "item", true);
    requireColumn(observations, "value", true);
    boolean weighted = List.of(observations.columns()).contains("weight");
    if (weighted) {
      requireColumn(observations, "weight", false);
    }
    List<Column> checks = new ArrayList<>();
    checks.add(count(lit(1)));
    for (String field : List.of("source", "item", "value")) {
      checks.add(sum(when(FormulaColumns.blank(col(field)), 1).otherwise(0)));
    }
    if (weighted) {
      checks.add(sum(when(col("weight").isNotNull()
          .and(col("weight").cast(DataTypes.DoubleType).notEqual(1.0)), 1).otherwise(0)));
    }
    Row found = observations.agg(checks.get(0), checks.subList(1, checks.size())
        .toArray(new Column[0])).first();
    if (found.getLong(0) == 0) {
      throw new IllegalArgumentException("observations must not be empty");
    }
    String[] names = {"source", "item", "value"};
    for (int k = 0; k < names.length; k++) {
      long bad = found.getLong(k + 1);
      if (bad > 0) {
        throw new IllegalArgumentException(
            names[k] + " must not be null or blank, was in " + bad + " rows");
      }
    }
    if (weighted && found.getLong(4) > 0) {
      throw new IllegalArgumentException("weight must be 1 (or null) in every row, was not in "
          + found.getLong(4) + " rows: the engine's observations carry no weight, so weighted "
          + "observations are not supported yet");
    }
    Dataset<Row> distinct = observations
        .select(col("source").as("s"), col("item").as("i"), col("value").as("v"))
        .distinct();
    Dataset<Row> sources = distinct.groupBy("s")
        .agg(count(lit(1)).cast(DataTypes.IntegerType).as("ns"))
        .cache();
    Dataset<Row> edges = distinct.join(sources, "s").cache();
    Dataset<Row> claims = edges.groupBy("i", "v")
        .agg(count(lit(1)).cast(DataTypes.IntegerType).as("nc"))
        .join(edges.groupBy("i").agg(countDistinct("s").cast(DataTypes.IntegerType).as("ni")),
            "i")
        .cache();
    return new ClaimTables(edges, claims, sources);
  }

  /**
   * Whether no source gives an item two values, the engine's {@code ItemSums.oneClaimPerVoter}:
   * then an item's voters are its claims' sources, each once, and the engine takes an item's sums
   * over its voters as the sums of its claims' sums (added in value order), which the jobs must do
   * too to add the same terms in the same order. True when there are as many distinct (source,
   * item) pairs as edges. Counted on first use (two counts of cached tables).
   */
  boolean oneClaimPerVoter() {
    if (oneClaimPerVoter == null) {
      oneClaimPerVoter = voters.count() == edges.count();
    }
    return oneClaimPerVoter;
  }

  private static void requireColumn(Dataset<Row> observations, String name, boolean text) {
    StructField field = null;
    for (StructField f : observations.schema().fields()) {
      if (f.name().equals(name)) {
        field = f;
      }
    }
    if (field == null) {
      throw new IllegalArgumentException("observations need a column '" + name
          + "'; they have " + List.of(observations.columns()));
    }
    DataType type = field.dataType();
    if (text ? !type.equals(DataTypes.StringType) : !(type instanceof NumericType)) {
      throw new IllegalArgumentException("column '" + name + "' must be "
          + (text ? "a string" : "numeric") + ", was " + type.simpleString());
    }
  }

  /** Drops the cached tables. */
  @Override
  public void close() {
    edges.unpersist();
    claims.unpersist();
    sources.unpersist();
    voters.unpersist();
  }
}
