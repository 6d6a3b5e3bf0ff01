package org.corroborate.impl.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import org.corroborate.impl.news.Seeds;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.SourceResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reliability signals on the five seed documents, each expectation checked by reading the seed
 * text it quotes (files under {@code seeds/}).
 */
class SeedReliabilityTest {
  private static CorroborationReport report;

  @BeforeAll
  static void score() {
    report = Seeds.scored().report();
  }

  private static SourceResult source(String id) {
    return report.source(id).orElseThrow();
  }

  private static double signal(String source, String name) {
    return source(source).signals().get(name);
  }

  @Test
  void strategicCouncilOpinion_carriesTheMostLoadedWords() {
    // 002: "Zionist regime" three times, "so-called", "Takfiri": 5 loaded words
    String explanation = source("strategic-council-online").explanation().toString();
    assertThat(explanation).contains("zionist regime", "so called", "takfiri")
        .contains("5.000000 = loaded words (loaded.txt)");
    assertThat(report.sources()).allSatisfy(s -> assertThat(s.signals().get("loadedLanguage"))
        .isLessThanOrEqualTo(signal("strategic-council-online", "loadedLanguage")));
    // 003 (Shafaq News) and 004 (Aletho News) report without any of them
    assertThat(signal("shafaq-news", "loadedLanguage")).isZero();
    assertThat(signal("aletho-news", "loadedLanguage")).isZero();
  }

  @Test
  void unsourcedSweepingCertainty_lowersCalibration() {
    // 002: "Existing evidence and some security reports in the region clearly show that ISIS is
    // not only not destroyed but is being rebuilt ..." and 000: "There is no doubt that terrorist
    // elements will strive ..." are sweeping, with no named speaker
    assertThat(source("strategic-council-online").explanation().toString())
        .contains("sweeping cues: clearly show");
    assertThat(source("ahlulbayt-news-agency").explanation().toString())
        .contains("sweeping cues: there is no doubt");
    assertThat(report.sources().stream()
        .min(Comparator.comparingDouble(s -> s.signals().get("calibration"))).orElseThrow().id())
        .isEqualTo("strategic-council-online");
  }

  @Test
  void alethoRepublishesTheCradle_andRanksLast() {
    // the manifest declares 004 republishes The Cradle; its text opens "The Cradle | August 1, 2024"
    assertThat(signal("aletho-news", "republishing")).isEqualTo(1.0);
    assertThat(signal("aletho-news", "engineTrust")).isEqualTo(0.5);
    assertThat(source("aletho-news").explanation().toString())
        .contains("declares it republishes the-cradle");
    assertThat(report.sources().stream()
        .min(Comparator.comparingDouble(SourceResult::reliability)).orElseThrow().id())
        .isEqualTo("aletho-news");
  }

  @Test
  void labelledAnalysisAndOpinion_andNewsWithoutPrescriptions_keepNewsAndOpinionApart() {
    // 000 and 001 are analysis, 002 is labelled Opinion; 003 and 004 hold no "we must", "let us"
    assertThat(report.sources())
        .allSatisfy(s -> assertThat(s.signals().get("opinionSeparation")).isEqualTo(1.0));
  }

  @Test
  void theCorroboratedEscape_countsForBothOutlets() {
    // 000 "recent reports talked about 1,500 ISIS fighters escaping Al-Shaddadi prison" and 002
    // "Rudaw reported, citing the SDF, that approximately 1,500 ... had escaped": one claim each
    // whose position holds another independent voice; other claims of both may be grouped too
    String escape = claimStarting("These consequences become more serious");
    String rudaw = claimStarting("Meanwhile, the Kurdish website");
    assertThat(report.clusters().stream().filter(c -> c.claimIds().contains(escape)).findFirst()
        .orElseThrow().claimIds()).contains(rudaw);
    assertThat(signal("ahlulbayt-news-agency", "corroborated")).isPositive();
    assertThat(signal("strategic-council-online", "corroborated")).isPositive();
    // the one contest of the seeds is inside Shafaq News: al-Bandawi rejects "these claims" of
    // the ISW report quoted just before; no other outlet has a claim in a losing position
    assertThat(report.sources()).filteredOn(s -> !s.id().equals("shafaq-news")).allSatisfy(s ->
        assertThat(s.signals().get("contradicted")).isZero());
  }

  private static String claimStarting(String prefix) {
    return report.claims().stream().filter(c -> c.text().startsWith(prefix)).findFirst()
        .orElseThrow().id();
  }
}
