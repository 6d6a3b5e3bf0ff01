package org.corroborate.impl.independence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.relate.ClaimRelation;
import org.corroborate.news.Attribution;
import org.corroborate.news.Modality;
import org.corroborate.news.RelationType;

/**
 * Denials that answer the claims before them in the same document, which share no words with
 * what they deny: "A report from the ISW indicated that Iraqi groups have crossed into Syria. ...
 * In response to these claims, al-Bandawi firmly rejected them. 'Iraq has never engaged in
 * military operations in Syria,' he asserted."
 *
 * <p>A claim <i>answers</i> when it is NEGATED, names a denial verb ({@code DENIAL} of {@code
 * modality.txt}), and refers back: a determiner (this, that, these, those, such, the) before a
 * noun of {@code ANSWERED} ("these claims", "the reports"), or "them" or "it" right after the
 * denial verb. Its voice is its speaker, else its outlet. Walking back over at most {@link #WINDOW}
 * claims of the same document, the first claim with a named speaker other than that voice gives
 * the voice answered; the answered claims are that speaker's claims in the window, up to the
 * first claim of a third named speaker (unattributed claims in between are the outlet's own
 * words and are skipped). The denial and each claim of the same speaker and polarity that
 * directly follows it ("... he asserted") CONFLICT with each answered claim, with score {@link
 * #SCORE}.
 *
 * <p>Linear in the claims: each answering claim looks at most {@link #WINDOW} claims back and
 * {@link #WINDOW} forward.
 */
final class Answers {
  /** How many claims of the document a denial looks back over (and forward, for its follow-ups). */
  static final int WINDOW = 6;
  /** The score of an answer's CONFLICTS relation: the cue is explicit, the reference is not. */
  static final double SCORE = 0.8;

  private static final Set<String> DETERMINERS =
      Set.of("this", "that", "these", "those", "such", "the");
  private static final Set<String> PRONOUNS = Set.of("them", "it");

  private Answers() {}

  /**
   * The CONFLICTS relations between denials and the claims they answer, in claim indices of
   * {@code claims}, each pair once, ordered by denial then answered claim.
   *
   * @param distinct the indices of the claims that are not word-for-word repeats
   */
  static List<ClaimRelation> find(List<ExtractedClaim> claims, List<Integer> distinct,
      MatchingLexicon lexicon, UnaryOperator<String> speakerKey) {
    List<ClaimRelation> out = new ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int k = 0; k < distinct.size(); k++) {
      int d = distinct.get(k);
      ExtractedClaim denial = claims.get(d);
      Optional<String> cue = denial.modality() == Modality.NEGATED
          ? answerCue(denial.text(), lexicon) : Optional.empty();
      if (cue.isEmpty()) {
        continue;
      }
      String voice = voice(denial, speakerKey);
      String answeredVoice = null;
      List<Integer> answered = new ArrayList<>();
      for (int back = k - 1; back >= 0 && back >= k - WINDOW; back--) {
        ExtractedClaim c = claims.get(distinct.get(back));
        if (!c.documentId().equals(denial.documentId())) {
          break;
        }
        Optional<String> speaker = named(c, speakerKey);
        if (speaker.isEmpty() || speaker.get().equals(voice)) {
          continue;
        }
        if (answeredVoice == null) {
          answeredVoice = speaker.get();
        } else if (!answeredVoice.equals(speaker.get())) {
          break;
        }
        answered.add(distinct.get(back));
      }
      if (answered.isEmpty()) {
        continue;
      }
      List<Integer> denials = new ArrayList<>(List.of(d));
      for (int next = k + 1; next < distinct.size() && next <= k + WINDOW; next++) {
        ExtractedClaim c = claims.get(distinct.get(next));
        if (!c.documentId().equals(denial.documentId()) || c.modality() != Modality.NEGATED
            || !voice.equals(voice(c, speakerKey))) {
          break;
        }
        denials.add(distinct.get(next));
      }
      String by = answeredVoice;
      for (int x : denials) {
        for (int a : answered) {
          long key = (long) Math.min(x, a) << 32 | Math.max(x, a);
          if (!seen.add(key)) {
            continue;
          }
          String why = (x == d ? "the denial" : "a denial following " + denial.id())
              + " answers the claims before it ('" + cue.get() + "'), made by " + by;
          out.add(new ClaimRelation(Math.min(x, a), Math.max(x, a), RelationType.CONFLICTS, SCORE,
              () -> Explanation.of(SCORE, "CONFLICTS: " + why, Combination.FORMULA,
                  List.of(Explanation.leaf(SCORE, "score of an answer (fixed)"))),
              false));
        }
      }
    }
    return out;
  }

  /** The words by which a NEGATED claim with a denial verb refers back, if it does. */
  static Optional<String> answerCue(String text, MatchingLexicon lexicon) {
    List<String> words = words(text);
    boolean denies = false;
    for (String w : words) {
      if (lexicon.denials().contains(w)) {
        denies = true;
        break;
      }
    }
    if (!denies) {
      return Optional.empty();
    }
    for (int i = 0; i + 1 < words.size(); i++) {
      String w = words.get(i);
      String next = words.get(i + 1);
      if (DETERMINERS.contains(w) && lexicon.answered().contains(next)) {
        return Optional.of(w + " " + next);
      }
      if (lexicon.denials().contains(w) && PRONOUNS.contains(next)) {
        return Optional.of(w + " " + next);
      }
    }
    return Optional.empty();
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (b.length() > 0) {
        words.add(b.toString().toLowerCase(Locale.ROOT));
        b.setLength(0);
      }
    }
    return words;
  }

  private static String voice(ExtractedClaim c, UnaryOperator<String> speakerKey) {
    return named(c, speakerKey).orElse("source:" + c.sourceId());
  }

  private static Optional<String> named(ExtractedClaim c, UnaryOperator<String> speakerKey) {
    Optional<Attribution> a = c.attribution();
    if (a.isEmpty() || a.get().anonymous()) {
      return Optional.empty();
    }
    return Optional.of("speaker:" + speakerKey.apply(a.get().speaker()));
  }
}
