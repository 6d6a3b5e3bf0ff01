package org.corroborate.impl.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token of a sentence for the pattern scanners: a word (letters, with glued words split where a
 * lower-case letter meets an upper-case one), a number (digits with inner {@code ,} or {@code .}
 * separators followed by digits), or one punctuation character. White space is not a token;
 * {@link #spaceBefore} says whether some preceded it.
 *
 * @param text the characters as written
 * @param lower {@code text} lower-cased with {@link Locale#ROOT}
 * @param kind word, number or punctuation
 * @param start offset of the first character in the document
 * @param end offset after the last character
 * @param spaceBefore whether white space separates it from the previous token
 */
record Token(String text, String lower, Kind kind, int start, int end, boolean spaceBefore) {
  enum Kind { WORD, NUMBER, PUNCT }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean is(String lowerText) {
    return lower.equals(lowerText);
  }

  boolean capitalised() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  /** Tokens of {@code text[start, end)}; one pass, linear. */
  static List<Token> of(String text, int start, int end) {
    List<Token> tokens = new ArrayList<>();
    int i = start;
    boolean space = false;
    while (i < end) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (TextCleaner.blank(text.charAt(i)) || Character.isWhitespace(cp)) {
        space = true;
        i += n;
        continue;
      }
      int s = i;
      Kind kind;
      if (Character.isDigit(cp)) {
        kind = Kind.NUMBER;
        i += n;
        while (i < end) {
          char c = text.charAt(i);
          if (Character.isDigit(c)) {
            i++;
          } else if ((c == ',' || c == '.') && i + 1 < end && Character.isDigit(text.charAt(i + 1))
              && Character.isDigit(text.charAt(i - 1))) {
            i++;
          } else {
            break;
          }
        }
      } else if (Character.isLetter(cp)) {
        kind = Kind.WORD;
        int previous = cp;
        i += n;
        while (i < end) {
          int c = text.codePointAt(i);
          if (!Character.isLetter(c) && !isInvisible(c)) {
            break;
          }
          if (Character.isLowerCase(previous) && Character.isUpperCase(c)) {
            break; // glued words
          }
          if (!isInvisible(c)) {
            previous = c;
          }
          i += Character.charCount(c);
        }
      } else {
        kind = Kind.PUNCT;
        i += n;
      }
      String t = text.substring(s, i);
      tokens.add(new Token(t, stripInvisible(t).toLowerCase(Locale.ROOT), kind, s, i, space));
      space = false;
    }
    return tokens;
  }

  /** Zero-width characters that may sit inside a word without breaking it. */
  static boolean isInvisible(int cp) {
    return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF
        || cp == 0x00AD;
  }

  static String stripInvisible(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      if (isInvisible(s.charAt(i))) {
        if (b == null) {
          b = new StringBuilder(s.substring(0, i));
        }
      } else if (b != null) {
        b.append(s.charAt(i));
      }
    }
    return b == null ? s : b.toString();
  }
}
