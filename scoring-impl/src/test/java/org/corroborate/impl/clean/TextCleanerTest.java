package org.corroborate.impl.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.impl.lang.Language;
import org.junit.jupiter.api.Test;

/** The "from:" label of a lead line, in any case and after other colons. */
class TextCleanerTest {
  private static final TextCleaner CLEANER = new TextCleaner(Language.english());

  @Test
  void clean_fromLabel_namesTheOutletAndIsNoContent() {
    CleanText c = CLEANER.clean("From: Reuters\nThe army said 300 fighters died.");
    assertThat(c.outlet()).contains("Reuters");
    assertThat(c.content()).hasSize(1);
  }

  @Test
  void clean_fromLabelInCapitalsAfterAnotherColon_isFound() {
    CleanText c = CLEANER.clean("Note: copy FROM: AP\nThe army said 300 fighters died.");
    assertThat(c.outlet()).contains("AP");
  }

  @Test
  void clean_colonWithoutFromLabel_keepsTheLine() {
    CleanText c = CLEANER.clean("the army said: 300 fighters died.\nMore follows here.");
    assertThat(c.outlet()).isEmpty();
    assertThat(c.content()).hasSize(2);
  }
}
