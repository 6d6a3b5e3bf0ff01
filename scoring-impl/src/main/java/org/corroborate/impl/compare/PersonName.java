package org.corroborate.impl.compare;

import java.util.List;

/**
 * One normalised person name of an author list: a surname and the given names in order.
 *
 * <p>Design note: both parts are folded to lower-case letters only (accents, apostrophes and
 * hyphens removed, so {@code O'Leary} is {@code oleary}); the surname is the final word of the
 * written surname, so {@code De Palma, Paul} and {@code Paul De Palma} agree. A given name of one
 * letter is an initial.
 *
 * @param surname the surname; at least two letters
 * @param given the given names and initials in written order; possibly empty
 */
public record PersonName(String surname, List<String> given) {

  /** Checks the components as the record's description states. */
  public PersonName {
    given = List.copyOf(given);
  }

  /** Returns the surname, a space and the first initial, or the surname alone. */
  public String key() {
    if (given.isEmpty()) {
      return surname;
    }
    String first = given.get(0);
    return surname + " " + first.substring(0, Character.charCount(first.codePointAt(0)));
  }

  /**
   * Whether the given names can belong to one person: a missing given name is compatible with any;
   * otherwise the first given names must agree (equal, an initial of the other, or a prefix of the
   * other such as {@code josh} and {@code joshua}) and so must every later pair, up to the shorter
   * list (a missing middle name is compatible).
   */
  boolean givenCompatible(PersonName other) {
    List<String> a = given;
    List<String> b = other.given;
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      if (!tokenCompatible(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean tokenCompatible(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    return longer.startsWith(shorter);
  }
}
