package org.corroborate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@link Corroborate#distributedTruthDiscovery(String)} with no engine on the path: asking for
 * Spark names the artifact to add; another name lists what is registered, without the hint.
 */
class DistributedTruthDiscoveryLookupTest {

  @Test
  void sparkWithoutTheModule_namesTheArtifactAndSpark() {
    assertThatThrownBy(() -> Corroborate.distributedTruthDiscovery("spark"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no engine named 'spark'")
        .hasMessageContaining("org.corroborate:scoring-spark")
        .hasMessageContaining("spark-sql_2.13")
        .hasMessageContaining("registered: []");
  }

  @Test
  void otherName_listsTheRegisteredOnesWithoutTheHint_andNullIsRefused() {
    assertThatThrownBy(() -> Corroborate.distributedTruthDiscovery("flink"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'flink'")
        .hasMessageNotContaining("scoring-spark");
    assertThatThrownBy(() -> Corroborate.distributedTruthDiscovery(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }
}
