package org.corroborate.impl.sentence;

import org.corroborate.impl.token.Span;

/**
 * One sentence (or heading, or list item) of a document, located in its original text.
 *
 * @param index position of the sentence in the document, from 0
 * @param span where the sentence lies in the original text, trimmed of surrounding white space
 * @param text the original characters of {@code span}, unchanged
 * @param heading whether the line is a heading or a title rather than running prose
 */
public record Sentence(int index, Span span, String text, boolean heading) {
  /** Checks the components as the record's description states. */
  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text length " + text.length() + " != span length " + span.length());
    }
  }

  /** Where the sentence starts in the original text. */
  public int start() {
    return span.start();
  }

  /** Where the sentence ends (exclusive) in the original text. */
  public int end() {
    return span.end();
  }
}
