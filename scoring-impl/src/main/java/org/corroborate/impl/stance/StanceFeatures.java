package org.corroborate.impl.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.lang.Stemmer;

/**
 * The named heuristic features of a (claim, document) pair, each in [0, 1] or a small count.
 *
 * <p>Text is tokenised into lower-case runs of letters and digits ({@link Locale#ROOT}), function
 * words dropped, words reduced to their stems by the English (Porter2) stemmer of {@link
 * Stemmer}, the one content words use too; a document is split into sentences at
 * {@code . ! ?} followed by white space. Word weights are inverse document frequencies over the
 * documents classified together ({@code ln(1 + N / df)}), computed once per batch.
 *
 * <ul>
 *   <li>{@code overlap}: weighted share of the claim's words found in the document.
 *   <li>{@code lead-overlap}: the same over the document's first three sentences.
 *   <li>{@code best-sentence}: the highest weighted share covered by one sentence.
 *   <li>{@code bigrams}: share of the claim's word pairs found as pairs in the document.
 *   <li>{@code refute-near}, {@code hedge-near}, {@code affirm-near}, {@code negation-near}: cue
 *       words ({@code stance-cues.txt}) in the sentences that cover at least a quarter of the claim,
 *       divided by 3 and capped at 1.
 *   <li>{@code refute-anywhere}, {@code hedge-anywhere}: cues in the whole document, divided by 5
 *       and 10, capped at 1.
 *   <li>{@code refute-claim}, {@code hedge-claim}, {@code question-claim}: the claim itself holds a
 *       refuting cue, a hedge, a question mark (0 or 1).
 *   <li>{@code numbers-shared}: share of the claim's numbers found in the document (0 without
 *       numbers); {@code numbers-missing}: the claim has numbers and none is found.
 *   <li>{@code length}: {@code ln(1 + words) / 10} of the document.
 *   <li>{@code refute-lead}, {@code hedge-lead}: cues in the first three sentences, divided by 2
 *       and 3, capped at 1; {@code affirm-anywhere}: confirming cues divided by 5, capped at 1.
 *   <li>{@code refute-share}: refuting cues over all cues plus one.
 *   <li>{@code refute-near-x-best}, {@code hedge-near-x-best}: the near cues times {@code
 *       best-sentence}, so that cues count more where the claim is discussed.
 *   <li>{@code refute-best}, {@code hedge-best}: cues in the sentence that covers the claim best,
 *       divided by 2, capped at 1; {@code negation-parity}: whether the claim and that sentence
 *       hold an odd number of negations between them (one negates what the other does not).
 *   <li>The register of short documents (headlines, posts): {@code short} is 1 when the document
 *       has at most {@link #SHORT} words, else 0, and every {@code short-x-...} feature is 0 for a
 *       longer document, so that one joint model weighs the cues of headlines apart from those of
 *       bodies. Over the whole short document: {@code short-x-deny} ({@code DENY} cues such as
 *       "hoax", "fake", "debunked", "denies", "not true", divided by 2, capped at 1), {@code
 *       short-x-reporting} ({@code REPORTING} cues such as "reportedly", "claims", "rumoured",
 *       "says", "may", likewise), {@code short-x-question} (a question mark), {@code
 *       short-x-negation}, {@code short-x-refute}, {@code short-x-hedge}, {@code short-x-affirm}
 *       (the body cue groups, divided by 2, capped at 1), {@code short-x-colon} (a colon after at
 *       most four words, as in "Sources: ...", or before at most three, as in "...: CNN"), {@code
 *       short-x-overlap} ({@code overlap} again) and {@code short-x-negation-parity} (the claim and
 *       the document hold an odd number of negations between them). The cue words are in the
 *       language's {@code stance-cues} list.
 * </ul>
 */
final class StanceFeatures {
  static final List<String> NAMES = List.of("overlap", "lead-overlap", "best-sentence", "bigrams",
      "refute-near", "hedge-near", "affirm-near", "negation-near", "refute-anywhere",
      "hedge-anywhere", "refute-claim", "hedge-claim", "question-claim", "numbers-shared",
      "numbers-missing", "length", "refute-lead", "hedge-lead", "affirm-anywhere", "refute-share",
      "refute-near-x-best", "hedge-near-x-best", "refute-best", "hedge-best", "negation-parity",
      "short", "short-x-deny", "short-x-reporting", "short-x-question", "short-x-negation",
      "short-x-refute", "short-x-hedge", "short-x-affirm", "short-x-colon", "short-x-overlap",
      "short-x-negation-parity");

  /** A document of at most this many words is short (a headline, a post): {@code short} is 1. */
  static final int SHORT = 50;

  private final Set<String> stopWords;
  private final Map<String, SortedSet<String>> cues;

  /** Features with the {@code stance-cues} and {@code stance-stopwords} lists of a language. */
  StanceFeatures(Language language) {
    this.cues = language.groups("stance-cues");
    this.stopWords = Set.copyOf(language.words("stance-stopwords"));
  }

  /** A document analysed once: its sentences' word sets, cue positions and numbers. */
  static final class Body {
    final List<Set<String>> sentenceWords = new ArrayList<>();
    final List<int[]> sentenceCues = new ArrayList<>(); // refute, hedge, affirm, negation
    final Set<String> words = new HashSet<>();
    final Set<String> bigrams = new HashSet<>();
    final Set<String> numbers = new HashSet<>();
    int refute;
    int hedge;
    int affirm;
    int negation;
    int deny;
    int reporting;
    boolean question;
    boolean colon;
    int refuteLead;
    int hedgeLead;
    int length;
  }

  Body body(String text) {
    Body b = new Body();
    b.question = text.indexOf('?') >= 0;
    int colon = text.indexOf(':');
    int lastColon = text.lastIndexOf(':');
    b.colon = colon >= 0 && (tokens(text, 0, colon).size() <= 4
        || tokens(text, lastColon + 1, text.length()).size() <= 3);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length()
          || ((text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?'
              || text.charAt(i) == '\n')
              && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))));
      if (!end) {
        continue;
      }
      List<String> tokens = tokens(text, start, Math.min(i + 1, text.length()));
      start = i + 1;
      if (tokens.isEmpty()) {
        continue;
      }
      Set<String> sentence = new HashSet<>();
      int[] c = new int[4];
      String previous = null;
      for (int k = 0; k < tokens.size(); k++) {
        String t = tokens.get(k);
        b.length++;
        String next = k + 1 < tokens.size() ? tokens.get(k + 1) : "";
        c[0] += cue("REFUTE", t, next);
        c[1] += cue("HEDGE", t, next);
        c[2] += cue("AFFIRM", t, next);
        c[3] += cue("NEGATION", t, next);
        b.deny += cue("DENY", t, next);
        b.reporting += cue("REPORTING", t, next);
        if (isNumber(t)) {
          b.numbers.add(t);
        }
        if (stopWords.contains(t)) {
          continue;
        }
        String w = Stemmer.stem(t);
        sentence.add(w);
        if (previous != null) {
          b.bigrams.add(previous + " " + w);
        }
        previous = w;
      }
      b.refute += c[0];
      b.hedge += c[1];
      b.affirm += c[2];
      b.negation += c[3];
      if (b.sentenceWords.size() < 3) {
        b.refuteLead += c[0];
        b.hedgeLead += c[1];
      }
      b.words.addAll(sentence);
      b.sentenceWords.add(sentence);
      b.sentenceCues.add(c);
    }
    return b;
  }

  /** The feature values, in {@link #NAMES} order. */
  double[] of(String claim, Body body, Map<String, Double> idf) {
    List<String> tokens = tokens(claim, 0, claim.length());
    List<String> words = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    int refuteClaim = 0;
    int hedgeClaim = 0;
    int negationClaim = 0;
    for (int k = 0; k < tokens.size(); k++) {
      String t = tokens.get(k);
      String next = k + 1 < tokens.size() ? tokens.get(k + 1) : "";
      refuteClaim += cue("REFUTE", t, next);
      hedgeClaim += cue("HEDGE", t, next);
      negationClaim += cue("NEGATION", t, next);
      if (isNumber(t)) {
        numbers.add(t);
      }
      if (!stopWords.contains(t)) {
        words.add(Stemmer.stem(t));
      }
    }
    Set<String> distinct = new java.util.LinkedHashSet<>(words);
    double total = 0;
    double covered = 0;
    for (String w : distinct) {
      double weight = idf.getOrDefault(w, 1.0);
      total += weight;
      if (body.words.contains(w)) {
        covered += weight;
      }
    }
    double overlap = total == 0 ? 0 : covered / total;
    double lead = 0;
    double best = 0;
    int[] near = new int[4];
    int bestSentence = -1;
    double bestShare = -1;
    for (int s = 0; s < body.sentenceWords.size(); s++) {
      Set<String> sentence = body.sentenceWords.get(s);
      double c = 0;
      for (String w : distinct) {
        if (sentence.contains(w)) {
          c += idf.getOrDefault(w, 1.0);
        }
      }
      double share = total == 0 ? 0 : c / total;
      if (s < 3) {
        lead += c;
      }
      best = Math.max(best, share);
      if (share > bestShare) {
        bestShare = share;
        bestSentence = s;
      }
      if (share >= 0.25) {
        int[] cues = body.sentenceCues.get(s);
        for (int k = 0; k < 4; k++) {
          near[k] += cues[k];
        }
      }
    }
    double leadShare = total == 0 ? 0 : Math.min(1.0, lead / total);
    int pairs = 0;
    int sharedPairs = 0;
    for (int k = 0; k + 1 < words.size(); k++) {
      pairs++;
      if (body.bigrams.contains(words.get(k) + " " + words.get(k + 1))) {
        sharedPairs++;
      }
    }
    int numbersFound = 0;
    for (String n : numbers) {
      if (body.numbers.contains(n)) {
        numbersFound++;
      }
    }
    double h = body.length <= SHORT ? 1 : 0;
    return new double[] {
      overlap,
      leadShare,
      best,
      pairs == 0 ? 0 : (double) sharedPairs / pairs,
      Math.min(1.0, near[0] / 3.0),
      Math.min(1.0, near[1] / 3.0),
      Math.min(1.0, near[2] / 3.0),
      Math.min(1.0, near[3] / 3.0),
      Math.min(1.0, body.refute / 5.0),
      Math.min(1.0, body.hedge / 10.0),
      refuteClaim > 0 ? 1 : 0,
      hedgeClaim > 0 ? 1 : 0,
      claim.indexOf('?') >= 0 ? 1 : 0,
      numbers.isEmpty() ? 0 : (double) numbersFound / numbers.size(),
      !numbers.isEmpty() && numbersFound == 0 ? 1 : 0,
      StrictMath.log1p(body.length) / 10.0,
      Math.min(1.0, body.refuteLead / 2.0),
      Math.min(1.0, body.hedgeLead / 3.0),
      Math.min(1.0, body.affirm / 5.0),
      (double) body.refute / (body.refute + body.hedge + body.affirm + 1),
      Math.min(1.0, near[0] / 3.0) * best,
      Math.min(1.0, near[1] / 3.0) * best,
      bestSentence < 0 ? 0 : Math.min(1.0, body.sentenceCues.get(bestSentence)[0] / 2.0),
      bestSentence < 0 ? 0 : Math.min(1.0, body.sentenceCues.get(bestSentence)[1] / 2.0),
      bestSentence < 0 ? 0 : (negationClaim + body.sentenceCues.get(bestSentence)[3]) % 2,
      h,
      h * Math.min(1.0, body.deny / 2.0),
      h * Math.min(1.0, body.reporting / 2.0),
      h * (body.question ? 1 : 0),
      h * Math.min(1.0, body.negation / 2.0),
      h * Math.min(1.0, body.refute / 2.0),
      h * Math.min(1.0, body.hedge / 2.0),
      h * Math.min(1.0, body.affirm / 2.0),
      h * (body.colon ? 1 : 0),
      h * overlap,
      h * ((negationClaim + body.negation) % 2)
    };
  }

  /** Inverse document frequencies of the words of {@code bodies}: {@code ln(1 + N / df)}. */
  static Map<String, Double> idf(List<Body> bodies) {
    Map<String, Integer> df = new HashMap<>();
    for (Body b : bodies) {
      for (String w : b.words) {
        df.merge(w, 1, Integer::sum);
      }
    }
    Map<String, Double> idf = new HashMap<>();
    double n = Math.max(1, bodies.size());
    df.forEach((w, f) -> idf.put(w, StrictMath.log(1 + n / f)));
    return idf;
  }

  private int cue(String group, String token, String next) {
    SortedSet<String> single = cues.get(token);
    int n = single != null && single.contains(group) ? 1 : 0;
    SortedSet<String> pair = cues.get(token + "_" + next);
    if (pair != null && pair.contains(group)) {
      n++;
    }
    return n;
  }

  static List<String> tokens(String text, int start, int end) {
    List<String> out = new ArrayList<>();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int s = i;
      while (i < end && (Character.isLetterOrDigit(text.charAt(i))
          || (text.charAt(i) == '\'' && i + 1 < end && text.charAt(i + 1) == 't'))) {
        i++;
      }
      String t = text.substring(s, i).toLowerCase(Locale.ROOT);
      if (t.endsWith("n't")) {
        out.add(t.substring(0, t.length() - 3));
        out.add("not");
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean isNumber(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return !t.isEmpty();
  }
}
