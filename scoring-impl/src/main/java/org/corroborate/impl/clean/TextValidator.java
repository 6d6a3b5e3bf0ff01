package org.corroborate.impl.clean;

/**
 * Decides whether a string is text worth reading, in one pass.
 *
 * <p>Refused: a NUL character anywhere (text files never hold one; binary files nearly always
 * do); more than 10% of code points that are control characters other than tab, line feed,
 * carriage return and form feed, or U+FFFD replacement characters (what a binary file turns into
 * when decoded leniently), counted once the text holds at least 64 code points (below that, more
 * than 8 such code points). Everything else is text, whatever its script: Arabic, right-to-left
 * marks, zero-width characters and emoji are all fine.
 */
public final class TextValidator {
  private TextValidator() {}

  /** Returns normally for text; throws {@link NotTextException} saying why and where otherwise. */
  public static void check(String text) {
    int codePoints = 0;
    int junk = 0;
    int firstJunk = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp == 0) {
        throw new NotTextException("NUL character at offset " + i);
      }
      codePoints++;
      boolean bad = cp == 0xFFFD
          || (Character.getType(cp) == Character.CONTROL
              && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f');
      if (bad) {
        junk++;
        if (firstJunk < 0) {
          firstJunk = i;
        }
      }
      i += Character.charCount(cp);
    }
    boolean tooMuch = codePoints >= 64 ? junk * 10L > codePoints : junk > 8;
    if (tooMuch) {
      throw new NotTextException(junk + " of " + codePoints
          + " characters are control or replacement characters (first at offset " + firstJunk
          + ")");
    }
  }
}
