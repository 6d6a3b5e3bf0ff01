package org.corroborate.impl.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.Corroborate;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.news.ClaimResult;
import org.corroborate.news.ClusterResult;
import org.corroborate.news.ClusterStatus;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.NewsScoring;
import org.corroborate.news.ReportFormat;
import org.corroborate.news.ScoringConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportFormat#HTML} without a browser: the bytes are the same from run to run, every
 * claim's link indexes the text the page carries so that the span is the claim, contested
 * propositions come first, and hostile names stay text. (The page in a browser:
 * {@code HtmlReportBrowserTest} of the command line.)
 */
class HtmlReportTest {
  private static final NewsScoring NEWS = Corroborate.news();
  private static final String HOSTILE = "</script><script>window.pwned=1</script>\"'&";
  private static final Pattern LINK = Pattern.compile("<a class=\"claim-link\" href=\"#doc-(\\d+)\""
      + " data-doc=\"\\1\" data-start=\"(\\d+)\" data-end=\"(\\d+)\">([^<]*?) \\[");
  private static Corpus corpus;
  private static CorroborationReport report;

  @BeforeAll
  static void score() {
    corpus = Seeds.load().corpus();
    report = NEWS.scorer(ScoringConfig.defaults()).score(corpus);
  }

  private static String html(CorroborationReport report, Corpus corpus) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (corpus == null) {
      NEWS.write(report, ReportFormat.HTML, out);
    } else {
      NEWS.write(report, corpus, ReportFormat.HTML, out);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static JsonNode texts(String page) throws IOException {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"texts\">(.*?)</script>",
        Pattern.DOTALL).matcher(page);
    assertThat(m.find()).isTrue();
    return new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void html_seedsScoredTwice_sameBytesUnderOneMegabyte() throws IOException {
    String first = html(report, corpus);
    String second = html(NEWS.scorer(ScoringConfig.defaults()).score(Seeds.load().corpus()),
        Seeds.load().corpus());

    assertThat(second).isEqualTo(first);
    assertThat(first.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1 << 20);
  }

  @Test
  void html_everyClaimLink_spansTheClaimsTextInTheCarriedArticle() throws IOException {
    String page = html(report, corpus);
    JsonNode texts = texts(page);
    Map<String, ClaimResult> claims = new HashMap<>();
    report.claims().forEach(c -> claims.put(c.id(), c));

    Matcher m = LINK.matcher(page);
    int links = 0;
    while (m.find()) {
      ClaimResult claim = claims.get(m.group(4));
      int doc = Integer.parseInt(m.group(1));
      assertThat(report.documents().get(doc).id()).isEqualTo(claim.documentId());
      String text = texts.get(doc).asText();
      assertThat(text).isEqualTo(corpus.documents().stream()
          .filter(d -> d.id().equals(claim.documentId())).findFirst().orElseThrow().text());
      int start = Integer.parseInt(m.group(2));
      int end = Integer.parseInt(m.group(3));
      assertThat(start).isEqualTo(claim.start());
      if (end > 0) {
        assertThat(text.substring(start, end)).as(claim.id()).isEqualTo(claim.text());
      }
      links++;
    }
    assertThat(links).isEqualTo(report.claims().size());
  }

  @Test
  void html_propositions_contestedFirstThenCorroborated() throws IOException {
    String page = html(report, corpus);
    long contested = report.clusters().stream()
        .filter(c -> c.status() == ClusterStatus.CONTESTED).count();
    assertThat(contested).isPositive();
    Matcher statuses = Pattern.compile("data-status=\"(\\w+)\"").matcher(page);
    int rank = 0;
    int n = 0;
    while (statuses.find()) {
      int r = switch (statuses.group(1)) {
        case "contested" -> 0;
        case "corroborated" -> 1;
        default -> 2;
      };
      assertThat(r).as("proposition %d", n).isGreaterThanOrEqualTo(rank);
      rank = r;
      n++;
    }
    assertThat(n).isEqualTo(report.clusters().size());
  }

  @Test
  void html_withoutTheCorpus_listsEveryClaimWithNoText() throws IOException {
    String page = html(report, null);

    JsonNode texts = texts(page);
    assertThat(texts.size()).isEqualTo(report.documents().size());
    texts.forEach(t -> assertThat(t.isNull()).isTrue());
    for (ClusterResult c : report.clusters()) {
      assertThat(page).contains("<b>" + c.id() + "</b>");
    }
  }

  @Test
  void html_hostileNamesTitlesAndText_stayText() throws IOException {
    Corpus.Builder b = Corpus.builder();
    Seeds seeds = Seeds.load();
    seeds.sources.forEach(b::source);
    seeds.documents.forEach(b::document);
    b.source(new Source("evil\"><script>", HOSTILE, Optional.empty(), SourceKind.UNKNOWN,
        OptionalDouble.empty()));
    b.document(new Document("evil-doc", "evil\"><script>", Optional.of(HOSTILE),
        Optional.empty(), Genre.NEWS, "Officials said 40 people " + HOSTILE
            + " were injured in the flood on Monday. The ministry <b>said</b> 12 prisoners"
            + " escaped.\n"));
    Corpus hostile = b.build();
    String page = html(NEWS.scorer(ScoringConfig.defaults()).score(hostile), hostile);

    assertThat(page).doesNotContain(HOSTILE).doesNotContain("<b>said</b>")
        .doesNotContain("evil\"><script>")
        .contains("&lt;/script&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;&quot;&#39;&amp;");
    assertThat(Pattern.compile("<script>").matcher(page).results().count()).isOne();
    assertThat(texts(page).toString()).contains("window.pwned=1");
  }

  @Test
  void html_declaredRepublication_drawsAnArcBetweenTheTwoOutlets() throws IOException {
    Corpus.Builder b = Corpus.builder();
    Seeds seeds = Seeds.load();
    seeds.sources.forEach(b::source);
    seeds.documents.forEach(b::document);
    Document first = seeds.documents.get(0);
    b.source(Source.of("copier"));
    b.document(new Document("copy", "copier", Optional.empty(), Optional.empty(), Genre.NEWS,
        first.text()));
    b.republishedFrom("copy", first.sourceId());
    Corpus copied = b.build();
    String page = html(NEWS.scorer(ScoringConfig.defaults()).score(copied), copied);

    assertThat(html(report, corpus)).doesNotContain("class=\"repub\"");
    assertThat(page).contains("class=\"repub\"")
        .contains("<title>copier republishes AhlulBayt News Agency");
  }
}
