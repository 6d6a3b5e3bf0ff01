package org.corroborate.impl.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.corroborate.Corroborate;
import org.corroborate.Explanation;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.news.ClusterResult;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.NewsScorer;
import org.corroborate.news.NewsScoring;
import org.corroborate.news.ReportFormat;
import org.corroborate.news.ScoringConfig;
import org.corroborate.news.SourceResult;

/**
 * Fuzz target for the whole news pipeline and its writers: the input's bytes (UTF-8, malformed
 * sequences replaced) split at the first byte 0x1F into two documents of two sources, plus a
 * copy of the first under a third source. The contract: scoring never throws (a text that is
 * not text is skipped with a warning); every score and every explanation node is finite and in
 * [0, 1] where it is a score; JSON is written the same twice, holds no raw {@code <} and reads
 * back equal; text and ClaimReview are written. Seeds in {@code NewsScoringFuzzTestInputs/};
 * fuzzing mode in CONTRIBUTING.md.
 */
class NewsScoringFuzzTest {
  private static final NewsScoring NEWS = Corroborate.news();
  private static final NewsScorer SCORER =
      NEWS.scorer(ScoringConfig.builder().maxSentenceChars(200).build());

  @FuzzTest(maxDuration = "10m")
  void score(byte[] data) throws IOException {
    int split = 0;
    while (split < data.length && data[split] != 0x1F) {
      split++;
    }
    String first = new String(data, 0, split, StandardCharsets.UTF_8);
    String second = split < data.length
        ? new String(data, split + 1, data.length - split - 1, StandardCharsets.UTF_8) : "";
    Corpus corpus = Corpus.builder()
        .source(Source.of("alpha")).source(Source.of("beta")).source(Source.of("gamma"))
        .document(Document.of("a", "alpha", first)).document(Document.of("b", "beta", second))
        .document(Document.of("c", "gamma", first)).build();
    CorroborationReport report = SCORER.score(corpus);
    for (SourceResult s : report.sources()) {
      assertThat(s.reliability()).isBetween(0.0, 1.0);
      assertFinite(s.explanation());
    }
    for (ClusterResult c : report.clusters()) {
      assertThat(c.confidence()).isBetween(0.0, 1.0);
      // c is an exact copy of a: its claims speak with alpha's voice, never their own
      assertThat(c.voices()).isNotEmpty().doesNotContain("source:gamma");
      assertFinite(c.explanation());
    }
    byte[] json = write(report, ReportFormat.JSON);
    assertThat(write(report, ReportFormat.JSON)).isEqualTo(json);
    assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("<", "\u2028");
    assertThat(NEWS.readJson(new ByteArrayInputStream(json))).isEqualTo(report);
    write(report, ReportFormat.TEXT);
    assertThat(new String(write(report, ReportFormat.CLAIMREVIEW), StandardCharsets.UTF_8))
        .doesNotContain("<", "\u2028");
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    NEWS.write(report, corpus, ReportFormat.HTML, page);
    // the texts' JSON element and the page's script; nothing from the data opens an element
    assertThat(page.toString(StandardCharsets.UTF_8).split("<script", -1)).hasSize(3);
  }

  private static void assertFinite(Explanation e) {
    assertThat(Double.isFinite(e.value())).as("%s", e.description()).isTrue();
    for (Explanation d : e.details()) {
      assertFinite(d);
    }
  }

  private static byte[] write(CorroborationReport report, ReportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NEWS.write(report, format, out);
    return out.toByteArray();
  }
}
