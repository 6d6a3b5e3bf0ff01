package org.corroborate.spark;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.corroborate.impl.truth.Formulas;
import scala.collection.Seq;

import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

/**
 * Sums added in the engine's order, so that Spark's numbers are the engine's to the last bit.
 *
 * <p>Design: Spark's {@code sum} adds in whatever order the partitions arrive, and floating-point
 * addition is not associative, so its sums can differ from the engine's in the last bits, and an
 * exact tie in the engine (two claims with equal confidence) can then come out broken the other
 * way. Instead each group collects (order key, term) pairs and a Java function sorts them by the
 * engine's order, {@link String#compareTo} of the keys (UTF-16 order, as the engine numbers
 * sources, items and values), and adds them in that order. The engine's orders: a claim's sources
 * by source id; a source's claims by item id, then value; an item's claims by value. Cost: each
 * group's terms are held in one array on one executor, so the largest group (the most prolific
 * source) must fit in a task's memory.
 */
final class OrderedSums {
  private OrderedSums() {}

  private static final Comparator<Row> ORDER =
      Comparator.<Row, String>comparing(r -> r.getString(0)).thenComparing(r -> r.getString(1));

  /** Sums column {@code x} of {@code array<struct<k1 string, k2 string, x double>>}, sorted. */
  private static final UserDefinedFunction SUM = udf(
      (UDF1<Seq<Row>, Double>) OrderedSums::sum, DataTypes.DoubleType);

  /**
   * TruthFinder's convergence measure over {@code array<struct<k1, k2, previous, current>>}: the
   * cosine distance of the two vectors in key order.
   */
  private static final UserDefinedFunction COSINE = udf(
      (UDF1<Seq<Row>, Double>) OrderedSums::cosineDistance, DataTypes.DoubleType);

  /** The aggregate: the sum of {@code term} over the group, added in order of {@code key}. */
  static Column sumBy(Column key, Column term) {
    return sumBy(key, lit(""), term);
  }

  /** The aggregate: the sum of {@code term}, added in order of {@code (key1, key2)}. */
  static Column sumBy(Column key1, Column key2, Column term) {
    return SUM.apply(collect_list(struct(key1, key2, term.cast(DataTypes.DoubleType))));
  }

  /**
   * The aggregate: {@link Formulas#cosineDistance} of the vectors {@code previous} and {@code
   * current}, entries in order of {@code key}.
   */
  static Column cosineDistanceBy(Column key, Column previous, Column current) {
    return COSINE.apply(collect_list(struct(key, lit(""), previous, current)));
  }

  /**
   * The aggregate: Accu's {@code ln Omega} of an item ({@link Formulas#accuLogOmega}) over the
   * confidences {@code confidence} of its claims, in order of {@code key} (the value), with
   * {@code n} false values per item.
   */
  static Column accuLogOmegaBy(Column key, Column confidence, double n) {
    UserDefinedFunction logOmega = udf((UDF1<Seq<Row>, Double>) terms -> {
      Row[] rows = sorted(terms);
      double[] adjusted = new double[rows.length];
      for (int k = 0; k < rows.length; k++) {
        adjusted[k] = rows[k].getDouble(2);
      }
      return Formulas.accuLogOmega(adjusted, 0, adjusted.length, n);
    }, DataTypes.DoubleType);
    return logOmega.apply(collect_list(struct(key, lit(""), confidence)));
  }

  static double sum(Seq<Row> terms) {
    Row[] rows = sorted(terms);
    double sum = 0.0;
    for (Row row : rows) {
      sum += row.getDouble(2);
    }
    return sum;
  }

  static double cosineDistance(Seq<Row> entries) {
    Row[] rows = sorted(entries);
    double[] previous = new double[rows.length];
    double[] current = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      previous[k] = rows[k].getDouble(2);
      current[k] = rows[k].getDouble(3);
    }
    return Formulas.cosineDistance(previous, current);
  }

  private static Row[] sorted(Seq<Row> seq) {
    Row[] rows = new Row[seq.size()];
    for (int k = 0; k < rows.length; k++) {
      rows[k] = seq.apply(k);
    }
    Arrays.sort(rows, ORDER);
    return rows;
  }
}
