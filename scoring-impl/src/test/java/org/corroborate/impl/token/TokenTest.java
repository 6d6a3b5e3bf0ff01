package org.corroborate.impl.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens as written and lower-cased, whatever way each is made. */
class TokenTest {
  private static List<Token> of(String text) {
    return Token.of(text, 0, text.length());
  }

  @Test
  void of_wordsNumbersAndPunctuation_withTheirLowerCase() {
    List<Token> t = of("ISIS fighters, 3,000 of them (WithISIS) fled Zürich’s camp.");
    assertThat(t).extracting(Token::text).containsExactly("ISIS", "fighters", ",", "3,000", "of",
        "them", "(", "With", "ISIS", ")", "fled", "Zürich", "’", "s", "camp", ".");
    assertThat(t).extracting(Token::lower).containsExactly("isis", "fighters", ",", "3,000", "of",
        "them", "(", "with", "isis", ")", "fled", "zürich", "’", "s", "camp", ".");
    assertThat(t).extracting(Token::kind).startsWith(Token.Kind.WORD, Token.Kind.WORD,
        Token.Kind.PUNCT, Token.Kind.NUMBER);
    assertThat(t.get(2).start()).isEqualTo(13);
    assertThat(t.get(2).end()).isEqualTo(14);
    assertThat(t.get(3).spaceBefore()).isTrue();
    assertThat(t.get(2).spaceBefore()).isFalse();
  }

  @Test
  void of_invisibleMarks_insideAWordAreDroppedFromItsLowerCase() {
    List<Token> t = of("co\u00ADoperate Ma\u2060rk \u00AD");
    assertThat(t).extracting(Token::text)
        .containsExactly("co\u00ADoperate", "Ma\u2060rk", "\u00AD");
    // a soft hyphen standing alone is punctuation, and nothing once the marks are dropped
    assertThat(t).extracting(Token::lower).containsExactly("cooperate", "mark", "");
    assertThat(t.get(2).kind()).isEqualTo(Token.Kind.PUNCT);
  }

  @Test
  void of_lowerCaseAsciiWord_isItsOwnLowerCase() {
    Token t = of("escaped").get(0);
    assertThat(t.lower()).isSameAs(t.text());
  }

  @Test
  void splitAtWhiteSpace_asStringSplit() {
    assertThat(Token.splitAtWhiteSpace("Fidel  Castro\tdead \n")).containsExactly("Fidel", "Castro",
        "dead");
    // a leading blank gives an empty first word, as String.split does
    assertThat(Token.splitAtWhiteSpace(" a b")).containsExactly("", "a", "b");
  }
}
