package org.corroborate.impl.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.impl.lang.Language;
import org.junit.jupiter.api.Test;

/** Month names and abbreviations of months.txt, in any case; other words are none. */
class MonthNamesTest {
  private static final MonthNames MONTHS = new MonthNames(Language.english());

  @Test
  void month_namesAndAbbreviationsInAnyCase() {
    assertThat(MONTHS.month("January")).isEqualTo(1);
    assertThat(MONTHS.month("FEB")).isEqualTo(2);
    assertThat(MONTHS.month("sept")).isEqualTo(9);
    assertThat(MONTHS.month("Sep")).isEqualTo(9);
    assertThat(MONTHS.month("dEcEmBeR")).isEqualTo(12);
  }

  @Test
  void month_otherWordsAreNone() {
    assertThat(MONTHS.month("Marching")).isZero();
    assertThat(MONTHS.month("Obama")).isZero();
    assertThat(MONTHS.month("Baghdad")).isZero();
    assertThat(MONTHS.month("Zürich")).isZero();
    assertThat(MONTHS.month("İstanbul")).isZero();
    assertThat(MONTHS.month("\uD801\uDC00bc")).isZero();
    assertThat(MONTHS.month("")).isZero();
  }

  @Test
  void monthName_needsACapital() {
    assertThat(MONTHS.monthName("May")).isEqualTo(5);
    assertThat(MONTHS.monthName("may")).isZero();
    assertThat(MONTHS.monthName("")).isZero();
  }
}
