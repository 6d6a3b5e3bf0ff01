package org.corroborate.embeddings;

import java.util.List;
import java.util.Objects;
import org.corroborate.Combination;
import org.corroborate.Corroborate;
import org.corroborate.Explanation;
import org.corroborate.news.ClaimSimilarity;

/**
 * The hybrid {@link ClaimSimilarity}, named {@code "hybrid"}: a fixed blend of the core's lexical
 * similarity ({@code Corroborate.claimSimilarity("lexical")}, character n-gram TF-IDF with the
 * corpus's IDF) and the {@link SemanticSimilarity} of sentence embeddings, {@code score = w *
 * lexical + (1 - w) * semantic} with {@code w =} {@value #LEXICAL_WEIGHT}.
 *
 * <p>The lexical score sees shared rare names and figures, the embeddings see paraphrase; the
 * weight was chosen, with the grouping threshold, on the tuning half of the Emergent headlines
 * only (the largest pairwise F1 over a grid; {@code EmbeddingGroupingTest} in the benchmarks
 * module asserts that it is that choice, and docs/accuracy.md gives the numbers).
 */
public final class HybridSimilarity implements ClaimSimilarity {
  /** The name this similarity is registered under. */
  public static final String NAME = "hybrid";

  /** The weight of the lexical score; the semantic score weighs one minus this. */
  public static final double LEXICAL_WEIGHT = 0.1;

  /**
   * The average-link threshold to group claims with this similarity at {@link #LEXICAL_WEIGHT}:
   * chosen with the weight on the tuning half of the Emergent headlines (docs/accuracy.md).
   */
  public static final double GROUPING_THRESHOLD = 0.25;

  private final ClaimSimilarity lexical;
  private final ClaimSimilarity semantic;
  private final double lexicalWeight;

  /**
   * Creates the hybrid similarity with the default weight; the service loader calls this. The
   * lexical similarity is looked up on first use.
   */
  public HybridSimilarity() {
    this(null, new SemanticSimilarity(), LEXICAL_WEIGHT);
  }

  /**
   * Creates a blend of the given similarities, for tuning the weight; {@code lexical} null looks
   * up {@code "lexical"} on first use.
   *
   * @param lexical the lexical similarity, or null for {@code Corroborate.claimSimilarity("lexical")}
   * @param semantic the semantic similarity
   * @param lexicalWeight the weight {@code w} of the lexical score, in [0, 1]
   * @throws IllegalArgumentException if {@code lexicalWeight} is not in [0, 1]
   * @throws NullPointerException if {@code semantic} is null
   */
  public HybridSimilarity(ClaimSimilarity lexical, ClaimSimilarity semantic, double lexicalWeight) {
    if (!(lexicalWeight >= 0 && lexicalWeight <= 1)) {
      throw new IllegalArgumentException("lexicalWeight must be in [0, 1], was " + lexicalWeight);
    }
    this.lexical = lexical;
    this.semantic = Objects.requireNonNull(semantic, "semantic");
    this.lexicalWeight = lexicalWeight;
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

  /** Returns the weight of the lexical score. */
  public double lexicalWeight() {
    return lexicalWeight;
  }

  /**
   * Prepares the lexical and the semantic scorer of {@code texts}.
   *
   * @throws NullPointerException if {@code texts} or one of its elements is null
   * @throws IllegalStateException if no {@code "lexical"} similarity is on the class path
   */
  @Override
  public ClaimSimilarity.Scorer prepare(List<String> texts) {
    List<String> copy = List.copyOf(texts);
    ClaimSimilarity lex = lexical != null ? lexical : Corroborate.claimSimilarity("lexical");
    return new Scorer(lex.prepare(copy), semantic.prepare(copy), lexicalWeight);
  }

  @Override
  public String toString() {
    return "HybridSimilarity[lexical weight " + lexicalWeight + "]";
  }

  /** The blend over one prepared corpus. */
  static final class Scorer implements ClaimSimilarity.Scorer {
    private final ClaimSimilarity.Scorer lexical;
    private final ClaimSimilarity.Scorer semantic;
    private final double w;

    Scorer(ClaimSimilarity.Scorer lexical, ClaimSimilarity.Scorer semantic, double w) {
      if (lexical.size() != semantic.size()) {
        throw new IllegalArgumentException("the scorers have " + lexical.size() + " and "
            + semantic.size() + " texts");
      }
      this.lexical = lexical;
      this.semantic = semantic;
      this.w = w;
    }

    @Override
    public int size() {
      return lexical.size();
    }

    @Override
    public double score(int a, int b) {
      return blend(lexical.score(a, b), semantic.score(a, b));
    }

    /** {@code sem + w (lex - sem)}: equal to {@code w lex + (1 - w) sem}, and exactly 1 for 1 and 1. */
    private double blend(double lex, double sem) {
      return Math.min(1.0, sem + w * (lex - sem));
    }

    /**
     * Explains the blend: the weighted lexical and semantic explanations, whose values sum to the
     * score (up to rounding); the root carries the score itself.
     */
    @Override
    public Explanation explain(int a, int b) {
      double score = score(a, b);
      List<Explanation> parts = List.of(
          Explanation.product("weighted lexical", List.of(Explanation.leaf(w,
              "w, weight of the lexical score"), lexical.explain(a, b))),
          Explanation.product("weighted semantic", List.of(Explanation.leaf(1 - w,
              "1 - w, weight of the semantic score"), semantic.explain(a, b))));
      Explanation sum = Explanation.sum("w * lexical + (1 - w) * semantic", parts);
      return Explanation.of(score, "hybrid similarity: min(1, w * lexical + (1 - w) * semantic),"
              + " w = " + w, Combination.MIN, List.of(sum, Explanation.leaf(1.0, "cap")))
          .requireExplains(sum.value() > 1 ? 1.0 : sum.value(), "hybrid similarity of " + a
              + " and " + b);
    }

    @Override
    public String toString() {
      return "HybridSimilarity.Scorer[" + size() + " texts, lexical weight " + w + "]";
    }
  }
}
