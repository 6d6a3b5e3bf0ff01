package org.corroborate.impl.match;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.impl.lang.Language;
import org.corroborate.news.ClaimSimilarity;

/**
 * The lexical default of {@link ClaimSimilarity}, named {@code "lexical"}: a blend of the cosines
 * of character 3-5-gram and word TF-IDF vectors, with inverse document frequencies from the
 * corpus being analysed; {@link LexicalVectors} gives the formula and the normalisation. It needs
 * no model and nothing outside the JDK.
 *
 * <p>The settings were chosen on half of the Emergent claims and are the same for every corpus
 * (docs/accuracy.md, "Grouping headlines").
 */
public final class LexicalSimilarity implements ClaimSimilarity {
  /** The name this similarity is registered under. */
  public static final String NAME = "lexical";

  /**
   * The average-link threshold for this similarity: the threshold of largest pairwise F1 on the
   * tuning half of the Emergent headlines (docs/accuracy.md, "Grouping headlines"), used for every
   * corpus.
   */
  public static final double GROUPING_THRESHOLD = 0.08;

  private final Settings settings;

  /** Creates the lexical similarity with its default settings; the service loader calls this. */
  public LexicalSimilarity() {
    this(Settings.DEFAULTS);
  }

  LexicalSimilarity(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Settings of the lexical similarity: n-gram lengths, the weight of the word vector (0 for
   * characters only), whether word bigrams count, and the words left out of the word vector.
   */
  record Settings(int minGram, int maxGram, double wordWeight, boolean wordBigrams,
      Set<String> stopWords) {
    static final Settings DEFAULTS = new Settings(3, 5, 0.0, true,
        Language.english().words("grouping-stopwords"));

    Settings {
      if (minGram < 1 || maxGram < minGram) {
        throw new IllegalArgumentException("n-gram lengths must satisfy 1 <= minGram <= maxGram, were "
            + minGram + " and " + maxGram);
      }
      if (!(wordWeight >= 0 && wordWeight <= 1)) {
        throw new IllegalArgumentException("wordWeight must be in [0, 1], was " + wordWeight);
      }
      stopWords = Set.copyOf(stopWords);
    }

    Settings withWordWeight(double w) {
      return new Settings(minGram, maxGram, w, wordBigrams, stopWords);
    }

    @Override
    public String toString() {
      return "Settings[chars " + minGram + "-" + maxGram + ", wordWeight " + wordWeight
          + ", wordBigrams " + wordBigrams + ", stopWords " + new TreeSet<>(stopWords).size() + "]";
    }
  }

  /** Returns {@value #NAME}. */
  @Override
  public String name() {
    return NAME;
  }

  /** Returns {@value #GROUPING_THRESHOLD}. */
  @Override
  public double groupingThreshold() {
    return GROUPING_THRESHOLD;
  }

  /** Computes the corpus's document frequencies and each text's vectors, in time linear in the text. */
  @Override
  public ClaimSimilarity.Scorer prepare(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    return vectors(texts);
  }

  LexicalVectors vectors(List<String> texts) {
    return new LexicalVectors(List.copyOf(texts), settings);
  }

  Settings settings() {
    return settings;
  }

  /** Two lexical similarities are equal when their settings are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof LexicalSimilarity that && settings.equals(that.settings);
  }

  @Override
  public int hashCode() {
    return settings.hashCode();
  }

  @Override
  public String toString() {
    return "LexicalSimilarity[" + settings + "]";
  }
}
