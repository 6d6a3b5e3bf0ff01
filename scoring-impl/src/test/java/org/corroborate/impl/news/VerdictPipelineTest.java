package org.corroborate.impl.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.corroborate.Corroborate;
import org.corroborate.Explanation;
import org.corroborate.impl.verdict.Evidence;
import org.corroborate.impl.verdict.VerdictModel;
import org.corroborate.impl.verdict.VerdictResult;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Source;
import org.corroborate.news.ClaimResult;
import org.corroborate.news.ClusterResult;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.NewsScoring;
import org.corroborate.news.PropositionVerdict;
import org.corroborate.news.ReportFormat;
import org.corroborate.news.ScoringConfig;
import org.corroborate.news.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The verdict per proposition through {@link NewsScoring}: the evidence the pipeline gives the
 * shipped model (one item per document, stance from position and modality, copies counting 0,
 * weights from the engine's trust), the reports that carry it, and that an exact copy under a new
 * outlet name moves no verdict.
 */
class VerdictPipelineTest {
  private static final NewsScoring NEWS = Corroborate.news();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static CorroborationReport score(Corpus corpus) {
    return NEWS.scorer(ScoringConfig.defaults()).score(corpus);
  }

  private static CorroborationReport seedsScored;

  /** The seeds scored once through the service, shared by the tests that only read the report. */
  private static synchronized CorroborationReport seedsReport() {
    if (seedsScored == null) {
      seedsScored = score(Seeds.load().corpus());
    }
    return seedsScored;
  }

  private static Corpus corpus(List<Document> documents) {
    Corpus.Builder b = Corpus.builder();
    TreeSet<String> outlets = new TreeSet<>();
    for (Document d : documents) {
      if (outlets.add(d.sourceId())) {
        b.source(Source.of(d.sourceId()));
      }
      b.document(d);
    }
    return b.build();
  }

  private static Document document(String id, String outlet, String text) {
    return new Document(id, outlet, java.util.Optional.empty(),
        java.util.Optional.of(PartialDate.parse("2025-03-04")), Genre.NEWS, text);
  }

  private static ClusterResult clusterWith(CorroborationReport report, String claimId) {
    return report.clusters().stream().filter(c -> c.claimIds().contains(claimId)).findFirst()
        .orElseThrow(() -> new AssertionError("no cluster holds " + claimId));
  }

  private static ClaimResult claimStarting(CorroborationReport report, String documentId,
      String start) {
    return report.claims().stream()
        .filter(c -> c.documentId().equals(documentId) && c.text().startsWith(start))
        .findFirst().orElseThrow(() -> new AssertionError(documentId + ": no claim " + start));
  }

  private static byte[] write(CorroborationReport report, ReportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NEWS.write(report, format, out);
    return out.toByteArray();
  }

  /** The trust the verdict gives a source: its reliability, as the report carries it. */
  private static double trust(CorroborationReport report, String source) {
    return report.sources().stream().filter(s -> s.id().equals(source)).findFirst()
        .orElseThrow().reliability();
  }

  /** Two outlets state one event in their own words: two FOR items, each weighing its trust. */
  private static final List<Document> TWO_OUTLETS = List.of(
      document("a1", "alpha", "The Blue River dam collapsed on 3 March 2025 and flooded 40"
          + " villages in the valley below it."),
      document("b1", "beta", "Forty villages in the valley were flooded when the Blue River"
          + " dam collapsed on 3 March 2025."));

  @Test
  void twoIndependentOutletsFor_getTheModelsVerdictOnTwoForItems() {
    CorroborationReport report = score(corpus(TWO_OUTLETS));
    ClaimResult a = claimStarting(report, "a1", "The Blue River dam collapsed");
    ClaimResult b = claimStarting(report, "b1", "Forty villages");
    ClusterResult c = clusterWith(report, a.id());
    assertThat(c.claimIds()).contains(b.id());
    assertThat(c.positions()).hasSize(1);
    PropositionVerdict v = c.verdict();
    assertThat(v.forCount()).isCloseTo(trust(report, "alpha") + trust(report, "beta"),
        within(1e-9));
    assertThat(v.against()).isZero();
    assertThat(v.observing()).isZero();
    assertThat(v.independent()).isEqualTo(2);
    VerdictResult expected = VerdictModel.shipped().judge(Evidence.of(List.of(
        new Evidence.Item("alpha", Evidence.Stance.FOR, false,
            OptionalDouble.of(trust(report, "alpha")), OptionalDouble.empty()),
        new Evidence.Item("beta", Evidence.Stance.FOR, false,
            OptionalDouble.of(trust(report, "beta")), OptionalDouble.empty()))));
    assertThat(v.probability()).isCloseTo(expected.probability(), within(1e-9));
    assertThat(v.verdict()).isEqualTo(expected.verdict());
    // by hand from model.tsv, each outlet's reliability 0.755 (the text report's), f = 1.51:
    // z = -3.5234 + 1.7290 ln 2.51 + 1.6135 (no against) + 0.0042 (f > 0 observing) = -0.3145,
    // P = 0.4220: two outlets are too few for this model, whose band is 0.37 (TRUE needs P > .87)
    assertThat(trust(report, "alpha")).isCloseTo(0.755, within(0.0005));
    assertThat(v.probability()).isCloseTo(0.4220, within(0.001));
    assertThat(v.verdict()).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void twelveIndependentOutletsFor_areTrue() {
    List<Document> documents = new ArrayList<>();
    String[] towns = {"Ashford", "Brill", "Cobham", "Deal", "Eton", "Frome", "Goole", "Hythe",
        "Ilkley", "Jarrow", "Keswick", "Ludlow"};
    for (int i = 0; i < towns.length; i++) {
      // one claim, and a sentence of each outlet's own so that no text copies another
      documents.add(document("d" + i, "outlet" + i, "The Blue River dam collapsed on 3 March"
          + " 2025 and flooded 40 villages. Our reporter in " + towns[i] + " spoke to families"
          + " who were waiting in " + towns[i] + " for news of relatives; in " + towns[i]
          + " the mood was grim, and " + towns[i] + " volunteers brought food to " + towns[i]
          + " school."));
    }
    CorroborationReport report = score(corpus(documents));
    assertThat(report.republications()).isEmpty();
    ClusterResult c = clusterWith(report,
        claimStarting(report, "d0", "The Blue River dam collapsed").id());
    PropositionVerdict v = c.verdict();
    assertThat(v.independent()).isEqualTo(12);
    double f = 0;
    for (int i = 0; i < towns.length; i++) {
      f += trust(report, "outlet" + i);
    }
    assertThat(v.forCount()).isCloseTo(f, within(1e-9));
    // the model written out: z = bias + w_for ln(1 + f) + w_no_against + w_for_exceeds_observing
    double z = -3.5233925883655615 + 1.7289937407384097 * Math.log1p(f) + 1.6135129267657615
        + 0.00419098262363543;
    assertThat(v.probability()).isCloseTo(1 / (1 + Math.exp(-z)), within(1e-9));
    // by hand with the outlets' reliability about 0.75: f = 9.0, z = 2.08, P = 0.889 > 0.87
    assertThat(f).isBetween(8.5, 9.5);
    assertThat(v.probability()).isBetween(0.87, 0.9);
    assertThat(v.verdict()).isEqualTo(Verdict.TRUE);
    assertThat(v.rating()).isEqualTo(Verdict.rating(v.probability())).isBetween(4.48, 4.6);
  }

  @Test
  void seedsContested_oneDocumentWithTheReportAndItsDenial_observes() {
    CorroborationReport report = seedsReport();
    // the seeds' contested proposition: the ISW report and al-Bandawi's denial in another position
    ClusterResult c = report.clusters().stream()
        .filter(x -> x.positions().size() > 1).findFirst().orElseThrow();
    List<String> conflicting = c.positions().get(1);
    ClaimResult denial = report.claims().stream().filter(x -> conflicting.contains(x.id()))
        .findFirst().orElseThrow();
    assertThat(denial.modality()).isEqualTo(org.corroborate.news.Modality.NEGATED);
    // the report (leading) and al-Bandawi's denial (AGAINST) are in one Shafaq News document,
    // which carries both sides: it observes, and nothing counts for or against
    assertThat(c.claimIds()).allMatch(id -> id.startsWith(denial.documentId() + "#"));
    assertThat(c.verdict().explanation().toString())
        .contains(denial.documentId() + " (outlet " + denial.sourceId() + ", OBSERVING)");
    assertThat(c.verdict().forCount()).isZero();
    assertThat(c.verdict().against()).isZero();
    assertThat(c.verdict().observing()).isPositive();
    assertThat(c.verdict().independent()).isEqualTo(1);
  }

  @Test
  void aDenyingDocument_countsAgainst_andLowersTheProbability() {
    List<Document> documents = new ArrayList<>(TWO_OUTLETS);
    CorroborationReport before = score(corpus(documents));
    documents.add(document("c1", "gamma", "The Blue River dam did not collapse on 3 March 2025"
        + " and no villages in the valley were flooded, the water authority said."));
    CorroborationReport after = score(corpus(documents));
    ClaimResult a = claimStarting(after, "a1", "The Blue River dam collapsed");
    ClusterResult c = clusterWith(after, a.id());
    ClaimResult denial = claimStarting(after, "c1", "The Blue River dam did not collapse");
    assertThat(c.claimIds()).as("the denial joins the proposition").contains(denial.id());
    int position = 0;
    while (!c.positions().get(position).contains(denial.id())) {
      position++;
    }
    assertThat(position).as("the denial holds a position of its own").isPositive();
    assertThat(c.verdict().against()).isCloseTo(trust(after, "gamma"), within(1e-9));
    assertThat(c.verdict().against()).isPositive();
    assertThat(c.verdict().probability()).isLessThan(
        clusterWith(before, claimStarting(before, "a1", "The Blue River dam").id())
            .verdict().probability());
  }

  @Test
  void anExactCopyUnderANewOutlet_movesNoVerdict() {
    assertACopyMovesNoVerdict("zz-copy", "zz-sybil");
  }

  @Test
  void anExactCopyWhoseIdsSortFirst_movesNoVerdict() {
    assertACopyMovesNoVerdict("000-copy", "000-sybil");
  }

  private static void assertACopyMovesNoVerdict(String copyId, String outlet) {
    Seeds seeds = Seeds.load();
    CorroborationReport before = score(seeds.corpus());
    Document original = seeds.documents.get(0);
    Corpus.Builder b = Corpus.builder();
    seeds.sources.forEach(b::source);
    seeds.documents.forEach(b::document);
    seeds.republishedFrom.forEach(b::republishedFrom);
    b.source(Source.of(outlet));
    b.document(new Document(copyId, outlet, original.title(), original.published(),
        original.genre(), original.text()));
    CorroborationReport after = score(b.build());
    assertThat(after.clusters()).hasSameSizeAs(before.clusters());
    int holdingTheCopy = 0;
    for (int i = 0; i < before.clusters().size(); i++) {
      ClusterResult x = before.clusters().get(i);
      ClusterResult y = after.clusters().get(i);
      assertThat(y.id()).isEqualTo(x.id());
      assertThat(y.verdict().verdict()).as(x.id()).isEqualTo(x.verdict().verdict());
      assertThat(y.verdict().probability()).as(x.id()).isEqualTo(x.verdict().probability());
      assertThat(y.verdict().forCount()).as(x.id()).isEqualTo(x.verdict().forCount());
      assertThat(y.verdict().against()).as(x.id()).isEqualTo(x.verdict().against());
      assertThat(y.verdict().observing()).as(x.id()).isEqualTo(x.verdict().observing());
      assertThat(y.verdict().independent()).as(x.id()).isEqualTo(x.verdict().independent());
      if (y.sourceIds().contains(outlet)) {
        holdingTheCopy++;
        assertThat(y.verdict().explanation().toString()).as(x.id())
            .contains(copyId + " (outlet " + outlet + ", ").contains("counts 0");
      }
    }
    assertThat(holdingTheCopy).isPositive();
  }

  @Test
  void seeds_everyVerdictsExplanationEqualsItsProbability_andNamesItsDocumentsAndFeatures() {
    CorroborationReport report = seedsReport();
    assertThat(report.clusters()).isNotEmpty();
    for (ClusterResult c : report.clusters()) {
      PropositionVerdict v = c.verdict();
      assertThat(v.explanation().value()).as(c.id()).isEqualTo(v.probability());
      assertThat(v.probability()).as(c.id()).isBetween(0.0, 1.0);
      String tree = v.explanation().toString();
      for (String feature : List.of("log1p_for", "log1p_against", "log1p_observing",
          "no_against", "for_exceeds_observing")) {
        assertThat(tree).as(c.id()).contains(feature);
      }
      TreeSet<String> documents = new TreeSet<>();
      for (String id : c.claimIds()) {
        documents.add(id.substring(0, id.indexOf('#')));
      }
      for (String d : documents) {
        assertThat(tree).as(c.id()).contains(d + " (outlet ");
      }
      assertThat(v.independent()).as(c.id()).isBetween(1, documents.size());
      assertThat(v.forCount() + v.against() + v.observing()).as(c.id())
          .isLessThanOrEqualTo(v.independent() + 1e-9);
      assertSums(v.explanation());
    }
  }

  /** Every SUM node's value is the sum of its details'. */
  private static void assertSums(Explanation e) {
    if (e.combination() == org.corroborate.Combination.SUM) {
      double sum = 0;
      for (Explanation d : e.details()) {
        sum += d.value();
      }
      assertThat(e.value()).as(e.description()).isCloseTo(sum, within(1e-9));
    }
    e.details().forEach(VerdictPipelineTest::assertSums);
  }

  @Test
  void json_roundTripsTheVerdict_andRequiresIt() throws IOException {
    CorroborationReport report = seedsReport();
    byte[] json = write(report, ReportFormat.JSON);
    CorroborationReport read = NEWS.readJson(new ByteArrayInputStream(json));
    assertThat(read).isEqualTo(report);
    assertThat(write(read, ReportFormat.JSON)).isEqualTo(json);
    JsonNode first = MAPPER.readTree(json).get("clusters").get(0).get("verdict");
    assertThat(first.get("verdict").asText())
        .isEqualTo(report.clusters().get(0).verdict().verdict().name());
    assertThat(first.get("probability").asDouble())
        .isEqualTo(report.clusters().get(0).verdict().probability());

    ObjectNode missing = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) missing.get("clusters").get(0)).remove("verdict");
    assertThatThrownBy(() -> NEWS.readJson(new ByteArrayInputStream(
        MAPPER.writeValueAsBytes(missing))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.clusters[0].verdict: is required");

    ObjectNode off = (ObjectNode) MAPPER.readTree(json);
    ObjectNode verdict = (ObjectNode) off.get("clusters").get(0).get("verdict");
    verdict.put("probability", verdict.get("probability").asDouble() > 0.5 ? 0.1 : 0.9);
    assertThatThrownBy(() -> NEWS.readJson(new ByteArrayInputStream(
        MAPPER.writeValueAsBytes(off))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.clusters[0]").hasMessageContaining("verdict.probability");

    ObjectNode unknown = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) unknown.get("clusters").get(0).get("verdict")).put("verdict", "MAYBE");
    assertThatThrownBy(() -> NEWS.readJson(new ByteArrayInputStream(
        MAPPER.writeValueAsBytes(unknown))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.clusters[0].verdict.verdict: 'MAYBE' is not one of");
  }

  @Test
  void claimReview_ratesTheVerdict_andText_showsIt() throws IOException {
    CorroborationReport report = score(corpus(TWO_OUTLETS));
    JsonNode graph = MAPPER.readTree(write(report, ReportFormat.CLAIMREVIEW)).get("@graph");
    for (int i = 0; i < graph.size(); i++) {
      ClusterResult c = report.clusters().get(i);
      JsonNode rating = graph.get(i).get("reviewRating");
      double p = c.verdict().probability();
      // 1 + 4p to two decimals: p = 0.4220 gives 2.688, written 2.69
      assertThat(rating.get("ratingValue").decimalValue())
          .isEqualByComparingTo(java.math.BigDecimal.valueOf(Math.round((1 + 4 * p) * 100))
              .movePointLeft(2));
      assertThat(rating.get("alternateName").asText()).isEqualTo(c.verdict().verdict().word());
      assertThat(rating.get("ratingExplanation").asText())
          .contains("probability " + String.format(java.util.Locale.ROOT, "%.3f", p));
    }
    String text = new String(write(report, ReportFormat.TEXT),
        java.nio.charset.StandardCharsets.UTF_8).replaceAll("\n +", " ");
    assertThat(text).contains("Verdicts: 0 true, 0 false, ")
        .containsPattern("independent voices \\[[^\\]]*\\], verdict Unverified \\(p=0\\.42; for"
            + " 1\\.51, against 0, observing 0\\)");
    assertThat(graph.get(0).get("reviewRating").get("ratingValue").asDouble()).isEqualTo(2.69);
  }
}
