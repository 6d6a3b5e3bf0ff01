package org.corroborate.impl.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.impl.clean.CleanText;
import org.corroborate.impl.extract.EntityMention;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.format.Formats;
import org.corroborate.impl.independence.Corroboration;
import org.corroborate.impl.sentence.Sentence;
import org.corroborate.impl.token.Token;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.corroborate.news.Attribution;
import org.corroborate.news.Republication;

/**
 * The content signals of one document, each a number in [0, 1] with its explanation. The formulas
 * (n = the document's claims; sentences exclude headings), their numbers named by the constants
 * below, which {@link SourceReliability#SIGNALS} and the explanations print, so that the numbers
 * are stated once:
 *
 * <ul>
 *   <li>{@code attribution} = {@code ATTRIBUTION_NAMED} x named/n + {@code ATTRIBUTION_QUOTED} x
 *       quoted/n + {@code ATTRIBUTION_ROLES} x roles/n + {@code ATTRIBUTION_NOT_ANONYMOUS} x (1 -
 *       anonymous/n): claims with a named speaker, named claims holding a direct quotation, named
 *       claims whose speaker comes with a role ({@code sourcing.txt} ROLE), and claims put on vague
 *       or anonymous sources, counted apart. No claims: {@code NEUTRAL}.
 *   <li>{@code calibration} = (hedged + sourcedSweeping + {@code CALIBRATION_PSEUDO_COUNT}) /
 *       (hedged + sweeping + 2 x {@code CALIBRATION_PSEUDO_COUNT}) over sentences: hedged
 *       sentences ({@code certainty.txt} HEDGE) are calibrated, sweeping ones (SWEEPING: "there is
 *       no doubt", "clearly show", "it is impossible") only when a named speaker carries them. No
 *       sentence with either: {@code NEUTRAL}.
 *   <li>{@code loadedLanguage} = min(1, {@code LOADED_FACTOR} x loaded words / words) ({@code
 *       loaded.txt}): 100 / {@code LOADED_FACTOR} loaded words in a hundred saturate it. Counts
 *       against reliability.
 *   <li>{@code opinionSeparation} = 1 for a piece labelled opinion or analysis (by its manifest
 *       genre, a lead label "Outlet- Opinion:", or a first line that is only a label), else 1 -
 *       min(1, {@code OPINION_FACTOR} x marked / sentences), where a marked sentence holds a
 *       first-person plural prescription or a call to action ({@code opinion.txt}).
 *   <li>{@code specificity} = the mean over claims of (figure + date + place + named actor) /
 *       {@code SPECIFICITY_PARTS}: a place is a name after a locative preposition ({@code
 *       sourcing.txt} LOCATIVE), an actor a named speaker or any other name. No claims: {@code
 *       NEUTRAL}.
 *   <li>{@code selfConsistency} = 1 - conflicting / figures: claims with figures that conflict with
 *       another claim with figures of the same document, over the claims with figures. No figures: 1.
 *   <li>{@code republishing} = the share of the document's {@link Corroboration#SHINGLE_WORDS}-word
 *       sequences found in another outlet's document, or 1 when it declares it republishes another
 *       outlet. Counts against reliability.
 * </ul>
 */
public final class ContentSignals {
  static final String ATTRIBUTION = "attribution";
  static final String CALIBRATION = "calibration";
  static final String LOADED = "loadedLanguage";
  static final String OPINION = "opinionSeparation";
  static final String SPECIFICITY = "specificity";
  static final String CONSISTENCY = "selfConsistency";
  static final String REPUBLISHING = "republishing";

  /** The content signals in report order. */
  static final List<String> NAMES =
      List.of(ATTRIBUTION, CALIBRATION, LOADED, OPINION, SPECIFICITY, CONSISTENCY, REPUBLISHING);

  /** Weight in {@code attribution} of the share of claims with a named speaker. */
  static final double ATTRIBUTION_NAMED = 0.55;
  /** Weight in {@code attribution} of the share of named claims with a direct quotation. */
  static final double ATTRIBUTION_QUOTED = 0.15;
  /** Weight in {@code attribution} of the share of named claims whose speaker has a role. */
  static final double ATTRIBUTION_ROLES = 0.15;
  /** Weight in {@code attribution} of one minus the share of claims put on vague sources. */
  static final double ATTRIBUTION_NOT_ANONYMOUS = 0.15;
  /** Added to the calibrated sentences, and twice to all, so one sentence cannot decide. */
  static final int CALIBRATION_PSEUDO_COUNT = 1;
  /** Factor on the share of loaded words: its inverse, as a share of words, saturates the signal. */
  static final double LOADED_FACTOR = 25;
  /** Factor on the share of sentences holding an unlabelled prescription or call to action. */
  static final double OPINION_FACTOR = 5;
  /** The parts of a claim's specificity: figure, date, place, named actor. */
  static final int SPECIFICITY_PARTS = 4;
  /** A signal's value when there is nothing to read. */
  static final double NEUTRAL = 0.5;
  /** Longest first line, in characters, read as a genre label ("Opinion", "ANALYSIS:"). */
  private static final int LABEL_MAX_CHARS = 20;
  /** Characters looked back from a name for a locative preposition. */
  private static final int LOCATIVE_LOOK_BACK = 20;

  /** The attribution formula, as {@link SourceReliability#SIGNALS} lists it. */
  static final String ATTRIBUTION_FORMULA = text(ATTRIBUTION_NAMED) + " x named/n + "
      + text(ATTRIBUTION_QUOTED) + " x quoted/n + " + text(ATTRIBUTION_ROLES) + " x roles/n + "
      + text(ATTRIBUTION_NOT_ANONYMOUS) + " x (1 - anonymous/n)";
  /** The calibration formula, as {@link SourceReliability#SIGNALS} lists it. */
  static final String CALIBRATION_FORMULA = "(hedged + sourced sweeping + "
      + CALIBRATION_PSEUDO_COUNT + ") / (hedged + sweeping + " + 2 * CALIBRATION_PSEUDO_COUNT + ")";
  /** The loaded-language formula, as {@link SourceReliability#SIGNALS} lists it. */
  static final String LOADED_FORMULA = "min(1, " + text(LOADED_FACTOR) + " x loaded words / words)";
  /** The opinion-separation formula's factor, as {@link SourceReliability#SIGNALS} lists it. */
  static final String OPINION_DENSITY = "min(1, " + text(OPINION_FACTOR) + " x ";
  /** The specificity formula, as {@link SourceReliability#SIGNALS} lists it. */
  static final String SPECIFICITY_FORMULA =
      "mean over claims of (figure + date + place + named actor) / " + SPECIFICITY_PARTS;
  /** The words in a compared sequence, as the republishing signal names it. */
  static final String SEQUENCES = Corroboration.SHINGLE_WORDS + "-word sequences";

  private static final int EXAMPLES = 5;

  /**
   * What one document's signals read.
   *
   * @param document the document
   * @param clean its cleaned text
   * @param sentences its sentences
   * @param claims its claims
   * @param conflicting its claims with figures in conflict with another of its claims with figures
   * @param copy the republication found for it, if any
   * @param declaredOrigin the outlet it declares it republishes, if any
   */
  public record Input(
      Document document, CleanText clean, List<Sentence> sentences, List<ExtractedClaim> claims,
      int conflicting, Optional<Republication> copy, Optional<String> declaredOrigin) {}

  private final SignalLexicons lexicons;

  /** Signals read with these word lists. */
  public ContentSignals(SignalLexicons lexicons) {
    this.lexicons = lexicons;
  }

  /** Every content signal of the document, by name, in {@link #NAMES} order. */
  public Map<String, Explanation> of(Input in) {
    String text = in.document().text();
    List<List<Token>> tokens = new ArrayList<>(in.sentences().size());
    for (Sentence s : in.sentences()) {
      tokens.add(Token.of(text, s.start(), s.end()));
    }
    Map<String, Explanation> out = new LinkedHashMap<>();
    out.put(ATTRIBUTION, attribution(in, text));
    out.put(CALIBRATION, calibration(in, tokens));
    out.put(LOADED, loaded(in, tokens));
    out.put(OPINION, opinion(in, tokens));
    out.put(SPECIFICITY, specificity(in, text));
    out.put(CONSISTENCY, consistency(in));
    out.put(REPUBLISHING, republishing(in));
    return out;
  }

  private Explanation attribution(Input in, String text) {
    int n = in.claims().size();
    if (n == 0) {
      return Explanation.leaf(NEUTRAL, "attribution: no claims, neutral " + text(NEUTRAL));
    }
    int named = 0;
    int quoted = 0;
    int roles = 0;
    int anonymous = 0;
    for (ExtractedClaim c : in.claims()) {
      if (c.attribution().isEmpty()) {
        continue;
      }
      if (c.attribution().get().anonymous()) {
        anonymous++;
        continue;
      }
      named++;
      if (quotes(c.text())) {
        quoted++;
      }
      if (hasRole(text, c)) {
        roles++;
      }
    }
    return Explanation.sum("attribution = " + text(ATTRIBUTION_NAMED) + " x named + "
        + text(ATTRIBUTION_QUOTED) + " x quoted + " + text(ATTRIBUTION_ROLES) + " x roles + "
        + text(ATTRIBUTION_NOT_ANONYMOUS) + " x (1 - anonymous), shares of " + n + " claims",
        List.of(
            part(ATTRIBUTION_NAMED, named, n, "claims with a named speaker"),
            part(ATTRIBUTION_QUOTED, quoted, n, "named claims with a direct quotation"),
            part(ATTRIBUTION_ROLES, roles, n, "named claims whose speaker comes with a role"),
            Explanation.product("not anonymous", List.of(
                Explanation.leaf(ATTRIBUTION_NOT_ANONYMOUS, "weight"),
                Explanation.leaf(1.0 - (double) anonymous / n,
                    "1 - " + anonymous + "/" + n + " claims put on vague or anonymous sources")))));
  }

  private static Explanation part(double weight, int count, int n, String what) {
    return Explanation.product(what, List.of(Explanation.leaf(weight, "weight"),
        Explanation.leaf((double) count / n, count + "/" + n + " " + what)));
  }

  private static boolean quotes(String s) {
    int straight = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '”') {
        return true;
      }
      if (c == '"') {
        straight++;
      }
    }
    return straight >= 2;
  }

  private boolean hasRole(String text, ExtractedClaim c) {
    for (Token t : Token.of(text, c.span().start(), c.span().end())) {
      if (t.isWord() && lexicons.role().contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private Explanation calibration(Input in, List<List<Token>> tokens) {
    int hedged = 0;
    int sweeping = 0;
    int sourcedSweeping = 0;
    List<String> examples = new ArrayList<>();
    boolean[] named = namedSpeakerIn(in);
    for (int i = 0; i < in.sentences().size(); i++) {
      Sentence s = in.sentences().get(i);
      if (s.heading()) {
        continue;
      }
      List<String> sure = lexicons.sweeping().find(tokens.get(i));
      if (!sure.isEmpty()) {
        sweeping++;
        if (named[i]) {
          sourcedSweeping++;
        }
        if (examples.size() < EXAMPLES) {
          examples.add(sure.get(0));
        }
      } else if (!lexicons.hedge().find(tokens.get(i)).isEmpty()) {
        hedged++;
      }
    }
    if (hedged + sweeping == 0) {
      return Explanation.leaf(NEUTRAL,
          "calibration: no hedged or sweeping sentence, neutral " + text(NEUTRAL));
    }
    double value = (hedged + sourcedSweeping + (double) CALIBRATION_PSEUDO_COUNT)
        / (hedged + sweeping + 2.0 * CALIBRATION_PSEUDO_COUNT);
    return Explanation.of(value, "calibration = " + CALIBRATION_FORMULA
        + (examples.isEmpty() ? "" : "; sweeping cues: " + String.join(", ", examples)),
        Combination.FORMULA, List.of(
            Explanation.leaf(hedged, "hedged sentences"),
            Explanation.leaf(sweeping, "sweeping sentences"),
            Explanation.leaf(sourcedSweeping, "sweeping sentences carried by a named speaker")));
  }

  /**
   * For each sentence, whether a claim starting in it has a named speaker: one merge pass over the
   * sentences and the claims, both in text order.
   */
  private static boolean[] namedSpeakerIn(Input in) {
    List<Sentence> sentences = in.sentences();
    boolean[] named = new boolean[sentences.size()];
    List<ExtractedClaim> claims = new ArrayList<>(in.claims());
    claims.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    int s = 0;
    for (ExtractedClaim c : claims) {
      while (s < sentences.size() && sentences.get(s).end() <= c.span().start()) {
        s++;
      }
      if (s == sentences.size()) {
        break;
      }
      if (c.span().start() >= sentences.get(s).start() && c.attribution().isPresent()
          && !c.attribution().get().anonymous()) {
        named[s] = true;
      }
    }
    return named;
  }

  private Explanation loaded(Input in, List<List<Token>> tokens) {
    int words = 0;
    int hits = 0;
    List<String> examples = new ArrayList<>();
    for (List<Token> sentence : tokens) {
      for (Token t : sentence) {
        if (t.isWord()) {
          words++;
        }
      }
      for (String found : lexicons.loaded().find(sentence)) {
        hits++;
        if (examples.size() < EXAMPLES && !examples.contains(found)) {
          examples.add(found);
        }
      }
    }
    if (words == 0) {
      return Explanation.leaf(0.0, "loadedLanguage: no words, 0");
    }
    double value = Math.min(1.0, LOADED_FACTOR * hits / words);
    return Explanation.of(value, "loadedLanguage = min(1, " + text(LOADED_FACTOR) + " x loaded / words)"
        + (examples.isEmpty() ? "" : "; e.g. " + String.join(", ", examples)),
        Combination.FORMULA, List.of(Explanation.leaf(hits, "loaded words (loaded.txt)"),
            Explanation.leaf(words, "words")));
  }

  private Explanation opinion(Input in, List<List<Token>> tokens) {
    Genre genre = in.document().genre();
    Optional<String> label = in.clean().label().or(() -> firstLine(in.document().text()))
        .filter(l -> lexicons.label().contains(l.toLowerCase(Locale.ROOT)));
    if (genre == Genre.OPINION || genre == Genre.ANALYSIS) {
      return Explanation.leaf(1.0, "opinionSeparation: declared " + genre.name().toLowerCase(
          Locale.ROOT) + ", so its opinions are labelled: 1");
    }
    if (label.isPresent()) {
      return Explanation.leaf(1.0, "opinionSeparation: labelled '" + label.get() + "' in the"
          + " lead, so its opinions are labelled: 1");
    }
    int sentences = 0;
    int marked = 0;
    List<String> examples = new ArrayList<>();
    for (int i = 0; i < in.sentences().size(); i++) {
      if (in.sentences().get(i).heading()) {
        continue;
      }
      sentences++;
      List<String> found = new ArrayList<>(lexicons.prescription().find(tokens.get(i)));
      found.addAll(lexicons.call().find(tokens.get(i)));
      if (!found.isEmpty()) {
        marked++;
        if (examples.size() < EXAMPLES) {
          examples.add(found.get(0));
        }
      }
    }
    if (sentences == 0) {
      return Explanation.leaf(1.0, "opinionSeparation: no sentences, 1");
    }
    double density = Math.min(1.0, OPINION_FACTOR * marked / sentences);
    return Explanation.of(1.0 - density, "opinionSeparation = 1 - " + OPINION_DENSITY
        + "marked / sentences),"
        + " not labelled as opinion" + (examples.isEmpty() ? "" : "; e.g. "
        + String.join(", ", examples)), Combination.FORMULA, List.of(
            Explanation.leaf(marked, "sentences with a prescription or call to action"),
            Explanation.leaf(sentences, "sentences")));
  }

  /** The first non-blank line when it is short enough to be a label ("Opinion", "ANALYSIS:"). */
  private static Optional<String> firstLine(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && end - start <= LABEL_MAX_CHARS) {
      end++;
    }
    if (end - start > LABEL_MAX_CHARS) {
      return Optional.empty();
    }
    String line = text.substring(start, end).strip();
    if (line.endsWith(":")) {
      line = line.substring(0, line.length() - 1).strip();
    }
    return line.isEmpty() ? Optional.empty() : Optional.of(line);
  }

  private Explanation specificity(Input in, String text) {
    int n = in.claims().size();
    if (n == 0) {
      return Explanation.leaf(NEUTRAL, "specificity: no claims, neutral " + text(NEUTRAL));
    }
    int figures = 0;
    int dates = 0;
    int places = 0;
    int actors = 0;
    for (ExtractedClaim c : in.claims()) {
      figures += c.quantities().isEmpty() ? 0 : 1;
      dates += c.times().isEmpty() ? 0 : 1;
      boolean place = false;
      boolean actor = c.attribution().isPresent() && !c.attribution().get().anonymous();
      String vague = c.attribution().filter(Attribution::anonymous).map(Attribution::speaker)
          .orElse("");
      for (EntityMention e : c.entities()) {
        if (!vague.isEmpty() && vague.contains(e.surface())) {
          continue; // "Officials said": a vague source is no named actor
        }
        if (afterLocative(text, e.span().start())) {
          place = true;
        } else {
          actor = true;
        }
      }
      places += place ? 1 : 0;
      actors += actor ? 1 : 0;
    }
    double value = (figures + dates + places + actors) / ((double) SPECIFICITY_PARTS * n);
    return Explanation.of(value, "specificity = (figures + dates + places + actors) / ("
        + SPECIFICITY_PARTS + " x " + n
        + " claims)", Combination.FORMULA, List.of(
            Explanation.leaf(figures, "claims with a figure"),
            Explanation.leaf(dates, "claims with a date"),
            Explanation.leaf(places, "claims naming a place"),
            Explanation.leaf(actors, "claims naming an actor")));
  }

  /** Whether the word before {@code offset} is a locative preposition, looking back {@link #LOCATIVE_LOOK_BACK} chars at most. */
  private boolean afterLocative(String text, int offset) {
    int end = offset;
    int limit = Math.max(0, offset - LOCATIVE_LOOK_BACK);
    while (end > limit && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > limit && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start < end && lexicons.locative().contains(text.substring(start, end));
  }

  private static Explanation consistency(Input in) {
    int withFigures = 0;
    for (ExtractedClaim c : in.claims()) {
      withFigures += c.quantities().isEmpty() ? 0 : 1;
    }
    if (withFigures == 0) {
      return Explanation.leaf(1.0, "selfConsistency: no figures to disagree, 1");
    }
    return Explanation.of(1.0 - (double) in.conflicting() / withFigures,
        "selfConsistency = 1 - conflicting / claims with figures", Combination.FORMULA, List.of(
            Explanation.leaf(in.conflicting(),
                "claims with figures that conflict with another of this document"),
            Explanation.leaf(withFigures, "claims with figures")));
  }

  private static Explanation republishing(Input in) {
    if (in.declaredOrigin().isPresent()) {
      return Explanation.leaf(1.0, "republishing: declares it republishes "
          + in.declaredOrigin().get() + ": 1");
    }
    if (in.copy().isPresent()) {
      Republication copy = in.copy().get();
      return Explanation.leaf(copy.containment(), "republishing: " + Formats.fixed(
          100 * copy.containment(), 0) + "% of its " + SEQUENCES + " are in " + copy.originDocumentId()
          + " (" + copy.originSourceId() + ")");
    }
    return Explanation.leaf(0.0, "republishing: no copied text found, 0");
  }

  /** A number as the formulas print it: {@code .55}, {@code 25}. */
  static String text(double value) {
    String s = Formats.compactText(value, 6);
    return s.startsWith("0.") ? s.substring(1) : s;
  }
}
