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

  @Test
  void headlines_hoaxIsAgainst_reportedlyIsObserving_aPlainStatementIsFor() {
    String claim = "Giant spider found living in tourist's stomach";
    StanceClassifier.Batch batch = CLASSIFIER.batch(Map.of(
        "hoax", "Giant spider in tourist's stomach story is a hoax, doctors say",
        "reportedly", "Giant spider reportedly found living in tourist's stomach",
        "plain", "Doctors remove giant spider living in tourist's stomach"));
    assertThat(batch.classify(claim, "hoax").relatedLabel()).isEqualTo(Stance.DISAGREE);
    assertThat(batch.classify(claim, "reportedly").relatedLabel()).isEqualTo(Stance.DISCUSS);
    assertThat(batch.classify(claim, "plain").relatedLabel()).isEqualTo(Stance.AGREE);
  }

  @Test
  void relatedLabel_isTheMostProbableOfTheThreeRelatedStances() {
    StanceResult r = CLASSIFIER.classify("Bridge collapsed overnight", "A recipe for lemon cake.");
    assertThat(r.label()).isEqualTo(Stance.UNRELATED);
    Stance best = Stance.AGREE;
    for (Stance s : new Stance[] {Stance.DISAGREE, Stance.DISCUSS}) {
      if (r.scores().get(s) > r.scores().get(best)) {
        best = s;
      }
    }
    assertThat(r.relatedLabel()).isEqualTo(best).isNotEqualTo(Stance.UNRELATED);
  }

  @Test
  void aModelOfAnotherVersion_isRefusedNamingTheField() {
    String json = "{\"version\": 1, \"features\": []}";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StanceClassifier.withModel(
            new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "old.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("old.json.version: must be 2");
  }

  @Test
  void jointFit_isDeterministic_andReadsBack() {
    Map<String, String> bodies = Map.of(
        "1", "Officials denied the report that the bridge collapsed, calling it a hoax.",
        "2", "A recipe for lemon cake with flour and sugar.",
        "3", "The bridge collapsed overnight in the storm, engineers confirmed.");
    java.util.List<StanceClassifier.Example> pairs = java.util.List.of(
        new StanceClassifier.Example("Bridge collapsed", "1", Stance.DISAGREE),
        new StanceClassifier.Example("Bridge collapsed", "2", Stance.UNRELATED),
        new StanceClassifier.Example("Bridge collapsed", "3", Stance.AGREE));
    Map<String, String> headlines = Map.of("h1", "Bridge collapse is a hoax",
        "h2", "Bridge reportedly collapsed");
    java.util.List<StanceClassifier.Example> labelled = java.util.List.of(
        new StanceClassifier.Example("Bridge collapsed overnight", "h1", Stance.DISAGREE),
        new StanceClassifier.Example("Bridge collapsed overnight", "h2", Stance.DISCUSS));
    java.util.List<StanceClassifier.TrainingSet> sets = java.util.List.of(
        new StanceClassifier.TrainingSet(bodies, pairs, 1),
        new StanceClassifier.TrainingSet(headlines, labelled, 3));
    String json = StanceClassifier.fit(sets, "test");
    assertThat(StanceClassifier.fit(sets, "test")).isEqualTo(json);
    assertThat(json).startsWith("{\n  \"version\" : 2,\n  \"provenance\" : \"test\"");
    StanceClassifier refit = StanceClassifier.withModel(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "refit");
    assertThat(refit.classify("Bridge collapsed", "Bridge collapse is a hoax").scores())
        .hasSize(4);
  }
}
