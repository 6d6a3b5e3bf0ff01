package org.corroborate.impl.independence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionsTest {
  @Test
  void join_refusesToPutConflictingClaimsTogether_evenThroughAThird() {
    // 0 and 2 conflict; 1 agrees with both. Fed 0-1 first, then 1-2: 1 joins 0, and then 2 may
    // not join {0, 1}, since 0 is in it
    Positions p = new Positions(3);
    p.conflict(0, 2);
    assertThat(p.join(0, 1)).isTrue();
    assertThat(p.join(1, 2)).isFalse();
    assertThat(p.find(0)).isEqualTo(p.find(1)).isNotEqualTo(p.find(2));
  }

  @Test
  void join_mergesFreelyWithoutConflicts_andOnceOnly() {
    Positions p = new Positions(4);
    assertThat(p.join(0, 1)).isTrue();
    assertThat(p.join(2, 3)).isTrue();
    assertThat(p.join(1, 0)).isFalse(); // already one set
    assertThat(p.join(1, 3)).isTrue();
    assertThat(p.find(0)).isEqualTo(p.find(3));
  }

  @Test
  void conflict_recordedAfterJoins_stillBlocksTheSets() {
    // {0, 1} and {2, 3} formed first; then 1 conflicts with 3: the two sets stay apart
    Positions p = new Positions(4);
    p.join(0, 1);
    p.join(2, 3);
    p.conflict(1, 3);
    assertThat(p.join(0, 2)).isFalse();
    assertThat(p.find(0)).isNotEqualTo(p.find(2));
  }
}
