package org.corroborate.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.corroborate.impl.clean.NotTextException;
import org.corroborate.impl.clean.TextValidator;
import org.corroborate.impl.extract.CorpusVocabulary;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.extract.PatternClaimExtractor;
import org.corroborate.impl.match.ClaimMatcher;
import org.corroborate.impl.news.NewsPipeline;
import org.corroborate.model.Document;
import org.corroborate.news.ScoringConfig;

import static org.apache.spark.sql.functions.col;

/**
 * The news pipeline's map side on Apache Spark: documents in, claims out, extracted on the tasks
 * by the single-machine extractor, with the single-machine pipeline's claims; then the claims'
 * candidate pairs by blocking ({@link #candidates}) and their relations ({@link #relations}),
 * formed and scored on the tasks, as the pipeline forms and scores them.
 *
 * <p>Input: a Dataset with string columns {@code id} (non-blank, distinct), {@code outlet} (the
 * source id, non-blank), {@code title} (null: none), {@code date} (ISO-8601 {@code 2024}, {@code
 * 2024-08} or {@code 2024-08-01}, or a Spark date; null: unknown) and {@code text} (not null), and
 * optionally {@code url} (an absolute http or https address, or null); other columns are ignored.
 * A document whose text the pipeline's {@code TextValidator} refuses as not text is left out, as
 * the pipeline leaves it out when not strict (the {@code strict} setting does not apply here).
 *
 * <p>Output: one row per claim, with the columns {@code documentId}, {@code sourceId}, {@code id}
 * ({@code documentId#n}), {@code position} (its index among its document's claims, from 0, in
 * text order), {@code text}, {@code start} and {@code end} (its span in the document's text;
 * 0-0 for a title the text does not hold), {@code quantities} (value, low, high, unit,
 * approximate, bound, counted), {@code attribution} (speaker, via, anonymous; null when none),
 * {@code modality}, {@code entities} (surface, key: the alias group, start, end), {@code times}
 * (date, relative, start, end), {@code events}, {@code words} (sorted), {@code checkWorthiness}
 * {@code frame} (events, participants; null when none) and {@code blockingKeys} (the claim's block
 * keys, from the single-machine blocking, for {@link #candidates}). The rows come in no particular order:
 * sort by document id and position for the pipeline's order.
 *
 * <p>Two passes over the input. Each task reads its documents and computes what each adds to the
 * corpus-wide tables (the names and their spellings, the definitions, the surnames of rule 5 of
 * the alias table, the word counts of the glue vocabulary: {@link
 * PatternClaimExtractor#contribution}); the contributions are counts and sets, added up on the
 * tasks and then on the driver in any order to the same {@link CorpusVocabulary}. The driver builds
 * the alias table and the glue vocabulary from it ({@link PatternClaimExtractor#tables}) and
 * broadcasts them; each task then extracts its documents' claims against them ({@link
 * PatternClaimExtractor#claims}). Only the vocabulary reaches the driver, never a document.
 */
public final class SparkNewsPipeline {
  private SparkNewsPipeline() {}

  /**
   * The claims of {@code documents}, as the single-machine pipeline extracts them with {@code
   * config}'s language, word lists, aliases, sentence cut and check-worthiness threshold.
   *
   * @throws IllegalArgumentException before any extraction, naming the column (and the row's id)
   *     of a missing or mistyped column, a null or blank id or outlet, a null text, a malformed
   *     date or address, or an id given twice; naming the setting of a bad configuration
   */
  public static Dataset<Row> extract(Dataset<Row> documents, ScoringConfig config) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(config, "config");
    DocumentRows reader = DocumentRows.of(documents);
    PipelineSettings settings = new PipelineSettings(config);
    PatternClaimExtractor extractor = settings.extractor();
    check(documents, reader);
    SparkSession spark = documents.sparkSession();
    JavaRDD<Row> rows = documents.javaRDD();
    CorpusVocabulary vocabulary = rows
        .mapPartitions((Iterator<Row> it) -> {
          PatternClaimExtractor own = settings.extractor();
          CorpusVocabulary part = new CorpusVocabulary();
          while (it.hasNext()) {
            Document d = reader.document(it.next());
            if (readable(d)) {
              part.addAll(own.contribution(d));
            }
          }
          return List.of(part).iterator();
        })
        .treeReduce(CorpusVocabulary::addAll);
    Broadcast<PatternClaimExtractor.Tables> tables =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(extractor.tables(vocabulary));
    JavaRDD<Row> claims = rows.mapPartitions((Iterator<Row> it) -> {
      PatternClaimExtractor own = settings.extractor();
      ClaimMatcher matcher = settings.matcher();
      PatternClaimExtractor.Tables corpus = tables.value();
      List<Row> out = new ArrayList<>();
      while (it.hasNext()) {
        Document d = reader.document(it.next());
        if (readable(d)) {
          List<ExtractedClaim> found = own.claims(d, corpus);
          for (int i = 0; i < found.size(); i++) {
            out.add(ClaimRows.row(found.get(i), i, matcher.keys(found.get(i))));
          }
        }
      }
      return out.iterator();
    });
    return spark.createDataFrame(claims, ClaimRows.SCHEMA);
  }

  /**
   * The candidate pairs of the pipeline's blocking ({@code ClaimMatcher}) among {@code claims},
   * formed block by block on the tasks: the pairs the single-machine pipeline hands to its
   * agreement scorer from blocking (besides those of its text-similarity graph and of answers,
   * which this does not form).
   *
   * <p>Input: the rows of {@link #extract} (the columns {@code documentId}, {@code id}, {@code
   * position}, {@code text} and {@code blockingKeys} are read). As the pipeline, a claim whose
   * text (its lower-cased letters and digits) repeats an earlier claim's is left out (it joins the
   * earlier one as the same text); claims sharing a block key are candidates when they come from
   * different documents and the block holds at most {@code config.maxBlockSize()} claims; of each
   * claim's later partners (claim order: document id, then position) the {@code
   * config.maxCandidatesPerClaim()} sharing most evidence are kept (a shared key weighs one over
   * its block's size; ties: the earlier partner).
   *
   * <p>Output: one row per pair, columns {@code a} and {@code b} (claim ids, {@code a} first in
   * claim order), {@code aDocumentId}, {@code bDocumentId} and {@code shared} (the evidence, the
   * pipeline's double); no particular order.
   *
   * @throws IllegalArgumentException naming a missing column
   */
  public static Dataset<Row> candidates(Dataset<Row> claims, ScoringConfig config) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(config, "config");
    List<String> names = List.of(claims.schema().fieldNames());
    for (String name : BlockingJob.COLUMNS) {
      if (!names.contains(name)) {
        throw new IllegalArgumentException("claims need a column '" + name + "' (the rows of"
            + " SparkNewsPipeline.extract); the columns are " + names);
      }
    }
    return BlockingJob.candidates(claims, config.maxBlockSize(), config.maxCandidatesPerClaim());
  }

  /**
   * The candidate pairs of {@link #candidates}, each related on the tasks by the pipeline's
   * agreement scorer, over corpus statistics counted on the tasks (the number of distinct claims
   * and how many of them hold each content word and each entity key) and broadcast.
   *
   * <p>Output: the columns of {@link #candidates}, then {@code type} ({@code AGREES}, {@code
   * CONFLICTS}, {@code REFINES} or {@code UNRELATED}), {@code first} (the relation's first claim:
   * {@code a}, or {@code b} when the scorer turned the pair round, as for a refinement), {@code
   * score} and {@code keptApart} (an unrelated pair that only a different event or year kept
   * apart), the pipeline's values for the pair. Computed when this returns (the rows are
   * checkpointed on the executors); no particular order.
   *
   * @throws IllegalArgumentException naming a missing column
   */
  public static Dataset<Row> relations(Dataset<Row> claims, ScoringConfig config) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(config, "config");
    List<String> names = List.of(claims.schema().fieldNames());
    for (String name : ClaimRows.SCHEMA.fieldNames()) {
      if (!names.contains(name)) {
        throw new IllegalArgumentException("claims need a column '" + name + "' (the rows of"
            + " SparkNewsPipeline.extract); the columns are " + names);
      }
    }
    return RelationJob.relations(claims, new PipelineSettings(config), config.maxBlockSize(),
        config.maxCandidatesPerClaim());
  }

  /** Whether the pipeline reads {@code d}: what {@link NewsPipeline} leaves out is not text. */
  private static boolean readable(Document d) {
    try {
      TextValidator.check(d.text());
      return true;
    } catch (NotTextException e) {
      return false;
    }
  }

  /**
   * Refuses bad rows before any extraction: reads every row as a document on the tasks and names
   * the first problems found, then looks for ids given twice.
   */
  private static void check(Dataset<Row> documents, DocumentRows reader) {
    List<String> problems = documents.javaRDD()
        .mapPartitions((Iterator<Row> it) -> {
          List<String> found = new ArrayList<>();
          while (it.hasNext() && found.size() < 3) {
            try {
              reader.document(it.next());
            } catch (IllegalArgumentException e) {
              found.add(e.getMessage());
            }
          }
          return found.iterator();
        })
        .take(3);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("documents: " + String.join("; ", problems));
    }
    List<Row> twice = documents.groupBy(col("id")).count().filter(col("count").gt(1))
        .orderBy(col("id")).limit(3).collectAsList();
    if (!twice.isEmpty()) {
      List<String> ids = new ArrayList<>();
      for (Row r : twice) {
        ids.add("'" + r.getString(0) + "' (" + r.getLong(1) + " rows)");
      }
      throw new IllegalArgumentException("documents: column 'id' must be distinct; given more than"
          + " once: " + String.join(", ", ids));
    }
  }
}
