package org.corroborate.impl.reliability;

import java.util.Map;
import java.util.SortedSet;
import org.corroborate.impl.lang.Language;

/**
 * The word lists of a {@link Language} the reliability signals read (each replaceable by name
 * through the configuration, like every list): {@code certainty} (SWEEPING and HEDGE cues),
 * {@code loaded} (one entry per line), {@code opinion} (LABEL, PRESCRIPTION, CALL) and {@code
 * sourcing} (ROLE, LOCATIVE).
 */
public record SignalLexicons(
    PhraseSet sweeping, PhraseSet hedge, PhraseSet loaded, PhraseSet label, PhraseSet prescription,
    PhraseSet call, PhraseSet role, PhraseSet locative) {

  /** The English lists. */
  public static SignalLexicons defaults() {
    return of(Language.english());
  }

  /**
   * The {@code certainty}, {@code loaded}, {@code opinion} and {@code sourcing} lists of {@code
   * language}.
   *
   * @throws IllegalArgumentException naming the list of a missing group
   */
  public static SignalLexicons of(Language language) {
    Map<String, SortedSet<String>> certainty = language.byGroup("certainty");
    Map<String, SortedSet<String>> opinion = language.byGroup("opinion");
    Map<String, SortedSet<String>> sourcing = language.byGroup("sourcing");
    return new SignalLexicons(
        group(certainty, "certainty", "SWEEPING"), group(certainty, "certainty", "HEDGE"),
        new PhraseSet(language.words("loaded")), group(opinion, "opinion", "LABEL"),
        group(opinion, "opinion", "PRESCRIPTION"), group(opinion, "opinion", "CALL"),
        group(sourcing, "sourcing", "ROLE"), group(sourcing, "sourcing", "LOCATIVE"));
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
