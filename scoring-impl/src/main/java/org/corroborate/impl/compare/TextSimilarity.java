package org.corroborate.impl.compare;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;

/**
 * Normalised text comparison with character-trigram similarity.
 *
 * <p>Design note: texts are normalised by {@link TextNormalizer#normalize} (NFKC, accents removed,
 * lower case in {@code Locale.ROOT}, every non-letter non-digit to a space, spaces collapsed); the
 * key is the normalised text, so texts that differ only in case, accents, punctuation or spacing
 * are the same claim and {@link #matches} is key equality. A text with no letter or digit at all
 * (only punctuation, symbols or emoji) would normalise to the empty string; its key is {@code ~}
 * followed by its exact text instead, so such texts are only equal to themselves ({@code ~} cannot
 * occur in a normalised text).
 *
 * <p>{@link #support} is the Dice coefficient {@code 2|A ∩ B| / (|A| + |B|)} of the multisets of
 * character trigrams of the two normalised texts, each padded with one space at both ends so that
 * one- and two-letter texts have a trigram; it is 1 for equal keys. Symmetric, in [0, 1], and
 * linear in the texts' lengths (one hash-map pass per text).
 */
final class TextSimilarity implements ValueSimilarity {

  static final TextSimilarity INSTANCE = new TextSimilarity();

  private TextSimilarity() {}

  @Override
  public String key(Value value) {
    Objects.requireNonNull(value, "value");
    String text = value.canonical();
    String normalized = TextNormalizer.normalize(text);
    return normalized.isEmpty() ? "~" + text : normalized;
  }

  @Override
  public double support(Value from, Value to) {
    String a = key(from);
    String b = key(to);
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.startsWith("~") || b.startsWith("~")) {
      return 0.0;
    }
    Map<String, Integer> gramsA = trigrams(a);
    Map<String, Integer> gramsB = trigrams(b);
    long sizeA = a.codePointCount(0, a.length());
    long sizeB = b.codePointCount(0, b.length());
    long common = 0;
    for (Map.Entry<String, Integer> e : gramsA.entrySet()) {
      Integer other = gramsB.get(e.getKey());
      if (other != null) {
        common += Math.min(e.getValue(), other);
      }
    }
    // a padded text of n code points has n trigrams
    double dice = 2.0 * common / (sizeA + sizeB);
    return Math.max(0.0, Math.min(1.0, dice));
  }

  @Override
  public boolean matches(Value candidate, Value truth) {
    return key(candidate).equals(key(truth));
  }

  private static Map<String, Integer> trigrams(String normalized) {
    String padded = " " + normalized + " ";
    int[] cps = padded.codePoints().toArray();
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + 3 <= cps.length; i++) {
      counts.merge(new String(cps, i, 3), 1, Integer::sum);
    }
    return counts;
  }

  @Override
  public String toString() {
    return "text";
  }
}
