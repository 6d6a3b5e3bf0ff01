package org.corroborate.impl.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the word lists shipped as resources (or given by the caller) in two plain formats: one
 * word per line, or one group per line as {@code NAME: word word ...}. Lines starting with
 * {@code #} and blank lines are skipped; words are lower-cased with {@link Locale#ROOT}.
 *
 * <p>A malformed line fails with the list's name and the line number.
 */
public final class WordLists {
  private WordLists() {}

  /**
   * One {@code KEY: value} line of a list.
   *
   * @param number the line number, from 1
   * @param key the text before the first colon, stripped
   * @param value the text after it, stripped
   */
  public record Entry(int number, String key, String value) {}

  /** The non-blank, non-comment lines of a list, each with its number, stripped. */
  static List<Entry> lines(List<String> lines) {
    List<Entry> out = new java.util.ArrayList<>();
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        out.add(new Entry(number, line, ""));
      }
    }
    return out;
  }

  /**
   * The {@code KEY: value} lines of a list; a line without a colon after a non-empty key fails
   * with the list's name, the line number and {@code expected}.
   */
  public static List<Entry> entries(String name, List<String> lines, String expected) {
    List<Entry> out = new java.util.ArrayList<>();
    for (Entry e : lines(lines)) {
      int colon = e.key().indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException(
            name + ":" + e.number() + ": expected '" + expected + "', found '" + e.key() + "'");
      }
      out.add(new Entry(e.number(), e.key().substring(0, colon).strip(),
          e.key().substring(colon + 1).strip()));
    }
    return out;
  }

  /** The words of a one-word-per-line list, sorted. */
  public static SortedSet<String> words(String name, List<String> lines) {
    TreeSet<String> words = new TreeSet<>();
    for (Entry e : lines(lines)) {
      if (e.key().indexOf(' ') >= 0 || e.key().indexOf('\t') >= 0) {
        throw new IllegalArgumentException(
            name + ":" + e.number() + ": expected one word per line, found '" + e.key() + "'");
      }
      words.add(e.key().toLowerCase(Locale.ROOT));
    }
    return Collections.unmodifiableSortedSet(words);
  }

  /**
   * The groups of a {@code NAME: word ...} list, as a map from each word to the sorted names of
   * the groups holding it (a word may be in several), iterated in word order.
   */
  public static Map<String, SortedSet<String>> groups(String name, List<String> lines) {
    SortedMap<String, SortedSet<String>> byWord = new TreeMap<>();
    Set<String> seen = new TreeSet<>();
    for (Entry e : entries(name, lines, "NAME: word word ...")) {
      String group = e.key();
      if (!seen.add(group)) {
        throw new IllegalArgumentException(name + ":" + e.number() + ": group " + group
            + " repeated");
      }
      for (String word : e.value().split("\\s+")) {
        if (!word.isEmpty()) {
          byWord.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> new TreeSet<>()).add(group);
        }
      }
    }
    // a hash map for the lookups of every token, filled in word order so that iterating it is
    // deterministic too
    Map<String, SortedSet<String>> frozen = new java.util.LinkedHashMap<>();
    byWord.forEach((w, g) -> frozen.put(w, Collections.unmodifiableSortedSet(g)));
    return Collections.unmodifiableMap(frozen);
  }

  /** The lines of a resource next to {@code owner}, in UTF-8. */
  public static List<String> resource(Class<?> owner, String fileName) {
    List<String> lines = resourceOrNull(owner, fileName);
    if (lines == null) {
      throw new IllegalStateException("missing resource next to " + owner.getName() + ": "
          + fileName);
    }
    return lines;
  }

  /** The lines of a resource next to {@code owner}, in UTF-8, or null when there is none. */
  static List<String> resourceOrNull(Class<?> owner, String fileName) {
    try (InputStream in = owner.getResourceAsStream(fileName)) {
      if (in == null) {
        return null;
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + fileName, e);
    }
  }
}
