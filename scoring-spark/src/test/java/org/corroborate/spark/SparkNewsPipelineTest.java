package org.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corroborate.Corroborate;
import org.corroborate.impl.extract.EntityMention;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.extract.TimeMention;
import org.corroborate.impl.match.ClaimMatcher;
import org.corroborate.impl.match.ClaimStatistics;
import org.corroborate.impl.relate.AgreementScorer;
import org.corroborate.impl.relate.ClaimRelation;
import org.corroborate.impl.news.NewsPipeline;
import org.corroborate.impl.report.NewsReport;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.news.Quantity;
import org.corroborate.news.RelationType;
import org.corroborate.news.ScoringConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The news pipeline's map side on Spark {@code local[2]} against the single-machine pipeline: the
 * same claims, field by field and in order, the same blocking candidate pairs and the same
 * relations of those pairs, on the bundled seeds and on real news text read from {@code
 * ../shared/datasets} (skipped when absent); and bad input refused before any work.
 */
@Tag("spark")
class SparkNewsPipelineTest {
  private static final Path DATASETS =
      Path.of(System.getProperty("corroborate.datasets", "../../shared/datasets"));

  private static final StructType DOCUMENTS = new StructType()
      .add("id", DataTypes.StringType)
      .add("outlet", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("date", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("url", DataTypes.StringType);

  /** A document as an input row. */
  private static Row row(Document d) {
    return RowFactory.create(d.id(), d.sourceId(), d.title().orElse(null),
        d.published().map(PartialDate::toString).orElse(null), d.text(), d.url().orElse(null));
  }

  private static Dataset<Row> rows(List<Document> documents, int partitions) {
    List<Row> rows = new ArrayList<>();
    for (Document d : documents) {
      rows.add(row(d));
    }
    return LocalSpark.session().createDataFrame(rows, DOCUMENTS).repartition(partitions);
  }

  /** The single-machine pipeline's analysis of {@code documents}, each outlet a source. */
  private static NewsReport engine(List<Document> documents, ScoringConfig config) {
    List<Source> sources = new ArrayList<>();
    for (String outlet : documents.stream().map(Document::sourceId).distinct().sorted().toList()) {
      sources.add(new Source(outlet, outlet, Optional.empty(), SourceKind.UNKNOWN,
          java.util.OptionalDouble.empty()));
    }
    return NewsPipeline.of(config).score(documents, sources, Map.of(), List.of(), false);
  }

  /** Spark's claims in the pipeline's order: by document id ({@link String#compareTo}), then position. */
  private static List<Row> sorted(Dataset<Row> claims) {
    List<Row> rows = new ArrayList<>(claims.collectAsList());
    rows.sort(Comparator.comparing((Row r) -> r.getString(r.fieldIndex("documentId")))
        .thenComparingInt(r -> r.getInt(r.fieldIndex("position"))));
    return rows;
  }

  /**
   * Asserts every field of every claim equal, in order, the block keys those of the pipeline's
   * blocking; returns the number of claims.
   */
  private static int assertSameClaims(List<Row> spark, List<ExtractedClaim> engine,
      ClaimMatcher matcher) {
    assertThat(spark).hasSameSizeAs(engine);
    String previous = "";
    int position = 0;
    for (int i = 0; i < engine.size(); i++) {
      ExtractedClaim c = engine.get(i);
      Row r = spark.get(i);
      position = c.documentId().equals(previous) ? position + 1 : 0;
      previous = c.documentId();
      String at = "claim " + c.id();
      assertThat(r.getString(r.fieldIndex("documentId"))).as(at).isEqualTo(c.documentId());
      assertThat(r.getString(r.fieldIndex("sourceId"))).as(at).isEqualTo(c.sourceId());
      assertThat(r.getString(r.fieldIndex("id"))).as(at).isEqualTo(c.id());
      assertThat(r.getInt(r.fieldIndex("position"))).as(at).isEqualTo(position);
      assertThat(r.getString(r.fieldIndex("text"))).as(at).isEqualTo(c.text());
      assertThat(r.getInt(r.fieldIndex("start"))).as(at).isEqualTo(c.span().start());
      assertThat(r.getInt(r.fieldIndex("end"))).as(at).isEqualTo(c.span().end());
      List<Row> quantities = r.getList(r.fieldIndex("quantities"));
      assertThat(quantities).as(at).hasSameSizeAs(c.quantities());
      for (int q = 0; q < quantities.size(); q++) {
        Quantity e = c.quantities().get(q);
        Row s = quantities.get(q);
        assertThat(Double.doubleToRawLongBits(s.getDouble(0))).as(at)
            .isEqualTo(Double.doubleToRawLongBits(e.value()));
        assertThat(Double.doubleToRawLongBits(s.getDouble(1))).as(at)
            .isEqualTo(Double.doubleToRawLongBits(e.low()));
        assertThat(Double.doubleToRawLongBits(s.getDouble(2))).as(at)
            .isEqualTo(Double.doubleToRawLongBits(e.high()));
        assertThat(s.getString(3)).as(at).isEqualTo(e.unit());
        assertThat(s.getBoolean(4)).as(at).isEqualTo(e.approximate());
        assertThat(s.getString(5)).as(at).isEqualTo(e.bound().name());
        assertThat(Optional.ofNullable(s.getString(6))).as(at).isEqualTo(e.counted());
      }
      Row attribution = r.getStruct(r.fieldIndex("attribution"));
      assertThat(attribution == null).as(at).isEqualTo(c.attribution().isEmpty());
      if (attribution != null) {
        assertThat(attribution.getString(0)).as(at).isEqualTo(c.attribution().get().speaker());
        assertThat(attribution.<String>getList(1)).as(at).isEqualTo(c.attribution().get().via());
        assertThat(attribution.getBoolean(2)).as(at).isEqualTo(c.attribution().get().anonymous());
      }
      assertThat(r.getString(r.fieldIndex("modality"))).as(at).isEqualTo(c.modality().name());
      List<Row> entities = r.getList(r.fieldIndex("entities"));
      assertThat(entities).as(at).hasSameSizeAs(c.entities());
      for (int e = 0; e < entities.size(); e++) {
        EntityMention m = c.entities().get(e);
        Row s = entities.get(e);
        assertThat(List.of(s.getString(0), s.getString(1), s.getInt(2), s.getInt(3))).as(at)
            .isEqualTo(List.of(m.surface(), m.key(), m.span().start(), m.span().end()));
      }
      List<Row> times = r.getList(r.fieldIndex("times"));
      assertThat(times).as(at).hasSameSizeAs(c.times());
      for (int t = 0; t < times.size(); t++) {
        TimeMention m = c.times().get(t);
        Row s = times.get(t);
        assertThat(List.of(s.getString(0), s.getBoolean(1), s.getInt(2), s.getInt(3))).as(at)
            .isEqualTo(List.of(m.date().toString(), m.relative(), m.span().start(), m.span().end()));
      }
      assertThat(r.<String>getList(r.fieldIndex("events"))).as(at)
          .containsExactlyElementsOf(c.events());
      assertThat(r.<String>getList(r.fieldIndex("words"))).as(at)
          .containsExactlyElementsOf(c.words());
      assertThat(Double.doubleToRawLongBits(r.getDouble(r.fieldIndex("checkWorthiness")))).as(at)
          .isEqualTo(Double.doubleToRawLongBits(c.checkWorthiness()));
      Row frame = r.getStruct(r.fieldIndex("frame"));
      assertThat(frame == null).as(at).isEqualTo(c.frame().isEmpty());
      if (frame != null) {
        assertThat(frame.<String>getList(0)).as(at)
            .containsExactlyElementsOf(c.frame().get().events());
        assertThat(frame.<String>getList(1)).as(at)
            .containsExactlyElementsOf(c.frame().get().participants());
      }
      assertThat(r.<String>getList(r.fieldIndex("blockingKeys"))).as(at)
          .isEqualTo(matcher.keys(c));
    }
    return engine.size();
  }

  /**
   * Asserts Spark's candidate pairs are the pipeline's blocking pairs (over its distinct claims,
   * the first of each squeezed text, as {@code Corroboration.analyse} numbers them); returns
   * their number.
   */
  private static int assertSameCandidates(List<Row> candidates, NewsReport engine) {
    List<ExtractedClaim> matched = matched(engine);
    List<String> expected = new ArrayList<>();
    for (int[] p : engine.result().blocking().pairs()) {
      expected.add(matched.get(p[0]).id() + " " + matched.get(p[1]).id());
    }
    List<String> actual = new ArrayList<>();
    for (Row r : candidates) {
      actual.add(r.getString(r.fieldIndex("a")) + " " + r.getString(r.fieldIndex("b")));
    }
    java.util.Collections.sort(expected);
    java.util.Collections.sort(actual);
    assertThat(actual).isEqualTo(expected);
    return expected.size();
  }

  /** The claims the pipeline matches: the first of each squeezed text, in claim order. */
  private static List<ExtractedClaim> matched(NewsReport engine) {
    List<ExtractedClaim> matched = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    for (ExtractedClaim c : engine.result().claims()) {
      if (texts.add(ClaimMatcher.squeezed(c.text()))) {
        matched.add(c);
      }
    }
    return matched;
  }

  /**
   * Asserts Spark's scored pairs are the pipeline's scorer's relations of its blocking pairs
   * (over the statistics of its distinct claims): type, direction, score to the bit, kept apart;
   * returns how many are related (not UNRELATED).
   */
  private static int assertSameRelations(List<Row> relations, NewsReport engine,
      NewsPipeline pipeline) {
    List<ExtractedClaim> matched = matched(engine);
    AgreementScorer scorer = pipeline.scorer(new ClaimStatistics(matched));
    Map<String, String> expected = new java.util.TreeMap<>();
    int related = 0;
    for (int[] p : engine.result().blocking().pairs()) {
      ExtractedClaim a = matched.get(p[0]);
      ExtractedClaim b = matched.get(p[1]);
      ClaimRelation r = scorer.relate(p[0], a, p[1], b);
      related += r.type() == RelationType.UNRELATED ? 0 : 1;
      expected.put(a.id() + " " + b.id(), r.type() + " " + (r.a() == p[0] ? a.id() : b.id())
          + " " + Double.doubleToRawLongBits(r.score()) + " " + r.keptApart());
    }
    Map<String, String> actual = new java.util.TreeMap<>();
    for (Row r : relations) {
      actual.put(r.getString(r.fieldIndex("a")) + " " + r.getString(r.fieldIndex("b")),
          r.getString(r.fieldIndex("type")) + " " + r.getString(r.fieldIndex("first")) + " "
              + Double.doubleToRawLongBits(r.getDouble(r.fieldIndex("score"))) + " "
              + r.getBoolean(r.fieldIndex("keptApart")));
    }
    assertThat(actual).isEqualTo(expected);
    return related;
  }

  @Test
  void seeds_giveThePipelinesClaimsCandidatePairsAndRelations() throws IOException {
    Corpus corpus = Corroborate.news().readCorpus(List.of(Path.of("..", "seeds")), false);
    ScoringConfig config = ScoringConfig.defaults();
    NewsPipeline pipeline = NewsPipeline.of(config);
    NewsReport engine = pipeline.score(corpus);
    // three partitions for five documents: the corpus tables must come from all of them
    Dataset<Row> spark = SparkNewsPipeline.extract(rows(corpus.documents(), 3), config).cache();
    int claims = assertSameClaims(sorted(spark), engine.result().claims(), pipeline.matcher());
    int pairs = assertSameCandidates(
        SparkNewsPipeline.candidates(spark, config).collectAsList(), engine);
    List<Row> relations = SparkNewsPipeline.relations(spark, config).collectAsList();
    assertThat(assertSameCandidates(relations, engine)).isEqualTo(pairs);
    int related = assertSameRelations(relations, engine, pipeline);
    assertThat(claims).isEqualTo(201);
    assertThat(pairs).isEqualTo(4791);
    assertThat(related).isEqualTo(7);
  }

  /**
   * FNC-1 article bodies (long texts: names, aliases and glued words across documents) and
   * Emergent headlines (one-line documents), read from the shared datasets.
   */
  @Test
  void realNews_givesThePipelinesClaimsCandidatePairsAndRelations() {
    Path bodies = DATASETS.resolve("fnc-1/train_bodies.csv");
    Path articles = DATASETS.resolve("emergent-train/articles.csv");
    assumeTrue(Files.isRegularFile(bodies) && Files.isRegularFile(articles),
        "shared datasets not found under " + DATASETS.toAbsolutePath());
    List<Document> documents = new ArrayList<>();
    List<Row> fnc = LocalSpark.session().read().option("header", "true")
        .option("multiLine", "true").option("escape", "\"").csv(bodies.toString())
        .limit(80).collectAsList();
    for (Row r : fnc) {
      // outlets assigned round-robin, titles left out, a date on every third body
      int body = Integer.parseInt(r.getString(0));
      documents.add(new Document("fnc-" + r.getString(0), "outlet-" + (body % 7), Optional.empty(),
          body % 3 == 0 ? Optional.of(PartialDate.parse("2014-11-2" + (body % 10)))
              : Optional.empty(), Genre.UNKNOWN, r.getString(1)));
    }
    List<Row> emergent = LocalSpark.session().read().option("header", "true")
        .option("multiLine", "true").option("escape", "\"").csv(articles.toString())
        .limit(200).collectAsList();
    for (Row r : emergent) {
      documents.add(new Document("emergent-" + r.getString(0), r.getString(2), Optional.empty(),
          Optional.empty(), Genre.UNKNOWN, r.getString(4)));
    }
    ScoringConfig config = ScoringConfig.defaults();
    NewsReport engine = engine(documents, config);
    NewsPipeline pipeline = NewsPipeline.of(config);
    Dataset<Row> spark = SparkNewsPipeline.extract(rows(documents, 4), config).cache();
    int claims = assertSameClaims(sorted(spark), engine.result().claims(), pipeline.matcher());
    // the pairs of relations() are those of candidates(), as the seeds' test shows
    List<Row> relations = SparkNewsPipeline.relations(spark, config).collectAsList();
    int pairs = assertSameCandidates(relations, engine);
    int related = assertSameRelations(relations, engine, pipeline);
    // 280 documents: 1,298 claims, 16,970 candidate pairs, 79 of them related
    assertThat(documents).hasSize(280);
    assertThat(claims).isEqualTo(1298);
    assertThat(pairs).isEqualTo(16970);
    assertThat(related).isEqualTo(79);
  }

  @Test
  void badInput_isRefusedBeforeAnyWork_namingTheColumnAndRow() {
    Document a = Document.of("a", "outlet-1", "The army said 1,500 fighters escaped.");
    Document b = Document.of("b", "outlet-2", "Officials denied it on Monday.");
    Dataset<Row> noText = rows(List.of(a, b), 1).drop("text");
    assertThatThrownBy(() -> SparkNewsPipeline.extract(noText, ScoringConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'text'");
    List<Row> rows = new ArrayList<>(List.of(row(a)));
    rows.add(RowFactory.create("b", "outlet-2", null, null, null, null));
    Dataset<Row> nullText = LocalSpark.session().createDataFrame(rows, DOCUMENTS);
    assertThatThrownBy(() -> SparkNewsPipeline.extract(nullText, ScoringConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("documents[b].text: must not be null");
    rows.set(1, RowFactory.create("b", "outlet-2", null, "2024-13", "text", null));
    Dataset<Row> badDate = LocalSpark.session().createDataFrame(rows, DOCUMENTS);
    assertThatThrownBy(() -> SparkNewsPipeline.extract(badDate, ScoringConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("documents[b].date");
    rows.set(1, row(a));
    Dataset<Row> twice = LocalSpark.session().createDataFrame(rows, DOCUMENTS);
    assertThatThrownBy(() -> SparkNewsPipeline.extract(twice, ScoringConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'id' must be distinct")
        .hasMessageContaining("'a' (2 rows)");
    Dataset<Row> noKeys = LocalSpark.session().createDataFrame(List.of(row(a)), DOCUMENTS);
    assertThatThrownBy(() -> SparkNewsPipeline.candidates(noKeys, ScoringConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'documentId'");
  }
}
