package org.corroborate.impl.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A claim's content words made from its sentence's tokens are the words made from its text: the
 * tokens are used only where the two tokenisers agree, and the text is read again elsewhere.
 */
class ContentWordsTest {
  private static final ContentWords WORDS = new ContentWords(Set.of("the", "in", "of", "and"));

  /** Glue learnt from the sentence itself, as the extractor learns it from the corpus. */
  private static GluedWords glue(List<Token> tokens) {
    Map<String, Integer> counts = new HashMap<>();
    GluedWords.count(tokens, counts);
    counts.merge("any", 2, Integer::sum);
    counts.merge("formal", 2, Integer::sum);
    GluedWords glue = new GluedWords();
    glue.learn(counts);
    return glue;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The militants escaped in 3,000 trucks WithISIS inIraq and anyformal talks.",
      "Covid19 cases rose 12.5% in the F-16 region of Zürich's canton.",
      "abc123def and 4x4 vehicles, G20 leaders.",
      "co\u00ADoperate and co\u200Boperation and Ma\u2060rk",
      "numbers \uD835\uDFCF\uD835\uDFD0 and \u0663\u0664 and \uD835\uDFCF alone",
      "İstanbul ΣΊΣΥΦΟΣ Straße",
      "“Quoted,” he said — it’s over…",
      ""})
  void ofTokens_givesWhatTheTextGives(String text) {
    List<Token> tokens = Token.of(text, 0, text.length());
    GluedWords glue = glue(tokens);
    assertThat(WORDS.of(text, 0, text.length(), tokens, glue, glue.words(tokens)))
        .isEqualTo(WORDS.of(text, 0, text.length(), glue));
  }

  @Test
  void ofTokens_aSentenceInsideALongerText() {
    String text = "First one. The escaped anyformal fighters, 300 of them. Last.";
    int start = text.indexOf("The");
    int end = text.indexOf(" Last");
    List<Token> tokens = Token.of(text, start, end);
    GluedWords glue = glue(Token.of(text, 0, text.length()));
    assertThat(WORDS.of(text, start, end, tokens, glue, glue.words(tokens)))
        .containsExactly("ani", "escap", "fighter", "formal", "them"); // Porter2: "any" gives "ani"
  }

  @Test
  void tokenWords_trueForWordsNumbersAndPunctuation() {
    String text = "Some 3,000 people (1.5%) fled WithISIS inIraq — Zürich’s mayor said.";
    assertThat(ContentWords.tokenWords(Token.of(text, 0, text.length()))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc123", "G20", "4x4", "co\u00ADoperate", "\uD835\uDFCF", "\u0663"})
  void tokenWords_falseWhereTheTokenisersDiffer(String text) {
    assertThat(ContentWords.tokenWords(Token.of(text, 0, text.length()))).isFalse();
  }
}
