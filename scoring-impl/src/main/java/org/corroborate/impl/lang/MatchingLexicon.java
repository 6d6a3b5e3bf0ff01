package org.corroborate.impl.lang;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The word lists the claim matcher and the agreement scorer read: function words left out of
 * content words ({@code content-stopwords.txt}), event types ({@code events.txt}) and kinds of
 * counted things ({@code counted.txt}), and the words by which a denial answers earlier claims
 * ({@code DENIAL} and {@code ANSWERED} of {@code modality.txt}), from a {@link Language}.
 *
 * @param stopWords function words
 * @param events for each word, the event types it names
 * @param counted for each counted noun, its kind
 * @param denials verbs of denial ("rejected", "denied")
 * @param answered nouns by which a sentence refers back to earlier statements ("these claims",
 *     "the reports")
 */
public record MatchingLexicon(
    Set<String> stopWords,
    Map<String, SortedSet<String>> events,
    Map<String, SortedSet<String>> counted,
    Set<String> denials,
    Set<String> answered) {

  /** Checks the components as the record's description states. */
  public MatchingLexicon {
    stopWords = Set.copyOf(stopWords);
    events = Map.copyOf(events);
    counted = Map.copyOf(counted);
    denials = Set.copyOf(denials);
    answered = Set.copyOf(answered);
  }

  /** The English lists shipped with Corroborate. */
  public static MatchingLexicon defaults() {
    return of(Language.english());
  }

  /**
   * The {@code content-stopwords}, {@code events} and {@code counted} lists of {@code language},
   * and the {@code DENIAL} and {@code ANSWERED} groups of its {@code modality} list.
   */
  public static MatchingLexicon of(Language language) {
    return new MatchingLexicon(language.words("content-stopwords"), language.groups("events"),
        language.groups("counted"), language.group("modality", "DENIAL"),
        language.group("modality", "ANSWERED"));
  }

  /** The event types named by any of the lower-cased {@code tokens}, sorted. */
  public SortedSet<String> events(List<String> tokens) {
    TreeSet<String> found = new TreeSet<>();
    for (String token : tokens) {
      SortedSet<String> types = events.get(token);
      if (types != null) {
        found.addAll(types);
      }
    }
    return found;
  }

  /**
   * The kind of a counted noun: its group in {@code counted.txt} ("fighters" and "elements" are
   * both PEOPLE), else the noun itself; the empty string for a figure that counts nothing named.
   */
  public String kind(String noun) {
    Objects.requireNonNull(noun, "noun");
    SortedSet<String> kinds = counted.get(noun);
    return kinds == null ? noun : kinds.first();
  }
}
