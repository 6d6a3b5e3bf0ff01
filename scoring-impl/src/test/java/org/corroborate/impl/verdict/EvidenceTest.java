package org.corroborate.impl.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  @Test
  void builder_marksAWordForWordCopy_whateverItsCaseAndPunctuation() {
    Evidence e = Evidence.builder()
        .add("a.com", Evidence.Stance.FOR, "Ferguson protester shot in the eye!")
        .add("b.com", Evidence.Stance.FOR, "  ferguson PROTESTER, shot in the eye")
        .add("c.com", Evidence.Stance.FOR, "Ferguson protester shot in the arm")
        .add("a.com", Evidence.Stance.FOR, "Ferguson protester -- shot in the eye")
        .add("d.com", Evidence.Stance.OBSERVING, "")
        .add("e.com", Evidence.Stance.OBSERVING, "?!")
        .add("f.com", Evidence.Stance.FOR, "New iPhone bends")
        .add("g.com", Evidence.Stance.FOR, "NEW IPHONE BENDS")
        .build();
    assertThat(e.items()).extracting(Evidence.Item::copy)
        .containsExactly(false, true, false, true, false, false, false, true);
  }

  @Test
  void words_foldsCaseWithTheRootLocale_andKeepsLettersAndDigits() {
    // İ lower-cases to i and a combining dot above, which is no letter and is dropped
    assertThat(Evidence.Builder.words("  Héllo,  WORLD 2! İ ")).isEqualTo("héllo world 2 i");
  }

  @Test
  void weight_isZeroForACopy_elseTrust_elsePrior_elseOne() {
    OptionalDouble none = OptionalDouble.empty();
    assertThat(new Evidence.Item("a", Evidence.Stance.FOR, true, OptionalDouble.of(0.9), none)
        .weight()).isEqualTo(0.0);
    assertThat(new Evidence.Item("a", Evidence.Stance.FOR, false, OptionalDouble.of(0.9),
        OptionalDouble.of(0.2)).weight()).isEqualTo(0.9);
    assertThat(new Evidence.Item("a", Evidence.Stance.FOR, false, none, OptionalDouble.of(0.2))
        .weight()).isEqualTo(0.2);
    assertThat(Evidence.Item.of("a", Evidence.Stance.FOR, false).weight()).isEqualTo(1.0);
  }

  @Test
  void item_refusesABlankOutlet_andTrustOrPriorOutsideTheUnitInterval() {
    OptionalDouble none = OptionalDouble.empty();
    assertThatThrownBy(() -> Evidence.Item.of(" ", Evidence.Stance.FOR, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outlet");
    assertThatThrownBy(() -> new Evidence.Item("x.com", Evidence.Stance.FOR, false,
        OptionalDouble.of(1.5), none)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trust of outlet x.com must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> new Evidence.Item("x.com", Evidence.Stance.FOR, false, none,
        OptionalDouble.of(Double.NaN))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("prior of outlet x.com must be in [0, 1], was NaN");
  }
}
