package org.corroborate.impl.compare;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case, accent and punctuation folding shared by the text and author comparisons.
 *
 * <p>Design note: every step is a single left-to-right pass over the input (no regular
 * expressions), so the cost is linear in the length whatever the input. Folding is NFKC (so
 * full-width and compatibility forms become their plain letters), removal of format characters
 * (zero-width joiners, bidirectional marks, BOM), NFD and removal of combining marks (so {@code é}
 * becomes {@code e}), a few letters that have no decomposition ({@code ß}, {@code ø}, {@code æ},
 * {@code œ}, {@code ł}, {@code đ}, {@code þ}, {@code ı}), and lower case in {@link Locale#ROOT}, so
 * the result does not depend on the default locale (the Turkish dotless i in particular).
 */
final class TextNormalizer {

  private TextNormalizer() {}

  /** Returns {@code text} folded as described in the class comment; punctuation is kept. */
  static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.FORMAT) {
        continue;
      }
      appendFoldedLetter(out, cp);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static void appendFoldedLetter(StringBuilder out, int cp) {
    switch (cp) {
      case 'ß':
        out.append("ss");
        break;
      case 'ø':
      case 'Ø':
        out.append('o');
        break;
      case 'æ':
      case 'Æ':
        out.append("ae");
        break;
      case 'œ':
      case 'Œ':
        out.append("oe");
        break;
      case 'ł':
      case 'Ł':
        out.append('l');
        break;
      case 'đ':
      case 'Đ':
        out.append('d');
        break;
      case 'þ':
      case 'Þ':
        out.append("th");
        break;
      case 'ı':
        out.append('i');
        break;
      default:
        out.appendCodePoint(cp);
    }
  }

  /**
   * Returns {@code text} folded, with every code point that is neither a letter nor a digit
   * replaced by a space, and runs of spaces collapsed to one; no leading or trailing space.
   */
  static String normalize(String text) {
    String folded = fold(text);
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingSpace = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(cp);
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }
}
