package org.corroborate.impl.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.impl.lang.Language;
import org.junit.jupiter.api.Test;

/** The "from:" label of a lead line, in any case and after other colons; lines as compared. */
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

  @Test
  void normalised_lowerCaseOneSpaceNoTrailingPunctuation() {
    assertThat(TextCleaner.normalised("  Share\t THIS\u00A0Story:  ")).isEqualTo("share this story");
    assertThat(TextCleaner.normalised("Page 2 of 3.;")).isEqualTo("page 2 of 3");
    assertThat(TextCleaner.normalised("Advertisement.")).isEqualTo("advertisement");
    assertThat(TextCleaner.normalised(" \t\n")).isEmpty();
  }

  @Test
  void normalised_onePass_asTheGeneralWay() {
    // blanks of every kind, control characters that are not blank, DEL, the trailing marks,
    // letters with and without a case, a title-case letter, those the general way handles
    String alphabet = "aZ9 \t\n\u000B\f\r\u001C\u001F\u0001\u007F.:!,;-ÉßÆ’“\u00A0\u2003\u200B"
        + "\u3000\u2028\u00AD\u01C5ΣσΙİ\u0130Ω\u4E2D\uD835\uDC00";
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder line = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        line.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = line.toString();
      assertThat(TextCleaner.normalised(s)).as("\"%s\"", s)
          .isEqualTo(TextCleaner.normalisedAnyText(s));
    }
  }
}
