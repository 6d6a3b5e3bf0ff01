package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StringIndexTest {

  @Test
  void numbersStringsInOrderOfFirstSight_likeAMapOfNumbers() {
    SplittableRandom random = new SplittableRandom(7);
    // a small alphabet with characters beyond Latin-1 and a surrogate pair, short and long
    // strings, so that equal hashes, equal lengths and shared prefixes all occur
    String[] alphabet = {"a", "b", "é", "Ω", "\uD83D\uDE00", "0", " "};
    StringIndex index = new StringIndex();
    List<String> ids = new ArrayList<>();
    Map<String, Integer> expected = new HashMap<>();
    for (int k = 0; k < 60_000; k++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(10) == 0 ? 20 + random.nextInt(300) : random.nextInt(6);
      for (int c = 0; c < length; c++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String id = b.toString();
      Integer number = expected.computeIfAbsent(id, x -> expected.size());
      // a new String object each time: found by its characters, not by identity
      assertThat(index.intern(new String(id), ids)).as(id).isEqualTo(number);
    }
    assertThat(ids).hasSize(expected.size());
    for (int k = 0; k < ids.size(); k++) {
      assertThat(expected.get(ids.get(k))).isEqualTo(k);
    }
    assertThat(index.crowded()).isFalse();
  }

  @Test
  void fewIdsLookedUpOftenAgain_keepTheTable() {
    // a thousand sources, each looked up again and again: the probe steps past other ids add up
    // over the lookups, and must be weighed against the lookups, not against the ids
    StringIndex index = new StringIndex();
    List<String> ids = new ArrayList<>();
    Map<String, Integer> expected = new HashMap<>();
    for (int k = 0; k < 2_000_000; k++) {
      String id = "s" + (k * 2_654_435_761L) % 1000;
      int number = expected.computeIfAbsent(id, x -> expected.size());
      if (index.intern(id, ids) != number) {
        assertThat(index.intern(id, ids)).as(id).isEqualTo(number);
      }
    }
    assertThat(ids).hasSize(1000);
    assertThat(index.crowded()).isFalse();
  }

  @Test
  void stringsOfOneHashCode_thatArePrefixesOfEachOther_areToldApart() {
    // every run of NUL characters, the empty string too, has hash code 0
    StringIndex index = new StringIndex();
    List<String> ids = new ArrayList<>();
    assertThat(index.intern("\0\0", ids)).isEqualTo(0);
    assertThat(index.intern("\0", ids)).isEqualTo(1);
    assertThat(index.intern("\0\0\0", ids)).isEqualTo(2);
    assertThat(index.intern("", ids)).isEqualTo(3);
    assertThat(index.intern(new String("\0\0"), ids)).isEqualTo(0);
    assertThat(index.intern(new String(""), ids)).isEqualTo(3);
    assertThat(ids).containsExactly("\0\0", "\0", "\0\0\0", "");
  }

  @Test
  void stringsOfOneHashCode_areNumberedInLinearTime_byAMapInstead() {
    String[] ids = CollidingIds.all();
    int n = ids.length;
    assertThat(ids[0].hashCode()).isEqualTo(ids[n - 1].hashCode());
    StringIndex index = new StringIndex();
    List<String> numbered = new ArrayList<>();
    assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
      for (int k = 0; k < n; k++) {
        assertThat(index.intern(ids[k], numbered)).isEqualTo(k);
      }
      // the ones numbered before and after the index gave up its table are found again
      for (int k = 0; k < n; k += 997) {
        assertThat(index.intern(new String(ids[k]), numbered)).isEqualTo(k);
      }
    });
    assertThat(index.crowded()).isTrue();
    assertThat(numbered).containsExactly(ids);
  }
}
