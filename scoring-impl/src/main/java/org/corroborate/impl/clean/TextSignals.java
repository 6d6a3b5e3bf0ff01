package org.corroborate.impl.clean;

/**
 * Size signals of a text, counted the same way on every machine.
 *
 * <p>{@code characters}: Unicode code points. {@code words}: maximal runs of non-white-space code
 * points holding at least one letter or digit (so words glued together by a missing space count
 * once). {@code paragraphs}: lines holding at least one non-white-space code point (the seeds put
 * one paragraph per line, some with blank lines between).
 *
 * @param characters the number of code points
 * @param words the number of words
 * @param paragraphs the number of non-blank lines
 */
public record TextSignals(int characters, int words, int paragraphs) {

  /** Counts the signals of {@code text}. */
  public static TextSignals of(String text) {
    int characters = 0;
    int words = 0;
    int paragraphs = 0;
    boolean inToken = false;
    boolean tokenHasWordChar = false;
    boolean lineHasText = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      characters++;
      if (cp == '\n') {
        if (lineHasText) {
          paragraphs++;
        }
        lineHasText = false;
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        if (inToken && tokenHasWordChar) {
          words++;
        }
        inToken = false;
        tokenHasWordChar = false;
      } else {
        lineHasText = true;
        inToken = true;
        if (Character.isLetterOrDigit(cp)) {
          tokenHasWordChar = true;
        }
      }
    }
    if (inToken && tokenHasWordChar) {
      words++;
    }
    if (lineHasText) {
      paragraphs++;
    }
    return new TextSignals(characters, words, paragraphs);
  }
}
