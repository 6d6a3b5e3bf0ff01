package org.corroborate.impl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.sentence.Sentence;
import org.corroborate.impl.token.Span;
import org.corroborate.impl.token.Token;
import org.corroborate.news.Attribution;

/**
 * Finds who a sentence attributes its claim to, and through whom, from the patterns below
 * (bounded scans over {@link Token}s; word lists in {@code attribution.txt}, replaceable). The
 * speaker is the original voice; {@code via} lists the relays, innermost first.
 *
 * <ul>
 *   <li>"X reported, citing Y, that ...": speaker Y, via [X].
 *   <li>"According to X, Y stated ...": speaker Y, via [X]; "according to X" alone: speaker X.
 *   <li>"X said / stated / announced ... (that)": speaker X, the name (or, failing one, the one to
 *       three words) before the verb, skipping an apposition between commas ("Ahmad al-Sharifi, a
 *       strategic expert, told ...") and an adverb ("firmly denied"); a bracketed short name
 *       right before the verb is the speaker ("the Institute for the Study of War (ISW) said":
 *       ISW); "X told Y": via [Y], the name after the verb.
 *   <li>Inverted after a quotation: {@code "...," remarked David Pollock}: the name after the verb.
 *   <li>A pronoun speaker ("he said", "He added:") takes the document's previous named speaker.
 *       (A sentence that is only a quotation is given its speaker by {@link
 *       PatternClaimExtractor}: the attribution closing the quotation later in the paragraph, else
 *       the previous named speaker.)
 * </ul>
 *
 * <p>A speaker phrase whose head word is an ACTOR ("the government denied") names an unnamed but
 * identified speaker. A speaker whose head word is VAGUE ("recent reports", "Kurdish officials", "sources") is
 * anonymous, unless it is a named organisation's reports ("UN reports": speaker UN). A sentence
 * matching none of these is unattributed.
 */
final class AttributionExtractor {
  private static final int WINDOW = 400; // tokens scanned per sentence for verbs

  private final Map<String, SortedSet<String>> words;

  /** An extractor with the {@code attribution} list of {@code language}. */
  AttributionExtractor(Language language) {
    this.words = language.groups("attribution");
  }

  /**
   * The attribution of {@code sentence}.
   *
   * @param names the names {@link EntityExtractor} found in it
   * @param previousSpeaker the last named speaker earlier in the document, if any
   */
  Optional<Attribution> extract(String text, Sentence sentence, List<EntityExtractor.Name> names,
      Optional<String> previousSpeaker) {
    return extract(text, Token.of(text, sentence.start(), sentence.end()), names, previousSpeaker);
  }

  /** Like {@link #extract(String, Sentence, List, Optional)} on the sentence's tokens. */
  Optional<Attribution> extract(String text, List<Token> t, List<EntityExtractor.Name> names,
      Optional<String> previousSpeaker) {
    if (t.isEmpty()) {
      return Optional.empty();
    }
    boolean[] quoted = quoted(t);
    // X reported, citing Y, that
    for (int i = 1; i < t.size() && i < WINDOW; i++) {
      if (t.get(i).is("citing") && !quoted[i]) {
        Optional<String[]> y = phraseAfter(text, t, names, i + 1);
        int verb = previousSpeech(t, i, quoted);
        if (y.isPresent() && verb >= 0) {
          Optional<String[]> x = subject(text, t, names, verb, previousSpeaker);
          List<String> via = x.map(v -> List.of(v[0])).orElse(List.of());
          return Optional.of(attribution(y.get(), via));
        }
      }
    }
    // according to X (, Y said)
    for (int i = 0; i + 1 < t.size() && i < WINDOW; i++) {
      if (t.get(i).is("according") && t.get(i + 1).is("to") && !quoted[i]) {
        Optional<String[]> x = phraseAfter(text, t, names, i + 2);
        if (x.isEmpty()) {
          break;
        }
        int comma = nextComma(t, i + 2);
        int verb = comma < 0 ? -1 : nextSpeech(t, comma + 1, quoted);
        if (verb >= 0) {
          Optional<String[]> y = subject(text, t, names, verb, previousSpeaker);
          if (y.isPresent()) {
            return Optional.of(attribution(y.get(), List.of(x.get()[0])));
          }
        }
        return Optional.of(attribution(x.get(), List.of()));
      }
    }
    // X said / told Y; inverted "..." remarked X; a verb with no speaker ("these claims") is
    // passed over for the next one
    for (int verb = nextSpeech(t, 0, quoted); verb >= 0; verb = nextSpeech(t, verb + 1, quoted)) {
      Optional<String[]> x = subject(text, t, names, verb, previousSpeaker);
      if (x.isEmpty()) {
        Optional<String[]> after = nameAt(text, t, names, verb + 1);
        if (after.isPresent()) {
          x = after;
        }
      }
      if (x.isPresent()) {
        List<String> via = new ArrayList<>();
        if (in("TELLS", t.get(verb).lower())) {
          nameAt(text, t, names, verb + 1).ifPresent(y -> via.add(y[0]));
        }
        return Optional.of(attribution(x.get(), via));
      }
    }
    return Optional.empty();
  }

  private Attribution attribution(String[] speaker, List<String> via) {
    // a capitalised vague head ("Officials said ...") reads as a name but is no one in particular
    String[] words = Token.splitAtWhiteSpace(speaker[0].strip());
    boolean vague = speaker[1] != null
        || in("VAGUE", words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
    return new Attribution(speaker[0], via, vague);
  }

  /**
   * Tokens inside double quotes. Curly quotes say their direction; a straight quote opens when
   * white space (or the sentence start) precedes it and none follows, and closes otherwise.
   */
  private static boolean[] quoted(List<Token> t) {
    boolean[] q = new boolean[t.size()];
    boolean inside = false;
    for (int i = 0; i < t.size(); i++) {
      String x = t.get(i).text();
      if (x.equals("“")) {
        inside = true;
      } else if (x.equals("”")) {
        inside = false;
      } else if (x.equals("\"")) {
        boolean spaceBefore = i == 0 || t.get(i).spaceBefore();
        boolean spaceAfter = i + 1 >= t.size() || t.get(i + 1).spaceBefore();
        inside = spaceBefore && !spaceAfter;
      }
      q[i] = inside;
    }
    return q;
  }

  private int nextSpeech(List<Token> t, int from, boolean[] quoted) {
    for (int i = from; i < t.size() && i < WINDOW; i++) {
      if (!quoted[i] && t.get(i).isWord() && (in("SPEECH", t.get(i).lower())
          || in("TELLS", t.get(i).lower()))) {
        // "recent reports talked": a noun that is also a verb, followed by the verb
        boolean nounBeforeVerb = in("VAGUE", t.get(i).lower()) && i + 1 < t.size()
            && (in("SPEECH", t.get(i + 1).lower()) || in("TELLS", t.get(i + 1).lower()));
        if (!nounBeforeVerb) {
          return i;
        }
      }
    }
    return -1;
  }

  private int previousSpeech(List<Token> t, int before, boolean[] quoted) {
    for (int i = before - 1; i >= 0 && i >= before - 4; i--) {
      if (!quoted[i] && t.get(i).isWord() && in("SPEECH", t.get(i).lower())) {
        return i;
      }
    }
    return -1;
  }

  /** A lower-case adverb in -ly between a subject and its verb: "firmly denied". */
  private static boolean adverb(Token token) {
    String word = token.text();
    return word.length() >= 5 && word.endsWith("ly") && word.equals(token.lower());
  }

  private static int nextComma(List<Token> t, int from) {
    for (int i = from; i < t.size() && i < from + 30; i++) {
      if (t.get(i).is(",")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The speaker before the verb at {@code verb}: {@code {surface, vagueMarker}} where the marker
   * is non-null for an anonymous speaker.
   */
  private Optional<String[]> subject(String text, List<Token> t, List<EntityExtractor.Name> names,
      int verb, Optional<String> previousSpeaker) {
    int end = verb; // exclusive
    // "Ahmad al-Sharifi, a strategic expert, told": skip the apposition
    if (end > 0 && t.get(end - 1).is(",")) {
      int k = end - 2;
      while (k >= 0 && k > end - 24 && !t.get(k).is(",")) {
        k--;
      }
      if (k >= 0 && t.get(k).is(",")) {
        end = k;
      }
    }
    // auxiliary words between subject and verb: "has said", "also explained"
    while (end > 0 && t.get(end - 1).isWord() && (t.get(end - 1).is("also") || t.get(end - 1).is("has")
        || t.get(end - 1).is("have") || t.get(end - 1).is("had")
        || t.get(end - 1).is("later") || t.get(end - 1).is("previously")
        || t.get(end - 1).is("publicly") || t.get(end - 1).is("reportedly")
        || adverb(t.get(end - 1)))) {
      end--;
    }
    // "the Institute for the Study of War (ISW) said": the bracketed short name is the speaker
    if (end >= 3 && t.get(end - 1).is(")") && t.get(end - 3).is("(")) {
      Optional<EntityExtractor.Name> acronym = nameEndingAt(names, t.get(end - 2).end());
      if (acronym.isPresent()) {
        return Optional.of(new String[] {acronym.get().surface(), null});
      }
    }
    // a name in quotes: the Kurdish website “Rudaw” reported
    if (end > 1 && (t.get(end - 1).is("”") || t.get(end - 1).is("\""))) {
      end--;
    }
    if (end <= 0) {
      return Optional.empty();
    }
    Token last = t.get(end - 1);
    if (in("PRONOUN", last.lower())) {
      return previousSpeaker.map(p -> new String[] {p, null});
    }
    // "the ISW report observed": an organisation's report speaks for it
    if ((last.is("report") || last.is("reports") || last.is("statement")) && end >= 2) {
      Optional<EntityExtractor.Name> owner = nameEndingAt(names, t.get(end - 2).end());
      if (owner.isPresent()) {
        return Optional.of(new String[] {owner.get().surface(), null});
      }
    }
    Optional<EntityExtractor.Name> named = nameEndingAt(names, last.end());
    if (named.isPresent()) {
      // "the PMF in Iraq announced": the subject is before the place
      EntityExtractor.Name n = named.get();
      int before = indexOfTokenEndingBefore(t, n.span().start());
      if (before >= 1 && (t.get(before).is("in") || t.get(before).is("from")
          || t.get(before).is("at"))) {
        int k = before - 1;
        if (t.get(k).is(")") && k >= 1) {
          k--;
        }
        Optional<EntityExtractor.Name> earlier = nameEndingAt(names, t.get(k).end());
        if (earlier.isPresent()) {
          return Optional.of(new String[] {earlier.get().surface(), null});
        }
      }
      return Optional.of(new String[] {n.surface(), null});
    }
    // an unnamed noun phrase: up to three words ending at the verb
    if (!last.isWord()) {
      return Optional.empty();
    }
    int start = end - 1;
    while (start > 0 && end - start < 3 && t.get(start - 1).isWord()
        && !t.get(start - 1).is("that") && !t.get(start - 1).is("and")) {
      start--;
    }
    if (in("VAGUE", last.lower())) {
      String phrase = text.substring(t.get(start).start(), last.end());
      return Optional.of(new String[] {phrase, "vague"});
    }
    if (in("ACTOR", last.lower())) {
      // "the government has denied": an unnamed but identified actor
      int from = start;
      while (from < end - 1 && (t.get(from).is("the") || t.get(from).is("The"))) {
        from++;
      }
      return Optional.of(new String[] {text.substring(t.get(from).start(), last.end()), null});
    }
    return Optional.empty();
  }

  private static Optional<EntityExtractor.Name> nameEndingAt(
      List<EntityExtractor.Name> names, int end) {
    for (EntityExtractor.Name n : names) {
      if (n.span().end() == end) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /** The index of the last token ending at or before {@code offset}, or -1. */
  private static int indexOfTokenEndingBefore(List<Token> t, int offset) {
    int lo = 0;
    int hi = t.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (t.get(mid).end() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** A name starting at token {@code at} (the first name whose span starts there). */
  private static Optional<String[]> nameAt(String text, List<Token> t,
      List<EntityExtractor.Name> names, int at) {
    int k = at;
    while (k < t.size() && (t.get(k).is("the") || t.get(k).is("The"))) {
      k++;
    }
    if (k >= t.size()) {
      return Optional.empty();
    }
    int start = t.get(k).start();
    for (EntityExtractor.Name n : names) {
      if (n.span().start() == start) {
        return Optional.of(new String[] {n.surface(), null});
      }
    }
    return Optional.empty();
  }

  /** The phrase after "according to" or "citing": a name, or a vague noun phrase. */
  private Optional<String[]> phraseAfter(String text, List<Token> t,
      List<EntityExtractor.Name> names, int at) {
    int end = at;
    while (end < t.size() && end < at + 8 && !t.get(end).is("that")
        && (t.get(end).isWord() || t.get(end).is("’") || t.get(end).is("'"))) {
      end++;
    }
    if (end == at) {
      // quotes: the Kurdish website “Rudaw”
      return Optional.empty();
    }
    String head = t.get(end - 1).lower();
    EntityExtractor.Name first = null; // the last name of the phrase: its head
    for (EntityExtractor.Name n : names) {
      if (n.span().start() >= t.get(at).start() && n.span().end() <= t.get(end - 1).end()) {
        first = n;
      }
    }
    boolean vagueHead = in("VAGUE", head);
    boolean organisationsReports = head.equals("reports") || head.equals("report")
        || head.equals("statement") || head.equals("announcement") || head.equals("data");
    if (first != null && (!vagueHead || organisationsReports)) {
      return Optional.of(new String[] {first.surface(), null});
    }
    String phrase = text.substring(t.get(at).start(), t.get(end - 1).end());
    if (vagueHead) {
      return Optional.of(new String[] {phrase, "vague"});
    }
    return first == null ? Optional.empty() : Optional.of(new String[] {first.surface(), null});
  }

  private boolean in(String group, String word) {
    SortedSet<String> groups = words.get(word);
    return groups != null && groups.contains(group);
  }
}
