package org.corroborate.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corroborate.Corroborate;
import org.corroborate.news.ClaimSimilarity;
import org.junit.jupiter.api.Test;

/**
 * The semantic and hybrid similarities through the service loader, with the real model: the
 * contract of {@link ClaimSimilarity.Scorer} (finite, in [0, 1], symmetric, 1 for equal texts, 0
 * for blank ones, explanation root equal to the score) and that a paraphrase scores above an
 * unrelated headline.
 */
class SemanticSimilarityTest {
  private static final List<String> TEXTS = List.of(
      "Three hundred prisoners escaped from the jail in Hasakah",
      "About 300 inmates broke out of the Hasakah prison",
      "Apple unveils a new iPhone with a larger screen",
      "",
      "Three hundred prisoners escaped from the jail in Hasakah",
      "   ");

  @Test
  void serviceLoader_findsSemanticAndHybrid() {
    assertThat(Corroborate.claimSimilarity("semantic")).isInstanceOf(SemanticSimilarity.class);
    assertThat(Corroborate.claimSimilarity("hybrid")).isInstanceOf(HybridSimilarity.class);
    assertThat(Corroborate.claimSimilarity("lexical").name()).isEqualTo("lexical");
  }

  @Test
  void unknownName_listsTheRegisteredOnes() {
    assertThatThrownBy(() -> Corroborate.claimSimilarity("neural"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'neural'")
        .hasMessageContaining("[hybrid, lexical, semantic]");
  }

  @Test
  void semantic_meetsTheScorerContract() {
    checkContract(Corroborate.claimSimilarity("semantic").prepare(TEXTS));
  }

  @Test
  void hybrid_meetsTheScorerContract() {
    checkContract(Corroborate.claimSimilarity("hybrid").prepare(TEXTS));
  }

  @Test
  void semantic_paraphraseScoresAboveUnrelatedHeadline() {
    ClaimSimilarity.Scorer s = new SemanticSimilarity().prepare(TEXTS);
    // "300 inmates broke out of the prison" shares almost no word with "three hundred prisoners
    // escaped from the jail"; the embeddings still put it far closer than the iPhone headline
    assertThat(s.score(0, 1)).isGreaterThan(0.5);
    assertThat(s.score(0, 2)).isLessThan(0.2);
  }

  private static void checkContract(ClaimSimilarity.Scorer s) {
    assertThat(s.size()).isEqualTo(TEXTS.size());
    for (int a = 0; a < s.size(); a++) {
      for (int b = 0; b < s.size(); b++) {
        double score = s.score(a, b);
        assertThat(score).as("score(%d, %d)", a, b).isBetween(0.0, 1.0);
        assertThat(score).as("symmetric (%d, %d)", a, b).isEqualTo(s.score(b, a));
        assertThat(s.explain(a, b).value()).as("explanation of (%d, %d)", a, b)
            .isEqualTo(score);
        boolean blank = TEXTS.get(a).isBlank() || TEXTS.get(b).isBlank();
        if (blank) {
          assertThat(score).as("blank (%d, %d)", a, b).isEqualTo(0.0);
        } else if (TEXTS.get(a).equals(TEXTS.get(b))) {
          assertThat(score).as("equal texts (%d, %d)", a, b).isEqualTo(1.0);
        }
      }
    }
    assertThatThrownBy(() -> s.score(0, TEXTS.size()))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
