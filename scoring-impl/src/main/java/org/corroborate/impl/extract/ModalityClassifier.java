package org.corroborate.impl.extract;

import java.util.HashMap;
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
  /**
   * Each word that can decide the modality by itself or open a HEDGE phrase, with {@link #DENIAL},
   * {@link #NEGATION}, {@link #HEDGE} and {@link #HEDGE_OPENER} marks: one lookup tells whether a
   * word needs a second look, and most words need none.
   */
  private final Map<String, Integer> marks = new HashMap<>();

  private static final int DENIAL = 1;
  private static final int NEGATION = 2;
  private static final int HEDGE = 4;
  /** The first word of a multi-word HEDGE phrase ("it" of "it_is_believed"). */
  private static final int HEDGE_OPENER = 8;

  /** A classifier with the {@code modality} list of {@code language}. */
  ModalityClassifier(Language language) {
    this.cues = language.groups("modality");
    cues.forEach((word, groups) -> {
      int m = (groups.contains("DENIAL") ? DENIAL : 0)
          | (groups.contains("NEGATION") ? NEGATION : 0)
          | (groups.contains("HEDGE") ? HEDGE : 0);
      if (m != 0) {
        marks.merge(word, m, (a, b) -> a | b);
      }
      int joint = word.indexOf('_');
      if (joint > 0 && groups.contains("HEDGE")) {
        marks.merge(word.substring(0, joint), HEDGE_OPENER, (a, b) -> a | b);
      }
    });
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
      int from = w.start();
      // "can't", "isn't": the tokenizer splits at the apostrophe
      if (lower.equals("t") && i >= 2 && (t.get(i - 1).is("'") || t.get(i - 1).is("’"))) {
        lower = t.get(i - 2).lower() + "'t";
        from = t.get(i - 2).start();
      }
      int marked = marks(lower);
      if (marked == 0) {
        continue;
      }
      if ((marked & DENIAL) != 0) {
        return negated(text, from, w.end());
      }
      if ((marked & NEGATION) != 0) {
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        if (!in("NEGATION_EXCEPT", lower + "_" + next)) {
          return negated(text, from, w.end());
        }
      }
      if (hedge == null) {
        if ((marked & HEDGE) != 0) {
          hedge = new Cue(Modality.HEDGED, Optional.of(w.text()), Optional.of(span(w)));
        } else if ((marked & HEDGE_OPENER) != 0 && i + 2 < t.size()
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

  /** The marks of a lower-cased word; 0 for a word that is no cue and opens none. */
  private int marks(String word) {
    Integer m = marks.get(word);
    return m == null ? 0 : m;
  }

  /** A negation or denial cue written at {@code text[start, end)}. */
  private static Cue negated(String text, int start, int end) {
    return new Cue(Modality.NEGATED, Optional.of(text.substring(start, end)),
        Optional.of(new Span(start, end)));
  }

  private boolean in(String group, String word) {
    SortedSet<String> groups = cues.get(word);
    return groups != null && groups.contains(group);
  }

  private static Span span(Token w) {
    return new Span(w.start(), w.end());
  }
}
