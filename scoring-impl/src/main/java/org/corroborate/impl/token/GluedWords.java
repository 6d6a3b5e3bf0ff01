package org.corroborate.impl.token;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits words glued by a missing space ("anyformal", "itsmilitary") using the corpus's own
 * vocabulary: a lower-case token is split in two when it was never seen on its own and both
 * halves were, each at least three letters long, preferring the split whose shorter half is
 * longest. Glue at a case change ("WithISIS", "inIraq") is already split by {@link Token}. One
 * hash lookup per split point, so linear in the token's length; tokens over 40 characters are
 * left alone.
 */
public final class GluedWords implements Serializable {
  private static final long serialVersionUID = 1L;

  private final HashMap<String, Integer> vocabulary = new HashMap<>();

  /** Shortest half of a split; shorter tokens are never looked up, so never counted. */
  private static final int MIN_PART = 3;

  /**
   * Counts the words and numbers among {@code tokens} as vocabulary (those of at least {@value
   * #MIN_PART} characters: nothing shorter is ever a half, nor a candidate, of a split).
   */
  public void learn(List<Token> tokens) {
    count(tokens, vocabulary);
  }

  /**
   * Adds to {@code counts} the words and numbers among {@code tokens} that {@link #learn(List)}
   * counts, so that vocabularies counted apart (a cluster's partitions) add up to the one this
   * class would learn from all of them.
   */
  public static void count(List<Token> tokens, Map<String, Integer> counts) {
    for (Token t : tokens) {
      if (t.kind() != Token.Kind.PUNCT && t.lower().length() >= MIN_PART) {
        counts.merge(t.lower(), 1, Integer::sum);
      }
    }
  }

  /** Adds word counts made by {@link #count} to the vocabulary. */
  public void learn(Map<String, Integer> counts) {
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      vocabulary.merge(e.getKey(), e.getValue(), Integer::sum);
    }
  }

  /**
   * Adds the parts of a lower-case token to {@code into}: the token itself, or its two halves when
   * it is glue.
   */
  public void addParts(String token, Collection<String> into) {
    int at = splitAt(token);
    if (at < 0) {
      into.add(token);
    } else {
      into.add(token.substring(0, at));
      into.add(token.substring(at));
    }
  }

  /**
   * The words of a sentence's tokens, each token's looked up once for the stages that read them:
   * for token i (not punctuation) its first word {@code heads[i]} (the whole lower-case token unless
   * it is glue) and its second {@code tails[i]} (null unless glue); punctuation has neither. {@code
   * words} lists them all in order, as {@link #addParts} over the tokens would.
   *
   * @param heads each token's first word, null for punctuation
   * @param tails each token's second word, null unless the token is glue
   * @param words every token's words, in order
   */
  public record Split(String[] heads, String[] tails, List<String> words) {}

  /** The words of {@code tokens} ({@link Split}). */
  public Split words(List<Token> tokens) {
    int n = tokens.size();
    String[] heads = new String[n];
    String[] tails = new String[n];
    List<String> words = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.PUNCT) {
        continue;
      }
      String lower = t.lower();
      int at = splitAt(lower);
      if (at < 0) {
        heads[i] = lower;
        words.add(lower);
      } else {
        heads[i] = lower.substring(0, at);
        tails[i] = lower.substring(at);
        words.add(heads[i]);
        words.add(tails[i]);
      }
    }
    return new Split(heads, tails, words);
  }

  /** Where glue is split: the length of the first half, or -1 when the token is no glue. */
  private int splitAt(String token) {
    if (token.length() < 6 || token.length() > 40 || vocabulary.getOrDefault(token, 0) > 1) {
      return -1;
    }
    int best = -1;
    int bestShort = 0;
    for (int i = MIN_PART; i <= token.length() - MIN_PART; i++) {
      String a = token.substring(0, i);
      String b = token.substring(i);
      if (vocabulary.containsKey(a) && vocabulary.containsKey(b)) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter > bestShort) {
          bestShort = shorter;
          best = i;
        }
      }
    }
    return best;
  }
}
