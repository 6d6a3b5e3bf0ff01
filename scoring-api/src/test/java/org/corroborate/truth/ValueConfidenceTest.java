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
  void claimDetails_areAskedOnEachRead_forTheValuesOwnNumber_andReturnedImmutable() {
    AtomicInteger calls = new AtomicInteger();
    List<Integer> asked = new ArrayList<>();
    ValueConfidence.Details details = new ValueConfidence.Details() {
      @Override
      public List<String> sourceIds(int claim) {
        calls.incrementAndGet();
        asked.add(claim);
        return new ArrayList<>(List.of("s" + claim, "t" + claim));
      }

      @Override
      public Explanation explanation(int claim) {
        asked.add(-claim);
        return Explanation.leaf(claim == 7 ? 0.5 : 0.25, "claim " + claim);
      }
    };
    ValueConfidence v = ValueConfidence.ofClaim(VALUE, 0.5, details, 7);
    ValueConfidence w = ValueConfidence.ofClaim(Value.text("Lyon"), 0.25, details, 3);
    assertThat(calls).hasValue(0); // nothing computed when the result is built
    assertThat(v.sourceIds()).containsExactly("s7", "t7");
    assertThat(v.sourceIds()).containsExactly("s7", "t7");
    assertThat(w.sourceIds()).containsExactly("s3", "t3");
    assertThat(calls).hasValue(3);
    assertThat(v.explanation().description()).isEqualTo("claim 7");
    assertThat(w.explanation().value()).isEqualTo(0.25);
    assertThat(asked).containsExactly(7, 7, 3, -7, -3);
    assertThatThrownBy(() -> v.sourceIds().add("s3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anExplanationWhoseValueIsNotTheConfidence_isRefusedWhenRead() {
    ValueConfidence v = ValueConfidence.ofClaim(VALUE, 0.5, new ValueConfidence.Details() {
      @Override
      public List<String> sourceIds(int claim) {
        return List.of();
      }

      @Override
      public Explanation explanation(int claim) {
        return Explanation.leaf(0.25, "wrong");
      }
    }, 0);
    assertThatThrownBy(v::explanation).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void confidenceOutsideTheUnitRange_isRefused_namingTheValue() {
    assertThatThrownBy(() -> ValueConfidence.of(VALUE, 1.5, List.of(),
        () -> Explanation.leaf(1.5, "given")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence of value Paris must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> ValueConfidence.of(VALUE, Double.NaN, List.of(),
        () -> Explanation.leaf(0.0, "given")))
        .hasMessageContaining("confidence of value Paris");
  }
}
