package org.corroborate.impl.token;

/**
 * A half-open range {@code [start, end)} of character offsets into a document's original text.
 *
 * @param start first character, inclusive, at least 0
 * @param end last character, exclusive, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {
  /** Checks the components as the record's description states. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span must have 0 <= start <= end, was [" + start + ", " + end + ")");
    }
  }

  /** The number of characters in the span. */
  public int length() {
    return end - start;
  }

  boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * The span of {@code text[start, end)} without the blank characters ({@link Token#blank}) at
   * either end; empty (at the end of the blanks) when all of it is blank.
   */
  public static Span stripped(CharSequence text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Token.blank(text.charAt(s))) {
      s++;
    }
    while (e > s && Token.blank(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }

  /** The text this span covers in {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
