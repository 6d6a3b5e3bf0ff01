package org.corroborate.impl.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Glued words split by the corpus's own vocabulary, as a list or appended to the caller's. */
class GluedWordsTest {
  /** "any" and "formal" seen twice each, "anyformal" once, "itsmilitary" never. */
  private static GluedWords glue() {
    GluedWords glue = new GluedWords();
    glue.learn(Map.of("any", 2, "formal", 2, "anyformal", 1, "its", 3, "military", 2,
        "itsm", 1, "ilitary", 1));
    return glue;
  }

  private static List<String> parts(String token) {
    List<String> into = new ArrayList<>();
    glue().addParts(token, into);
    return into;
  }

  @Test
  void parts_wordSeenOnceWithBothHalvesKnown_givesTheHalves() {
    assertThat(parts("anyformal")).containsExactly("any", "formal");
  }

  @Test
  void parts_twoSplitPoints_prefersTheLongerShortHalf() {
    // its|military (shorter half 3) and itsm|ilitary (shorter half 4): the second wins
    assertThat(parts("itsmilitary")).containsExactly("itsm", "ilitary");
  }

  @Test
  void parts_wordSeenTwiceOrShort_staysWhole() {
    assertThat(parts("formal")).containsExactly("formal");
    assertThat(parts("anyfo")).containsExactly("anyfo");
  }

  @Test
  void addParts_appendsToTheCallersList() {
    List<String> into = new ArrayList<>(List.of("the"));
    GluedWords glue = glue();
    glue.addParts("anyformal", into);
    glue.addParts("formal", into);
    glue.addParts("nowhere", into);
    assertThat(into).containsExactly("the", "any", "formal", "formal", "nowhere");
  }

  @Test
  void words_givesEachTokensHalvesOnceAndThemAllInOrder() {
    String text = "Anyformal, itsmilitary 30 formal.";
    List<Token> tokens = Token.of(text, 0, text.length());
    GluedWords.Split split = glue().words(tokens);
    // tokens: Anyformal , itsmilitary 30 formal .
    assertThat(split.heads()).containsExactly("any", null, "itsm", "30", "formal", null);
    assertThat(split.tails()).containsExactly("formal", null, "ilitary", null, null, null);
    assertThat(split.words()).containsExactly("any", "formal", "itsm", "ilitary", "30", "formal");
  }
}
