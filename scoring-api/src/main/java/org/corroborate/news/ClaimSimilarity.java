package org.corroborate.news;

import java.util.List;
import org.corroborate.Explanation;

/**
 * How alike two claim texts are, in [0, 1]: the pluggable similarity the news pipeline groups
 * claims with. Found through {@link java.util.ServiceLoader} by {@link
 * org.corroborate.Corroborate#claimSimilarity(String)}; the implementation artifact provides the
 * lexical default, {@code "lexical"}.
 *
 * <p>Like Lucene's {@code Similarity}, the work is split in two: {@link #prepare(List)} reads the
 * whole corpus once (corpus statistics such as inverse document frequencies, and each text's
 * representation), and the returned {@link Scorer} then scores any pair of its texts cheaply, by
 * index. The same text scores differently in different corpora, since its words weigh what they
 * weigh in the corpus being analysed.
 *
 * <p>Implementations must be immutable, thread-safe and deterministic: the same texts in the same
 * order give the same scores, bit for bit, on every run.
 */
public interface ClaimSimilarity {

  /**
   * Returns the name hosts select this similarity by ({@code "lexical"}, ...): lower-case letters,
   * digits and hyphens.
   */
  String name();

  /**
   * Reads a corpus of claim texts once and returns a scorer for its pairs; text {@code i} of the
   * list is index {@code i} of the scorer.
   *
   * @param texts the corpus, in the order the scorer indexes it; blank texts are allowed and are
   *     similar to nothing
   * @return a scorer over exactly these texts
   * @throws NullPointerException if {@code texts} or one of its elements is null
   */
  Scorer prepare(List<String> texts);

  /**
   * Returns the smallest average similarity, in (0, 1], at which the news pipeline's average-link
   * clustering still joins two groups of claims into one proposition. It belongs to the
   * similarity's scale (a character n-gram cosine runs lower than an embedding cosine), is chosen
   * once for every corpus, and implementations document how.
   */
  double groupingThreshold();

  /**
   * The similarity of the pairs of one prepared corpus. Immutable and safe to share between
   * threads.
   */
  interface Scorer {

    /** Returns the number of texts this scorer was prepared with. */
    int size();

    /**
     * Returns how alike texts {@code a} and {@code b} are: finite, in [0, 1], symmetric, 1 for two
     * equal non-blank texts, and 0 when either text is blank.
     *
     * @throws IndexOutOfBoundsException if an index is not in {@code [0, size())}
     */
    double score(int a, int b);

    /**
     * Returns how {@link #score(int, int)} was computed for texts {@code a} and {@code b}; its
     * value equals the score. It may cost more than the score.
     *
     * @throws IndexOutOfBoundsException if an index is not in {@code [0, size())}
     */
    Explanation explain(int a, int b);
  }
}
