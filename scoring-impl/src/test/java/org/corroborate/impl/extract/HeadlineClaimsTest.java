package org.corroborate.impl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.token.Span;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.junit.jupiter.api.Test;

/** Titles and headlines are claims whatever their check-worthiness. */
class HeadlineClaimsTest {
  private static final PatternClaimExtractor EXTRACTOR =
      new PatternClaimExtractor(Language.english());
  private static final PatternClaimExtractor ALL =
      new PatternClaimExtractor(Language.english(), List.of(), 2_000, 0.0);

  private static Document titled(String id, String title, String text) {
    return new Document(id, "wire", Optional.of(title), Optional.empty(), Genre.NEWS, text);
  }

  @Test
  void aHeadlineOnlyDocument_isOneClaim() {
    // four capitalised words, no end punctuation: once read as an outlet's name line and
    // dropped; one name scores .38, below the threshold, but a headline is a claim
    PatternClaimExtractor.Extraction x = EXTRACTOR.extract(
        List.of(Document.of("h", "wire", "Apple Unveils New Tablet")));
    assertThat(x.claims()).hasSize(1);
    ExtractedClaim c = x.claims().get(0);
    assertThat(c.id()).isEqualTo("h#1");
    assertThat(c.text()).isEqualTo("Apple Unveils New Tablet");
    assertThat(c.span()).isEqualTo(new Span(0, 24));
    assertThat(c.checkWorthiness()).isLessThan(CheckWorthiness.DEFAULT_THRESHOLD);
    assertThat(x.sentences()).containsEntry("h", 1);
    assertThat(x.belowThreshold()).containsEntry("h", 0);
  }

  @Test
  void aLongHeadlineWithoutAPeriod_isOneClaim() {
    String headline = "report says the new tablet will come out in the autumn and be cheaper than"
        + " the one before it";
    assertThat(EXTRACTOR.extract(List.of(Document.of("h", "wire", headline))).claims())
        .extracting(ExtractedClaim::text).containsExactly(headline);
  }

  @Test
  void aHeadlineOfTwoSentences_isOneClaim_readWhole() {
    // a question and its answer on one line, no final period: one headline, one claim
    String headline = "Willie Nelson Dead? Viral Hoax Fools Internet";
    PatternClaimExtractor.Extraction x =
        EXTRACTOR.extract(List.of(Document.of("h", "wire", headline)));
    assertThat(x.claims()).extracting(ExtractedClaim::text).containsExactly(headline);
    assertThat(x.sentences()).containsEntry("h", 1);
    // with a final period, the line is split and read as sentences
    assertThat(EXTRACTOR.extract(List.of(Document.of("h", "wire",
        "Is this serious? The police said 300 prisoners escaped."))).sentences())
        .containsEntry("h", 2);
  }

  @Test
  void aOneLineDocumentEndingWithAPeriod_isScoredLikeAnyText() {
    // no cue at all: z = -1.5, .18, below the threshold; a final period makes it a sentence,
    // not a headline given as the whole text
    String line = "the footage is probably fake.";
    PatternClaimExtractor.Extraction x =
        EXTRACTOR.extract(List.of(Document.of("h", "wire", line)));
    assertThat(x.claims()).isEmpty();
    assertThat(x.belowThreshold()).containsEntry("h", 1);
    assertThat(ALL.extract(List.of(Document.of("h", "wire", line))).claims()).singleElement()
        .satisfies(c -> assertThat(c.checkWorthiness()).isCloseTo(1 / (1 + Math.exp(1.5)),
            org.assertj.core.api.Assertions.within(1e-12)));
    assertThat(EXTRACTOR.extract(List.of(Document.of("h", "wire", line.replace(".", ""))))
        .claims()).extracting(ExtractedClaim::text).containsExactly(line.replace(".", ""));
  }

  @Test
  void aFirstLineEqualToTheTitle_isTheHeadline_notAnOutletName() {
    Document d = titled("t", "Mexican Drug Lord Shot Dead",
        "Mexican Drug Lord Shot Dead\nIt was a quiet week.");
    PatternClaimExtractor.Extraction x = EXTRACTOR.extract(List.of(d));
    assertThat(x.claims()).extracting(ExtractedClaim::id, ExtractedClaim::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("t#1",
            "Mexican Drug Lord Shot Dead"));
    assertThat(x.sentences()).containsEntry("t", 2);
    assertThat(x.belowThreshold()).containsEntry("t", 1);
    assertThat(x.cleaned().get("t").outlet()).isEmpty();
  }

  @Test
  void aTitleTheTextDoesNotHold_isClaimZero_andTheTextKeepsItsNumbers() {
    String text = "Police said 300 prisoners escaped.";
    Document d = titled("t", "Jailbreak in the north", text);
    PatternClaimExtractor.Extraction x = EXTRACTOR.extract(List.of(d));
    assertThat(x.claims()).extracting(ExtractedClaim::id)
        .containsExactly("t#0", "t#1");
    ExtractedClaim title = x.claims().get(0);
    assertThat(title.text()).isEqualTo("Jailbreak in the north");
    assertThat(title.span()).isEqualTo(new Span(0, 0));
    assertThat(title.events()).containsExactly("ESCAPE");
    assertThat(x.claims().get(1).text()).isEqualTo(text);
    assertThat(EXTRACTOR.extract(List.of(Document.of("t", "wire", text))).claims())
        .extracting(ExtractedClaim::id).containsExactly("t#1");
    assertThat(x.sentences()).containsEntry("t", 2);
    assertThat(x.belowThreshold()).containsEntry("t", 0);
  }

  @Test
  void aTitleWrittenWithANoBreakSpace_isFoundInTheText() {
    // the seed 004 writes "ISIS\u00a0fighters" in its text and a plain space in its title
    Document d = titled("t", "Iraq boosts security after ISIS fighters freed",
        "Iraq boosts security after ISIS\u00a0fighters freed\n\nThe border is long.");
    assertThat(EXTRACTOR.extract(List.of(d)).claims()).extracting(ExtractedClaim::id)
        .containsExactly("t#1");
  }

  @Test
  void theExtractionsMaps_iterateInDocumentIdOrder_andAreUnmodifiable() {
    // given out of order: every map iterates by id, whatever the run (Map.copyOf's order is
    // salted per JVM, which made the iteration order change from run to run)
    List<Document> documents = List.of(
        Document.of("d3", "wire", "The police said 300 prisoners escaped."),
        Document.of("d1", "wire", "The mayor said the bridge would reopen on Monday."),
        Document.of("d2", "wire", "Officials said 12 people were hurt. Nothing else."));
    PatternClaimExtractor.Extraction x = EXTRACTOR.extract(documents);
    for (java.util.Map<String, ?> m : List.of(x.cleaned(), x.sentences(), x.belowThreshold())) {
      assertThat(m).isInstanceOf(java.util.SortedMap.class);
      assertThat(m.keySet()).containsExactly("d1", "d2", "d3");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.remove("d1"))
          .isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(x.cutSentences()).isInstanceOf(java.util.SortedMap.class).isEmpty();
    assertThat(x.sentences()).containsEntry("d2", 2);
  }
}
