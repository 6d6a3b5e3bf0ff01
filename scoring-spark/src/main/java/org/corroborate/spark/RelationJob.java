package org.corroborate.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.match.ClaimStatistics;
import org.corroborate.impl.relate.AgreementScorer;
import org.corroborate.impl.relate.ClaimRelation;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.struct;

/**
 * The pipeline's candidate pairs scored on the tasks by its agreement scorer.
 *
 * <p>Design. The scorer reads corpus statistics ({@link ClaimStatistics}: over the distinct
 * claims, how many hold each content word and each entity key, and how many there are); they are
 * counted by aggregations on the tasks, collected (one count per word and per entity key) and
 * broadcast, and each task makes the statistics from them ({@link ClaimStatistics#of}), whose
 * weights are the ones counted from the claims on one machine. Each candidate pair is joined with
 * its two claim rows, read back as the extractor's claims ({@link ClaimRows#claim}), and related
 * by the pipeline's own {@link AgreementScorer}, the earlier claim first, as the pipeline does.
 */
final class RelationJob {
  private RelationJob() {}

  /** The schema of a scored pair; {@link SparkNewsPipeline#relations} documents each column. */
  static final StructType SCHEMA = new StructType()
      .add("a", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false)
      .add("aDocumentId", DataTypes.StringType, false)
      .add("bDocumentId", DataTypes.StringType, false)
      .add("shared", DataTypes.DoubleType, false)
      .add("type", DataTypes.StringType, false)
      .add("first", DataTypes.StringType, false)
      .add("score", DataTypes.DoubleType, false)
      .add("keptApart", DataTypes.BooleanType, false);

  /** The corpus counts the scorer's statistics are made from; a broadcast value. */
  static final class Frequencies implements Serializable {
    private static final long serialVersionUID = 1L;

    final int claims;
    final HashMap<String, Integer> words;
    final HashMap<String, Integer> entities;

    Frequencies(int claims, HashMap<String, Integer> words, HashMap<String, Integer> entities) {
      this.claims = claims;
      this.words = words;
      this.entities = entities;
    }

    ClaimStatistics statistics() {
      return ClaimStatistics.of(claims, words, entities);
    }
  }

  /** The counts of {@code values} (one array column per claim, no repeats inside one). */
  private static HashMap<String, Integer> counts(Dataset<Row> distinct, Column values) {
    HashMap<String, Integer> counts = new HashMap<>();
    for (Row r : distinct.select(explode(values).as("v")).groupBy(col("v")).count()
        .collectAsList()) {
      counts.put(r.getString(0), Math.toIntExact(r.getLong(1)));
    }
    return counts;
  }

  /** The scored candidate pairs of {@code claims}: see {@link SparkNewsPipeline#relations}. */
  static Dataset<Row> relations(Dataset<Row> claims, PipelineSettings settings, int maxBlock,
      int maxCandidates) {
    Dataset<Row> distinct = BlockingJob.distinct(claims).persist();
    try {
      Frequencies frequencies = new Frequencies(Math.toIntExact(distinct.count()),
          counts(distinct, col("words")), counts(distinct, array_distinct(col("entities.key"))));
      Broadcast<Frequencies> broadcast =
          JavaSparkContext.fromSparkContext(claims.sparkSession().sparkContext())
              .broadcast(frequencies);
      List<Column> fields = new ArrayList<>();
      for (String name : ClaimRows.SCHEMA.fieldNames()) {
        fields.add(col(name));
      }
      Dataset<Row> byId = distinct.select(col("id").as("cid"),
          struct(fields.toArray(new Column[0])).as("claim"));
      Dataset<Row> pairs = BlockingJob.pairs(distinct, maxBlock, maxCandidates)
          .join(byId.select(col("cid").as("aid"), col("claim").as("aClaim")),
              col("a").equalTo(col("aid")))
          .join(byId.select(col("cid").as("bid"), col("claim").as("bClaim")),
              col("b").equalTo(col("bid")))
          .select(col("a"), col("b"), col("aDocumentId"), col("bDocumentId"), col("shared"),
              col("aClaim"), col("bClaim"));
      Dataset<Row> out = claims.sparkSession().createDataFrame(pairs.javaRDD()
          .mapPartitions((Iterator<Row> it) -> {
            AgreementScorer scorer = settings.scorer(broadcast.value().statistics());
            List<Row> rows = new ArrayList<>();
            while (it.hasNext()) {
              Row r = it.next();
              ExtractedClaim a = ClaimRows.claim(r.getStruct(5));
              ExtractedClaim b = ClaimRows.claim(r.getStruct(6));
              ClaimRelation relation = scorer.relate(0, a, 1, b);
              rows.add(RowFactory.create(r.getString(0), r.getString(1), r.getString(2),
                  r.getString(3), r.getDouble(4), relation.type().name(),
                  relation.a() == 0 ? a.id() : b.id(), relation.score(), relation.keptApart()));
            }
            return rows.iterator();
          }), SCHEMA);
      // computed now, while the distinct claims are cached
      return out.localCheckpoint();
    } finally {
      distinct.unpersist();
    }
  }
}
