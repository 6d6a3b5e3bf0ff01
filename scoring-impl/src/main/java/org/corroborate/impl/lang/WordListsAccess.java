package org.corroborate.impl.lang;

import java.util.Map;
import java.util.SortedSet;

/**
 * Lets other implementation packages read word lists in the formats of {@link WordLists}, from
 * resources next to their own classes. Not part of the library's API.
 */
public final class WordListsAccess {
  private WordListsAccess() {}

  /** The groups of a {@code NAME: word ...} resource next to {@code owner}. */
  public static Map<String, SortedSet<String>> groups(Class<?> owner, String fileName) {
    return WordLists.groups(fileName, WordLists.resource(owner, fileName));
  }
}
