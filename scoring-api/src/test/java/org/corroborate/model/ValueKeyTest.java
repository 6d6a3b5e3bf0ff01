package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueKeyTest {
  @Test
  void equalAndHashingAsTheirValue_orderedByCanonicalForm() {
    ValueKey a = ValueKey.of(Value.text("Aa"));
    ValueKey b = ValueKey.of(Value.text("BB"));
    assertThat(a.hashCode()).isEqualTo(b.hashCode()).isEqualTo("Aa".hashCode());
    assertThat(a).isNotEqualTo(b).isEqualTo(ValueKey.of(Value.text("Aa")));
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(ValueKey.of(Value.text("Aa")))).isZero();
    // a number and a text of one canonical form: ordered alike, told apart by equals
    ValueKey number = ValueKey.of(new NumberValue(12.0, Optional.empty()));
    ValueKey text = ValueKey.of(Value.text(number.value().canonical()));
    assertThat(number.compareTo(text)).isZero();
    assertThat(number).isNotEqualTo(text);
  }

  @Test
  void aMapOfValuesSharingOneHashCode_staysFast() {
    // 2^17 texts of one String.hashCode: keyed by the values themselves, a hash map would search
    // its one crowded bin key by key (about 10^10 comparisons); by these keys it orders the bin
    int n = 1 << 17;
    Map<ValueKey, Integer> index = new HashMap<>();
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> {
          for (int k = 0; k < n; k++) {
            StringBuilder b = new StringBuilder();
            for (int bit = 16; bit >= 0; bit--) {
              b.append((k >>> bit & 1) == 0 ? "Aa" : "BB");
            }
            assertThat(index.putIfAbsent(ValueKey.of(Value.text(b.toString())), k)).isNull();
          }
        });
    assertThat(index).hasSize(n);
    assertThat(index.get(ValueKey.of(Value.text("Aa".repeat(17))))).isZero();
    assertThat(index.get(ValueKey.of(Value.text("BB".repeat(17))))).isEqualTo(n - 1);
  }
}
