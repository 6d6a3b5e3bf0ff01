package org.corroborate.impl.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The content words of a claim, normalised so that two spellings of the same sentence share them:
 * tokens are maximal runs of letters and digits, split where a lower-case letter runs into an
 * upper-case one ("WithISIS" gives "with", "isis"), lower-cased with {@link Locale#ROOT}, stripped
 * of function words, numbers and one-letter tokens, and reduced by a light suffix stemmer
 * ({@link #stem}). One pass over the text, so linear in its length.
 */
public final class ContentWords {
  private final Set<String> stopWords;

  /** Content words with these function words left out. */
  public ContentWords(Set<String> stopWords) {
    this.stopWords = Set.copyOf(stopWords);
  }

  /** The lower-cased tokens of {@code text[start, end)}, in order, function words included. */
  public static List<String> tokens(String text, int start, int end) {
    List<String> tokens = new ArrayList<>();
    int i = start;
    while (i < end) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int tokenStart = i;
      int previous = -1;
      while (i < end) {
        cp = text.codePointAt(i);
        if (!Character.isLetterOrDigit(cp)) {
          break;
        }
        if (previous >= 0 && Character.isLowerCase(previous) && Character.isUpperCase(cp)) {
          break; // glued words: "WithISIS", "inIraq"
        }
        previous = cp;
        i += Character.charCount(cp);
      }
      tokens.add(text.substring(tokenStart, i).toLowerCase(Locale.ROOT));
    }
    return tokens;
  }

  /** The content words of {@code text[start, end)}: stemmed, without function words, sorted. */
  public SortedSet<String> of(String text, int start, int end) {
    return of(text, start, end, null);
  }

  /** Like {@link #of(String, int, int)}, splitting glued words with {@code glue} when given. */
  public SortedSet<String> of(String text, int start, int end, GluedWords glue) {
    List<String> parts = new ArrayList<>();
    for (String token : tokens(text, start, end)) {
      if (glue == null) {
        parts.add(token);
      } else {
        parts.addAll(glue.split(token));
      }
    }
    TreeSet<String> words = new TreeSet<>();
    for (String token : parts) {
      if (token.length() < 2 || stopWords.contains(token) || isNumber(token)) {
        continue;
      }
      words.add(stem(token));
    }
    return words;
  }

  private static boolean isNumber(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A light English suffix stemmer: plural "-ies" to "-y", "-es" after a sibilant and "-s" (not
   * "-ss") dropped, then "-ing" and "-ed" dropped from words long enough to keep a stem of four
   * letters, then a final "-e" dropped, so that "escape", "escaped", "escapes" and "escaping" all
   * give "escap". It never lengthens a word and never leaves fewer than three letters.
   */
  static String stem(String word) {
    String w = word;
    if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 4
        && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 6 && w.endsWith("ing")) {
      w = w.substring(0, w.length() - 3);
    } else if (w.length() > 5 && w.endsWith("ed")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
