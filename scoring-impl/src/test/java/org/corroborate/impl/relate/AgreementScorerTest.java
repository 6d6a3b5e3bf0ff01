package org.corroborate.impl.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.impl.extract.Claims;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.match.ClaimStatistics;
import org.corroborate.news.Modality;
import org.corroborate.news.RelationType;
import org.junit.jupiter.api.Test;

class AgreementScorerTest {
  private static ClaimRelation relate(ExtractedClaim a, ExtractedClaim b, ExtractedClaim... corpus) {
    List<ExtractedClaim> all = new java.util.ArrayList<>(List.of(a, b));
    all.addAll(List.of(corpus));
    AgreementScorer scorer = new AgreementScorer(AgreementSettings.defaults(),
        MatchingLexicon.defaults(), new ClaimStatistics(all));
    ClaimRelation r = scorer.relate(0, a, 1, b);
    assertThat(r.score()).isBetween(0.0, 1.0).isEqualTo(r.explanation().value());
    return r;
  }

  private static final ExtractedClaim FILLER_1 =
      Claims.claim("x", "x", "Iraq reinforced its border with troops and drones.")
          .entity("iraq").build(9);
  private static final ExtractedClaim FILLER_2 =
      Claims.claim("y", "y", "The prime minister directed the armed forces to act.").build(9);

  @Test
  void sameEscapeSameFigure_agrees() {
    ExtractedClaim a = Claims.claim("d1", "s1",
        "Recent reports talked about 1,500 ISIS fighters escaping Al-Shaddadi prison.")
        .figure(1500, "fighters", false).entity("isis").entity("shaddadi").build(0);
    ExtractedClaim b = Claims.claim("d2", "s2",
        "Approximately 1,500 of the most dangerous ISIS elements fled the Shaddadi prison.")
        .figure(1500, "elements", true).entity("isis").entity("shaddadi").build(0);
    ClaimRelation r = relate(a, b, FILLER_1, FILLER_2);
    assertThat(r.type()).isEqualTo(RelationType.AGREES);
    assertThat(r.explanation().toString()).contains("compatible figures");
  }

  @Test
  void explanation_namesSharedWordsAndEntities_asTheClaimSpellsThem_notByStemOrKey() {
    ExtractedClaim a = Claims.claim("d1", "s1",
        "Iraqi forces reinforced the border with Syria, officials said.")
        .entity("iraq").entity("syria").build(0);
    ExtractedClaim b = Claims.claim("d2", "s2",
        "Reinforcements were sent to the Syrian border by Iraq.")
        .entity("iraq").entity("syria").build(0);
    String tree = relate(a, b, FILLER_1, FILLER_2).explanation().toString();
    // the stems "reinforc" and "border" are shown as the first claim writes them
    assertThat(tree).contains("content words: idf-weighted Dice, shared [border, reinforced]")
        .doesNotContain("reinforc,").doesNotContain("reinforc]");
  }

  @Test
  void theSameEventWithTheSameParticipants_agreesOnTheTopic_inOtherWords() {
    // the seeds' border reinforcement, said two ways: few shared words, one frame
    ExtractedClaim a = Claims.claim("d1", "s1",
        "Iraqi authorities have reinforced their borders with Syria with trenches and walls.")
        .entity("iraq").entity("syria").frame("DEPLOY", "iraq", "syria").build(0);
    ExtractedClaim b = Claims.claim("d2", "s2",
        "Iraq boosts security on Syrian border after US proxies free hundreds of fighters")
        .entity("iraq").entity("syria").entity("us").frame("DEPLOY", "iraq", "syria").build(0);
    ClaimRelation r = relate(a, b, FILLER_1, FILLER_2);
    // P(same) is raised to the topic threshold (.5); a topical agreement scores
    // P * unverifiedAgreement = .5 * .8
    assertThat(r.type()).isEqualTo(RelationType.AGREES);
    assertThat(r.score()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(r.explanation().toString())
        .contains("the same event with the same participants: [DEPLOY] with [iraq, syria]");
    // without the frames the same texts are unrelated
    ExtractedClaim a0 = Claims.claim("d1", "s1", a.text()).entity("iraq").entity("syria")
        .build(0);
    ExtractedClaim b0 = Claims.claim("d2", "s2", b.text()).entity("iraq").entity("syria")
        .entity("us").build(0);
    assertThat(relate(a0, b0, FILLER_1, FILLER_2).type()).isEqualTo(RelationType.UNRELATED);
  }

  @Test
  void theSameEvent_deniedByOne_conflicts() {
    ExtractedClaim a = Claims.claim("d1", "s1",
        "Iraqi troops were deployed along the border with Syria.")
        .entity("iraq").entity("syria").frame("DEPLOY", "iraq", "syria").build(0);
    ExtractedClaim b = Claims.claim("d2", "s2",
        "Officials in Baghdad rejected reports of new reinforcements on the Syrian frontier.")
        .entity("iraq").entity("syria").frame("DEPLOY", "iraq", "syria")
        .modality(Modality.NEGATED).build(0);
    ClaimRelation r = relate(a, b, FILLER_1, FILLER_2);
    assertThat(r.type()).isEqualTo(RelationType.CONFLICTS);
    assertThat(r.explanation().toString()).contains("the same event with the same participants");
    // the words alone do not make them one proposition
    ExtractedClaim a0 = Claims.claim("d1", "s1", a.text()).entity("iraq").entity("syria").build(0);
    ExtractedClaim b0 = Claims.claim("d2", "s2", b.text()).entity("iraq").entity("syria")
        .modality(Modality.NEGATED).build(0);
    assertThat(relate(a0, b0, FILLER_1, FILLER_2).type()).isEqualTo(RelationType.UNRELATED);
  }

  @Test
  void theSameFrame_inDifferentYears_staysApart() {
    ExtractedClaim a = Claims.claim("d1", "s1", "Iraq deployed troops on the Syrian border.")
        .entity("iraq").entity("syria").year(2014).frame("DEPLOY", "iraq", "syria").build(0);
    ExtractedClaim b = Claims.claim("d2", "s2", "Iraq reinforced its frontier with Syria.")
        .entity("iraq").entity("syria").year(2025).frame("DEPLOY", "iraq", "syria").build(0);
    ClaimRelation r = relate(a, b, FILLER_1, FILLER_2);
    assertThat(r.type()).isEqualTo(RelationType.UNRELATED);
    assertThat(r.explanation().toString()).doesNotContain("the same event");
  }

  @Test
  void sameFigureDifferentEvent_isUnrelated() {
    // the seeds' trap: 1,500 escaped (2025) is not the 1,500 released under the amnesty (2024)
    ExtractedClaim escape = Claims.claim("d1", "s1",
        "Reports talked about 1,500 ISIS fighters escaping Al-Shaddadi prison in Hasakah.")
        .figure(1500, "fighters", false).entity("isis").entity("hasakah").build(0);
    ExtractedClaim release = Claims.claim("d2", "s2",
        "An amnesty has so far secured the release of over 1,500 Syrian ISIS fighters.")
        .atLeast(1500, "fighters").entity("isis").build(0);
    ClaimRelation r = relate(escape, release, FILLER_1, FILLER_2);
    assertThat(r.type()).isEqualTo(RelationType.UNRELATED);
    assertThat(r.explanation().toString()).contains("different events");
  }

  @Test
  void differentYears_areKeptApart() {
    ExtractedClaim a = Claims.claim("d1", "s1", "ISIS fighters escaped the prison in Hasakah.")
        .entity("isis").entity("hasakah").year(2022).build(0);
    ExtractedClaim b = Claims.claim("d2", "s2", "ISIS fighters escaped the prison in Hasakah.")
        .entity("isis").entity("hasakah").year(2025).build(0);
    assertThat(relate(a, b, FILLER_1, FILLER_2).type()).isEqualTo(RelationType.UNRELATED);
  }

  @Test
  void incompatibleFigures_conflict() {
    ExtractedClaim a = Claims.claim("d1", "s1", "1,500 ISIS fighters escaped Al-Shaddadi prison.")
        .figure(1500, "fighters", false).entity("isis").entity("shaddadi").build(0);
    ExtractedClaim b = Claims.claim("d2", "s2", "Only 120 ISIS fighters escaped Al-Shaddadi prison.")
        .figure(120, "fighters", false).entity("isis").entity("shaddadi").build(0);
    ClaimRelation r = relate(a, b, FILLER_1, FILLER_2);
    assertThat(r.type()).isEqualTo(RelationType.CONFLICTS);
    assertThat(r.explanation().toString()).contains("incompatible figures: 1500 fighters vs 120");
  }

  @Test
  void pointInsideRange_refines_withTheNarrowerClaimFirst() {
    ExtractedClaim range = Claims.claim("d1", "s1",
        "ISIS networks in Syria have between 1,500 and 3,000 fighters.")
        .range(1500, 3000, "fighters").entity("isis").entity("syria").build(0);
    ExtractedClaim point = Claims.claim("d2", "s2", "ISIS networks in Syria have 2,000 fighters.")
        .figure(2000, "fighters", false).entity("isis").entity("syria").build(0);
    ClaimRelation r = relate(range, point, FILLER_1, FILLER_2);
    assertThat(r.type()).isEqualTo(RelationType.REFINES);
    assertThat(r.a()).isEqualTo(1); // the point figure is the more specific claim
    assertThat(r.b()).isEqualTo(0);
  }

  @Test
  void assertionAgainstDenial_conflicts() {
    ExtractedClaim a = Claims.claim("d1", "s1",
        "Iraq is militarily involved in the Syrian conflict.").entity("iraq").build(0);
    ExtractedClaim b = Claims.claim("d2", "s2",
        "The government denied that Iraq is militarily involved in the Syrian conflict.")
        .entity("iraq").modality(Modality.NEGATED).build(0);
    ClaimRelation r = relate(a, b, FILLER_1, FILLER_2);
    assertThat(r.type()).isEqualTo(RelationType.CONFLICTS);
    assertThat(r.explanation().toString()).contains("opposite polarity");
  }

  @Test
  void looseTopicalLikeness_withoutDenialMatch_doesNotConflict() {
    // an assertion and a denial about different things: below the polarity threshold
    ExtractedClaim a = Claims.claim("d1", "s1",
        "Iraq reinforced its border with troops and drones.").entity("iraq").build(0);
    ExtractedClaim b = Claims.claim("d2", "s2",
        "Iraq has never engaged in military operations in Syria.").entity("iraq")
        .modality(Modality.NEGATED).build(0);
    assertThat(relate(a, b, FILLER_1, FILLER_2).type()).isNotEqualTo(RelationType.CONFLICTS);
  }

  @Test
  void differentTopics_areUnrelated_withScoreOneMinusSameness() {
    ExtractedClaim a = Claims.claim("d1", "s1", "1,500 ISIS fighters escaped Al-Shaddadi prison.")
        .figure(1500, "fighters", false).entity("isis").build(0);
    ExtractedClaim b = Claims.claim("d2", "s2", "Baghdad is constructing a concrete wall.")
        .entity("baghdad").build(0);
    ClaimRelation r = relate(a, b, FILLER_1, FILLER_2);
    assertThat(r.type()).isEqualTo(RelationType.UNRELATED);
    double same = r.explanation().details().get(0).value();
    assertThat(r.score()).isEqualTo(1 - same);
    assertThat(same).isLessThan(0.3);
  }
}
