package org.corroborate.impl.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.junit.jupiter.api.Test;

class StepsTest {
  @Test
  void recording_buildsTheTreeInPostOrder() {
    Steps.Recording steps = new Steps.Recording();
    steps.leaf(0.5, () -> "weight");
    steps.leaf(0.4, () -> "measure");
    steps.node(0.2, Combination.PRODUCT, 2, () -> "weight * measure");
    steps.leaf(0.1, () -> "other");
    steps.node(0.30000000000000004, Combination.SUM, 2, () -> "total");
    Explanation root = steps.root();
    assertThat(root.description()).isEqualTo("total");
    assertThat(root.details()).extracting(Explanation::description)
        .containsExactly("weight * measure", "other");
    assertThat(root.details().get(0).details()).extracting(Explanation::value)
        .containsExactly(0.5, 0.4);
  }

  @Test
  void recording_productThatDoesNotAddUp_isRefused() {
    Steps.Recording steps = new Steps.Recording();
    steps.leaf(0.5, () -> "weight");
    steps.leaf(0.4, () -> "measure");
    assertThatThrownBy(() -> steps.node(0.25, Combination.PRODUCT, 2, () -> "wrong"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'wrong' has 0.25");
  }

  @Test
  void recording_moreThanOneTree_hasNoRoot() {
    Steps.Recording steps = new Steps.Recording();
    steps.leaf(1, () -> "a");
    steps.leaf(2, () -> "b");
    assertThatThrownBy(steps::root).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2 trees");
  }

  @Test
  void none_neverAsksForADescription() {
    Steps.NONE.leaf(1, () -> {
      throw new AssertionError("described");
    });
    Steps.NONE.node(1, Combination.SUM, 1, () -> {
      throw new AssertionError("described");
    });
  }
}
