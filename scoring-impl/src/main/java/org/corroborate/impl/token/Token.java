package org.corroborate.impl.token;

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
public record Token(String text, String lower, Kind kind, int start, int end, boolean spaceBefore) {
  /** What a token is made of. */
  public enum Kind { WORD, NUMBER, PUNCT }

  /** Whether the token is a word. */
  public boolean isWord() {
    return kind == Kind.WORD;
  }

  /** Whether the token is a number. */
  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** Whether the token, lower-cased, is {@code lowerText}. */
  public boolean is(String lowerText) {
    return lower.equals(lowerText);
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean capitalised() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  /** Tokens of {@code text[start, end)}; one pass, linear. */
  public static List<Token> of(String text, int start, int end) {
    List<Token> tokens = new ArrayList<>((end - start) / 5 + 1); // news: a token per 5 characters
    int i = start;
    boolean space = false;
    while (i < end) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      // blank covers white space below 0x80, where the code point is the character
      if (blank(text.charAt(i)) || (cp >= 0x80 && Character.isWhitespace(cp))) {
        space = true;
        i += n;
        continue;
      }
      int s = i;
      Kind kind;
      // whether the token is its own lower case: numbers, ASCII punctuation, and words of ASCII
      // lower-case letters (most words) need no copy lower-cased
      boolean ownLower = true;
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
        ownLower = cp >= 'a' && cp <= 'z';
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
          ownLower &= c >= 'a' && c <= 'z';
          i += Character.charCount(c);
        }
      } else {
        kind = Kind.PUNCT;
        ownLower = cp < 0x80;
        i += n;
      }
      String t = kind == Kind.PUNCT && cp < 0x80 ? ASCII[cp] : text.substring(s, i);
      String lower = ownLower ? t : stripInvisible(t).toLowerCase(Locale.ROOT);
      tokens.add(new Token(t, lower, kind, s, i, space));
      space = false;
    }
    return tokens;
  }

  /** Runs of white space, compiled once. */
  private static final java.util.regex.Pattern WHITE_SPACE =
      java.util.regex.Pattern.compile("\\s+");

  /**
   * {@code s.split("\\s+")}, the pattern compiled once (the cleaner, the splitter and the
   * extractors count and read words this way on every line and sentence).
   */
  public static String[] splitAtWhiteSpace(String s) {
    return WHITE_SPACE.split(s);
  }

  /** One string for each ASCII character, for the punctuation tokens: none is made per token. */
  private static final String[] ASCII = new String[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  /** Zero-width characters that may sit inside a word without breaking it. */
  public static boolean isInvisible(int cp) {
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

  /** Whether {@code c} is white space, a space character or an invisible format mark. */
  public static boolean blank(char c) {
    if (c > ' ' && c < 0x7F) {
      return false; // printable ASCII, most of any text: no need for the Unicode tables
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
        || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u200E' || c == '\u200F';
  }
}
