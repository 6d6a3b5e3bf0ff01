package org.corroborate.impl.format;

/**
 * A count with its noun in the right number, for text people read: "1 document", "2 documents",
 * "0 sources". English only, like the reports it serves.
 */
public final class Counts {
  private Counts() {}

  /** {@code n} and the noun, with an {@code s} added unless {@code n} is 1. */
  public static String of(long n, String singular) {
    return of(n, singular, singular + "s");
  }

  /** {@code n} and the singular noun when {@code n} is 1, else the plural. */
  public static String of(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
