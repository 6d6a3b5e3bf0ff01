package org.corroborate.impl.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalDouble;
import org.corroborate.Corroborate;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.NewsScoring;
import org.corroborate.news.ReportFormat;
import org.corroborate.news.ScoringConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 6: a source name, title or claim holding {@code </script>} or U+2028 went raw into
 * the ClaimReview JSON-LD (pasted into script elements) and the JSON report, and a name with a
 * newline forged lines of the text report, which also printed a raw NUL.
 */
class HostileNamesTest {
  private static final NewsScoring NEWS = Corroborate.news();
  private static final String HOSTILE = "Evil</script><script>alert(1)</script> & co\u2028\u2029";
  private static final String FORGED = "Sources, forged: 1.000 trusted";
  private static CorroborationReport report;

  @BeforeAll
  static void score() {
    Seeds seeds = Seeds.load();
    Corpus.Builder b = Corpus.builder();
    seeds.sources.forEach(b::source);
    seeds.documents.forEach(b::document);
    seeds.republishedFrom.forEach(b::republishedFrom);
    b.source(new Source("evil\u0000", HOSTILE + "\n" + FORGED + "\r\u0000\u001b[2J",
        Optional.empty(), SourceKind.UNKNOWN, OptionalDouble.empty()));
    b.document(new Document("evil-doc\n" + FORGED, "evil\u0000",
        Optional.of(HOSTILE + "\n" + FORGED), Optional.empty(), Genre.NEWS,
        "Officials said 40 people </script> were injured\u2028 in the flood & the fire on"
            + " Monday. The ministry <b>said</b> 12 prisoners escaped.\n"));
    report = NEWS.scorer(ScoringConfig.defaults()).score(b.build());
  }

  private static byte[] write(ReportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NEWS.write(report, format, out);
    return out.toByteArray();
  }

  @Test
  void json_hostileNamesAndText_safeInsideAScriptElementAndReadBackEqual() throws IOException {
    byte[] json = write(ReportFormat.JSON);

    assertScriptSafe(json);
    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\\u003C/script\\u003E");
    assertThat(NEWS.readJson(new ByteArrayInputStream(json))).isEqualTo(report);
  }

  @Test
  void claimReview_hostileNamesAndText_safeInsideAScriptElement() throws IOException {
    byte[] jsonLd = write(ReportFormat.CLAIMREVIEW);

    assertScriptSafe(jsonLd);
    assertThat(new ObjectMapper().readTree(jsonLd).toString()).contains(HOSTILE);
  }

  @Test
  void text_hostileNames_cannotForgeLinesOrPrintControlCharacters() throws IOException {
    String text = new String(write(ReportFormat.TEXT), StandardCharsets.UTF_8);

    assertThat(text.lines()).noneMatch(line -> line.startsWith(FORGED));
    assertThat(text).doesNotContain("\u0000", "\r", "\u001b", "\u2028", "\u2029");
    // lines are wrapped at 100 columns: a continuation line starts with four or more blanks, so
    // it cannot forge a line either; joined back, the escaped name reads whole
    assertThat(text.replaceAll("\n {4,}", " "))
        .contains("\\n" + FORGED + "\\r\\u0000\\u001b[2J");
  }

  private static void assertScriptSafe(byte[] json) {
    String s = new String(json, StandardCharsets.UTF_8);
    assertThat(s).doesNotContain("<", ">", "&", "\u2028", "\u2029", "\u0000");
  }
}
