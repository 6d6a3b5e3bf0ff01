package org.corroborate.impl.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.impl.clean.CleanText;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.token.Span;
import org.corroborate.impl.token.Token;
import org.corroborate.news.ScoringConfig;

/**
 * Splits the content of a {@link CleanText} into sentences, in one pass per line.
 *
 * <p>Every content line ends a sentence. Inside a line, a sentence ends after {@code .}, {@code
 * !}, {@code ?} or an ellipsis, followed by any closing quotes or brackets, when the next
 * non-space character starts a sentence: an upper-case letter, a digit or an opening quote. Not
 * an end: a period after a known abbreviation (U.S., Gen., Dr., Jan., e.g.; {@code
 * abbreviations.txt}) or after a single capital letter (an initial), a period inside a number
 * ("3.5"), and end punctuation followed by a lower-case word (a quotation that goes on: {@code
 * "...?" he asked}). A period glued to the next sentence ("areas.Recent developments") is an end
 * when a lower-case word of two or more letters precedes it and a capitalised word follows; a
 * comma glued the same way ("rise,Baghdad") is not.
 *
 * <p>A line that is one sentence without end punctuation, of at most fifteen words, is a heading.
 *
 * <p>A sentence longer than {@code maxChars} ({@link ScoringConfig#maxSentenceChars()}) is cut
 * into pieces of at most that length, each ending at the last blank of its second half when there
 * is one (else at the limit, never inside a surrogate pair): the later stages see no unbounded
 * sentence, and the cut stays linear (each piece looks back over at most half its length).
 */
public final class SentenceSplitter {
  private final Set<String> abbreviations;
  private final int maxChars;

  /** A splitter with the {@code abbreviations} list of {@code language} and the default limit. */
  public SentenceSplitter(Language language) {
    this(language, ScoringConfig.DEFAULT_MAX_SENTENCE_CHARS);
  }

  /**
   * A splitter with the {@code abbreviations} list of {@code language} that cuts sentences longer
   * than {@code maxChars} (at least 2).
   */
  public SentenceSplitter(Language language, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars: must be at least 2, was " + maxChars);
    }
    this.abbreviations = Set.copyOf(language.words("abbreviations"));
    this.maxChars = maxChars;
  }

  /**
   * The sentences of a text and how many were longer than the limit and cut.
   *
   * @param sentences the sentences in order, each at most the limit long
   * @param cut how many sentences were cut (each into two pieces or more)
   */
  public record Split(List<Sentence> sentences, int cut) {
    /** Copies the sentences. */
    public Split {
      sentences = List.copyOf(sentences);
    }
  }

  /** The sentences of the cleaned text's content lines, in order, each at most the limit long. */
  public List<Sentence> split(CleanText clean) {
    return splitCounting(clean).sentences();
  }

  /** The sentences of the cleaned text's content lines, with how many were cut to the limit. */
  public Split splitCounting(CleanText clean) {
    String text = clean.text();
    List<Sentence> out = new ArrayList<>();
    int[] cut = new int[1];
    for (Span line : clean.content()) {
      int before = out.size();
      int start = line.start();
      int i = line.start();
      while (i < line.end()) {
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == '…') {
          int end = i + 1;
          while (end < line.end() && (text.charAt(end) == '.' || text.charAt(end) == '!'
              || text.charAt(end) == '?')) {
            end++; // "..." or "?!"
          }
          while (end < line.end() && closing(text.charAt(end))) {
            end++;
          }
          if (isEnd(text, line, start, i, end)) {
            cut[0] += add(out, text, start, end);
            start = end;
          }
          i = end;
          continue;
        }
        i++;
      }
      cut[0] += add(out, text, start, line.end());
      if (out.size() == before + 1) {
        Sentence only = out.get(before);
        if (looksLikeHeading(only.text())) {
          out.set(before, new Sentence(only.index(), only.span(), only.text(), true));
        }
      }
    }
    return new Split(out, cut[0]);
  }

  private boolean isEnd(String text, Span line, int sentenceStart, int mark, int end) {
    int next = end;
    boolean space = false;
    while (next < line.end() && Token.blank(text.charAt(next))) {
      next++;
      space = true;
    }
    if (next >= line.end()) {
      return true;
    }
    int cp = text.codePointAt(next);
    boolean starts = Character.isUpperCase(cp) || Character.isDigit(cp) || opening(text.charAt(next));
    if (!starts) {
      return false;
    }
    char m = text.charAt(mark);
    if (m != '.') {
      return space || Character.isUpperCase(cp);
    }
    if (mark > 0 && Character.isDigit(text.charAt(mark - 1)) && Character.isDigit(cp) && !space) {
      return false; // 3.5
    }
    // the word before the period
    int w = mark;
    while (w > sentenceStart && mark - w < 24 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, mark);
    String lower = word.toLowerCase(Locale.ROOT);
    if (abbreviations.contains(lower)) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial: "J. Smith"
    }
    if (!space) {
      // glued: "areas.Recent" is an end, "U.S" is not
      boolean lowerBefore = word.length() >= 2 && Character.isLowerCase(word.charAt(word.length() - 1));
      boolean capitalisedAfter = Character.isUpperCase(cp) && next + 1 < line.end()
          && Character.isLowerCase(text.charAt(next + 1));
      return lowerBefore && capitalisedAfter;
    }
    return true;
  }

  private static boolean closing(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean opening(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«' || c == '\'';
  }

  /**
   * Adds the sentence {@code [start, end)}, cut into pieces of at most {@code maxChars}; returns 1
   * when it was cut, else 0.
   */
  private int add(List<Sentence> out, String text, int start, int end) {
    Span whole = Span.stripped(text, start, end);
    if (whole.length() <= maxChars) {
      addPiece(out, text, whole.start(), whole.end());
      return 0;
    }
    int from = whole.start();
    while (whole.end() - from > maxChars) {
      int limit = from + maxChars;
      int cut = limit;
      while (cut > from + maxChars / 2 && !Token.blank(text.charAt(cut))) {
        cut--;
      }
      if (!Token.blank(text.charAt(cut))) {
        cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
      }
      addPiece(out, text, from, cut);
      from = cut;
      while (from < whole.end() && Token.blank(text.charAt(from))) {
        from++;
      }
    }
    addPiece(out, text, from, whole.end());
    return 1;
  }

  private static void addPiece(List<Sentence> out, String text, int start, int end) {
    Span stripped = Span.stripped(text, start, end);
    int s = stripped.start();
    int e = stripped.end();
    if (s < e) {
      // never split a surrogate pair
      if (Character.isLowSurrogate(text.charAt(s)) && s > 0) {
        s--;
      }
      if (e < text.length() && Character.isLowSurrogate(text.charAt(e))) {
        e++;
      }
      out.add(new Sentence(out.size(), new Span(s, e), text.substring(s, e), false));
    }
  }

  private static boolean looksLikeHeading(String s) {
    char last = s.charAt(s.length() - 1);
    if (".!?:;,\"”'’)…".indexOf(last) >= 0) {
      return false;
    }
    return Token.splitAtWhiteSpace(s).length <= 15;
  }
}
