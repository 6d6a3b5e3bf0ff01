package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void fixed_roundsFromExactBinaryValue() {
    assertThat(Formats.fixed(0.80730, 4)).isEqualTo("0.8073");
    assertThat(Formats.fixed(1.0, 4)).isEqualTo("1.0000");
    assertThat(Formats.fixed(-0.0, 4)).isEqualTo("0.0000");
    // 0.00005 is stored as 5.00000000000000023960868e-5, just above the half.
    assertThat(Formats.fixed(0.00005, 4)).isEqualTo("0.0001");
  }

  @Test
  void compact_stripsZerosWithoutExponent() {
    assertThat(Formats.compact(1e-5, 10).toPlainString()).isEqualTo("0.00001");
    assertThat(Formats.compact(100.0, 10).toPlainString()).isEqualTo("100");
  }

  @Test
  void fixed_nonFinite_isRefused() {
    assertThatThrownBy(() -> Formats.fixed(Double.NaN, 4))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Formats.fixed(Double.POSITIVE_INFINITY, 4))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void field_escapesSeparatorsAndControls() {
    assertThat(Formats.field("a\tb\nc\\d\u0001")).isEqualTo("a\\tb\\nc\\\\d\\u0001");
    assertThat(Formats.field("plain")).isEqualTo("plain");
  }
}
