package org.corroborate.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoringConfigLanguageTest {
  @Test
  void language_defaultsToEnglish_andShowsInToString() {
    assertThat(ScoringConfig.defaults().language()).isEqualTo("en");
    assertThat(ScoringConfig.builder().language("pt-br").build().toString())
        .contains("language=pt-br");
    assertThat(ScoringConfig.builder().language("en").build()).isEqualTo(ScoringConfig.defaults());
    assertThat(ScoringConfig.builder().language("xx").build()).isNotEqualTo(ScoringConfig.defaults());
  }

  @Test
  void language_isCheckedOnArrival_andSetOnce() {
    assertThatThrownBy(() -> ScoringConfig.builder().language("EN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language: must be a language code such as 'en', was 'EN'");
    assertThatThrownBy(() -> ScoringConfig.builder().language("../en"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoringConfig.builder().language("en").language("xx"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("language: already set");
  }
}
