package org.corroborate.impl.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.corroborate.Corroborate;
import org.junit.jupiter.api.Test;

/**
 * {@link Corroborate#claimSimilarity(String)} with the implementation alone on the path: the
 * lexical default is found, and asking for a similarity of the optional semantic module names the
 * artifact to add.
 */
class ClaimSimilarityLookupTest {

  @Test
  void lexical_isFound() {
    assertThat(Corroborate.claimSimilarity("lexical")).isInstanceOf(LexicalSimilarity.class);
  }

  @Test
  void semanticWithoutTheModule_namesTheArtifactToAdd() {
    for (String name : new String[] {"semantic", "hybrid"}) {
      assertThatThrownBy(() -> Corroborate.claimSimilarity(name))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + name + "'")
          .hasMessageContaining("org.corroborate:scoring-embeddings")
          .hasMessageContaining("registered: [lexical]");
    }
  }

  @Test
  void otherUnknownName_listsTheRegisteredOnesWithoutTheHint() {
    assertThatThrownBy(() -> Corroborate.claimSimilarity("neural"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'neural'")
        .hasMessageNotContaining("scoring-embeddings")
        .hasMessageContaining("registered: [lexical]");
  }
}
