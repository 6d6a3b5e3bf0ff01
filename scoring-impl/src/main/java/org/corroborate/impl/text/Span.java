package org.corroborate.impl.text;

/**
 * A half-open range {@code [start, end)} of character offsets into a document's original text.
 *
 * @param start first character, inclusive, at least 0
 * @param end last character, exclusive, at least {@code start}
 */
record Span(int start, int end) implements Comparable<Span> {
  Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span must have 0 <= start <= end, was [" + start + ", " + end + ")");
    }
  }

  int length() {
    return end - start;
  }

  boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code text}. */
  String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
