package org.corroborate.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TruthDiscoveryConfigTest {

  @Test
  void builder_refusesASecondSetOfOneSetting() {
    TruthDiscoveryConfig.Builder b = TruthDiscoveryConfig.builder().algorithm("sums");
    assertThatThrownBy(() -> b.algorithm("vote"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("sums");
    b.prior("s", 0.5);
    assertThatThrownBy(() -> b.prior("s", 0.6)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void builder_validatesEachSettingOnArrival() {
    TruthDiscoveryConfig.Builder b = TruthDiscoveryConfig.builder();
    assertThatThrownBy(() -> b.maxIterations(0)).hasMessageContaining("maxIterations");
    assertThatThrownBy(() -> b.tolerance(Double.NaN)).hasMessageContaining("tolerance");
    assertThatThrownBy(() -> b.prior("s", 1.5)).hasMessageContaining("'s'");
    assertThatThrownBy(() -> b.parameter("g", Double.POSITIVE_INFINITY))
        .hasMessageContaining("g");
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("algorithm");
  }

  @Test
  void defaults_andToStringShowEffectiveSettings() {
    TruthDiscoveryConfig config = TruthDiscoveryConfig.of("vote");
    assertThat(config.comparison()).isEqualTo(ValueComparison.exact());
    assertThat(config.maxIterations()).isEmpty();
    assertThat(config.toString()).contains("algorithm=vote", "comparison=exact",
        "maxIterations=default");
  }

  @Test
  void withAlgorithm_keepsEverythingElse() {
    TruthDiscoveryConfig a = TruthDiscoveryConfig.builder().algorithm("sums")
        .comparison(ValueComparison.authors()).prior("s", 0.2).seed(9).build();
    TruthDiscoveryConfig b = a.withAlgorithm("vote");
    assertThat(b.algorithm()).isEqualTo("vote");
    assertThat(b.comparison()).isEqualTo(a.comparison());
    assertThat(b.priors()).isEqualTo(a.priors());
    assertThat(b.seed()).isEqualTo(9);
  }

  @Test
  void comparison_parsesEveryTextForm() {
    assertThat(ValueComparison.parse("exact")).isEqualTo(ValueComparison.exact());
    assertThat(ValueComparison.parse("numeric:0.5")).isEqualTo(ValueComparison.numeric(0.5));
    assertThat(ValueComparison.parse("NUMERIC:2%")).isEqualTo(ValueComparison.numericRelative(0.02));
    assertThat(ValueComparison.parse("numeric:2%").toString()).isEqualTo("numeric:2%");
    assertThat(ValueComparison.parse("numeric:10").toString()).isEqualTo("numeric:10");
    assertThat(ValueComparison.parse("authors").kind()).isEqualTo(ValueComparison.Kind.AUTHORS);
    assertThatThrownBy(() -> ValueComparison.parse("numeric:abc"))
        .hasMessageContaining("abc");
    assertThatThrownBy(() -> ValueComparison.parse("fuzzy"))
        .hasMessageContaining("fuzzy");
    assertThatThrownBy(() -> ValueComparison.numeric(-1)).hasMessageContaining("-1");
  }
}
