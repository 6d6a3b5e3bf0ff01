package org.corroborate.model;

/** Distinct strings that all have one {@link String#hashCode}, for tests of hash tables. */
final class CollidingIds {
  private CollidingIds() {}

  /**
   * The 2^17 = 131,072 strings of 17 pairs, each "Aa" or "BB", in the order of their bits. "Aa"
   * and "BB" have one {@code String.hashCode}, so every such string has one too: a table of hash
   * codes would probe them past each other, about 10^10 comparisons in all.
   */
  static String[] all() {
    int n = 1 << 17;
    String[] ids = new String[n];
    for (int k = 0; k < n; k++) {
      StringBuilder b = new StringBuilder();
      for (int bit = 16; bit >= 0; bit--) {
        b.append((k >>> bit & 1) == 0 ? "Aa" : "BB");
      }
      ids[k] = b.toString();
    }
    return ids;
  }
}
