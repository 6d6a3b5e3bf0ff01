package org.corroborate.impl.reliability;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.impl.lang.WordLists;

/**
 * The word lists the reliability signals read, each shipped as a resource and replaceable by name
 * through the configuration: {@code certainty} (SWEEPING and HEDGE cues), {@code loaded} (one entry
 * per line), {@code opinion} (LABEL, PRESCRIPTION, CALL) and {@code sourcing} (ROLE, LOCATIVE).
 */
public record SignalLexicons(
    PhraseSet sweeping, PhraseSet hedge, PhraseSet loaded, PhraseSet label, PhraseSet prescription,
    PhraseSet call, PhraseSet role, PhraseSet locative) {

  /** The names of the replaceable lists, each shipped as {@code NAME.txt}. */
  static final Set<String> NAMES = Set.of("certainty", "loaded", "opinion", "sourcing");

  private static final SignalLexicons DEFAULTS = of(Map.of());

  /** The shipped word lists. */
  public static SignalLexicons defaults() {
    return DEFAULTS;
  }

  /**
   * The lists, with those in {@code overrides} (by name, as lines) replacing the shipped ones.
   *
   * @throws IllegalArgumentException naming the list for an unknown name, or the list and line of a
   *     malformed entry or a missing group
   */
  public static SignalLexicons of(Map<String, List<String>> overrides) {
    for (String name : overrides.keySet()) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "lexicon[" + name + "]: unknown word list; expected one of " + new TreeSet<>(NAMES));
      }
    }
    Map<String, SortedSet<String>> certainty = groups("certainty", overrides);
    Map<String, SortedSet<String>> opinion = groups("opinion", overrides);
    Map<String, SortedSet<String>> sourcing = groups("sourcing", overrides);
    SortedSet<String> loaded = WordLists.words("loaded", lines("loaded", overrides));
    return new SignalLexicons(
        group(certainty, "certainty", "SWEEPING"), group(certainty, "certainty", "HEDGE"),
        new PhraseSet(loaded), group(opinion, "opinion", "LABEL"),
        group(opinion, "opinion", "PRESCRIPTION"), group(opinion, "opinion", "CALL"),
        group(sourcing, "sourcing", "ROLE"), group(sourcing, "sourcing", "LOCATIVE"));
  }

  private static List<String> lines(String name, Map<String, List<String>> overrides) {
    List<String> given = overrides.get(name);
    return given != null ? given : WordLists.resource(name + ".txt");
  }

  /** Group name to its words, inverted from {@link WordLists#groups}. */
  private static Map<String, SortedSet<String>> groups(
      String name, Map<String, List<String>> overrides) {
    Map<String, SortedSet<String>> byGroup = new TreeMap<>();
    WordLists.groups(name, lines(name, overrides)).forEach((word, groups) -> {
      for (String g : groups) {
        byGroup.computeIfAbsent(g, k -> new TreeSet<>()).add(word);
      }
    });
    return byGroup;
  }

  private static PhraseSet group(Map<String, SortedSet<String>> groups, String list, String group) {
    SortedSet<String> words = groups.get(group);
    if (words == null) {
      throw new IllegalArgumentException(
          "lexicon[" + list + "]: no " + group + " group; expected '" + group + ": word word ...'");
    }
    return new PhraseSet(words);
  }
}
