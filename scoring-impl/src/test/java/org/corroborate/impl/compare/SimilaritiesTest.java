package org.corroborate.impl.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.Value;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueSimilarity;
import org.junit.jupiter.api.Test;

class SimilaritiesTest {

  @Test
  void of_eachKind_mapsToItsSimilarity() {
    assertThat(Similarities.of(ValueComparison.exact())).isInstanceOf(ExactSimilarity.class);
    assertThat(Similarities.of(ValueComparison.text())).isInstanceOf(TextSimilarity.class);
    assertThat(Similarities.of(ValueComparison.authors()))
        .isInstanceOf(AuthorListSimilarity.class);
    assertThat(Similarities.of(ValueComparison.numeric(2))).hasToString("numeric:2");
    assertThat(Similarities.of(ValueComparison.numericRelative(0.02))).hasToString("numeric:2%");
  }

  @Test
  void of_custom_returnsCallersSimilarity() {
    ValueSimilarity mine = ExactSimilarity.INSTANCE;
    assertThat(Similarities.of(ValueComparison.custom(mine))).isSameAs(mine);
  }

  @Test
  void exactKey_numberAndText_neverCollide() {
    ValueSimilarity exact = Similarities.of(ValueComparison.exact());
    assertThat(exact.key(Value.number(5))).isEqualTo("number:5");
    assertThat(exact.key(Value.text("5"))).isEqualTo("text:5");
    assertThat(exact.support(Value.number(5), Value.text("5"))).isEqualTo(0.0);
  }
}
