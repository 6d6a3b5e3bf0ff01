package org.corroborate.impl.clean;

/** Thrown for input that is not text: binary junk, NUL bytes, mostly control characters. */
public final class NotTextException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  NotTextException(String message) {
    super(message);
  }
}
