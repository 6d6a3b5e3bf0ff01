package org.corroborate.model;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A set of strings, such as the authors of a book; order and repetition do not matter.
 *
 * @param members the distinct members in natural (UTF-16) order; at least one, none blank
 */
public record StringSetValue(List<String> members) implements Value {

  /** Copies, de-duplicates and sorts the members; rejects an empty set and blank members. */
  public StringSetValue {
    Objects.requireNonNull(members, "members");
    TreeSet<String> sorted = new TreeSet<>();
    for (String member : members) {
      sorted.add(Checks.nonBlank(member, "members[]"));
    }
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("members must not be empty");
    }
    members = List.copyOf(sorted);
  }

  /** Returns a set of the given members. */
  public static StringSetValue of(String... members) {
    return new StringSetValue(List.of(members));
  }

  /** Returns the members joined by {@code "; "}. */
  @Override
  public String canonical() {
    return String.join("; ", members);
  }

  @Override
  public String toString() {
    return canonical();
  }
}
