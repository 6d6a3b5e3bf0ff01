package org.corroborate.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.corroborate.Explanation;
import org.corroborate.news.ClaimSimilarity;
import org.junit.jupiter.api.Test;

/** The blend's arithmetic and explanation, on fixed scores (no model). */
class HybridSimilarityTest {

  /** A similarity whose every pair of distinct texts scores {@code value} (1 for i == j). */
  private static ClaimSimilarity constant(String name, double value) {
    return new ClaimSimilarity() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public double groupingThreshold() {
        return 0.5;
      }

      @Override
      public Scorer prepare(List<String> texts) {
        int n = texts.size();
        return new Scorer() {
          @Override
          public int size() {
            return n;
          }

          @Override
          public double score(int a, int b) {
            return a == b ? 1.0 : value;
          }

          @Override
          public Explanation explain(int a, int b) {
            return Explanation.leaf(score(a, b), name);
          }
        };
      }
    };
  }

  @Test
  void score_weightedSumOfBothScores() {
    // w = 0.25: 0.25 * 0.2 + 0.75 * 0.6 = 0.05 + 0.45 = 0.5
    ClaimSimilarity.Scorer s = new HybridSimilarity(constant("lex", 0.2), constant("sem", 0.6), 0.25)
        .prepare(List.of("a", "b"));
    assertThat(s.score(0, 1)).isCloseTo(0.5, within(1e-15));
    assertThat(s.score(0, 0)).isEqualTo(1.0);
    Explanation e = s.explain(0, 1);
    assertThat(e.value()).isCloseTo(s.score(0, 1), within(1e-12));
    assertThat(e.value()).isEqualTo(s.score(0, 1));
    Explanation sum = e.details().get(0);
    assertThat(sum.details()).hasSize(2);
    assertThat(sum.details().get(0).value()).isCloseTo(0.05, within(1e-15));
    assertThat(sum.details().get(1).value()).isCloseTo(0.45, within(1e-15));
    assertThat(e.toString()).contains("w = 0.25").contains("lex").contains("sem");
  }

  @Test
  void score_weightOneIsLexicalAndZeroIsSemantic() {
    List<String> texts = List.of("a", "b");
    assertThat(new HybridSimilarity(constant("lex", 0.2), constant("sem", 0.6), 1.0)
        .prepare(texts).score(0, 1)).isEqualTo(0.2);
    assertThat(new HybridSimilarity(constant("lex", 0.2), constant("sem", 0.6), 0.0)
        .prepare(texts).score(0, 1)).isEqualTo(0.6);
  }

  @Test
  void constructor_weightOutsideUnitInterval_throwsNamingIt() {
    assertThatThrownBy(() -> new HybridSimilarity(null, new SemanticSimilarity(), 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lexicalWeight")
        .hasMessageContaining("1.5");
  }

  @Test
  void defaultWeight_isTheDocumentedOne() {
    assertThat(new HybridSimilarity().lexicalWeight()).isEqualTo(HybridSimilarity.LEXICAL_WEIGHT);
    assertThat(new HybridSimilarity().name()).isEqualTo("hybrid");
  }
}
