package org.corroborate.impl.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StanceClassifierTest {
  private static final StanceClassifier CLASSIFIER = StanceClassifier.defaults();

  @Test
  void everyResult_hasScoresSummingToOne_andAnExplanationEqualToItsScore() {
    StanceClassifier.Batch batch = CLASSIFIER.batch(Map.of(
        "a", "The mayor denied reports that the bridge collapsed, calling them a hoax.",
        "b", "Reportedly, the bridge may have collapsed overnight, according to unconfirmed posts.",
        "c", "",
        "d", "A recipe for lemon cake."));
    for (String id : new String[] {"a", "b", "c", "d"}) {
      StanceResult r = batch.classify("Bridge collapsed overnight", id);
      double sum = r.scores().values().stream().mapToDouble(Double::doubleValue).sum();
      assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(r.explanation().value()).isEqualTo(r.score());
      assertThat(r.scores().get(r.label())).isEqualTo(r.score());
    }
  }

  @Test
  void aBodySharingNoWord_isUnrelated() {
    assertThat(CLASSIFIER.classify("Bridge collapsed overnight", "A recipe for lemon cake.").label())
        .isEqualTo(Stance.UNRELATED);
  }

  @Test
  void refutingCuesNearTheClaim_raiseDisagreeOverAgree() {
    String claim = "Giant spider found living in tourist's stomach";
    StanceResult refuted = CLASSIFIER.classify(claim, "Doctors say the story of a giant spider"
        + " living in a tourist's stomach is a hoax. The viral tale is fake, and no spider was"
        + " found in the stomach.");
    StanceResult confirmed = CLASSIFIER.classify(claim, "Doctors confirmed a giant spider was"
        + " found living in a tourist's stomach. The spider was removed from the stomach, officials"
        + " announced.");
    assertThat(refuted.scores().get(Stance.DISAGREE))
        .isGreaterThan(confirmed.scores().get(Stance.DISAGREE));
    assertThat(confirmed.scores().get(Stance.AGREE))
        .isGreaterThan(refuted.scores().get(Stance.AGREE));
  }

  @Test
  void labels_roundTrip() {
    for (Stance s : Stance.values()) {
      assertThat(Stance.ofLabel(s.label())).isEqualTo(s);
    }
  }
}
