package org.corroborate.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.corroborate.Explanation;
import org.corroborate.model.Value;
import org.junit.jupiter.api.Test;

/**
 * A result's items and sources must come in strictly increasing id order, wherever a fault is;
 * items given as functions are made when read, each time, and checked against their ids.
 */
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

  /** Item i (one value, confidence .5), counting in {@code made} every time one is made. */
  private static IntFunction<ItemResult> counted(AtomicInteger made) {
    return i -> {
      made.incrementAndGet();
      return ItemResult.of(id(i), List.of(VALUE), List.of(CONFIDENCE));
    };
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "item-%04d", i);
  }

  @Test
  void builtItems_areMadeWhenRead_everyTime_andFoundByIdAlone() {
    AtomicInteger made = new AtomicInteger();
    TruthDiscoveryResult result = TruthDiscoveryResult.builder().algorithm(ALGORITHM)
        .config(TruthDiscoveryConfig.of("x"))
        .items(300, TruthDiscoveryResultTest::id, counted(made))
        .build();
    assertThat(made).hasValue(0); // the order is checked on the ids alone
    assertThat(result.items()).hasSize(300);
    assertThat(result.item("item-0137")).get().extracting(ItemResult::itemId)
        .isEqualTo("item-0137");
    assertThat(made).hasValue(1); // the search reads ids; only the item found is made
    assertThat(result.item("item-9999")).isEmpty();
    assertThat(result.item(null)).isEmpty();
    assertThat(made).hasValue(1);
    ItemResult first = result.items().get(5);
    ItemResult again = result.items().get(5);
    assertThat(made).hasValue(3);
    assertThat(again).isNotSameAs(first);
    assertThat(again.itemId()).isEqualTo(first.itemId());
    assertThat(result.items().stream().map(ItemResult::itemId).toList())
        .isEqualTo(items(300).stream().map(ItemResult::itemId).toList());
    assertThatThrownBy(() -> result.items().add(first))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.items().set(0, first))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.items().get(300))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> result.items().get(-1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void builtItems_outOfOrderIds_areRefused_andAnItemMadeWithAnotherId_whereItIsRead() {
    for (int n : new int[] {2, 65, 129}) {
      for (int at = 1; at < n; at++) {
        int repeatAt = at;
        assertThatThrownBy(() -> TruthDiscoveryResult.builder().algorithm(ALGORITHM)
                .config(TruthDiscoveryConfig.of("x"))
                .items(n, i -> id(i == repeatAt ? i - 1 : i),
                    i -> ItemResult.of(id(i), List.of(VALUE), List.of(CONFIDENCE)))
                .build())
            .as("%d items, repeat at %d", n, at)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("items must be in strictly increasing id order");
      }
    }
    TruthDiscoveryResult result = TruthDiscoveryResult.builder().algorithm(ALGORITHM)
        .config(TruthDiscoveryConfig.of("x"))
        .items(3, TruthDiscoveryResultTest::id,
            i -> ItemResult.of(id(i == 2 ? 7 : i), List.of(VALUE), List.of(CONFIDENCE)))
        .build();
    assertThat(result.items().get(1).itemId()).isEqualTo("item-0001");
    assertThatThrownBy(() -> result.items().get(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("item 2 was built with id item-0007, not item-0002");
    assertThatThrownBy(() -> TruthDiscoveryResult.builder().items(-1, i -> "", i -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void choices_areFoundWithoutMakingItems_whereTheBuilderSaysHow_elseReadFromTheItems() {
    AtomicInteger made = new AtomicInteger();
    AtomicInteger chosen = new AtomicInteger();
    Value other = Value.text("w");
    TruthDiscoveryResult result = TruthDiscoveryResult.builder().algorithm(ALGORITHM)
        .config(TruthDiscoveryConfig.of("x"))
        .items(10, TruthDiscoveryResultTest::id, counted(made), i -> {
          chosen.incrementAndGet();
          return new TruthDiscoveryResult.Choice(id(i), List.of(other), 0.25);
        })
        .build();
    // the builder's function answers; no item is made
    assertThat(result.choice(3))
        .isEqualTo(new TruthDiscoveryResult.Choice("item-0003", List.of(other), 0.25));
    assertThat(made).hasValue(0);
    assertThat(chosen).hasValue(1);
    assertThatThrownBy(() -> result.choice(10)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> result.choice(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(chosen).hasValue(1);

    // without it, each choice is the item's own: its chosen values and confidence
    TruthDiscoveryResult read = TruthDiscoveryResult.builder().algorithm(ALGORITHM)
        .config(TruthDiscoveryConfig.of("x"))
        .items(10, TruthDiscoveryResultTest::id, counted(made))
        .build();
    assertThat(read.choice(4))
        .isEqualTo(new TruthDiscoveryResult.Choice("item-0004", List.of(VALUE), 0.5));
    assertThat(made).hasValue(1);
    assertThat(build(items(3)).choice(2))
        .isEqualTo(new TruthDiscoveryResult.Choice("item-0002", List.of(VALUE), 0.5));

    // a choice made with another item's id fails where it is read
    TruthDiscoveryResult wrong = TruthDiscoveryResult.builder().algorithm(ALGORITHM)
        .config(TruthDiscoveryConfig.of("x"))
        .items(3, TruthDiscoveryResultTest::id,
            i -> ItemResult.of(id(i), List.of(VALUE), List.of(CONFIDENCE)),
            i -> new TruthDiscoveryResult.Choice(id(i == 2 ? 7 : i), List.of(VALUE), 0.5))
        .build();
    assertThat(wrong.choice(1).itemId()).isEqualTo("item-0001");
    assertThatThrownBy(() -> wrong.choice(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the choice of item 2 was made with id item-0007, not item-0002");
  }

  @Test
  void aChoice_hasOneValueAtLeast_andAConfidenceInTheUnitInterval() {
    assertThatThrownBy(() -> new TruthDiscoveryResult.Choice("i", List.of(), 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item i has no chosen value");
    for (double bad : new double[] {Double.NaN, -0.01, 1.01}) {
      assertThatThrownBy(() -> new TruthDiscoveryResult.Choice("i", List.of(VALUE), bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("confidence of the choice for item i");
    }
    List<Value> values = new ArrayList<>(List.of(VALUE));
    TruthDiscoveryResult.Choice choice = new TruthDiscoveryResult.Choice("i", values, 1.0);
    values.add(Value.text("later"));
    assertThat(choice.chosen()).containsExactly(VALUE); // a copy
  }
}
