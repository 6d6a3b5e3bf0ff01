package org.corroborate.impl.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.corroborate.Explanation;
import org.corroborate.news.ClaimSimilarity;

/**
 * The prepared form of {@link LexicalSimilarity} for one corpus: each text as two sparse,
 * L2-normalised TF-IDF vectors, one over its character n-grams and one over its words (unigrams
 * and bigrams after stop words), with inverse document frequencies from this corpus.
 *
 * <p>Text is lower-cased with {@link Locale#ROOT}; every run of characters that are neither
 * letters nor digits becomes one space, except apostrophes, which are dropped ("Obama's" is
 * "obamas"); digits are kept, since figures tell stories apart. Then the stop words (the word
 * list {@code grouping-stopwords}: function words and headline boilerplate such as "video",
 * "reportedly", "hoax") are left out, before any n-gram is taken. Character n-grams (lengths {@code
 * minGram..maxGram}) run over the normalised text padded with a space at each end and cross word
 * boundaries. A feature's weight is {@code (1 + ln tf) * (1 + ln((1 + N) / (1 + df)))} (sublinear
 * term frequency, smoothed IDF, as in scikit-learn's {@code TfidfVectorizer(sublinear_tf=True)}).
 * Features are 64-bit hashes of the n-gram or word, numbered in first-seen order; a collision
 * would need two features with the same 64-bit hash.
 *
 * <p>Score: {@code (1 - w) cos(char) + w cos(words)}, {@code w} the word weight. Vectors are kept
 * as sorted arrays of feature ids with float weights, so a cosine is one merge of two short
 * arrays.
 */
final class LexicalVectors implements ClaimSimilarity.Scorer {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long WORD_SALT = 0x9e3779b97f4a7c15L;

  private final LexicalSimilarity.Settings settings;
  final Space chars;
  final Space words;

  LexicalVectors(List<String> texts, LexicalSimilarity.Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    int n = texts.size();
    String[] normalised = new String[n];
    for (int i = 0; i < n; i++) {
      normalised[i] = withoutStopWords(
          normalise(Objects.requireNonNull(texts.get(i), "texts[" + i + "]")), settings.stopWords());
    }
    chars = new Space(n, normalised, this::charFeatures);
    words = settings.wordWeight() > 0 ? new Space(n, normalised, this::wordFeatures) : null;
  }

  /** The normalised text: lower case (root locale), one space between runs of letters and digits. */
  static String normalise(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = true;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(cp);
        space = false;
      } else if (cp == '\'' || cp == '\u2019' || cp == '\u2018' || Character.getType(cp)
          == Character.NON_SPACING_MARK) {
        continue;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }

  /** The normalised text without its stop words (headline boilerplate and function words). */
  static String withoutStopWords(String text, java.util.Set<String> stopWords) {
    if (stopWords.isEmpty() || text.isEmpty()) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (String w : text.split(" ", -1)) {
      if (!stopWords.contains(w)) {
        if (kept.length() > 0) {
          kept.append(' ');
        }
        kept.append(w);
      }
    }
    return kept.toString();
  }

  /** Appends the hashes of the character n-grams of {@code text} to {@code out}. */
  private void charFeatures(String text, LongBuffer out) {
    if (text.isEmpty()) {
      return;
    }
    String padded = " " + text + " ";
    int min = settings.minGram();
    int max = settings.maxGram();
    for (int start = 0; start < padded.length(); start++) {
      long h = FNV_OFFSET;
      for (int k = 0; k < max && start + k < padded.length(); k++) {
        h = (h ^ padded.charAt(start + k)) * FNV_PRIME;
        if (k + 1 >= min) {
          out.add(LongIntMap.mix(h + k));
        }
      }
    }
  }

  /** Appends the hashes of the words (unigrams, then bigrams) of {@code text}. */
  private void wordFeatures(String text, LongBuffer out) {
    if (text.isEmpty()) {
      return;
    }
    long previous = 0;
    for (String w : text.split(" ", -1)) {
      long h = FNV_OFFSET;
      for (int i = 0; i < w.length(); i++) {
        h = (h ^ w.charAt(i)) * FNV_PRIME;
      }
      h = LongIntMap.mix(h ^ WORD_SALT);
      out.add(h);
      if (settings.wordBigrams() && previous != 0) {
        out.add(LongIntMap.mix(previous * 31 + h));
      }
      previous = h;
    }
  }

  @Override
  public int size() {
    return chars.ids.length;
  }

  @Override
  public double score(int a, int b) {
    Objects.checkIndex(a, size());
    Objects.checkIndex(b, size());
    double w = settings.wordWeight();
    double c = chars.cosine(a, b);
    if (words == null) {
      return c;
    }
    return Math.min(1.0, 0.0 + (1.0 - w) * c + w * words.cosine(a, b));
  }

  @Override
  public Explanation explain(int a, int b) {
    double score = score(a, b);
    double w = settings.wordWeight();
    List<Explanation> parts = new ArrayList<>();
    parts.add(Explanation.product("character n-grams", List.of(
        Explanation.leaf(1.0 - w, "weight of character n-grams"),
        chars.explain(a, b, "cosine of " + settings.minGram() + "-" + settings.maxGram()
            + "-gram tf-idf vectors"))));
    if (words != null) {
      parts.add(Explanation.product("words", List.of(
          Explanation.leaf(w, "weight of words"),
          words.explain(a, b, "cosine of word " + (settings.wordBigrams() ? "unigram and bigram "
              : "") + "tf-idf vectors"))));
    }
    Explanation sum = Explanation.sum(
        "lexical similarity: (1 - w) cos(char n-grams) + w cos(words), at most 1", parts);
    if (sum.value() > 1.0) {
      sum = Explanation.of(score, "lexical similarity, capped at 1", org.corroborate.Combination.MIN,
          List.of(sum, Explanation.leaf(1.0, "cap")));
    }
    return sum.requireExplains(score, "lexical similarity of " + a + " and " + b);
  }

  @Override
  public String toString() {
    return "LexicalVectors[" + size() + " texts, " + chars.features + " character n-grams, "
        + (words == null ? 0 : words.features) + " words; " + settings + "]";
  }

  /** A growable array of longs. */
  static final class LongBuffer {
    long[] values = new long[256];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  /** How one text becomes feature hashes. */
  @FunctionalInterface
  interface Features {
    void extract(String text, LongBuffer out);
  }

  /**
   * One vector space: for each text, its feature ids in ascending order with L2-normalised
   * weights, and each feature's document frequency.
   */
  static final class Space {
    final int[][] ids;
    final float[][] weights;
    final int[] df;
    final int features;

    Space(int n, String[] texts, Features extractor) {
      ids = new int[n][];
      weights = new float[n][];
      int[][] tfs = new int[n][];
      LongIntMap numbering = new LongIntMap(Math.max(16, n * 32));
      LongBuffer buffer = new LongBuffer();
      int[] dfGrowing = new int[1024];
      for (int i = 0; i < n; i++) {
        buffer.size = 0;
        extractor.extract(texts[i], buffer);
        long[] sorted = LongIntMap.sortedCopy(buffer.values, buffer.size);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
          if (k == 0 || sorted[k] != sorted[k - 1]) {
            distinct++;
          }
        }
        int[] id = new int[distinct];
        int[] tf = new int[distinct];
        int d = -1;
        for (int k = 0; k < sorted.length; k++) {
          if (k == 0 || sorted[k] != sorted[k - 1]) {
            d++;
            id[d] = numbering.idOf(sorted[k]);
            if (id[d] >= dfGrowing.length) {
              dfGrowing = Arrays.copyOf(dfGrowing, dfGrowing.length * 2);
            }
            dfGrowing[id[d]]++;
          }
          tf[d]++;
        }
        ids[i] = id;
        tfs[i] = tf;
      }
      features = numbering.size();
      df = Arrays.copyOf(dfGrowing, features);
      double[] idf = new double[features];
      for (int f = 0; f < features; f++) {
        idf[f] = 1.0 + Math.log((1.0 + n) / (1.0 + df[f]));
      }
      for (int i = 0; i < n; i++) {
        int[] id = ids[i];
        double[] w = new double[id.length];
        double norm = 0;
        for (int k = 0; k < id.length; k++) {
          w[k] = (1.0 + Math.log(tfs[i][k])) * idf[id[k]];
          norm += w[k] * w[k];
        }
        norm = Math.sqrt(norm);
        long[] packed = new long[id.length];
        for (int k = 0; k < id.length; k++) {
          packed[k] = ((long) id[k] << 32) | (Float.floatToRawIntBits((float) (w[k] / norm))
              & 0xffffffffL);
        }
        Arrays.sort(packed);
        float[] weight = new float[id.length];
        for (int k = 0; k < id.length; k++) {
          id[k] = (int) (packed[k] >>> 32);
          weight[k] = Float.intBitsToFloat((int) packed[k]);
        }
        weights[i] = weight;
        tfs[i] = null;
      }
    }

    /** The cosine of texts {@code a} and {@code b}, in [0, 1]; 1 for equal vectors. */
    double cosine(int a, int b) {
      int[] x = ids[a];
      int[] y = ids[b];
      if (x.length == 0 || y.length == 0) {
        return 0.0;
      }
      float[] wx = weights[a];
      float[] wy = weights[b];
      double dot = 0;
      int i = 0;
      int j = 0;
      while (i < x.length && j < y.length) {
        int d = x[i] - y[j];
        if (d == 0) {
          dot += (double) wx[i++] * wy[j++];
        } else if (d < 0) {
          i++;
        } else {
          j++;
        }
      }
      if (dot > 0.9999 && Arrays.equals(x, y) && Arrays.equals(wx, wy)) {
        return 1.0;
      }
      return Math.min(1.0, dot);
    }

    Explanation explain(int a, int b, String description) {
      int shared = 0;
      int[] x = ids[a];
      int[] y = ids[b];
      for (int i = 0, j = 0; i < x.length && j < y.length; ) {
        int d = x[i] - y[j];
        if (d == 0) {
          shared++;
          i++;
          j++;
        } else if (d < 0) {
          i++;
        } else {
          j++;
        }
      }
      return Explanation.leaf(cosine(a, b), description + ": " + shared + " shared of "
          + x.length + " and " + y.length);
    }
  }
}
