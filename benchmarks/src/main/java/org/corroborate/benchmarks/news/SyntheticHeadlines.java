package org.corroborate.benchmarks.news;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of headline-length texts about many stories, for grouping benchmarks.
 *
 * <p>Words are made of two to four syllables drawn from 48 (so their character n-grams overlap as
 * real words do). There are {@code n / 8} stories, each with 6 topic words of its own and a
 * figure; a headline picks a story uniformly, 3 to 5 of its topic words, sometimes its figure, and
 * 3 to 6 words from a shared vocabulary of 400 words drawn with Zipf weights (1 / rank), in a
 * shuffled order: about 8 to 11 words, 60 to 90 characters, like the Emergent headlines.
 */
public final class SyntheticHeadlines {
  private static final String[] SYLLABLES = {
      "ba", "ko", "ri", "te", "mu", "san", "lo", "vi", "der", "na", "po", "shi", "gal", "ten",
      "ro", "mi", "ka", "zu", "fe", "lin", "dor", "ma", "ne", "qui", "sta", "ber", "ton", "al",
      "ex", "pre", "con", "ment", "ing", "er", "is", "or", "ran", "tel", "vo", "hu", "ja", "wes",
      "cra", "pli", "gro", "ful", "ly", "ous"};

  private SyntheticHeadlines() {}

  /** Returns {@code n} headlines generated from {@code seed}; the same arguments, the same texts. */
  public static List<String> generate(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] common = new String[400];
    double[] cumulative = new double[common.length];
    double total = 0;
    for (int i = 0; i < common.length; i++) {
      common[i] = word(random, 1 + (i % 3));
      total += 1.0 / (i + 1);
      cumulative[i] = total;
    }
    int stories = Math.max(1, n / 8);
    String[][] topics = new String[stories][6];
    int[] figures = new int[stories];
    for (int s = 0; s < stories; s++) {
      for (int k = 0; k < 6; k++) {
        topics[s][k] = word(random, 2 + random.nextInt(3));
      }
      figures[s] = 2 + random.nextInt(5000);
    }
    List<String> out = new ArrayList<>(n);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int s = random.nextInt(stories);
      words.clear();
      int topical = 3 + random.nextInt(3);
      int first = random.nextInt(6);
      for (int k = 0; k < topical; k++) {
        words.add(topics[s][(first + k) % 6]);
      }
      if (random.nextInt(3) == 0) {
        words.add(Integer.toString(figures[s]));
      }
      int filler = 3 + random.nextInt(4);
      for (int k = 0; k < filler; k++) {
        double u = random.nextDouble() * total;
        int at = java.util.Arrays.binarySearch(cumulative, u);
        words.add(common[at < 0 ? Math.min(-at - 1, common.length - 1) : at]);
      }
      for (int k = words.size() - 1; k > 0; k--) {
        int j = random.nextInt(k + 1);
        String t = words.get(k);
        words.set(k, words.get(j));
        words.set(j, t);
      }
      String headline = String.join(" ", words);
      out.add(Character.toUpperCase(headline.charAt(0)) + headline.substring(1));
    }
    return out;
  }

  private static String word(SplittableRandom random, int syllables) {
    StringBuilder w = new StringBuilder();
    for (int k = 0; k < syllables; k++) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }
}
