package org.corroborate.embeddings;

import java.util.List;
import java.util.Objects;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.news.ClaimSimilarity;

/**
 * The semantic {@link ClaimSimilarity}, named {@code "semantic"}: the cosine of two texts'
 * sentence embeddings (the quantized all-MiniLM-L6-v2 model, {@link SentenceEmbeddings}), with
 * negative cosines counted as 0, so {@code score = max(0, cos(u, v))}. Paraphrases with few
 * words in common score high; two unrelated headlines score about 0 to .2.
 *
 * <p>{@link #prepare(List)} embeds each distinct non-blank text once; the scorer then costs 384
 * multiply-adds per pair. The first call in a process loads the model (about 23 MB, one to two
 * seconds), with its native libraries in a temporary folder the process deletes (never under the
 * user's home).
 */
public final class SemanticSimilarity implements ClaimSimilarity {
  /** The name this similarity is registered under. */
  public static final String NAME = "semantic";

  /**
   * The average-link threshold to group claims with this similarity (for example with the
   * implementation's claim grouper): the one of largest pairwise F1 on the tuning half of the
   * Emergent headlines (docs/accuracy.md).
   */
  public static final double GROUPING_THRESHOLD = 0.25;

  /** Creates the semantic similarity; the service loader calls this. The model loads on first use. */
  public SemanticSimilarity() {}

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

  /**
   * Embeds each distinct non-blank text of {@code texts} once and returns a scorer over them.
   *
   * @throws NullPointerException if {@code texts} or one of its elements is null
   */
  @Override
  public ClaimSimilarity.Scorer prepare(List<String> texts) {
    return new Scorer(SentenceEmbeddings.of(List.copyOf(texts)));
  }

  @Override
  public String toString() {
    return "SemanticSimilarity[" + SentenceEmbeddings.MODEL + "]";
  }

  /** The cosines of one prepared corpus's embeddings. */
  static final class Scorer implements ClaimSimilarity.Scorer {
    private final SentenceEmbeddings embeddings;

    Scorer(SentenceEmbeddings embeddings) {
      this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
    }

    @Override
    public int size() {
      return embeddings.size();
    }

    @Override
    public double score(int a, int b) {
      return Math.max(0.0, embeddings.cosine(a, b));
    }

    @Override
    public Explanation explain(int a, int b) {
      double cosine = embeddings.cosine(a, b);
      String why = embeddings.distinctOf(a) < 0 || embeddings.distinctOf(b) < 0
          ? "a blank text has no embedding"
          : embeddings.distinctOf(a) == embeddings.distinctOf(b) ? "the same text"
          : "dot product over norms of the two " + SentenceEmbeddings.DIMENSIONS
              + "-dimensional vectors";
      return Explanation.of(score(a, b), "semantic similarity: max(0, cosine of the sentence"
              + " embeddings of texts " + a + " and " + b + ", " + SentenceEmbeddings.MODEL + ")",
          Combination.FORMULA, List.of(Explanation.leaf(cosine, "cosine: " + why),
              Explanation.leaf(0.0, "floor")))
          .requireExplains(score(a, b), "semantic similarity of " + a + " and " + b);
    }

    SentenceEmbeddings embeddings() {
      return embeddings;
    }

    @Override
    public String toString() {
      return "SemanticSimilarity.Scorer[" + embeddings + "]";
    }
  }
}
