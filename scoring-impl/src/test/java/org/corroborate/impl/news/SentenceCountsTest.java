package org.corroborate.impl.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corroborate.Corroborate;
import org.corroborate.impl.clean.TextCleaner;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.sentence.SentenceSplitter;
import org.corroborate.model.Document;
import org.corroborate.news.ClaimResult;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.DocumentResult;
import org.corroborate.news.ReportFormat;
import org.corroborate.news.ScoringConfig;
import org.junit.jupiter.api.Test;

/** Sentences below the check-worthiness threshold are counted: claims + below = sentences. */
class SentenceCountsTest {
  private static final Seeds SEEDS = Seeds.load();

  private static CorroborationReport score(ScoringConfig config) {
    return NewsPipeline.of(config).score(SEEDS.corpus()).report();
  }

  /** The sentences of a seed as the splitter reads them (no seed has a title outside its text). */
  private static int sentences(Document d) {
    Language en = Language.english();
    return new SentenceSplitter(en)
        .split(new TextCleaner(en).clean(d.text(), java.util.Optional.empty(), d.title())).size();
  }

  @Test
  void seeds_claimsAndSentencesBelowTheThreshold_addUpToTheSentencesConsidered() {
    CorroborationReport report = score(ScoringConfig.defaults());
    int below = 0;
    for (DocumentResult d : report.documents()) {
      long claims = report.claims().stream().filter(c -> c.documentId().equals(d.id())).count();
      assertThat(d.claims()).as(d.id()).isEqualTo(claims);
      assertThat(d.claims() + d.sentencesBelowThreshold()).as(d.id()).isEqualTo(d.sentences());
      assertThat(d.sentences()).as(d.id()).isEqualTo(sentences(SEEDS.document(d.id())));
      below += d.sentencesBelowThreshold();
    }
    assertThat(report.sentencesBelowThreshold()).isEqualTo(below).isPositive();
    // every claim reaches the threshold, but for a headline
    assertThat(report.claims()).filteredOn(c -> c.checkWorthiness() < 0.5).isEmpty();
  }

  @Test
  void thresholdZero_makesEverySentenceAClaim_andRaisingItKeepsFewer() {
    CorroborationReport all = score(ScoringConfig.builder().checkWorthinessThreshold(0).build());
    CorroborationReport byDefault = score(ScoringConfig.defaults());
    CorroborationReport strict =
        score(ScoringConfig.builder().checkWorthinessThreshold(0.9).build());
    assertThat(all.sentencesBelowThreshold()).isZero();
    int sentences = 0;
    for (DocumentResult d : byDefault.documents()) {
      sentences += d.sentences();
    }
    assertThat(all.claims()).hasSize(sentences);
    assertThat(byDefault.claims().size() + byDefault.sentencesBelowThreshold())
        .isEqualTo(sentences);
    assertThat(strict.claims().size()).isLessThan(byDefault.claims().size());
    assertThat(strict.claims()).allSatisfy(c -> assertThat(c.checkWorthiness())
        .as(c.id()).isGreaterThanOrEqualTo(0.9));
  }

  @Test
  void theReports_carryTheCount_andEachClaimsScore() throws IOException {
    CorroborationReport report = score(ScoringConfig.defaults());
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    Corroborate.news().write(report, ReportFormat.JSON, json);
    String written = json.toString(StandardCharsets.UTF_8);
    assertThat(written).contains("\"sentencesBelowThreshold\": "
        + report.sentencesBelowThreshold() + "\n}");
    CorroborationReport back =
        Corroborate.news().readJson(new ByteArrayInputStream(json.toByteArray()));
    assertThat(back.sentencesBelowThreshold()).isEqualTo(report.sentencesBelowThreshold());
    assertThat(back.claims()).extracting(ClaimResult::checkWorthiness)
        .isEqualTo(report.claims().stream().map(ClaimResult::checkWorthiness).toList());
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    Corroborate.news().write(report, ReportFormat.TEXT, text);
    assertThat(text.toString(StandardCharsets.UTF_8)).contains(
        report.sentencesBelowThreshold() + " sentences below the check-worthiness threshold");
    List<String> broken = List.of(written.replace("\"sentencesBelowThreshold\": "
        + report.sentencesBelowThreshold() + "\n}", "\"sentencesBelowThreshold\": 1\n}"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Corroborate.news().readJson(
        new ByteArrayInputStream(broken.get(0).getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("$.sentencesBelowThreshold: 1 is not the documents' sum");
  }
}
