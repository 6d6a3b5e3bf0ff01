package org.corroborate.impl.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {
  @Test
  void oneTakesTheSingular_everyOtherCountThePlural() {
    assertThat(Counts.of(1, "source")).isEqualTo("1 source");
    assertThat(Counts.of(0, "source")).isEqualTo("0 sources");
    assertThat(Counts.of(2, "independent voice")).isEqualTo("2 independent voices");
    assertThat(Counts.of(-1, "claim")).isEqualTo("-1 claims");
    assertThat(Counts.of(1, "copy", "copies")).isEqualTo("1 copy");
    assertThat(Counts.of(3, "copy", "copies")).isEqualTo("3 copies");
  }
}
