package org.corroborate.impl.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.sentence.Sentence;
import org.corroborate.impl.token.Span;
import org.corroborate.impl.token.Token;
import org.corroborate.news.Attribution;
import org.corroborate.news.Modality;

/**
 * Decides how a sentence puts its claim forward, with the cue that decided it. Cues inside a
 * quotation that opens after the start of the sentence are not read. Precedence, first
 * match wins: QUESTIONED (the sentence ends with a question mark, closing quotes aside); NEGATED
 * (a DENIAL verb, or a NEGATION word not in a NEGATION_EXCEPT phrase); HEDGED (a HEDGE word or
 * phrase); REPORTED (the claim has an attribution); ASSERTED. Cue lists are in {@code
 * modality.txt} (replaceable).
 */
final class ModalityClassifier {
  /** The modality and the cue that decided it (absent for ASSERTED and REPORTED). */
  record Cue(Modality modality, Optional<String> cue, Optional<Span> span) {}

  private final Map<String, SortedSet<String>> cues;

  /** A classifier with the {@code modality} list of {@code language}. */
  ModalityClassifier(Language language) {
    this.cues = language.groups("modality");
  }

  Modality classify(String text, Sentence sentence, Optional<Attribution> attribution) {
    return explain(text, sentence, attribution).modality();
  }

  Cue explain(String text, Sentence sentence, Optional<Attribution> attribution) {
    return explain(text, sentence, Token.of(text, sentence.start(), sentence.end()), attribution);
  }

  /** Like {@link #explain(String, Sentence, Optional)} with the sentence's tokens. */
  Cue explain(String text, Sentence sentence, List<Token> t, Optional<Attribution> attribution) {
    String s = sentence.text();
    int end = s.length();
    while (end > 0 && "\"'”’) ".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end > 0 && s.charAt(end - 1) == '?') {
      return new Cue(Modality.QUESTIONED, Optional.of("?"),
          Optional.of(new Span(sentence.start() + end - 1, sentence.start() + end)));
    }
    boolean[] quoted = quotedAfterStart(t);
    Cue hedge = null;
    for (int i = 0; i < t.size(); i++) {
      Token w = t.get(i);
      if (!w.isWord() || quoted[i]) {
        continue;
      }
      String lower = w.lower();
      Span word = span(w);
      // "can't", "isn't": the tokenizer splits at the apostrophe
      if (lower.equals("t") && i >= 2 && (t.get(i - 1).is("'") || t.get(i - 1).is("’"))) {
        lower = t.get(i - 2).lower() + "'t";
        word = new Span(t.get(i - 2).start(), w.end());
      }
      String written = text.substring(word.start(), word.end());
      if (in("DENIAL", lower)) {
        return new Cue(Modality.NEGATED, Optional.of(written), Optional.of(word));
      }
      if (in("NEGATION", lower)) {
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        if (!in("NEGATION_EXCEPT", lower + "_" + next)) {
          return new Cue(Modality.NEGATED, Optional.of(written), Optional.of(word));
        }
      }
      if (hedge == null) {
        if (in("HEDGE", lower)) {
          hedge = new Cue(Modality.HEDGED, Optional.of(w.text()), Optional.of(span(w)));
        } else if (i + 2 < t.size()
            && in("HEDGE", lower + "_" + t.get(i + 1).lower() + "_" + t.get(i + 2).lower())) {
          hedge = new Cue(Modality.HEDGED, Optional.of(lower + " " + t.get(i + 1).lower() + " "
              + t.get(i + 2).lower()), Optional.of(new Span(w.start(), t.get(i + 2).end())));
        }
      }
    }
    if (hedge != null) {
      return hedge;
    }
    if (attribution.isPresent()) {
      return new Cue(Modality.REPORTED, Optional.empty(), Optional.empty());
    }
    return new Cue(Modality.ASSERTED, Optional.empty(), Optional.empty());
  }

  /**
   * Tokens inside a quotation that opens after the sentence's start: words quoted within a claim
   * ("provided they “did not participate”") do not set its modality; a sentence that is itself a
   * quotation keeps its cues.
   */
  private static boolean[] quotedAfterStart(List<Token> t) {
    boolean[] q = new boolean[t.size()];
    boolean inside = false;
    for (int i = 0; i < t.size(); i++) {
      String x = t.get(i).text();
      if (x.equals("“") || (x.equals("\"") && !inside)) {
        inside = i > 0;
      } else if (x.equals("”") || x.equals("\"")) {
        inside = false;
      }
      q[i] = inside;
    }
    return q;
  }

  /** Whether a cue word is a denial verb ("denied"), not a plain negation. */
  boolean isDenial(String cue) {
    return in("DENIAL", cue.toLowerCase(java.util.Locale.ROOT));
  }

  private boolean in(String group, String word) {
    SortedSet<String> groups = cues.get(word);
    return groups != null && groups.contains(group);
  }

  private static Span span(Token w) {
    return new Span(w.start(), w.end());
  }
}
