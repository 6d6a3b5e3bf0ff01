package org.corroborate.impl.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import org.corroborate.impl.lang.Stemmer;

/**
 * The content words of a claim, normalised so that two spellings of the same sentence share them:
 * tokens are maximal runs of letters and digits, split where a lower-case letter runs into an
 * upper-case one ("WithISIS" gives "with", "isis"), lower-cased with {@link Locale#ROOT}, stripped
 * of function words, numbers and one-letter tokens, and reduced to their stems by the English
 * (Porter2) stemmer of {@link Stemmer}, the one the stance features use too: "escape", "escaped",
 * "escapes" and "escaping" all give "escap". One pass over the text, so linear in its length.
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
    char[] lower = new char[16];
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c < 0x80 ? !isAsciiLetterOrDigit(c) : !Character.isLetterOrDigit(text.codePointAt(i))) {
        i += c < 0x80 ? 1 : Character.charCount(text.codePointAt(i));
        continue;
      }
      int tokenStart = i;
      int previous = -1;
      boolean ascii = true;
      while (i < end) {
        c = text.charAt(i);
        int cp;
        if (c < 0x80) {
          if (!isAsciiLetterOrDigit(c)) {
            break;
          }
          cp = c;
        } else {
          cp = text.codePointAt(i);
          if (!Character.isLetterOrDigit(cp)) {
            break;
          }
          ascii = false;
        }
        if (previous >= 0 && Character.isLowerCase(previous) && Character.isUpperCase(cp)) {
          break; // glued words: "WithISIS", "inIraq"
        }
        previous = cp;
        i += Character.charCount(cp);
      }
      if (ascii) {
        int length = i - tokenStart;
        if (length > lower.length) {
          lower = new char[Math.max(length, 2 * lower.length)];
        }
        for (int k = 0; k < length; k++) {
          char a = text.charAt(tokenStart + k);
          lower[k] = a >= 'A' && a <= 'Z' ? (char) (a + ('a' - 'A')) : a;
        }
        tokens.add(new String(lower, 0, length));
      } else {
        tokens.add(text.substring(tokenStart, i).toLowerCase(Locale.ROOT));
      }
    }
    return tokens;
  }

  /** {@link Character#isLetterOrDigit(int)} for a character below 0x80. */
  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * The content words of {@code text[start, end)}: stemmed, without function words, sorted, in an
   * immutable set.
   */
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
        glue.addParts(token, parts);
      }
    }
    List<String> words = new ArrayList<>(parts.size());
    for (String token : parts) {
      add(token, words);
    }
    return SortedArraySet.copyOf(words);
  }

  /**
   * {@link #of(String, int, int, GluedWords)} of the text that {@code tokens} cover, from the words
   * {@code split} gives for them ({@link GluedWords#words}) when {@link #tokenWords} holds, without
   * reading the text again; else from the text.
   *
   * @param text the text the tokens were made from
   * @param start where the tokens' range of {@code text} begins
   * @param end where it ends
   */
  public SortedSet<String> of(String text, int start, int end, List<Token> tokens,
      GluedWords glue, GluedWords.Split split) {
    if (!tokenWords(tokens)) {
      return of(text, start, end, glue);
    }
    List<String> words = new ArrayList<>(tokens.size());
    String[] heads = split.heads();
    String[] tails = split.tails();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == Token.Kind.WORD) {
        add(heads[i], words);
        if (tails[i] != null) {
          add(tails[i], words);
        }
      }
    }
    return SortedArraySet.copyOf(words);
  }

  /**
   * Whether the {@link #tokens} of the text that {@code tokens} cover are its word tokens, lower
   * case, numbers left aside: true when no word holds a character {@link Token} lets inside a
   * word but this class does not ({@link Token#isInvisible}), no number holds anything but ASCII
   * digits, commas and periods (its runs of digits are numbers here, which content words leave
   * out), and no word or number touches another word or number except a word after a word (where
   * {@link Token} and this class both split glue at a lower-case letter before an upper-case one).
   * Punctuation and white space separate tokens in both.
   */
  static boolean tokenWords(List<Token> tokens) {
    Token previous = null;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.PUNCT) {
        previous = null;
        continue;
      }
      String text = t.text();
      if (t.kind() == Token.Kind.NUMBER) {
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if ((c < '0' || c > '9') && c != ',' && c != '.') {
            return false;
          }
        }
      } else {
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c >= 0x80 && Token.isInvisible(c)) {
            return false;
          }
        }
      }
      if (previous != null && previous.end() == t.start()
          && !(previous.kind() == Token.Kind.WORD && t.kind() == Token.Kind.WORD)) {
        return false;
      }
      previous = t;
    }
    return true;
  }

  /** Adds {@code token}'s stem to {@code words} unless it is a function word, a number or one letter. */
  private void add(String token, List<String> words) {
    if (token.length() < 2 || stopWords.contains(token) || isNumber(token)) {
      return;
    }
    words.add(Stemmer.stem(token));
  }

  /**
   * How the content words {@code stems} are spelled in {@code text}: for each stem, in order, the
   * first token of the text (lower-cased) that stems to it, else the stem itself (a glued word).
   * For what people read: "reinforcements", not "reinforc".
   */
  public static List<String> spelled(String text, java.util.Collection<String> stems) {
    java.util.Map<String, String> first = new java.util.HashMap<>();
    for (String token : tokens(text, 0, text.length())) {
      first.putIfAbsent(Stemmer.stem(token), token);
    }
    List<String> out = new ArrayList<>(stems.size());
    for (String stem : stems) {
      out.add(first.getOrDefault(stem, stem));
    }
    return out;
  }

  private static boolean isNumber(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
