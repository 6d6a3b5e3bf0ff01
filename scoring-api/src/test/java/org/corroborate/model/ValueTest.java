package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ValueTest {

  @Test
  void number_canonicalIsPlainShortestDecimal() {
    assertThat(Value.number(48).canonical()).isEqualTo("48");
    assertThat(Value.number(0.5).canonical()).isEqualTo("0.5");
    assertThat(Value.number(1e7).canonical()).isEqualTo("10000000");
    assertThat(Value.number(599, "km").canonical()).isEqualTo("599 km");
    assertThat(Value.number(-0.0)).isEqualTo(Value.number(0.0));
  }

  @Test
  void number_refusesNaNAndInfinity() {
    assertThatThrownBy(() -> Value.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
    assertThatThrownBy(() -> Value.number(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void text_refusesBlank() {
    assertThatThrownBy(() -> Value.text("  ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stringSet_sortsAndDeduplicates() {
    StringSetValue set = new StringSetValue(List.of("Widom", "Ceri", "Widom"));
    assertThat(set.members()).containsExactly("Ceri", "Widom");
    assertThat(set.canonical()).isEqualTo("Ceri; Widom");
    assertThat(set).isEqualTo(StringSetValue.of("Ceri", "Widom"));
    assertThatThrownBy(() -> new StringSetValue(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void temporal_minutesOnOneAxis() {
    assertThat(new TemporalValue(LocalTime.of(7, 10)).minutes()).isEqualTo(430.0);
    assertThat(new TemporalValue(LocalDate.of(1970, 1, 2)).minutes()).isEqualTo(1440.0);
    assertThat(new TemporalValue(OffsetDateTime.of(1970, 1, 1, 1, 0, 0, 0, ZoneOffset.ofHours(1)))
        .minutes()).isEqualTo(0.0);
    assertThatThrownBy(() -> new TemporalValue(java.time.Year.of(2020)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void source_validatesPriorAndNames() {
    assertThat(Source.of("bbc").withPriorReliability(0.8).priorReliability())
        .isEqualTo(OptionalDouble.of(0.8));
    assertThatThrownBy(() -> Source.of("bbc").withPriorReliability(1.2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priorReliability");
    assertThatThrownBy(() -> Source.of("bbc").withPriorReliability(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Source("x", "X", Optional.of(""), SourceKind.UNKNOWN,
        OptionalDouble.empty())).hasMessageContaining("domain");
  }

  @Test
  void partialDate_parsesAndPrintsIso() {
    assertThat(PartialDate.parse("2024-08-01")).isEqualTo(PartialDate.of(LocalDate.of(2024, 8, 1)));
    assertThat(PartialDate.parse("2025-03").toString()).isEqualTo("2025-03");
    assertThat(PartialDate.parse("2024").toString()).isEqualTo("2024");
    assertThat(new PartialDate(7, 3, 9)).hasToString("0007-03-09");
    assertThat(new PartialDate(950, 11, 0)).hasToString("0950-11");
    assertThat(PartialDate.ofYear(62)).hasToString("0062");
    assertThat(new PartialDate(9999, 12, 31)).hasToString("9999-12-31");
    assertThat(PartialDate.parse("2024").compareTo(PartialDate.parse("2024-01"))).isNegative();
    assertThatThrownBy(() -> PartialDate.parse("2024-02-30"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-02");
    assertThatThrownBy(() -> PartialDate.parse("24-1-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.parse("2024-00")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void claimAndDocument_validateOffsetsAndIds() {
    assertThatThrownBy(() -> new Claim("c", "d", "s", "text", 5, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start=5");
    assertThat(Document.of("d", "s", "").text()).isEmpty();
    assertThatThrownBy(() -> Document.of("", "s", "t")).hasMessageContaining("id");
  }
}
