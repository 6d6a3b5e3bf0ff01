package org.corroborate.impl.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSignalsTest {

  @Test
  void of_countsCodePointsWordsAndNonBlankLines() {
    TextSignals s = TextSignals.of("Aletho News\n\nΑΛΗΘΩΣ — 1,500 fighters.\n  \nLast line");
    assertThat(s.characters()).isEqualTo(50);
    // "—" holds no letter or digit, so it is not a word.
    assertThat(s.words()).isEqualTo(7);
    assertThat(s.paragraphs()).isEqualTo(3);
  }

  @Test
  void of_emptyText_isZero() {
    assertThat(TextSignals.of("")).isEqualTo(new TextSignals(0, 0, 0));
  }

  @Test
  void of_supplementaryCodePoint_countsOnce() {
    assertThat(TextSignals.of("\uD83D\uDE00").characters()).isEqualTo(1);
  }
}
