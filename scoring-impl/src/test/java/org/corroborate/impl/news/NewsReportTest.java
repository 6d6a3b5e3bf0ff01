package org.corroborate.impl.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.corroborate.impl.clean.CleanText;
import org.corroborate.impl.clean.TextCleaner;
import org.corroborate.impl.extract.Claims;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.independence.Corroboration;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.relate.AgreementSettings;
import org.corroborate.impl.reliability.ContentSignals;
import org.corroborate.impl.reliability.SignalLexicons;
import org.corroborate.impl.reliability.SourceReliability;
import org.corroborate.impl.report.NewsReport;
import org.corroborate.impl.report.ReportBuilder;
import org.corroborate.impl.report.ReportWriter;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.impl.report.ReportJson;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.DocumentResult;
import org.corroborate.news.ReportFormat;
import org.junit.jupiter.api.Test;

class NewsReportTest {
  /** d1's address: an apostrophe and an ampersand, both legal in a URI, both escaped in HTML. */
  private static final String D1_URL = "https://alpha.example/it's-out?id=7&lang=en";

  private static NewsReport report() {
    List<ExtractedClaim> claims = List.of(
        Claims.claim("d1", "alpha", "Reports said 1500 ISIS fighters escaped Al-Shaddadi prison.")
            .figure(1500, "fighters", false).entity("isis").entity("shaddadi").year(2025).build(0),
        Claims.claim("d2", "beta", "The SDF said 1500 ISIS fighters escaped Al-Shaddadi prison.")
            .figure(1500, "fighters", true).entity("isis").entity("shaddadi").said("SDF")
            .build(0),
        Claims.claim("d2", "beta", "Baghdad is building a concrete wall on the border.")
            .entity("baghdad").build(1));
    List<Document> documents = List.of(
        new Document("d1", "alpha", Optional.of("Escape"), Optional.of(D1_URL),
            Optional.of(new PartialDate(2025, 1, 0)), Genre.NEWS,
            "Reports said 1500 ISIS fighters escaped Al-Shaddadi prison."),
        new Document("d2", "beta", Optional.empty(), Optional.empty(), Genre.OPINION,
            "The SDF said 1500 ISIS fighters escaped Al-Shaddadi prison. Baghdad is building."));
    List<Source> sources = List.of(source("alpha", "Alpha News"), source("beta", "Beta"),
        source("gamma", "Gamma, no documents"));
    Corroboration.Result result = Corroboration.analyse(
        List.of(new Corroboration.DocumentInfo("d1", "alpha", Optional.empty(), Optional.empty(),
                documents.get(0).text()),
            new Corroboration.DocumentInfo("d2", "beta", Optional.empty(), Optional.empty(),
                documents.get(1).text())),
        claims, Corroboration.Settings.defaults(), MatchingLexicon.defaults(), s -> s);
    Map<String, CleanText> cleaned = Map.of(
        "d1", TextCleaner.defaults().clean(documents.get(0).text()),
        "d2", TextCleaner.defaults().clean(documents.get(1).text()));
    ReportBuilder builder = new ReportBuilder(new ContentSignals(SignalLexicons.defaults()),
        new SourceReliability(Map.of(), 0.3), AgreementSettings.defaults(),
        Language.english());
    return new NewsReport(builder.build(documents, documents, sources, Map.of(), cleaned, result,
        key -> key.equals("isis") ? "ISIS" : key, List.of()), result);
  }

  private static Source source(String id, String name) {
    return new Source(id, name, Optional.empty(), SourceKind.UNKNOWN, OptionalDouble.empty());
  }

  private static byte[] json(NewsReport r) throws IOException {
    return write(r, ReportFormat.JSON);
  }

  private static byte[] write(NewsReport r, ReportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.write(r.report(), format, out);
    return out.toByteArray();
  }

  @Test
  void json_documentWithUrl_writesItAfterTheTitle_andOmitsItWhenUnknown() throws IOException {
    JsonNode documents = new ObjectMapper().readTree(json(report())).get("documents");

    JsonNode d1 = documents.get(0);
    assertThat(d1.get("url").asText()).isEqualTo(D1_URL);
    List<String> fields = new java.util.ArrayList<>();
    d1.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).startsWith("id", "sourceId", "title", "url", "published", "genre");
    // d2 has no address: no "url" at all, where its unknown title is written as null
    JsonNode d2 = documents.get(1);
    assertThat(d2.has("url")).isFalse();
    assertThat(d2.get("title").isNull()).isTrue();
  }

  @Test
  void json_readBack_keepsTheUrl() throws IOException {
    CorroborationReport read = ReportJson.read(new java.io.ByteArrayInputStream(json(report())));

    assertThat(read.documents()).extracting(DocumentResult::url)
        .containsExactly(Optional.of(D1_URL), Optional.empty());
  }

  @Test
  void claimReview_appearanceOfADocumentWithUrl_carriesIt() throws IOException {
    JsonNode graph = new ObjectMapper().readTree(write(report(), ReportFormat.CLAIMREVIEW))
        .get("@graph");

    // the first proposition is d1#0 with d2#0: an appearance in each document, in that order
    JsonNode appearance = graph.get(0).get("itemReviewed").get("appearance");
    assertThat(appearance).hasSize(2);
    JsonNode d1 = appearance.get(0);
    assertThat(d1.get("identifier").asText()).isEqualTo("d1");
    assertThat(d1.get("headline").asText()).isEqualTo("Escape");
    assertThat(d1.get("url").asText()).isEqualTo(D1_URL);
    assertThat(d1.get("datePublished").asText()).isEqualTo("2025-01");
    JsonNode d2 = appearance.get(1);
    assertThat(d2.get("identifier").asText()).isEqualTo("d2");
    assertThat(d2.has("url")).isFalse();
    assertThat(d2.has("headline")).isFalse();
    assertThat(d2.has("datePublished")).isFalse();
  }

  @Test
  void html_articleWithUrl_linksItEscapedAndWithoutReferrer() throws IOException {
    String page = new String(write(report(), ReportFormat.HTML), StandardCharsets.UTF_8);

    String href = "https://alpha.example/it&#39;s-out?id=7&amp;lang=en";
    assertThat(page).contains("<b>Escape</b> <span class=\"muted\">Alpha News, 2025-01, NEWS,"
        + " 1 claim &middot; d1 &middot; <a class=\"source-link\" href=\"" + href + "\""
        + " target=\"_blank\" rel=\"noopener noreferrer\">" + href + "</a></span></summary>");
    assertThat(page).doesNotContain(D1_URL);
    // one link to the outside, d1's: d2 has no address
    assertThat(page.split("class=\"source-link\"", -1)).hasSize(2);
    // the security policy forbids loading, not following links
    assertThat(page).contains("content=\"default-src 'none';");
  }

  @Test
  void text_documentLine_endsWithTheUrl() throws IOException {
    String text = new String(write(report(), ReportFormat.TEXT), StandardCharsets.UTF_8);

    assertThat(text).contains("\n  d1  alpha  NEWS  2025-01  1 claim, 0 below threshold  " + D1_URL
        + "\n  d2  beta  OPINION  2 claims, 0 below threshold\n");
  }

  @Test
  void json_hasTheFieldsOfDesign_andExplanationsEqualTheirNumbers() throws IOException {
    JsonNode root = new ObjectMapper().readTree(json(report()));
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    for (JsonNode s : root.get("sources")) {
      assertThat(s.has("id") && s.has("name")).isTrue();
      assertThat(s.get("reliability").asDouble()).isBetween(0.0, 1.0)
          .isEqualTo(s.get("explanation").get("value").asDouble());
    }
    // gamma has no documents: no evidence, 0
    assertThat(root.get("sources").get(2).get("reliability").asDouble()).isEqualTo(0.0);
    JsonNode d1 = root.get("documents").get(0);
    assertThat(d1.get("published").asText()).isEqualTo("2025-01");
    assertThat(d1.get("genre").asText()).isEqualTo("NEWS");
    assertThat(d1.get("size").get("claims").asInt()).isEqualTo(1);
    JsonNode claim = root.get("claims").get(1);
    for (String field : List.of("id", "documentId", "sourceId", "text", "start", "end",
        "quantities", "attribution", "modality", "entities", "time")) {
      assertThat(claim.has(field)).as(field).isTrue();
    }
    assertThat(claim.get("attribution").get("speaker").asText()).isEqualTo("SDF");
    assertThat(claim.get("entities").get(0).asText()).isEqualTo("ISIS");
    JsonNode q = claim.get("quantities").get(0);
    assertThat(q.get("value").asDouble()).isEqualTo(1500.0);
    assertThat(q.get("approximate").asBoolean()).isTrue();
    assertThat(root.get("claims").get(0).get("time").asText()).isEqualTo("2025");
    assertThat(root.get("claims").get(0).get("attribution").isNull()).isTrue();
    JsonNode cluster = root.get("clusters").get(0);
    assertThat(cluster.get("claimIds")).extracting(JsonNode::asText).containsExactly("d1#0", "d2#0");
    assertThat(cluster.get("sources").asInt()).isEqualTo(2);
    assertThat(cluster.get("independentSources").asInt()).isEqualTo(2);
    assertThat(cluster.get("confidence").asDouble())
        .isEqualTo(cluster.get("explanation").get("value").asDouble());
    JsonNode relation = root.get("relations").get(0);
    assertThat(relation.get("type").asText()).isEqualTo("AGREES");
    assertThat(relation.get("score").asDouble())
        .isEqualTo(relation.get("explanation").get("value").asDouble());
  }

  @Test
  void writingTwice_givesTheSameBytes_andTextNamesTheClusters() throws IOException {
    NewsReport r = report();
    assertThat(json(r)).isEqualTo(json(report()));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ReportWriter.write(r.report(), ReportFormat.TEXT, text);
    String s = text.toString(StandardCharsets.UTF_8);
    assertThat(s).contains("3 claims in 2 propositions\n"
        + "Propositions: 1 corroborated, 0 contested, 1 uncorroborated\n");
    assertThat(s).contains("Gamma, no documents");
  }
}
