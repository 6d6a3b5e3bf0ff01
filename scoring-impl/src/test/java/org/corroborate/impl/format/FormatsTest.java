package org.corroborate.impl.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
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

  @Tag("slow") // many random values: the quick run leaves it out
  @Test
  void field_escapesSeparatorsAndControls() {
    assertThat(Formats.field("a\tb\nc\\d\u0001")).isEqualTo("a\\tb\\nc\\\\d\\u0001");
    assertThat(Formats.field("plain")).isEqualTo("plain");
  }

  @org.junit.jupiter.api.Test
  void fastPath_agreesWithExactRoundingOfTheBinaryValue() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261123);
    for (int n = 0; n < 200_000; n++) {
      double value = switch (n % 4) {
        case 0 -> random.nextDouble();
        case 1 -> random.nextInt(100_000) / 100_000.0; // short decimals, many near ties
        case 2 -> (random.nextDouble() - 0.5) * 2e4;
        default -> random.nextInt(20_000) / 8.0 - 1000; // exact binary ties
      };
      for (int decimals : new int[] {0, 1, 4, 6, 10}) {
        java.math.BigDecimal exact = new java.math.BigDecimal(value)
            .setScale(decimals, java.math.RoundingMode.HALF_EVEN);
        String expected = exact.signum() == 0
            ? java.math.BigDecimal.ZERO.setScale(decimals).toPlainString() : exact.toPlainString();
        org.assertj.core.api.Assertions.assertThat(Formats.fixed(value, decimals))
            .as("value %s, %d decimals", value, decimals).isEqualTo(expected);
        org.assertj.core.api.Assertions.assertThat(
                Formats.appendFixed(new StringBuilder("x"), value, decimals).toString())
            .as("value %s, %d decimals", value, decimals).isEqualTo("x" + expected);
        java.math.BigDecimal stripped = new java.math.BigDecimal(expected).stripTrailingZeros();
        String compact = stripped.scale() < 0 ? stripped.setScale(0).toPlainString()
            : stripped.toPlainString();
        org.assertj.core.api.Assertions.assertThat(Formats.compactText(value, decimals))
            .as("value %s, %d decimals", value, decimals).isEqualTo(compact);
      }
    }
  }
}
