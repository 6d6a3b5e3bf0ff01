package org.corroborate.impl.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.Combination;
import org.corroborate.Corroborate;
import org.corroborate.Explanation;
import org.corroborate.impl.reliability.ContentSignalsTest;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.news.ClaimResult;
import org.corroborate.news.ClusterResult;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.DocumentResult;
import org.corroborate.news.NewsScorer;
import org.corroborate.news.NewsScoring;
import org.corroborate.news.ReportFormat;
import org.corroborate.news.ScoringConfig;
import org.corroborate.news.SignalInfo;
import org.corroborate.news.SourceResult;
import org.corroborate.news.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library API as a host application uses it, and the contract every reliability signal keeps:
 * finite, in [0, 1], explained (each node of a reliability's tree equals the number it explains),
 * unchanged by the order of the documents; plus the monotonic properties of cluster confidence.
 */
class NewsApiTest {
  private static final NewsScoring NEWS = Corroborate.news();
  private static Seeds seeds;
  private static CorroborationReport report;

  @BeforeAll
  static void score() {
    seeds = Seeds.load();
    report = NEWS.scorer(ScoringConfig.defaults()).score(seeds.corpus());
  }

  private static byte[] write(CorroborationReport r, ReportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NEWS.write(r, format, out);
    return out.toByteArray();
  }

  @Test
  void seeds_jsonReadsBackEqual_andWritesTheSameBytesAgain() throws IOException {
    byte[] json = write(report, ReportFormat.JSON);
    CorroborationReport back = NEWS.readJson(new ByteArrayInputStream(json));
    assertThat(back).isEqualTo(report);
    assertThat(write(back, ReportFormat.JSON)).isEqualTo(json);
  }

  @Test
  void readJson_namesTheFieldThatIsWrong() {
    String broken = "{\"schemaVersion\":1,\"sources\":[{\"id\":\"a\",\"name\":\"A\",\"reliability\":2,"
        + "\"explanation\":{\"value\":2,\"description\":\"x\",\"combination\":\"LEAF\",\"details\":[]},"
        + "\"signals\":{},\"documents\":0,\"claims\":0}],\"documents\":[],\"claims\":[],"
        + "\"clusters\":[],\"relations\":[],\"republications\":[],\"warnings\":[]}";
    assertThatThrownBy(() -> NEWS.readJson(new ByteArrayInputStream(broken.getBytes())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.sources[0]").hasMessageContaining("reliability");
    assertThatThrownBy(() -> NEWS.readJson(new ByteArrayInputStream(
        "{\"schemaVersion\":1,\"extra\":1}".getBytes())))
        .hasMessageContaining("$.extra: unknown field");
  }

  @Test
  void aCorpusReadFromFiles_equalsTheOneBuilt_andASkippedFileBecomesAWarning(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    assertThat(NEWS.readCorpus(List.of(Seeds.FOLDER), false)).isEqualTo(seeds.corpus());
    java.nio.file.Files.writeString(dir.resolve("good.txt"), ContentSignalsTest.WIRE);
    java.nio.file.Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', '\n', (byte) 0xFF});
    Corpus corpus = NEWS.readCorpus(List.of(dir), false);
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("good");
    assertThat(corpus.skipped()).singleElement().asString()
        .contains("bad.txt:2: text: not valid UTF-8 text (byte offset 3)");
    assertThat(NEWS.scorer(ScoringConfig.defaults()).score(corpus).warnings())
        .isEqualTo(corpus.skipped());
    assertThatThrownBy(() -> NEWS.readCorpus(List.of(dir), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.txt:2: text");
  }

  @Test
  void oneScorer_servesManyThreads_withEqualReports() throws Exception {
    NewsScorer scorer = NEWS.scorer(ScoringConfig.defaults());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<CorroborationReport>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> scorer.score(seeds.corpus())));
      }
      for (Future<CorroborationReport> run : runs) {
        assertThat(run.get()).isEqualTo(report);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void results_areImmutable() {
    assertThatThrownBy(() -> report.sources().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.sources().get(0).signals().put("x", 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.clusters().get(0).positions().get(0).add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everySignal_isFiniteInTheUnitInterval_andEveryReliabilityNodeAddsUp() {
    for (CorroborationReport r : List.of(report, single(ContentSignalsTest.WIRE),
        single(""), single("Hello there.\n"))) {
      for (DocumentResult d : r.documents()) {
        assertThat(d.signals().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
      }
      for (SourceResult s : r.sources()) {
        assertThat(s.signals()).containsOnlyKeys(
            NEWS.signals().stream().map(SignalInfo::name).toList());
        assertThat(s.signals().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
        assertThat(s.reliability()).isBetween(0.0, 1.0)
            .isEqualTo(s.explanation().value());
        assertAddsUp(s.explanation(), s.id());
      }
      for (ClusterResult c : r.clusters()) {
        assertThat(c.confidence()).isBetween(0.0, 1.0).isEqualTo(c.explanation().value());
      }
    }
  }

  /** SUM, PRODUCT and MIN nodes equal what their details make (to the 1e-10 rounding). */
  private static void assertAddsUp(Explanation e, String where) {
    double expected = switch (e.combination()) {
      case SUM -> e.details().stream().mapToDouble(Explanation::value).sum();
      case PRODUCT -> e.details().stream().mapToDouble(Explanation::value)
          .reduce(1.0, (a, b) -> a * b);
      case MIN -> e.details().stream().mapToDouble(Explanation::value).min().orElseThrow();
      default -> e.value();
    };
    // each detail is rounded on its own, so a sum of n details may be off by n half-units
    double tolerance = 1e-9 + e.details().size() * 0.5e-10;
    assertThat(e.value()).as(where + ": " + e.description())
        .isCloseTo(expected, within(tolerance));
    if (e.combination() == Combination.LEAF) {
      assertThat(e.details()).isEmpty();
    }
    for (Explanation d : e.details()) {
      assertAddsUp(d, where);
    }
  }

  private static CorroborationReport single(String text) {
    return NEWS.scorer(ScoringConfig.defaults()).score(Corpus.builder()
        .source(Source.of("only")).document(Document.of("d", "only", text)).build());
  }

  @Test
  void documentOrder_changesNothing() {
    for (int seed = 1; seed <= 3; seed++) {
      List<Document> documents = new ArrayList<>(seeds.documents);
      List<Source> sources = new ArrayList<>(seeds.sources);
      Collections.shuffle(documents, new Random(seed));
      Collections.shuffle(sources, new Random(seed + 10));
      CorroborationReport shuffled = NewsPipeline.defaults()
          .score(documents, sources, seeds.republishedFrom, List.of(), true).report();
      assertThat(shuffled).isEqualTo(report);
    }
  }

  private static CorroborationReport with(Document extra, Source source) {
    Corpus.Builder b = Corpus.builder();
    seeds.sources.forEach(b::source);
    seeds.documents.forEach(b::document);
    seeds.republishedFrom.forEach(b::republishedFrom);
    b.source(source).document(extra);
    return NEWS.scorer(ScoringConfig.defaults()).score(b.build());
  }

  private static double confidenceOf(CorroborationReport r, String claimId) {
    return r.clusterOf(claimId).orElseThrow().confidence();
  }

  @Test
  void anAddedIndependentCorroboratingSource_neverLowersTheClaimsConfidence() {
    // restatements, in other words and by other voices, of three seed claims (read in the seeds:
    // 000 "1,500 ISIS fighters escaping Al-Shaddadi prison"; 003 "Iraq has deployed ... along
    // its 599-kilometer border"; 002 "the Kurdish website Rudaw reported ... 1,500")
    Map<String, String> restated = Map.of(
        "000_17bfba2b4fc3ef69#3", "Local monitors said about 1,500 ISIS members broke out of"
            + " al-Shaddadi prison in Hasakah.",
        "002_67dcf05266e65e31#10", "The Syrian Observatory said roughly 1,500 ISIS detainees"
            + " escaped from the al-Shaddadi prison.",
        "003_20b81c80feff52ed#2", report.claim("003_20b81c80feff52ed#2").orElseThrow().text()
            .replace("Iraq", "Baghdad"));
    Source monitor = Source.of("independent-monitor");
    restated.forEach((claimId, text) -> {
      CorroborationReport after = with(new Document("zz-restated", monitor.id(), Optional.empty(),
          Optional.of(PartialDate.parse("2025-03-12")), Genre.NEWS, text + "\n"), monitor);
      ClusterResult joined = after.clusterOf(claimId).orElseThrow();
      assertThat(joined.sourceIds()).as(claimId + " joined by the restatement")
          .contains(monitor.id());
      assertThat(joined.confidence()).as(claimId)
          .isGreaterThanOrEqualTo(confidenceOf(report, claimId));
    });
  }

  @Test
  void anAddedExactCopy_neverRaisesAnyConfidence() {
    Document shafaq = seeds.document("003");
    Source copycat = Source.of("copycat");
    CorroborationReport after = with(new Document("zz-copy", copycat.id(), Optional.empty(),
        Optional.of(PartialDate.parse("2025-03-12")), Genre.NEWS, shafaq.text()), copycat);
    assertThat(after.republications()).anySatisfy(r -> {
      assertThat(r.documentId()).isEqualTo("zz-copy");
      assertThat(r.originSourceId()).isEqualTo("shafaq-news");
    });
    for (ClaimResult c : report.claims()) {
      assertThat(confidenceOf(after, c.id())).as(c.id())
          .isLessThanOrEqualTo(confidenceOf(report, c.id()));
    }
    assertThat(after.source("copycat").orElseThrow().signals().get("republishing"))
        .isEqualTo(1.0);
  }

  @Test
  void aPrior_movesReliabilityByItsWeight_andTheExplanationShowsIt() {
    Corpus.Builder b = Corpus.builder();
    seeds.sources.forEach(s -> b.source(s.id().equals("alwaght") ? s.withPriorReliability(1.0) : s));
    seeds.documents.forEach(b::document);
    seeds.republishedFrom.forEach(b::republishedFrom);
    CorroborationReport withPrior = NEWS.scorer(ScoringConfig.defaults()).score(b.build());
    double evidence = report.source("alwaght").orElseThrow().reliability();
    SourceResult alwaght = withPrior.source("alwaght").orElseThrow();
    assertThat(alwaght.reliability()).isCloseTo(0.7 * evidence + 0.3 * 1.0, within(1e-9));
    assertThat(alwaght.explanation().toString()).contains("prior");
    assertThat(withPrior.source("shafaq-news")).isEqualTo(report.source("shafaq-news"));
    CorroborationReport priorOff = NEWS.scorer(ScoringConfig.builder().priorWeight(0).build())
        .score(b.build());
    assertThat(priorOff.source("alwaght").orElseThrow().reliability()).isEqualTo(evidence);
  }

  /**
   * Issue 13, item 8: an empty document's source got .65 (no loaded words, no opinion, no copied
   * text and neutral .5 elsewhere), above two real outlets of the seeds.
   */
  @Test
  void aSourceWithNoEvidence_getsItsPriorOnlyOrZero_andRanksBelowEverySourceWithEvidence() {
    for (String empty : List.of("", " \n\t \n", "... -- !!")) {
      Corpus.Builder b = Corpus.builder();
      seeds.sources.forEach(b::source);
      seeds.documents.forEach(b::document);
      seeds.republishedFrom.forEach(b::republishedFrom);
      b.source(Source.of("hollow")).document(Document.of("hollow-1", "hollow", empty));
      b.source(Source.of("hollow-prior").withPriorReliability(0.8))
          .document(Document.of("hollow-2", "hollow-prior", empty))
          .document(Document.of("hollow-3", "hollow-prior", empty));
      CorroborationReport r = NEWS.scorer(ScoringConfig.defaults()).score(b.build());
      SourceResult hollow = r.source("hollow").orElseThrow();
      assertThat(hollow.reliability()).isEqualTo(0.0);
      assertThat(hollow.explanation().details()).isEmpty();
      assertThat(hollow.explanation().description()).isEqualTo("reliability 0, nothing to judge"
          + " (no evidence: its document holds no words and no claims, and no prior): set below"
          + " every source with evidence instead of the .5 and empty readings its signals would"
          + " give");
      for (Source s : seeds.sources) {
        assertThat(r.source(s.id()).orElseThrow().reliability())
            .isGreaterThan(hollow.reliability())
            .isEqualTo(report.source(s.id()).orElseThrow().reliability());
      }
      // with a prior: the prior alone, marked, not (1 - .3) x .65 + .3 x .8
      SourceResult withPrior = r.source("hollow-prior").orElseThrow();
      assertThat(withPrior.reliability()).isEqualTo(0.8);
      assertThat(withPrior.explanation().description()).startsWith("reliability = prior only"
          + " (no evidence: its 2 documents hold no words and no claims;");
      // prior weight 0: the prior does not count, so nothing is left to judge
      SourceResult priorOff = NEWS.scorer(ScoringConfig.builder().priorWeight(0).build())
          .score(b.build()).source("hollow-prior").orElseThrow();
      assertThat(priorOff.reliability()).isEqualTo(0.0);
      assertThat(priorOff.explanation().description()).contains("and the prior weight is 0");
      // the text report ranks it last and says why
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      try {
        NEWS.write(r, ReportFormat.TEXT, text);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      // wrapped at 100 columns: continuation lines (13 blanks here) joined back
      assertThat(text.toString(java.nio.charset.StandardCharsets.UTF_8)
          .replaceAll("\n {13,}", " ")).contains(
          "  0.000  hollow (hollow): 1 document, 0 claims\n         reliability 0, nothing to"
              + " judge (no evidence: its document holds no words and no claims, and no prior)",
          "  0.800  hollow-prior (hollow-prior): 2 documents, 0 claims\n         reliability ="
              + " prior only (no evidence");
    }
    // one word is evidence about the writing: scored from its signals as before
    SourceResult word = single("Hello").sources().get(0);
    assertThat(word.reliability()).isGreaterThan(0.0);
    assertThat(word.explanation().description()).isEqualTo("reliability = evidence (no prior)");
  }

  @Test
  void badPriorsAndSettings_failNamingTheField() {
    Source s = Source.of("s");
    assertThatThrownBy(() -> s.withPriorReliability(Double.NaN))
        .hasMessageContaining("priorReliability");
    assertThatThrownBy(() -> s.withPriorReliability(1.5))
        .hasMessageContaining("priorReliability must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> ScoringConfig.builder().priorWeight(-0.1))
        .hasMessageContaining("priorWeight");
    assertThatThrownBy(() -> ScoringConfig.builder().signalWeight("attribution", Double.NaN))
        .hasMessageContaining("signalWeight[attribution]");
    assertThatThrownBy(() -> ScoringConfig.builder().algorithm("accu").algorithm("vote"))
        .hasMessageContaining("algorithm: already set");
    assertThatThrownBy(() -> NEWS.scorer(ScoringConfig.builder().signalWeight("tone", 1).build()))
        .hasMessageContaining("signalWeight[tone]: unknown signal");
    assertThatThrownBy(() -> NEWS.scorer(ScoringConfig.builder().algorithm("oracle").build()))
        .hasMessageContaining("algorithm:");
  }

  @Test
  void zeroWeights_leaveOnlyTheWeightedSignals() {
    ScoringConfig.Builder b = ScoringConfig.builder();
    for (SignalInfo s : NEWS.signals()) {
      b.signalWeight(s.name(), s.name().equals("loadedLanguage") ? 1.0 : 0.0);
    }
    CorroborationReport r = NEWS.scorer(b.build()).score(seeds.corpus());
    for (SourceResult s : r.sources()) {
      assertThat(s.reliability()).isCloseTo(1.0 - s.signals().get("loadedLanguage"), within(1e-9));
    }
  }

  @Test
  void corpusShapes_eachGiveADefinedResult_orAnErrorNamingTheField() {
    // one source, one document, no claims: every signal neutral or defined
    CorroborationReport empty = single("");
    assertThat(empty.claims()).isEmpty();
    assertThat(empty.sources().get(0).reliability()).isBetween(0.0, 1.0);
    // a source with no documents: no evidence, 0, explained
    CorroborationReport lonely = NEWS.scorer(ScoringConfig.defaults()).score(Corpus.builder()
        .source(Source.of("quiet")).source(Source.of("only"))
        .document(Document.of("d", "only", ContentSignalsTest.WIRE)).build());
    SourceResult quiet = lonely.source("quiet").orElseThrow();
    assertThat(quiet.reliability()).isEqualTo(0.0);
    assertThat(quiet.documents()).isZero();
    assertThat(quiet.explanation().description())
        .contains("no evidence: the source has no scored documents");
    // the same document twice under one id: refused, naming it
    assertThatThrownBy(() -> Corpus.builder().source(Source.of("a"))
        .document(Document.of("d", "a", "x")).document(Document.of("d", "a", "y")))
        .hasMessageContaining("documents[d].id: appears twice");
    // one source declared twice, differently (conflicting manifests)
    assertThatThrownBy(() -> Corpus.builder().source(Source.of("a"))
        .source(new Source("a", "Another name", Optional.empty(), SourceKind.UNKNOWN,
            OptionalDouble.empty())))
        .hasMessageContaining("sources[a].name: declared twice, differently");
    assertThatThrownBy(() -> Corpus.builder().source(Source.of("a"))
        .source(Source.of("a").withPriorReliability(0.2)))
        .hasMessageContaining("sources[a].priorReliability");
    // a document whose source was never declared
    assertThatThrownBy(() -> Corpus.builder().document(Document.of("d", "ghost", "x")).build())
        .hasMessageContaining("documents[d].sourceId: 'ghost' is not among the sources");
    // the same text under two ids from two sources: one republishes the other, one voice
    CorroborationReport twice = NEWS.scorer(ScoringConfig.defaults()).score(Corpus.builder()
        .source(Source.of("a")).source(Source.of("b"))
        .document(Document.of("d1", "a", ContentSignalsTest.WIRE))
        .document(Document.of("d2", "b", ContentSignalsTest.WIRE)).build());
    assertThat(twice.republications()).hasSize(1);
    // the copy adds no voice: each proposition holds d1's claim and d2's copy of it, and the
    // voices are d1's (its outlet, or the speaker it quotes), never the copying outlet b
    assertThat(twice.clusters()).allSatisfy(c -> {
      assertThat(c.voices()).doesNotContain("source:b");
      assertThat(c.claimIds().stream().filter(id -> id.startsWith("d1#")).count())
          .isEqualTo(c.claimIds().stream().filter(id -> id.startsWith("d2#")).count());
    });
  }

  @Test
  void claimReview_describesEachProposition() throws IOException {
    JsonNode root = new ObjectMapper().readTree(write(report, ReportFormat.CLAIMREVIEW));
    assertThat(root.get("@context").asText()).isEqualTo("https://schema.org");
    JsonNode graph = root.get("@graph");
    assertThat(graph).hasSize(report.clusters().size());
    for (int i = 0; i < graph.size(); i++) {
      JsonNode review = graph.get(i);
      ClusterResult cluster = report.clusters().get(i);
      assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
      assertThat(review.get("claimReviewed").asText()).isNotBlank();
      JsonNode rating = review.get("reviewRating");
      // the verdict's rating, 1 + 4 x probability to two decimals, and its word
      assertThat(rating.get("ratingValue").asDouble())
          .isEqualTo(Verdict.rating(cluster.verdict().probability())).isBetween(1.0, 5.0)
          .isCloseTo(1 + 4 * cluster.verdict().probability(), within(0.005));
      assertThat(rating.get("alternateName").asText())
          .isEqualTo(cluster.verdict().verdict().word()).isIn("True", "False", "Unverified");
      assertThat(rating.get("ratingExplanation").asText())
          .startsWith(cluster.verdict().verdict().word() + ": probability ");
      JsonNode item = review.get("itemReviewed");
      assertThat(item.get("@type").asText()).isEqualTo("Claim");
      assertThat(item.get("author").get("name").asText()).isNotBlank();
      assertThat(item.get("appearance").size()).isPositive();
    }
    // the escape from al-Shaddadi: 000#3 and 002#5 with the SDF quoted, two outlets, three voices
    JsonNode corroborated = graph.get(report.clusters().indexOf(report.clusters().stream()
        .filter(c -> c.claimIds().contains("000_17bfba2b4fc3ef69#3")).findFirst().orElseThrow()));
    assertThat(corroborated.get("reviewRating").get("ratingExplanation").asText())
        .contains("Corroborated: 2 sources, 3 independent voices");
    assertThat(corroborated.get("itemReviewed").get("appearance")).hasSize(2);
  }
}
