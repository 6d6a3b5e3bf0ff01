package org.corroborate.impl.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.Corroborate;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.news.ClusterResult;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.Republication;
import org.corroborate.news.ScoringConfig;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 7: in a folder of 100 files made from 25 distinct two-sentence texts, 27 of the
 * 75 exact copies were not found and {@code independentSources} reached 52 where at most 25 is
 * possible (a text of fewer than 8 words had no shingle to compare). Each document here is its
 * own source, as a {@code .txt} file of a folder is; document {@code d} holds text {@code d % 25}.
 */
class RepublishedShortTextsTest {
  private static final int TEXTS = 25;

  /** Text {@code i}: two sentences of 5 and 2 words, the figure distinct per text. */
  private static String text(int i) {
    return (100 + 7 * i) + " prisoners escaped from Hasakah. Guards "
        + (i % 2 == 0 ? "fled." : "ran.");
  }

  private static CorroborationReport score(int documents) {
    Corpus.Builder b = Corpus.builder();
    for (int d = 0; d < documents; d++) {
      String id = String.format(java.util.Locale.ROOT, "f%04d", d);
      b.source(Source.of(id));
      b.document(Document.of(id, id, text(d % TEXTS)));
    }
    return Corroborate.news().scorer(ScoringConfig.defaults()).score(b.build());
  }

  private static void assertEveryCopyFound(CorroborationReport report, int documents) {
    // every document after the first of its text is a copy, of a document with the same text
    Map<String, Integer> textOf = new TreeMap<>();
    for (int d = 0; d < documents; d++) {
      textOf.put(String.format(java.util.Locale.ROOT, "f%04d", d), d % TEXTS);
    }
    TreeSet<String> copies = new TreeSet<>();
    for (Republication r : report.republications()) {
      assertThat(textOf.get(r.documentId())).isEqualTo(textOf.get(r.originDocumentId()));
      assertThat(r.containment()).isEqualTo(1.0);
      copies.add(r.documentId());
    }
    assertThat(copies).hasSize(documents - TEXTS);
    // each text is one voice: the source of its first document (f0000 to f0024), so a cluster
    // has exactly as many voices as it has texts
    assertThat(report.clusters()).isNotEmpty();
    for (ClusterResult c : report.clusters()) {
      TreeSet<String> firstOfEachText = new TreeSet<>();
      for (String source : c.sourceIds()) {
        firstOfEachText.add(String.format(java.util.Locale.ROOT, "source:f%04d",
            textOf.get(source)));
      }
      assertThat(c.voices()).as(c.id()).containsExactlyElementsOf(firstOfEachText);
      assertThat(c.independentSources()).as(c.id()).isLessThanOrEqualTo(TEXTS);
    }
  }

  @Test
  void hundredFilesOfTwentyFiveShortTexts_everyCopyFound_atMostTwentyFiveVoices() {
    assertEveryCopyFound(score(100), 100);
  }

  @Test
  void twoThousandFilesOfTwentyFiveShortTexts_everyCopyFound() {
    assertEveryCopyFound(score(2000), 2000);
  }
}
