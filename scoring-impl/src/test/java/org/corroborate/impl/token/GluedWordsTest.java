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

  @Test
  void split_wordSeenOnceWithBothHalvesKnown_givesTheHalves() {
    assertThat(glue().split("anyformal")).containsExactly("any", "formal");
  }

  @Test
  void split_twoSplitPoints_prefersTheLongerShortHalf() {
    // its|military (shorter half 3) and itsm|ilitary (shorter half 4): the second wins
    assertThat(glue().split("itsmilitary")).containsExactly("itsm", "ilitary");
  }

  @Test
  void split_wordSeenTwiceOrShort_staysWhole() {
    assertThat(glue().split("formal")).containsExactly("formal");
    assertThat(glue().split("anyfo")).containsExactly("anyfo");
  }

  @Test
  void addParts_appendsWhatSplitGives() {
    List<String> into = new ArrayList<>(List.of("the"));
    GluedWords glue = glue();
    glue.addParts("anyformal", into);
    glue.addParts("formal", into);
    glue.addParts("nowhere", into);
    assertThat(into).containsExactly("the", "any", "formal", "formal", "nowhere");
  }
}
