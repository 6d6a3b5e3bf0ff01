package org.corroborate.spark;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.corroborate.impl.match.ClaimMatcher;
import scala.collection.Seq;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

/**
 * The single-machine pipeline's candidate pairs ({@link ClaimMatcher#candidates}) as joins on the
 * tasks, block by block.
 *
 * <p>Design. The pipeline matches the distinct claims only (a claim whose text, squeezed to its
 * lower-cased letters and digits, repeats an earlier claim's joins it without matching), numbered
 * in claim order: documents by id ({@link String#compareTo}), then text order. Here that order is
 * the pair (the document id's UTF-16 big-endian bytes, which Spark compares as {@code
 * String.compareTo} compares the chars; the claim's position), and the first claim of each
 * squeezed text is kept by a window over the text. The claims' block keys are exploded with their
 * index among the claim's keys; a block is the claims holding a key, its size counted; blocks over
 * {@code maxBlock} are skipped. A self-join on the key gives each (earlier, later) pair of claims
 * from different documents once per usable block they share; per pair, the weights {@code 1.0 /
 * size} are added in the order of the earlier claim's keys, as the pipeline adds them, so the
 * double is the pipeline's; per earlier claim, the {@code maxCandidates} partners sharing most
 * (ties: the earlier partner first) are kept by a window.
 */
final class BlockingJob {
  private BlockingJob() {}

  /** A string's UTF-16 big-endian bytes: Spark orders them as {@link String#compareTo} orders the strings. */
  private static final UserDefinedFunction UTF16 = udf(
      (UDF1<String, byte[]>) s -> s.getBytes(StandardCharsets.UTF_16BE), DataTypes.BinaryType);

  /** The pipeline's squeezed text ({@link ClaimMatcher#squeezed}). */
  private static final UserDefinedFunction SQUEEZED = udf(
      (UDF1<String, String>) ClaimMatcher::squeezed, DataTypes.StringType);

  /** The shared evidence of a pair: {@code 1.0 / size} over its shared blocks, in key order. */
  private static final UserDefinedFunction SHARED = udf(
      (UDF1<Seq<Row>, Double>) BlockingJob::shared, DataTypes.DoubleType);

  private static double shared(Seq<Row> terms) {
    Row[] rows = new Row[terms.size()];
    scala.collection.Iterator<Row> it = terms.iterator();
    for (int k = 0; it.hasNext(); k++) {
      rows[k] = it.next();
    }
    Arrays.sort(rows, Comparator.comparingInt((Row r) -> r.getInt(0)));
    double shared = 0;
    for (Row r : rows) {
      double weight = 1.0 / (int) r.getLong(1);
      shared += weight;
    }
    return shared;
  }

  /** The columns {@link #candidates} reads. */
  static final List<String> COLUMNS = List.of("documentId", "id", "position", "text",
      "blockingKeys");

  /**
   * The claims the pipeline matches: the first of each squeezed text in claim order, with their
   * order key (column {@code order}, the document id's UTF-16 big-endian bytes).
   */
  static Dataset<Row> distinct(Dataset<Row> claims) {
    return claims
        .withColumn("order", UTF16.apply(col("documentId")))
        .withColumn("squeezed", SQUEEZED.apply(col("text")))
        .withColumn("first", row_number().over(
            Window.partitionBy(col("squeezed")).orderBy(col("order"), col("position"))))
        .filter(col("first").equalTo(1))
        .drop("first", "squeezed");
  }

  /** The candidate pairs of {@code claims}: see {@link SparkNewsPipeline#candidates}. */
  static Dataset<Row> candidates(Dataset<Row> claims, int maxBlock, int maxCandidates) {
    return pairs(distinct(claims), maxBlock, maxCandidates);
  }

  /** The candidate pairs among claims already made {@link #distinct}. */
  static Dataset<Row> pairs(Dataset<Row> distinct, int maxBlock, int maxCandidates) {
    Dataset<Row> entries = distinct.select(col("documentId"), col("id"), col("order"),
        col("position"), posexplode(col("blockingKeys")).as(new String[] {"keyIndex", "key"}));
    Dataset<Row> sizes = entries.groupBy(col("key")).agg(count("*").as("size"));
    Dataset<Row> usable = entries.join(sizes, "key")
        .filter(col("size").leq(maxBlock));
    Dataset<Row> a = usable.select(col("key"), col("documentId").as("aDocumentId"),
        col("id").as("a"), col("order").as("aOrder"), col("position").as("aPosition"),
        col("keyIndex"), col("size"));
    Dataset<Row> b = usable.select(col("key"), col("documentId").as("bDocumentId"),
        col("id").as("b"), col("order").as("bOrder"), col("position").as("bPosition"));
    Column later = col("aOrder").lt(col("bOrder"))
        .or(col("aOrder").equalTo(col("bOrder")).and(col("aPosition").lt(col("bPosition"))));
    Dataset<Row> pairs = a.join(b, "key")
        .filter(later.and(col("aDocumentId").notEqual(col("bDocumentId"))))
        .groupBy(col("a"), col("aDocumentId"), col("aOrder"), col("aPosition"), col("b"),
            col("bDocumentId"), col("bOrder"), col("bPosition"))
        .agg(SHARED.apply(collect_list(struct(col("keyIndex"), col("size")))).as("shared"));
    return pairs
        .withColumn("rank", row_number().over(Window.partitionBy(col("a"))
            .orderBy(col("shared").desc(), col("bOrder"), col("bPosition"))))
        .filter(col("rank").leq(maxCandidates))
        .select(col("a"), col("b"), col("aDocumentId"), col("bDocumentId"), col("shared"));
  }
}
