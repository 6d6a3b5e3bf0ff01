package org.corroborate.benchmarks.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The pair and B-cubed counts on a grouping small enough to count by hand. */
@Tag("accuracy")
class GroupingQualityTest {

  @Test
  void of_smallGrouping_countsByHand() {
    // items 0..4; gold classes {0,1,2} {3,4}; predicted groups {0,1} {2,3,4}
    GroupingQuality q = GroupingQuality.of(new int[] {0, 0, 1, 1, 1}, new int[] {0, 0, 0, 1, 1});
    // predicted pairs: 1 + 3 = 4; gold pairs: 3 + 1 = 4; right: (0,1) and (3,4) = 2
    assertThat(q.predicted()).isEqualTo(4);
    assertThat(q.gold()).isEqualTo(4);
    assertThat(q.right()).isEqualTo(2);
    assertThat(q.precision()).isEqualTo(0.5);
    assertThat(q.recall()).isEqualTo(0.5);
    assertThat(q.f1()).isEqualTo(0.5);
    // B-cubed precision: items 0,1: 2/2; item 2: 1/3; items 3,4: 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15
    assertThat(q.bcubedPrecision()).isCloseTo(11.0 / 15, within(1e-12));
    // recall: items 0,1: 2/3; item 2: 1/3; items 3,4: 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15
    assertThat(q.bcubedRecall()).isCloseTo(11.0 / 15, within(1e-12));
  }

  @Test
  void of_allSingletons_predictsNoPair() {
    GroupingQuality q = GroupingQuality.of(new int[] {0, 1, 2}, new int[] {0, 0, 1});
    assertThat(q.predicted()).isZero();
    assertThat(q.precision()).isEqualTo(1.0);
    assertThat(q.recall()).isEqualTo(0.0);
    assertThat(q.bcubedPrecision()).isEqualTo(1.0);
    // recall: items 0 and 1 see half their class, item 2 all of it: (0.5+0.5+1)/3
    assertThat(q.bcubedRecall()).isCloseTo(2.0 / 3, within(1e-12));
  }
}
