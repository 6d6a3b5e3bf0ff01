package org.corroborate.impl.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.token.SortedArraySet;
import org.corroborate.impl.token.Token;

/**
 * How far a sentence states something a reader could check, in [0, 1]: a logistic of a weighted
 * sum of cues, the same weights for every corpus.
 *
 * <pre>
 * checkWorthiness = 1 / (1 + exp(-z))
 * z = -1.5                                       (bias: a sentence with no cue, .18)
 *   + 10 x [figure] + 10 x [event] + 10 x [attribution] + 10 x [denial]      (hard cues)
 *   + 1 x min(3, distinct named actors) + 1 x [date]                         (soft cues)
 *   - 2 x [question] - 1.5 x [prescription] - 1.5 x [opinion] - 3 x [boilerplate]
 * </pre>
 *
 * <p><b>Why these weights.</b> A hard cue (a figure, an event of {@code events.txt}, an
 * attribution, a denial) is a checkable statement by itself: it was the whole rule before this
 * score, and its weight (10) exceeds the bias and every lowering cue together (1.5 + 2 + 1.5 +
 * 1.5 + 3 = 9.5), so a sentence with one scores at least {@code 1 / (1 + exp(-0.5))} = .62, above
 * the default threshold .5: the score only adds claims to those that rule kept. Soft cues (who and
 * when) count 1 each: two of them (two named actors, or an actor and a date) reach z = .5, over
 * the threshold; one alone (z = -.5, .38) does not. A lowering cue takes back one or two soft
 * cues: a question 2, a prescription ({@code should}, {@code must}, an opening imperative) 1.5,
 * pure opinion (first-person belief, evaluative words) 1.5, page boilerplate (subscribe, cookies,
 * copyright, photo credits) 3, which no soft evidence outweighs. The threshold .5 is where the
 * cues for and against balance (z = 0). Nothing here was fitted to a data set.
 *
 * <p>A name that is a one-word lowering cue ("Subscribe" opening a sentence, taken for a name
 * because it is capitalised) counts as no actor. The lowering cues' words are the groups PRESCRIPTION, IMPERATIVE (opening the sentence),
 * BELIEF, EVALUATIVE and BOILERPLATE of the language's {@code check-worthiness} list; entries
 * are matched on the sentence's lower-cased words, split at {@code _}, hyphens and apostrophes
 * as the tokenizer splits them. A question is a sentence whose modality is QUESTIONED (it ends
 * with a question mark). Immutable and thread-safe.
 */
public final class CheckWorthiness {
  /** The check-worthiness from which a sentence is a claim when none is set. */
  public static final double DEFAULT_THRESHOLD =
      org.corroborate.news.ScoringConfig.DEFAULT_CHECK_WORTHINESS_THRESHOLD;

  static final double BIAS = -1.5;
  static final double FIGURE = 10.0;
  static final double EVENT = 10.0;
  static final double ATTRIBUTION = 10.0;
  static final double DENIAL = 10.0;
  static final double NAMED_ACTOR = 1.0;
  static final int MAX_NAMED_ACTORS = 3;
  static final double DATE = 1.0;
  static final double QUESTION = -2.0;
  static final double PRESCRIPTION = -1.5;
  static final double OPINION = -1.5;
  static final double BOILERPLATE = -3.0;

  private final Cues prescription;
  private final Cues imperative;
  private final Cues belief;
  private final Cues evaluative;
  private final Cues boilerplate;
  /** The first word of every cue of the five lists: most words open none, found in one lookup. */
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();

  /** A scorer with the {@code check-worthiness} list of {@code language}. */
  public CheckWorthiness(Language language) {
    String list = "check-worthiness";
    this.prescription = new Cues(language.group(list, "PRESCRIPTION"));
    this.imperative = new Cues(language.group(list, "IMPERATIVE"));
    this.belief = new Cues(language.group(list, "BELIEF"));
    this.evaluative = new Cues(language.group(list, "EVALUATIVE"));
    this.boilerplate = new Cues(language.group(list, "BOILERPLATE"));
    for (Cues c : List.of(prescription, imperative, belief, evaluative, boilerplate)) {
      firstWords.addAll(c.byFirst.keySet());
    }
  }

  /**
   * What the other extractors found in one sentence.
   *
   * @param figures the figures, as written (or as canonical values), in text order
   * @param names the distinct named actors, in text order
   * @param events the event types
   * @param dates the dates, as written or resolved, in text order
   * @param speaker the attributed speaker, if any
   * @param denial the denial cue, if the sentence is a denial
   * @param question whether the sentence is a question
   */
  public record Found(List<String> figures, List<String> names, SortedSet<String> events,
      List<String> dates, Optional<String> speaker, Optional<String> denial, boolean question) {
    /** Copies the lists. */
    public Found {
      figures = List.copyOf(figures);
      names = List.copyOf(names);
      events = SortedArraySet.copyOf(events);
      dates = List.copyOf(dates);
      java.util.Objects.requireNonNull(speaker, "speaker");
      java.util.Objects.requireNonNull(denial, "denial");
    }
  }

  /**
   * The check-worthiness of a sentence, as an explanation whose value is the score: a FORMULA
   * node (the logistic) over a SUM node (z) whose details are the bias and each cue found, with
   * its weight and the words that set it off.
   *
   * @param tokens the sentence's tokens
   * @param found what the other extractors found in it
   */
  public Explanation score(List<Token> tokens, Found found) {
    List<String> words = new ArrayList<>(tokens.size());
    // where a cue of some list may start: the lists are looked up there only
    int[] starts = new int[tokens.size()];
    int candidates = 0;
    for (Token t : tokens) {
      if (t.isWord()) {
        if (firstWords.contains(t.lower())) {
          starts[candidates++] = words.size();
        }
        words.add(t.lower());
      }
    }
    starts = java.util.Arrays.copyOf(starts, candidates);
    List<Explanation> terms = new ArrayList<>();
    terms.add(Explanation.leaf(BIAS, "bias: a sentence with no cue"));
    if (!found.figures().isEmpty()) {
      terms.add(term(FIGURE, "figure", found.figures()));
    }
    if (!found.events().isEmpty()) {
      terms.add(term(EVENT, "event", found.events()));
    }
    if (found.speaker().isPresent()) {
      terms.add(term(ATTRIBUTION, "attribution", List.of(found.speaker().get())));
    }
    if (found.denial().isPresent()) {
      terms.add(term(DENIAL, "denial", List.of(found.denial().get())));
    }
    List<String> actors = new ArrayList<>();
    for (String name : found.names()) {
      if (!isCueWord(name)) {
        actors.add(name);
      }
    }
    if (!actors.isEmpty()) {
      int counted = Math.min(MAX_NAMED_ACTORS, actors.size());
      terms.add(Explanation.leaf(NAMED_ACTOR * counted, "named actors: " + counted + " x "
          + num(NAMED_ACTOR) + " (at most " + MAX_NAMED_ACTORS + "): "
          + String.join(", ", actors)));
    }
    if (!found.dates().isEmpty()) {
      terms.add(term(DATE, "date", found.dates()));
    }
    if (found.question()) {
      terms.add(term(QUESTION, "question", List.of("?")));
    }
    List<String> prescriptions = prescription.find(words, starts);
    String imperativeCue = candidates > 0 && starts[0] == 0 ? imperative.startsWith(words) : null;
    if (imperativeCue != null) {
      prescriptions.add(0, imperativeCue + " (imperative)");
    }
    if (!prescriptions.isEmpty()) {
      terms.add(term(PRESCRIPTION, "prescription", prescriptions));
    }
    List<String> opinions = belief.find(words, starts);
    opinions.addAll(evaluative.find(words, starts));
    if (!opinions.isEmpty()) {
      terms.add(term(OPINION, "opinion", opinions));
    }
    List<String> furniture = boilerplate.find(words, starts);
    for (Token t : tokens) {
      if (t.text().equals("©")) {
        furniture.add("©");
        break;
      }
    }
    if (!furniture.isEmpty()) {
      terms.add(term(BOILERPLATE, "boilerplate", furniture));
    }
    Explanation z = Explanation.sum("z = bias + the weights of the cues found", terms);
    double score = 1.0 / (1.0 + StrictMath.exp(-z.value()));
    return Explanation.of(score, "checkWorthiness = 1 / (1 + exp(-z))", Combination.FORMULA,
        List.of(z));
  }

  /** A capitalised cue word read as a name ("Subscribe" opening a sentence) is no actor. */
  private boolean isCueWord(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!firstWords.contains(lower)) {
      return false;
    }
    List<String> word = List.of(lower);
    return imperative.at(word, 0) != null || boilerplate.at(word, 0) != null
        || prescription.at(word, 0) != null || evaluative.at(word, 0) != null;
  }

  private static Explanation term(double weight, String cue, Collection<String> what) {
    return Explanation.leaf(weight, cue + " (" + (weight > 0 ? "+" : "") + num(weight) + "): "
        + String.join(", ", what));
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** Words and multi-word phrases, looked up by their first word. */
  private static final class Cues {
    private final java.util.Map<String, List<List<String>>> byFirst = new java.util.HashMap<>();

    Cues(Collection<String> entries) {
      for (String entry : entries) {
        List<String> parts = new ArrayList<>();
        for (String w : entry.toLowerCase(Locale.ROOT).split("[_\\-'’]+")) {
          if (!w.isEmpty()) {
            parts.add(w);
          }
        }
        if (!parts.isEmpty()) {
          byFirst.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(List.copyOf(parts));
        }
      }
      // longest first, so "click here" wins over "click"
      byFirst.values().forEach(l -> l.sort((a, b) -> b.size() != a.size()
          ? b.size() - a.size() : String.join(" ", a).compareTo(String.join(" ", b))));
    }

    /** The cue starting at {@code words[at]}, or null. */
    String at(List<String> words, int at) {
      List<List<String>> cues = byFirst.get(words.get(at));
      if (cues == null) {
        return null; // most words: no iterator over an empty list made for each
      }
      for (List<String> cue : cues) {
        if (at + cue.size() <= words.size() && words.subList(at, at + cue.size()).equals(cue)) {
          return String.join(" ", cue);
        }
      }
      return null;
    }

    /** The cue opening the sentence, or null. */
    String startsWith(List<String> words) {
      return at(words, 0);
    }

    /**
     * Every cue found, in text order, each once, looked for at {@code starts} (ascending; every
     * place a cue may start among them).
     */
    List<String> find(List<String> words, int[] starts) {
      List<String> out = new ArrayList<>();
      for (int i : starts) {
        String cue = at(words, i);
        if (cue != null && !out.contains(cue)) {
          out.add(cue);
        }
      }
      return out;
    }
  }
}
