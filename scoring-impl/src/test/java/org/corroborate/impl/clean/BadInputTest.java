package org.corroborate.impl.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.news.NewsPipeline;
import org.corroborate.impl.news.Seeds;
import org.corroborate.impl.report.NewsReport;
import org.corroborate.impl.report.ReportWriter;
import org.corroborate.impl.token.Token;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.news.ReportFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The news pipeline on hostile input: each case must give a report (or a clear error) without an
 * exception, with every claim span inside its text and never splitting a surrogate pair.
 */
class BadInputTest {
  private static NewsReport score(String... texts) {
    List<Document> docs = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(Document.of("d" + i, "s" + i, texts[i]));
      sources.add(new Source("s" + i, "Source " + i, Optional.empty(), SourceKind.UNKNOWN,
          OptionalDouble.empty()));
    }
    NewsReport report = NewsPipeline.defaults().score(docs, sources, Map.of(), List.of(), false);
    for (ExtractedClaim c : report.result().claims()) {
      String text = texts[Integer.parseInt(c.documentId().substring(1))];
      assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(c.text()).isEqualTo(text.substring(c.span().start(), c.span().end()));
      assertThat(Character.isLowSurrogate(text.charAt(c.span().start()))).isFalse();
      assertThat(c.span().end() == text.length()
          || !Character.isLowSurrogate(text.charAt(c.span().end()))).isTrue();
    }
    return report;
  }

  private static final String NEWS = "Officials said 1,500 fighters escaped from the prison.";

  @Test
  void emptyAndBlankDocuments_giveNoClaims() {
    NewsReport r = score("", "   \n\n\t ", NEWS);
    assertThat(r.report().claims().size()).isEqualTo(1);
    assertThat(r.report().warnings()).isEmpty();
  }

  @Tag("slow") // the size of the input is the test; the quick run leaves it out
  @Test
  void fiveMegabytesWithoutALineBreak_isRead() {
    SplittableRandom random = new SplittableRandom(11);
    String[] words = {"the", "Syrian", "forces", "said", "1,500", "fighters", "escaped", "al-",
        "“quote", "U.S.", "(SDF)", "between", "and", "3,000", "-", "Al-Hol", "camp", "?"};
    StringBuilder b = new StringBuilder(5_000_100);
    while (b.length() < 5_000_000) {
      b.append(words[random.nextInt(words.length)]).append(random.nextInt(20) == 0 ? ". " : " ");
    }
    NewsReport r = score(b.toString(), NEWS);
    assertThat(r.report().claims().size()).isGreaterThan(1);
  }

  @Tag("slow") // the size of the input is the test; the quick run leaves it out
  @Test
  void oneHugeSentence_ofCapitalisedWordsAndPeriods_isRead() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      b.append(i % 3 == 0 ? "A." : "Name").append(i % 7 == 0 ? "-" : " ");
    }
    score(b.toString() + " said 1,500 fighters escaped.", NEWS);
  }

  @Test
  void binaryJunk_isReportedByName_andTheOthersAreScored() {
    byte[] junk = new byte[2048];
    new SplittableRandom(5).nextBytes(junk);
    String binary = new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1) + "\u0000";
    NewsReport r = score(binary, NEWS);
    assertThat(r.report().warnings()).singleElement().asString()
        .contains("document 'd0' is not text").contains("left out");
    assertThat(r.report().claims().size()).isEqualTo(1);
    assertThatThrownBy(() -> NewsPipeline.defaults().score(
            List.of(Document.of("d0", "s0", binary)),
            List.of(new Source("s0", "S", Optional.empty(), SourceKind.UNKNOWN,
                OptionalDouble.empty())), Map.of(), List.of(), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("document 'd0' is not text");
  }

  @Test
  void arabicRtlMarksZeroWidthEmojiAndUnbalancedQuotes_areRead() {
    String arabic = "قالت مصادر إن 1500 مقاتل فروا من السجن. \u200F" + NEWS;
    String zeroWidth = "Offi\u200Bcials said 1,500 fight\u200Bers escaped from Al-\u200BHol.";
    String emoji = "😀 Officials 😀 said 1,500 fighters 🚨 escaped. 🚨";
    String quotes = "“Officials said 1,500 fighters escaped. \"He added that \"more fled";
    NewsReport r = score(arabic, zeroWidth, emoji, quotes);
    assertThat(r.report().claims().size()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void zeroWidthCharacters_doNotBreakWords() {
    String s = "fight\u200Bers escaped";
    List<Token> tokens = Token.of(s, 0, s.length());
    assertThat(tokens.get(0).lower()).isEqualTo("fighters");
  }

  @Test
  void duplicateIdsAndUnknownSources_failNamingTheField() {
    Source s = new Source("s", "S", Optional.empty(), SourceKind.UNKNOWN, OptionalDouble.empty());
    assertThatThrownBy(() -> NewsPipeline.defaults().score(
            List.of(Document.of("d", "s", NEWS), Document.of("d", "s", NEWS)), List.of(s),
            Map.of(), List.of(), false))
        .hasMessageContaining("documents: id 'd' appears twice");
    assertThatThrownBy(() -> NewsPipeline.defaults().score(
            List.of(Document.of("d", "x", NEWS)), List.of(s), Map.of(), List.of(), false))
        .hasMessageContaining("documents[d].sourceId: 'x' is not among the sources");
  }

  @Test
  void documentOrder_changesNoByte() throws java.io.IOException {
    Seeds seeds = Seeds.load();
    List<Document> reversed = new ArrayList<>(seeds.documents);
    java.util.Collections.reverse(reversed);
    List<Source> sources = new ArrayList<>(seeds.sources);
    java.util.Collections.reverse(sources);
    java.io.ByteArrayOutputStream a = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    ReportWriter.write(Seeds.scored().report(), ReportFormat.JSON, a);
    ReportWriter.write(NewsPipeline.defaults()
        .score(reversed, sources, seeds.republishedFrom, List.of(), true).report(),
        ReportFormat.JSON, b);
    assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
  }
}
