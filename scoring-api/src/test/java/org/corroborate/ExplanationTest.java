package org.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  @Test
  void sum_valueIsTheSumOfDetails() {
    Explanation e = Explanation.sum("total", List.of(
        Explanation.leaf(0.25, "a"), Explanation.leaf(0.5, "b")));
    assertThat(e.value()).isEqualTo(0.75);
    assertThat(e.combination()).isEqualTo(Combination.SUM);
    assertThat(e.details()).hasSize(2);
  }

  @Test
  void product_valueIsTheProductOfDetails() {
    Explanation e = Explanation.product("p", List.of(
        Explanation.leaf(0.5, "a"), Explanation.leaf(0.5, "b")));
    assertThat(e.value()).isEqualTo(0.25);
  }

  @Test
  void nonFiniteValue_isRefusedNamingTheNode() {
    assertThatThrownBy(() -> Explanation.leaf(Double.NaN, "bad ratio"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad ratio")
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> Explanation.sum("overflow", List.of(
        Explanation.leaf(Double.MAX_VALUE, "a"), Explanation.leaf(Double.MAX_VALUE, "b"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leafWithDetails_isRefused() {
    assertThatThrownBy(() -> Explanation.of(1, "x", Combination.LEAF,
        List.of(Explanation.leaf(1, "y"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeZero_isNormalised() {
    assertThat(Double.doubleToRawLongBits(Explanation.leaf(-0.0, "z").value()))
        .isEqualTo(Double.doubleToRawLongBits(0.0));
  }

  @Test
  void toString_indentsDetailsWithRootLocaleNumbers() {
    java.util.Locale previous = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      Explanation e = Explanation.sum("total", List.of(Explanation.leaf(0.5, "half")));
      assertThat(e.toString()).isEqualTo("0.500000 = total [SUM]\n  0.500000 = half\n");
    } finally {
      java.util.Locale.setDefault(previous);
    }
  }

  @Test
  void equals_comparesTheWholeTree() {
    Explanation a = Explanation.sum("t", List.of(Explanation.leaf(1, "x")));
    Explanation b = Explanation.sum("t", List.of(Explanation.leaf(1, "x")));
    Explanation c = Explanation.sum("t", List.of(Explanation.leaf(1, "y")));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
  }

  @Test
  void truthDiscoveryWithoutTheImplementation_namesTheArtifactToAdd() {
    // this module's tests run without scoring-impl, as a host that forgot it
    assertThatThrownBy(Corroborate::truthDiscovery)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org.corroborate:scoring-impl");
  }

  @Test
  void newsWithoutTheImplementation_namesTheArtifactToAdd() {
    // this module's tests run without scoring-impl on the class path, as a host that forgot it
    assertThatThrownBy(Corroborate::news)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org.corroborate.news.NewsScoring")
        .hasMessageContaining("add the dependency org.corroborate:scoring-impl");
  }
}
