package org.corroborate.model;

/**
 * A value given as text, kept exactly as written.
 *
 * @param text the text; not blank
 */
public record TextValue(String text) implements Value {

  /** Rejects null and blank text. */
  public TextValue {
    Checks.nonBlank(text, "text");
  }

  @Override
  public String canonical() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
