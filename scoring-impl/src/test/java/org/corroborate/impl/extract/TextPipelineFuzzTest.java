package org.corroborate.impl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corroborate.impl.clean.CleanText;
import org.corroborate.impl.clean.NotTextException;
import org.corroborate.impl.clean.TextCleaner;
import org.corroborate.impl.clean.TextValidator;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.sentence.Sentence;
import org.corroborate.impl.sentence.SentenceSplitter;
import org.corroborate.model.Document;
import org.corroborate.news.Quantity;

/**
 * Fuzz target for the text stages on arbitrary text (the bytes decoded as UTF-8, malformed
 * sequences replaced): validation, cleaning, sentences (with a small sentence limit too, so
 * cutting runs), and claims with their figures, dates, names and attribution. The contract:
 * {@link TextValidator} accepts or throws {@link NotTextException} with a reason; for accepted
 * text, no stage throws, every sentence and claim span lies inside the text in order, every
 * figure is finite. Seeds in {@code TextPipelineFuzzTestInputs/}; fuzzing mode in
 * CONTRIBUTING.md.
 */
class TextPipelineFuzzTest {
  private static final Language EN = Language.english();
  private static final TextCleaner CLEANER = new TextCleaner(EN);
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(EN);
  private static final SentenceSplitter SHORT = new SentenceSplitter(EN, 40);
  private static final PatternClaimExtractor EXTRACTOR = new PatternClaimExtractor(EN);
  private static final PatternClaimExtractor SHORT_EXTRACTOR =
      new PatternClaimExtractor(EN, List.of(), 40);

  @FuzzTest(maxDuration = "10m")
  void text(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      TextValidator.check(text);
    } catch (NotTextException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    CleanText clean = CLEANER.clean(text);
    for (SentenceSplitter splitter : List.of(SPLITTER, SHORT)) {
      int last = 0;
      for (Sentence s : splitter.split(clean)) {
        assertThat(s.start()).isBetween(last, s.end());
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
        last = s.end();
      }
    }
    Document doc = Document.of("d", "s", text);
    for (PatternClaimExtractor extractor : List.of(EXTRACTOR, SHORT_EXTRACTOR)) {
      for (ExtractedClaim c : extractor.extract(List.of(doc)).claims()) {
        assertThat(c.span().start()).isBetween(0, c.span().end());
        assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
        for (Quantity q : c.quantities()) {
          assertThat(Double.isFinite(q.value()) && Double.isFinite(q.low())
              && Double.isFinite(q.high())).as("%s in %s", q, c.text()).isTrue();
        }
      }
    }
  }
}
