package org.corroborate.impl.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The claims' compact sets behave as the unmodifiable tree sets they replace. */
class SortedArraySetTest {
  @Test
  void copyOf_unsortedWithDuplicates_isSortedAndDistinct() {
    SortedSet<String> s = SortedArraySet.copyOf(List.of("kill", "attack", "kill", "escape"));
    assertThat(s).containsExactly("attack", "escape", "kill");
    assertThat(s.first()).isEqualTo("attack");
    assertThat(s.last()).isEqualTo("kill");
    assertThat(s.comparator()).isNull();
  }

  @Test
  void copyOf_reverseOrderedSet_isInNaturalOrder() {
    TreeSet<Integer> reversed = new TreeSet<>(Collections.reverseOrder());
    reversed.addAll(List.of(2014, 1999, 2020));
    assertThat(SortedArraySet.copyOf(reversed)).containsExactly(1999, 2014, 2020);
  }

  @Test
  void equalsHashCodeAndText_matchATreeSet() {
    TreeSet<String> tree = new TreeSet<>(List.of("b", "a", "c"));
    SortedSet<String> s = SortedArraySet.copyOf(tree);
    assertThat(s).isEqualTo(tree);
    assertThat(tree).isEqualTo(s);
    assertThat(s.hashCode()).isEqualTo(tree.hashCode());
    assertThat(s.toString()).isEqualTo("[a, b, c]");
    assertThat(SortedArraySet.copyOf(List.<String>of())).isEqualTo(new TreeSet<String>())
        .hasToString("[]");
  }

  @Test
  void contains_findsElementsOnly() {
    SortedSet<String> s = SortedArraySet.copyOf(List.of("escap", "fighter", "isi"));
    assertThat(s.contains("fighter")).isTrue();
    assertThat(s.contains("fight")).isFalse();
    assertThat(s.contains("zzz")).isFalse();
    assertThat(s.contains(null)).isFalse();
    assertThat(s.contains(42)).isFalse();
  }

  @Test
  void subSets_equalTheTreeSetsViews() {
    List<String> words = List.of("a", "c", "e", "g");
    TreeSet<String> tree = new TreeSet<>(words);
    SortedSet<String> s = SortedArraySet.copyOf(words);
    assertThat(s.subSet("b", "g")).isEqualTo(tree.subSet("b", "g")).containsExactly("c", "e");
    assertThat(s.subSet("c", "c")).isEmpty();
    assertThat(s.headSet("e")).isEqualTo(tree.headSet("e"));
    assertThat(s.tailSet("e")).isEqualTo(tree.tailSet("e"));
    assertThat(s.tailSet("z")).isEmpty();
    assertThatThrownBy(() -> s.subSet("g", "a")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void copyOf_ofItsOwnKind_isTheSameSet() {
    SortedSet<String> s = SortedArraySet.copyOf(List.of("x"));
    assertThat(SortedArraySet.copyOf(s)).isSameAs(s);
  }

  @Test
  void copyOf_isACopy_andRefusesChangesAndNulls() {
    List<String> source = new ArrayList<>(List.of("b", "a"));
    SortedSet<String> s = SortedArraySet.copyOf(source);
    source.add("c");
    assertThat(s).containsExactly("a", "b");
    assertThatThrownBy(() -> s.add("d")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(s::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> SortedArraySet.copyOf(withNull))
        .isInstanceOf(NullPointerException.class);
  }
}
