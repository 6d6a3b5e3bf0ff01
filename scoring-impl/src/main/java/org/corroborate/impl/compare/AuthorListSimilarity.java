package org.corroborate.impl.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.model.StringSetValue;
import org.corroborate.model.TextValue;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;

/**
 * Author-list comparison: lists of person names, compared after normalisation.
 *
 * <p>Design note. A value is a raw author-list string ({@code TextValue}, split by {@link
 * AuthorListParser}) or a {@code StringSetValue} of names (its members are read as one list
 * separated by {@code ;}). The key is the sorted list of normalised names, each its surname and
 * first initial ({@code ceri s; widom j}), so {@code Widom, Jennifer; Ceri, Stefano} and {@code
 * Stefano Ceri & Jennifer Widom} are one claim. A value with no recognisable name ({@code Not
 * Available}, an empty string after cleaning) has the key {@value #UNKNOWN} and supports nothing
 * but itself.
 *
 * <p>Two names match when their surnames are equal and their given names are compatible ({@link
 * PersonName#givenCompatible}: a missing given name is compatible with any, {@code D. E.} with
 * {@code Donald Ervin}). Names are paired one to one: first a name with the same key, then one
 * without a given name, then, for a name without a given name, any remaining name with that
 * surname. Every stage is a hash look-up over at most a few names of one key, so pairing is linear in
 * the number of names.
 *
 * <p>{@link #support}{@code (from, to)} is {@code z / x}, after Yin, Han and Yu, "Truth Discovery
 * with Multiple Conflicting Information Providers on the Web", KDD 2007, section 3 (implication
 * between author sets): {@code x} is the number of authors in {@code from} and {@code z} the number
 * of them paired with an author in {@code to}. A partial list thus fully supports the full one, and
 * the full list supports the partial one in proportion. {@link #matches} follows Dong,
 * Berti-Equille and Srivastava, VLDB 2009: a candidate is right only if its whole author list is,
 * i.e. it has as many names as the truth and every name is paired.
 */
public final class AuthorListSimilarity implements ValueSimilarity {

  /** The key of a value with no recognisable person name. */
  static final String UNKNOWN = "~unknown";

  /** The one instance (the similarity is stateless). */
  public static final AuthorListSimilarity INSTANCE = new AuthorListSimilarity();

  private AuthorListSimilarity() {}

  /** Returns the normalised names of {@code value}, in key order. */
  public static List<PersonName> names(Value value) {
    Objects.requireNonNull(value, "value");
    String text;
    if (value instanceof TextValue t) {
      text = t.text();
    } else if (value instanceof StringSetValue set) {
      text = String.join("; ", set.members());
    } else {
      text = value.canonical();
    }
    return AuthorListParser.parse(text);
  }

  @Override
  public String key(Value value) {
    return keyOf(names(value));
  }

  private static String keyOf(List<PersonName> names) {
    if (names.isEmpty()) {
      return UNKNOWN;
    }
    StringBuilder b = new StringBuilder();
    for (PersonName name : names) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(name.key());
    }
    return b.toString();
  }

  @Override
  public double support(Value from, Value to) {
    List<PersonName> a = names(from);
    List<PersonName> b = names(to);
    if (keyOf(a).equals(keyOf(b))) {
      return 1.0;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    return (double) paired(a, b) / a.size();
  }

  @Override
  public boolean matches(Value candidate, Value truth) {
    List<PersonName> a = names(candidate);
    List<PersonName> b = names(truth);
    if (keyOf(a).equals(keyOf(b))) {
      return true;
    }
    return !a.isEmpty() && a.size() == b.size() && paired(a, b) == a.size();
  }

  /**
   * Returns how many names of {@code from} are paired one to one with names of {@code to}. Each
   * look-up inspects at most {@link AuthorListParser#MAX_SAME_KEY} names of one key, so the cost is
   * linear in the number of names.
   */
  static int paired(List<PersonName> from, List<PersonName> to) {
    Map<String, List<PersonName>> toByKey = new HashMap<>();
    Map<String, List<PersonName>> toBySurname = new HashMap<>();
    for (PersonName name : to) {
      toByKey.computeIfAbsent(name.key(), k -> new ArrayList<>()).add(name);
      toBySurname.computeIfAbsent(name.surname(), s -> new ArrayList<>()).add(name);
    }
    Set<PersonName> used = Collections.newSetFromMap(new IdentityHashMap<>());
    List<PersonName> pending = new ArrayList<>();
    int count = 0;
    // 1. same surname and initial, compatible given names
    for (PersonName name : from) {
      if (name.given().isEmpty()) {
        continue;
      }
      PersonName other = firstUnused(toByKey.get(name.key()), used, name);
      if (other != null) {
        used.add(other);
        count++;
      } else {
        pending.add(name);
      }
    }
    // 2. a name with given names pairs with a name of the same surname without any
    for (PersonName name : pending) {
      PersonName bare = firstUnused(toByKey.get(name.surname()), used, null);
      if (bare != null) {
        used.add(bare);
        count++;
      }
    }
    // 3. a name without given names pairs with any remaining name of that surname
    Map<String, Integer> cursor = new HashMap<>();
    for (PersonName name : from) {
      if (!name.given().isEmpty()) {
        continue;
      }
      List<PersonName> candidates = toBySurname.getOrDefault(name.surname(), List.of());
      int k = cursor.getOrDefault(name.surname(), 0);
      while (k < candidates.size() && used.contains(candidates.get(k))) {
        k++;
      }
      cursor.put(name.surname(), k);
      if (k < candidates.size()) {
        used.add(candidates.get(k));
        count++;
      }
    }
    return count;
  }

  private static PersonName firstUnused(
      List<PersonName> candidates, Set<PersonName> used, PersonName compatibleWith) {
    if (candidates == null) {
      return null;
    }
    for (int k = 0; k < candidates.size() && k < AuthorListParser.MAX_SAME_KEY; k++) {
      PersonName c = candidates.get(k);
      if (!used.contains(c) && (compatibleWith == null || compatibleWith.givenCompatible(c))) {
        return c;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "authors";
  }
}
