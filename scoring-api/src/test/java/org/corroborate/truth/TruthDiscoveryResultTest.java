package org.corroborate.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.Explanation;
import org.corroborate.model.Value;
import org.junit.jupiter.api.Test;

/** A result's items and sources must come in strictly increasing id order, wherever a fault is. */
class TruthDiscoveryResultTest {
  private static final Value VALUE = Value.text("v");
  private static final ValueConfidence CONFIDENCE =
      ValueConfidence.of(VALUE, 0.5, List.of("s"), () -> Explanation.leaf(0.5, "given"));
  private static final AlgorithmInfo ALGORITHM =
      new AlgorithmInfo("x", "X", "a reference", 1, 0.1, List.of(), false);

  private static List<ItemResult> items(int n) {
    List<ItemResult> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(ItemResult.of(String.format(Locale.ROOT, "item-%04d", i), List.of(VALUE),
          List.of(CONFIDENCE)));
    }
    return items;
  }

  private static TruthDiscoveryResult build(List<ItemResult> items) {
    return TruthDiscoveryResult.builder().algorithm(ALGORITHM)
        .config(TruthDiscoveryConfig.of("x")).items(items).build();
  }

  @Test
  void itemsInIncreasingIdOrder_areKept_andFoundById() {
    TruthDiscoveryResult result = build(items(300));
    assertThat(result.items()).hasSize(300);
    assertThat(result.item("item-0137")).get().extracting(ItemResult::itemId)
        .isEqualTo("item-0137");
    assertThat(result.item("item-9999")).isEmpty();
  }

  @Test
  void aRepeatedOrDecreasingId_isRefused_atEveryPlace() {
    // the ids are checked a block at a time: faults at and across every block boundary
    for (int n : new int[] {2, 3, 64, 65, 66, 129, 200}) {
      for (int at = 1; at < n; at++) {
        List<ItemResult> repeated = items(n);
        repeated.set(at, repeated.get(at - 1));
        assertThatThrownBy(() -> build(repeated)).as("%d items, repeat at %d", n, at)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("items must be in strictly increasing id order");
        List<ItemResult> swapped = items(n);
        ItemResult before = swapped.get(at - 1);
        swapped.set(at - 1, swapped.get(at));
        swapped.set(at, before);
        assertThatThrownBy(() -> build(swapped)).as("%d items, swap at %d", n, at)
            .isInstanceOf(IllegalArgumentException.class);
      }
      assertThat(build(items(n)).items()).hasSize(n);
    }
    assertThat(build(items(0)).items()).isEmpty();
    assertThat(build(items(1)).items()).hasSize(1);
  }
}
