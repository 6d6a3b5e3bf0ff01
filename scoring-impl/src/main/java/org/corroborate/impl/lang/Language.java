package org.corroborate.impl.lang;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every word list of one language, read once from the folder {@code lang/<code>/} of this
 * package's resources (one file {@code NAME.txt} per list) and parsed in its format; the object
 * every stage of the news pipeline (and the stance classifier) receives instead of reading
 * resources itself. Immutable and thread-safe; nothing is cached in static state apart from the
 * immutable English default.
 *
 * <p><b>The lists</b> are fixed: {@link #NAMES}, each with its format ({@link Format}), the files
 * of the English folder. A language folder must hold every one of them; a missing file fails
 * with its path (there is no fall-back to English, which would mix two languages silently). A
 * code with no list at all is an unknown language; the error names the shipped languages, those
 * of {@code lang/languages.txt}.
 *
 * <p><b>Replacing lists</b>: {@link #withLists} replaces some lists by name (the caller's {@code
 * lexicon} settings); a name that is not a list, or a malformed line, fails naming the list and
 * the line.
 *
 * <p>Resources are read through {@link Class#getResourceAsStream} of this class, so the lookup
 * stays inside this module on the class path and on the module path alike.
 */
public final class Language {
  /** How a list's lines are read; see {@link WordLists}. */
  public enum Format {
    /** One word (or {@code _}-joined phrase) per line. */
    WORDS,
    /** {@code NAME: word word ...}, one group per line. */
    GROUPS,
    /** {@code KEY: value}, one entry per line. */
    ENTRIES
  }

  /** The code of the language shipped as the default. */
  public static final String ENGLISH = "en";

  /** The list names, sorted, each with its format; each list is the file {@code NAME.txt}. */
  public static final SortedMap<String, Format> NAMES = Collections.unmodifiableSortedMap(
      new TreeMap<>(Map.ofEntries(
          Map.entry("abbreviations", Format.WORDS),
          Map.entry("aliases", Format.ENTRIES),
          Map.entry("attribution", Format.GROUPS),
          Map.entry("certainty", Format.GROUPS),
          Map.entry("check-worthiness", Format.GROUPS),
          Map.entry("chrome", Format.ENTRIES),
          Map.entry("clauses", Format.GROUPS),
          Map.entry("content-stopwords", Format.WORDS),
          Map.entry("counted", Format.GROUPS),
          Map.entry("entity-stopwords", Format.WORDS),
          Map.entry("events", Format.GROUPS),
          Map.entry("grouping-stopwords", Format.WORDS),
          Map.entry("lead", Format.GROUPS),
          Map.entry("loaded", Format.WORDS),
          Map.entry("modality", Format.GROUPS),
          Map.entry("months", Format.GROUPS),
          Map.entry("names", Format.GROUPS),
          Map.entry("numbers", Format.GROUPS),
          Map.entry("opinion", Format.GROUPS),
          Map.entry("quantities", Format.GROUPS),
          Map.entry("sourcing", Format.GROUPS),
          Map.entry("stance-cues", Format.GROUPS),
          Map.entry("stance-stopwords", Format.WORDS),
          Map.entry("units", Format.GROUPS),
          Map.entry("weekdays", Format.GROUPS))));

  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})*");

  private final String code;
  private final SortedMap<String, List<String>> lines;
  private final Map<String, SortedSet<String>> words = new TreeMap<>();
  private final Map<String, Map<String, SortedSet<String>>> groups = new TreeMap<>();
  private final Map<String, List<WordLists.Entry>> entries = new TreeMap<>();

  private Language(String code, SortedMap<String, List<String>> lines, Map<String, String> where) {
    this.code = code;
    this.lines = Collections.unmodifiableSortedMap(lines);
    for (Map.Entry<String, Format> list : NAMES.entrySet()) {
      String name = list.getKey();
      List<String> text = lines.get(name);
      String at = where.get(name);
      switch (list.getValue()) {
        case WORDS -> words.put(name, WordLists.words(at, text));
        case GROUPS -> groups.put(name, WordLists.groups(at, text));
        case ENTRIES -> entries.put(name, List.copyOf(WordLists.entries(at, text,
            name.equals("aliases") ? "Canonical: alias | alias" : "KIND: text")));
        default -> throw new AssertionError(list.getValue());
      }
    }
  }

  /** English, as shipped. */
  public static Language english() {
    return English.LANGUAGE;
  }

  private static final class English {
    static final Language LANGUAGE = of(ENGLISH);
  }

  /**
   * The language whose lists are in the folder {@code lang/<code>/}.
   *
   * @throws IllegalArgumentException naming the setting {@code language} for a malformed or unknown
   *     code (with the shipped languages), a folder missing a list, or a malformed line
   */
  public static Language of(String code) {
    Objects.requireNonNull(code, "language");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("language: '" + code
          + "' is not a language code (lower-case letters, as 'en'); languages shipped: "
          + shipped());
    }
    SortedMap<String, List<String>> lines = new TreeMap<>();
    Map<String, String> where = new TreeMap<>();
    SortedSet<String> missing = new TreeSet<>();
    for (String name : NAMES.keySet()) {
      String file = code + "/" + name + ".txt";
      List<String> read = WordLists.resourceOrNull(Language.class, file);
      if (read == null) {
        missing.add(name + ".txt");
      } else {
        lines.put(name, read);
        where.put(name, file);
      }
    }
    if (missing.size() == NAMES.size()) {
      throw new IllegalArgumentException("language: unknown language '" + code
          + "'; languages shipped: " + shipped());
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("language: '" + code + "' lacks the word lists "
          + missing + " in lang/" + code + "/; every language holds every list of lang/en/");
    }
    return new Language(code, lines, where);
  }

  /** The codes listed in {@code lang/languages.txt}, sorted. */
  public static SortedSet<String> shipped() {
    return WordLists.words("languages.txt", WordLists.resource(Language.class, "languages.txt"));
  }

  /**
   * This language with some lists replaced, by name, each given as its lines.
   *
   * @throws IllegalArgumentException naming {@code lexicon[name]} for a name that is not a list,
   *     or the list and line of a malformed entry
   */
  public Language withLists(Map<String, List<String>> replaced) {
    Objects.requireNonNull(replaced, "lexicons");
    if (replaced.isEmpty()) {
      return this;
    }
    SortedMap<String, List<String>> all = new TreeMap<>(lines);
    Map<String, String> where = new TreeMap<>();
    for (String name : NAMES.keySet()) {
      where.put(name, code + "/" + name + ".txt");
    }
    for (Map.Entry<String, List<String>> e : replaced.entrySet()) {
      if (!NAMES.containsKey(e.getKey())) {
        throw new IllegalArgumentException("lexicon[" + e.getKey()
            + "]: unknown word list; expected one of " + NAMES.keySet());
      }
      all.put(e.getKey(), List.copyOf(e.getValue()));
      where.put(e.getKey(), e.getKey());
    }
    return new Language(code, all, where);
  }

  /** The language's code, e.g. {@code en}. */
  public String code() {
    return code;
  }

  /** The lines of a list, comments included, as read or given. */
  public List<String> lines(String name) {
    return List.copyOf(list(lines, name));
  }

  /** The words of a {@link Format#WORDS} list, lower-cased and sorted. */
  public SortedSet<String> words(String name) {
    return list(words, name);
  }

  /** A {@link Format#GROUPS} list, as a map from each lower-cased word to its groups' names. */
  public Map<String, SortedSet<String>> groups(String name) {
    return list(groups, name);
  }

  /**
   * A {@link Format#GROUPS} list, as a map from each group's name to its words, sorted; a group
   * with no word is absent.
   */
  public SortedMap<String, SortedSet<String>> byGroup(String name) {
    SortedMap<String, SortedSet<String>> out = new TreeMap<>();
    list(groups, name).forEach((word, names) -> {
      for (String g : names) {
        out.computeIfAbsent(g, k -> new TreeSet<>()).add(word);
      }
    });
    out.replaceAll((g, w) -> Collections.unmodifiableSortedSet(w));
    return Collections.unmodifiableSortedMap(out);
  }

  /** The entries of an {@link Format#ENTRIES} list, in file order. */
  public List<WordLists.Entry> entries(String name) {
    return list(entries, name);
  }

  /** The words of one group of a {@link Format#GROUPS} list; empty when the group is absent. */
  public SortedSet<String> group(String name, String group) {
    SortedSet<String> found = byGroup(name).get(group);
    return found == null ? Collections.emptySortedSet() : found;
  }

  private static <T> T list(Map<String, T> lists, String name) {
    T found = lists.get(name);
    if (found == null) {
      throw new IllegalArgumentException("no word list '" + name + "' of this format; lists: "
          + NAMES);
    }
    return found;
  }

  @Override
  public String toString() {
    return "Language{" + code + "}";
  }
}
