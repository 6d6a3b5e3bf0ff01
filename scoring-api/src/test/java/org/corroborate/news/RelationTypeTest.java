package org.corroborate.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelationTypeTest {

  @Test
  void agreesAndRefines_joinOnePosition_conflictsSplitPositions_unrelatedJoinsNothing() {
    assertThat(RelationType.AGREES.sameProposition()).isTrue();
    assertThat(RelationType.AGREES.samePosition()).isTrue();
    assertThat(RelationType.REFINES.sameProposition()).isTrue();
    assertThat(RelationType.REFINES.samePosition()).isTrue();
    assertThat(RelationType.CONFLICTS.sameProposition()).isTrue();
    assertThat(RelationType.CONFLICTS.samePosition()).isFalse();
    assertThat(RelationType.UNRELATED.sameProposition()).isFalse();
    assertThat(RelationType.UNRELATED.samePosition()).isFalse();
  }

  @Test
  void samePosition_impliesSameProposition() {
    for (RelationType t : RelationType.values()) {
      assertThat(!t.samePosition() || t.sameProposition()).as(t.name()).isTrue();
    }
  }
}
