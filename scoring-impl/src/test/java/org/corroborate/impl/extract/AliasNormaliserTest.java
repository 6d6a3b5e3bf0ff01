package org.corroborate.impl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.impl.lang.Language;
import org.junit.jupiter.api.Test;

class AliasNormaliserTest {
  private static final AliasNormaliser KEYS =
      new AliasNormaliser(Language.english().group("names", "ARTICLE"));

  @Test
  void diphthongAw_beforeAConsonant_isTheOOfOtherTransliterations() {
    // al-Hawl: article dropped, "hawl" -> "hol" (3 letters, not folded further); al-Hol -> "hol"
    assertThat(KEYS.key("al-Hawl")).isEqualTo("hol").isEqualTo(KEYS.key("al-Hol"));
    assertThat(KEYS.key("Al-Hawl camp")).isEqualTo(KEYS.key("al-Hol camp"));
    // Mawsil -> "mosil" -> "musil" (o -> u, e/i kept); Mosul -> "musul": one edit apart, which
    // AliasTable merges
    assertThat(AliasNormaliser.fold("mawsil")).isEqualTo("musil");
    assertThat(AliasNormaliser.oneEditApart(AliasNormaliser.fold("mawsil"),
        AliasNormaliser.fold("mosul"))).isTrue();
  }

  @Test
  void aw_beforeAVowel_isAConsonantW_andStays() {
    // Nawaf: "aw" before "a" is no diphthong
    assertThat(AliasNormaliser.fold("nawaf")).isEqualTo("nawaf");
    assertThat(AliasNormaliser.fold("hawar")).isEqualTo("hawar");
  }
}
