package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ClaimGraph#ranks} against a plain stable sort of the ids' text. */
class ClaimGraphRanksTest {

  /** The ranks of a stable sort by {@link String#compareTo}, the order the radix sort keeps. */
  private static int[] expected(String[] ids) {
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < ids.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> ids[a].compareTo(ids[b]));
    int[] rank = new int[ids.length];
    for (int r = 0; r < ids.length; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  @Test
  void ranks_matchTextOrder_onEdgeCaseIds() {
    String[] alphabets = {"ab", "a\u0000b", "az\u00ff", "a\u0100\uffff", "\uffff\u0000a"};
    for (long seed = 1; seed <= 300; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      String alphabet = alphabets[random.nextInt(alphabets.length)];
      String[] ids = new String[random.nextInt(0, 200)];
      for (int i = 0; i < ids.length; i++) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(0, random.nextBoolean() ? 4 : 14);
        for (int k = 0; k < length; k++) {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        ids[i] = b.toString();
      }
      String[] copy = ids.clone();
      assertThat(ClaimGraph.ranks(ids.length, i -> copy[i]))
          .as("seed %d, ids %s", seed, Arrays.toString(ids))
          .containsExactly(expected(ids));
    }
  }

  @Test
  void ranks_matchTextOrder_onManyShortIds() {
    SplittableRandom random = new SplittableRandom(7);
    String[] ids = new String[20_000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = String.format(java.util.Locale.ROOT, "i%05d", random.nextInt(1_000_000));
    }
    assertThat(ClaimGraph.ranks(ids.length, i -> ids[i])).containsExactly(expected(ids));
  }
}
