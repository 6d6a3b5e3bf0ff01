package org.corroborate.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VerdictTest {
  @Test
  void wordsAreCapitalisedWhateverTheDefaultLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertThat(Verdict.TRUE.word()).isEqualTo("True");
      assertThat(Verdict.FALSE.word()).isEqualTo("False");
      assertThat(Verdict.UNVERIFIED.word()).isEqualTo("Unverified");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void ratingMapsProbabilityOntoOneToFive() {
    assertThat(Verdict.rating(0.0)).isEqualTo(1.0);
    assertThat(Verdict.rating(1.0)).isEqualTo(5.0);
    assertThat(Verdict.rating(0.5)).isEqualTo(3.0);
    // 1 + 4 * 0.123 = 1.492, rounded to 1.49; 1 + 4 * 0.12375 = 1.495, half up to 1.5
    assertThat(Verdict.rating(0.123)).isEqualTo(1.49);
    assertThat(Verdict.rating(0.12375)).isEqualTo(1.5);
  }

  @Test
  void ratingRefusesWhatIsNotAProbability() {
    assertThatThrownBy(() -> Verdict.rating(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> Verdict.rating(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Verdict.rating(-0.01)).isInstanceOf(IllegalArgumentException.class);
  }
}
