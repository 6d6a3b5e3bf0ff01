package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ObservationSetTest {

  @Test
  void builder_internsIdsAndValuesInOrderOfFirstAppearance() {
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("s2", "x", Value.text("a"));
    b.add("s1", "x", Value.text("b"));
    b.add("s2", "y", Value.text("a"));
    ObservationSet set = b.build();
    assertThat(set).hasSize(3);
    assertThat(set.sourceIds()).containsExactly("s2", "s1");
    assertThat(set.itemIds()).containsExactly("x", "y");
    assertThat(set.valueCount()).isEqualTo(2);
    assertThat(set.get(2)).isEqualTo(new Observation("s2", "y", Value.text("a")));
    assertThat(set.valueIndexOf(0)).isEqualTo(set.valueIndexOf(2));
  }

  @Test
  void repeatedClaim_isCountedOnceUnderEveryPolicy() {
    for (DuplicatePolicy policy : DuplicatePolicy.values()) {
      ObservationSet.Builder b = ObservationSet.builder(policy);
      assertThat(b.add("s", "x", Value.text("a"))).isEqualTo(ObservationSet.Added.KEPT);
      assertThat(b.add("s", "x", Value.text("a"))).isEqualTo(ObservationSet.Added.REPEATED);
      ObservationSet set = b.build();
      assertThat(set).as(policy.name()).hasSize(1);
      assertThat(set.repeatedCount()).isEqualTo(1);
    }
  }

  @Test
  void conflictingValue_firstPolicyKeepsTheFirstAndCountsTheRest() {
    ObservationSet.Builder b = ObservationSet.builder(DuplicatePolicy.FIRST);
    b.add("s", "x", Value.text("a"));
    assertThat(b.add("s", "x", Value.text("b"))).isEqualTo(ObservationSet.Added.CONFLICTING);
    ObservationSet set = b.build();
    assertThat(set).containsExactly(new Observation("s", "x", Value.text("a")));
    assertThat(set.conflictingCount()).isEqualTo(1);
  }

  @Test
  void conflictingValue_allPolicyKeepsEachDistinctValue() {
    ObservationSet.Builder b = ObservationSet.builder(DuplicatePolicy.ALL);
    b.add("s", "x", Value.text("a"));
    b.add("s", "x", Value.text("b"));
    b.add("s", "x", Value.text("a"));
    ObservationSet set = b.build();
    assertThat(set).hasSize(2);
    assertThat(set.conflictingCount()).isEqualTo(1);
    assertThat(set.repeatedCount()).isEqualTo(1);
  }

  @Test
  void conflictingValue_rejectPolicyNamesSourceItemAndBothValues() {
    ObservationSet.Builder b = ObservationSet.builder(DuplicatePolicy.REJECT);
    b.add("s", "x", Value.text("a"));
    assertThatThrownBy(() -> b.add("s", "x", Value.text("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'s'").hasMessageContaining("'x'")
        .hasMessageContaining("'a'").hasMessageContaining("'b'");
  }

  @Test
  void builder_refusesUseAfterBuildAndBlankIds() {
    ObservationSet.Builder b = ObservationSet.builder();
    assertThatThrownBy(() -> b.add(" ", "x", Value.text("a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sourceId");
    b.build();
    assertThatThrownBy(() -> b.add("s", "x", Value.text("a")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void manyPairs_surviveTableGrowth() {
    ObservationSet.Builder b = ObservationSet.builder(DuplicatePolicy.REJECT);
    for (int s = 0; s < 300; s++) {
      for (int i = 0; i < 300; i++) {
        b.add("s" + s, "i" + i, Value.text("v"));
      }
    }
    for (int s = 0; s < 300; s += 7) {
      assertThat(b.add("s" + s, "i" + (s % 300), Value.text("v")))
          .isEqualTo(ObservationSet.Added.REPEATED);
    }
    assertThat(b.build()).hasSize(90_000);
  }

  @Test
  void add_answersAsAPairTable_whenSourcesOrItemsComeInRunsAndComeBack() {
    // the builder finds repeated pairs by stamps while a source's (or an item's) observations
    // come together and by a table once they come back; a plain map of pairs says what each add
    // must answer
    for (long seed = 0; seed < 600; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int sources = 1 + random.nextInt(5);
      int items = 1 + random.nextInt(random.nextBoolean() ? 3 : 30);
      int values = 1 + random.nextInt(3);
      int runs = 1 + random.nextInt(12);
      List<int[]> adds = new java.util.ArrayList<>();
      for (int r = 0; r < runs; r++) {
        // runs of one source, runs of one item, or (a third of the inputs) both kinds mixed
        boolean bySource = seed % 3 == 0 || (seed % 3 == 2 && random.nextBoolean());
        int one = random.nextInt(bySource ? sources : items);
        for (int k = random.nextInt(40); k > 0; k--) {
          int s = bySource ? one : random.nextInt(sources);
          int i = bySource ? random.nextInt(items) : one;
          adds.add(new int[] {s, i, random.nextInt(values)});
        }
      }
      for (DuplicatePolicy policy : DuplicatePolicy.values()) {
        String where = "seed " + seed + ", " + policy;
        ObservationSet.Builder b = ObservationSet.builder(policy);
        java.util.Map<String, List<Integer>> kept = new java.util.HashMap<>();
        List<Observation> expected = new java.util.ArrayList<>();
        for (int[] add : adds) {
          String s = "s" + add[0];
          String i = "i" + add[1];
          Value v = Value.text("v" + add[2]);
          List<Integer> pair = kept.computeIfAbsent(s + "\t" + i, x -> new java.util.ArrayList<>());
          if (!pair.isEmpty() && policy == DuplicatePolicy.REJECT && !pair.contains(add[2])) {
            assertThatThrownBy(() -> b.add(new String(s), i, v)).as(where)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two values");
            break;
          }
          ObservationSet.Added answer = b.add(new String(s), new String(i), v);
          if (pair.contains(add[2])) {
            assertThat(answer).as(where).isEqualTo(ObservationSet.Added.REPEATED);
          } else if (pair.isEmpty()) {
            assertThat(answer).as(where).isEqualTo(ObservationSet.Added.KEPT);
          } else {
            assertThat(answer).as(where).isEqualTo(ObservationSet.Added.CONFLICTING);
          }
          if (pair.isEmpty() || (policy == DuplicatePolicy.ALL && !pair.contains(add[2]))) {
            pair.add(add[2]);
            expected.add(new Observation(s, i, v));
          }
        }
        if (policy != DuplicatePolicy.REJECT || expected.size() == adds.size()) {
          assertThat(b.build()).as(where).containsExactlyElementsOf(expected);
        }
      }
    }
  }

  @Test
  void aSourceBack_afterItsRun_findsThePairsOfThatRun() {
    ObservationSet.Builder b = ObservationSet.builder(DuplicatePolicy.ALL);
    assertThat(b.add("a", "x", Value.text("1"))).isEqualTo(ObservationSet.Added.KEPT);
    assertThat(b.add("a", "x", Value.text("2"))).isEqualTo(ObservationSet.Added.CONFLICTING);
    assertThat(b.add("a", "y", Value.text("1"))).isEqualTo(ObservationSet.Added.KEPT);
    assertThat(b.add("b", "x", Value.text("1"))).isEqualTo(ObservationSet.Added.KEPT);
    // a's run ended: its pairs, with both values kept for x, are looked up in the table now
    assertThat(b.add("a", "x", Value.text("2"))).isEqualTo(ObservationSet.Added.REPEATED);
    assertThat(b.add("a", "x", Value.text("1"))).isEqualTo(ObservationSet.Added.REPEATED);
    assertThat(b.add("a", "x", Value.text("3"))).isEqualTo(ObservationSet.Added.CONFLICTING);
    assertThat(b.add("a", "y", Value.text("1"))).isEqualTo(ObservationSet.Added.REPEATED);
    assertThat(b.add("a", "z", Value.text("1"))).isEqualTo(ObservationSet.Added.KEPT);
    assertThat(b.add("b", "x", Value.text("1"))).isEqualTo(ObservationSet.Added.REPEATED);
    assertThat(b.add("b", "y", Value.text("1"))).isEqualTo(ObservationSet.Added.KEPT);
    ObservationSet set = b.build();
    assertThat(set).hasSize(7);
    assertThat(set.repeatedCount()).isEqualTo(4);
    assertThat(set.conflictingCount()).isEqualTo(2);
  }

  @Test
  void copyOf_equalsAddingOneByOne() {
    List<Observation> list = List.of(
        new Observation("a", "x", Value.number(1.5, "km")),
        new Observation("b", "x", Value.number(1.5, "km")));
    assertThat(ObservationSet.copyOf(list)).containsExactlyElementsOf(list);
  }

  @Test
  void indexedAdd_behavesLikeAddingByIds() {
    ObservationSet.Builder b = ObservationSet.builder(DuplicatePolicy.FIRST);
    int s = b.sourceIndex("s");
    int x = b.itemIndex("x");
    int a = b.valueIndex(Value.text("a"));
    assertThat(b.sourceIndex("s")).isEqualTo(s);
    assertThat(b.add(s, x, a)).isEqualTo(ObservationSet.Added.KEPT);
    assertThat(b.add("s", "x", Value.text("a"))).isEqualTo(ObservationSet.Added.REPEATED);
    assertThat(b.add(s, x, b.valueIndex(Value.text("b"))))
        .isEqualTo(ObservationSet.Added.CONFLICTING);
    assertThatThrownBy(() -> b.add(s, x + 1, a)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(b.build()).containsExactly(new Observation("s", "x", Value.text("a")));
  }

  @Test
  void ofColumns_equalsTheBuilderOnRandomInputsUnderEveryPolicy() {
    for (long seed = 0; seed < 300; seed++) {
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      int sources = 1 + random.nextInt(6);
      int items = 1 + random.nextInt(random.nextBoolean() ? 4 : 40);
      int values = 1 + random.nextInt(5);
      int size = random.nextInt(random.nextBoolean() ? 30 : 400);
      int[] s = new int[size];
      int[] i = new int[size];
      int[] v = new int[size];
      for (int k = 0; k < size; k++) {
        s[k] = random.nextInt(sources);
        i[k] = random.nextInt(items);
        v[k] = random.nextInt(values);
      }
      if (seed % 2 == 0) {
        // each source's observations together, as in most files: the no-sort path
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++) {
          order[k] = k;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(k -> s[k]));
        int[] s0 = s.clone();
        int[] i0 = i.clone();
        int[] v0 = v.clone();
        for (int k = 0; k < size; k++) {
          s[k] = s0[order[k]];
          i[k] = i0[order[k]];
          v[k] = v0[order[k]];
        }
      }
      List<String> sourceIds = new java.util.ArrayList<>();
      List<String> itemIds = new java.util.ArrayList<>();
      List<Value> valueList = new java.util.ArrayList<>();
      for (int k = 0; k < sources; k++) {
        sourceIds.add("s" + k);
      }
      for (int k = 0; k < items; k++) {
        itemIds.add("i" + k);
      }
      for (int k = 0; k < values; k++) {
        valueList.add(Value.text("v" + k));
      }
      for (DuplicatePolicy policy : DuplicatePolicy.values()) {
        ObservationSet.Builder b = ObservationSet.builder(policy);
        sourceIds.forEach(b::sourceIndex);
        itemIds.forEach(b::itemIndex);
        valueList.forEach(b::valueIndex);
        String expectedError = null;
        int failedAt = -1;
        for (int k = 0; k < size && expectedError == null; k++) {
          try {
            b.add(s[k], i[k], v[k]);
          } catch (IllegalArgumentException e) {
            expectedError = e.getMessage();
            failedAt = k;
          }
        }
        String where = "seed " + seed + ", " + policy;
        int[] s0 = s.clone();
        int[] i0 = i.clone();
        int[] v0 = v.clone();
        if (expectedError != null) {
          int at = failedAt;
          assertThatThrownBy(
                  () -> ObservationSet.ofColumns(policy, sourceIds, itemIds, valueList, s, i, v,
                      size))
              .as(where)
              .isInstanceOfSatisfying(ObservationSet.ConflictingObservationException.class,
                  e -> assertThat(e.observation()).as(where).isEqualTo(at))
              .hasMessage(expectedError);
          assertThatThrownBy(
                  () -> ObservationSet.ofTakenColumns(policy, sourceIds, itemIds, valueList,
                      s.clone(), i.clone(), v.clone(), size))
              .as(where)
              .isInstanceOfSatisfying(ObservationSet.ConflictingObservationException.class,
                  e -> assertThat(e.observation()).as(where).isEqualTo(at))
              .hasMessage(expectedError);
          continue;
        }
        ObservationSet expected = b.build();
        ObservationSet actual =
            ObservationSet.ofColumns(policy, sourceIds, itemIds, valueList, s, i, v, size);
        // the caller's arrays are neither kept nor changed, duplicates dropped or not
        assertThat(s).as(where).isEqualTo(s0);
        assertThat(i).as(where).isEqualTo(i0);
        assertThat(v).as(where).isEqualTo(v0);
        assertThat(actual).as(where).containsExactlyElementsOf(expected);
        assertThat(actual.repeatedCount()).as(where).isEqualTo(expected.repeatedCount());
        assertThat(actual.conflictingCount()).as(where).isEqualTo(expected.conflictingCount());
        assertThat(actual.valueCount()).as(where).isEqualTo(expected.valueCount());
        assertThat(actual.duplicatePolicy()).isEqualTo(policy);
        for (int k = 0; k < actual.size(); k++) {
          assertThat(actual.sourceIndexOf(k)).isEqualTo(expected.sourceIndexOf(k));
          assertThat(actual.itemIndexOf(k)).isEqualTo(expected.itemIndexOf(k));
          assertThat(actual.valueIndexOf(k)).isEqualTo(expected.valueIndexOf(k));
        }
        // taken columns give the same set: kept when they fit, copied when longer than size
        // (the extra entries, number 0, must not count) or when duplicates are dropped
        int extra = seed % 3 == 0 ? 3 : 0;
        ObservationSet taken = ObservationSet.ofTakenColumns(policy, sourceIds, itemIds,
            valueList, java.util.Arrays.copyOf(s, size + extra),
            java.util.Arrays.copyOf(i, size + extra), java.util.Arrays.copyOf(v, size + extra),
            size);
        assertThat(taken).as(where).containsExactlyElementsOf(expected);
        assertThat(taken.repeatedCount()).as(where).isEqualTo(expected.repeatedCount());
        assertThat(taken.conflictingCount()).as(where).isEqualTo(expected.conflictingCount());
        for (int k = 0; k < taken.size(); k++) {
          assertThat(taken.sourceIndexOf(k)).isEqualTo(expected.sourceIndexOf(k));
          assertThat(taken.itemIndexOf(k)).isEqualTo(expected.itemIndexOf(k));
          assertThat(taken.valueIndexOf(k)).isEqualTo(expected.valueIndexOf(k));
        }
      }
    }
  }

  @Test
  void firstRepeated_staysFast_whenEveryIdHasTheSameHashCode() {
    String[] ids = CollidingIds.all();
    int n = ids.length;
    assertThat(ids[0].hashCode()).isEqualTo(ids[n - 1].hashCode());
    String[] repeated = ids.clone();
    repeated[100_000] = new String(ids[5]);
    repeated[120_000] = new String(ids[4]);
    assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
      assertThat(ObservationSet.firstRepeated(ids)).isEqualTo(-1);
      // 100,000 repeats 5 and 120,000 repeats 4: the first repeating element is 100,000
      assertThat(ObservationSet.firstRepeated(repeated)).isEqualTo(100_000);
      List<Value> values = new java.util.ArrayList<>();
      for (String id : ids) {
        values.add(Value.text(id));
      }
      values.add(Value.text(ids[7]));
      assertThatThrownBy(() -> ObservationSet.ofColumns(DuplicatePolicy.FIRST, List.of("s"),
              List.of("x"), values, new int[0], new int[0], new int[0], 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + ids[7] + "' is listed twice");
    });
  }

  @Test
  void ofColumns_refusesRepeatedIdsAndNumbersOutOfRange() {
    List<Value> one = List.of(Value.text("a"));
    assertThatThrownBy(() -> ObservationSet.ofColumns(DuplicatePolicy.FIRST, List.of("s", "s"),
            List.of("x"), one, new int[0], new int[0], new int[0], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'s' is listed twice");
    assertThatThrownBy(() -> ObservationSet.ofColumns(DuplicatePolicy.FIRST, List.of("s"),
            List.of(" "), one, new int[0], new int[0], new int[0], 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ObservationSet.ofColumns(DuplicatePolicy.FIRST, List.of("s"),
            List.of("x"), one, new int[] {0}, new int[] {1}, new int[] {0}, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
