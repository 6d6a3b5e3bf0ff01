package org.corroborate.impl.text;

/** Thrown for input that is not text: binary junk, NUL bytes, mostly control characters. */
final class NotTextException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  NotTextException(String message) {
    super(message);
  }
}
