package org.corroborate.impl.stance;

import java.util.Locale;

/** The stance of a document toward a claim, with the label FNC-1 files use. */
public enum Stance {
  /** The document states the claim is true. */
  AGREE,
  /** The document states the claim is false. */
  DISAGREE,
  /** The document is about the claim without taking a side. */
  DISCUSS,
  /** The document is about something else. */
  UNRELATED;

  /** The lower-case label of FNC-1 files: {@code agree}, {@code disagree}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The stance with the given FNC-1 label.
   *
   * @throws IllegalArgumentException naming the label and the four accepted ones
   */
  public static Stance ofLabel(String label) {
    for (Stance s : values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "stance '" + label + "' is not one of agree, disagree, discuss, unrelated");
  }
}
