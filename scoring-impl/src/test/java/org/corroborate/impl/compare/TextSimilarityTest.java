package org.corroborate.impl.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corroborate.model.TextValue;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {

  private final TextSimilarity text = TextSimilarity.INSTANCE;

  @Test
  void key_caseAccentsPunctuationSpacing_normalised() {
    assertThat(text.key(new TextValue("  Crème  Brûlée!! "))).isEqualTo("creme brulee");
    assertThat(text.key(new TextValue("ＦＵＬＬ－ｗｉｄｔｈ"))).isEqualTo("full width");
  }

  @Test
  void key_dottedCapitalI_underTurkishLocale_rootLowerCase() {
    assertThat(text.key(new TextValue("TITLE"))).isEqualTo("title");
  }

  @Test
  void key_onlyPunctuation_keepsExactText() {
    assertThat(text.key(new TextValue("!!!"))).isEqualTo("~!!!");
    assertThat(text.support(new TextValue("!!!"), new TextValue("???"))).isEqualTo(0.0);
  }

  @Test
  void support_diceOfTrigrams() {
    // " night " -> {" ni","nig","igh","ght","ht "}; " nacht " -> {" na","nac","ach","cht","ht "}
    // one common trigram: 2 * 1 / (5 + 5)
    assertThat(text.support(new TextValue("night"), new TextValue("nacht")))
        .isEqualTo(0.2, within(1e-12));
    // " ab " -> {" ab","ab "}; " abc " -> {" ab","abc","bc "}: 2 * 1 / (2 + 3)
    assertThat(text.support(new TextValue("ab"), new TextValue("abc")))
        .isEqualTo(0.4, within(1e-12));
  }

  @Test
  void matches_keyEquality() {
    assertThat(text.matches(new TextValue("New-York"), new TextValue("new york"))).isTrue();
    assertThat(text.matches(new TextValue("New York"), new TextValue("Newark"))).isFalse();
  }
}
