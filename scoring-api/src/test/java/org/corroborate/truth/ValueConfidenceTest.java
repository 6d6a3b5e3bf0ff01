package org.corroborate.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.Explanation;
import org.corroborate.model.Value;
import org.junit.jupiter.api.Test;

/** A value's confidence, checked range and source ids, given at once or computed when read. */
class ValueConfidenceTest {
  private static final Value VALUE = Value.text("Paris");

  @Test
  void givenSources_areCopied_soLaterChangesToTheCallersListDoNotShow() {
    List<String> sources = new ArrayList<>(List.of("a", "b"));
    ValueConfidence v =
        ValueConfidence.of(VALUE, 0.75, sources, () -> Explanation.leaf(0.75, "given"));
    sources.add("c");
    assertThat(v.sourceIds()).containsExactly("a", "b");
    assertThatThrownBy(() -> v.sourceIds().add("d"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void lazySources_areComputedOnEachRead_andReturnedImmutable() {
    AtomicInteger calls = new AtomicInteger();
    ValueConfidence v = ValueConfidence.ofLazySources(VALUE, 0.5, () -> {
      calls.incrementAndGet();
      return new ArrayList<>(List.of("s1", "s2"));
    }, () -> Explanation.leaf(0.5, "given"));
    assertThat(calls).hasValue(0); // nothing computed when the result is built
    assertThat(v.sourceIds()).containsExactly("s1", "s2");
    assertThat(v.sourceIds()).containsExactly("s1", "s2");
    assertThat(calls).hasValue(2);
    assertThatThrownBy(() -> v.sourceIds().add("s3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void confidenceOutsideTheUnitRange_isRefused_namingTheValue() {
    assertThatThrownBy(() -> ValueConfidence.ofLazySources(VALUE, 1.5, List::of,
        () -> Explanation.leaf(1.5, "given")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence of value Paris must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> ValueConfidence.of(VALUE, Double.NaN, List.of(),
        () -> Explanation.leaf(0.0, "given")))
        .hasMessageContaining("confidence of value Paris");
  }
}
