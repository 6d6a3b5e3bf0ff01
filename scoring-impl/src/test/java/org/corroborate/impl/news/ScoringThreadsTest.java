package org.corroborate.impl.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.impl.report.ReportWriter;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.news.ReportFormat;
import org.corroborate.news.ScoringConfig;
import org.junit.jupiter.api.Test;

/**
 * The news pipeline on one thread and on several: documents are prepared and mined for claims in
 * parallel, and the alias table and glue vocabulary that every document's claims depend on are
 * built in document order, so the report is the same byte for byte.
 */
class ScoringThreadsTest {
  private static byte[] report(Seeds seeds, List<Document> documents, List<Source> sources,
      int threads) throws IOException {
    NewsPipeline pipeline = NewsPipeline.of(ScoringConfig.builder().threads(threads).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.write(pipeline.score(documents, sources, seeds.republishedFrom, List.of(), true)
        .report(), ReportFormat.JSON, out);
    return out.toByteArray();
  }

  @Test
  void seedsAndMore_sameReportBytes_onOneTwoAndSevenThreads() throws IOException {
    Seeds seeds = Seeds.load();
    List<Document> documents = new ArrayList<>(seeds.documents);
    List<Source> sources = new ArrayList<>(seeds.sources);
    sources.add(Source.of("wire"));
    // later documents whose glued words ("itsmilitary") and short names ("al-Sudani") are only
    // resolved through what earlier documents taught the alias table and the glue vocabulary
    for (int i = 0; i < 12; i++) {
      documents.add(Document.of("wire-" + i, "wire", "Iraq has bolstered itsmilitary presence"
          + " along the border, al-Sudani said on Monday. About " + (1500 + i) + " fighters"
          + " escaped from al-Shaddadi prison, officials said."));
    }
    byte[] one = report(seeds, documents, sources, 1);
    assertThat(new String(one, java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"wire-11#1\"").contains("1511");
    assertThat(report(seeds, documents, sources, 2)).isEqualTo(one);
    assertThat(report(seeds, documents, sources, 7)).isEqualTo(one);
  }

  @Test
  void threads_outsideOneTo4096_areRefused_andDefaultToTheProcessors() {
    assertThatThrownBy(() -> ScoringConfig.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads: must be from 1 to 4096, was 0");
    assertThat(ScoringConfig.defaults().threads()).isEmpty();
    assertThat(ScoringConfig.defaults().effectiveThreads())
        .isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(ScoringConfig.builder().threads(3).build().effectiveThreads()).isEqualTo(3);
  }
}
