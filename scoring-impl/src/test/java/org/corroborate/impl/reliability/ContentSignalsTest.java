package org.corroborate.impl.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.impl.news.NewsPipeline;
import org.corroborate.impl.token.Token;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.corroborate.model.Source;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.DocumentResult;
import org.corroborate.news.ScoringConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every content signal on a six-sentence wire story whose numbers were worked out by hand from
 * the formulas of {@link ContentSignals} (the working is in each assertion's comment).
 */
public class ContentSignalsTest {
  /*
   * S1 Interior Minister John Smith said 300 prisoners escaped from the jail in Hasakah on
   *    3 March 2025.                     claim 1: named (role "minister"), figure, date, place
   * S2 Officials said that 40 guards were arrested.   claim 2: vague source, figure
   * S3 "We found the tunnel," Smith told Reuters.     claim 3: named, direct quotation
   * S4 There is no doubt the escape was planned by savage thugs.  claim 4: sweeping, unsourced,
   *    two loaded words
   * S5 Some reports said 500 prisoners escaped from the jail in Hasakah.  claim 5: vague source,
   *    figure against S1's 300, place
   * S6 We must act now to stop this.   a prescription and a call to action; no claim
   */
  public static final String WIRE = "Interior Minister John Smith said 300 prisoners escaped from the"
      + " jail in Hasakah on 3 March 2025. Officials said that 40 guards were arrested. \"We found"
      + " the tunnel,\" Smith told Reuters. There is no doubt the escape was planned by savage"
      + " thugs. Some reports said 500 prisoners escaped from the jail in Hasakah. We must act now"
      + " to stop this.\n";

  private static DocumentResult score(String text, Genre genre) {
    Corpus corpus = Corpus.builder().source(Source.of("wire"))
        .document(new Document("w", "wire", Optional.empty(), Optional.empty(), genre, text))
        .build();
    CorroborationReport report = NewsPipeline.defaults().score(corpus).report();
    return report.documents().get(0);
  }

  @Test
  void wireStory_signalsMatchTheFormulasWorkedByHand() {
    DocumentResult d = score(WIRE, Genre.UNKNOWN);
    assertThat(d.claims()).isEqualTo(5);
    Map<String, Double> s = d.signals();
    // named 2 (Smith twice), quoted 1 (S3), role 1 (S1), anonymous 2 (S2, S5), of 5 claims:
    // .55 x 2/5 + .15 x 1/5 + .15 x 1/5 + .15 x (1 - 2/5) = .22 + .03 + .03 + .09
    assertThat(s.get("attribution")).isCloseTo(0.37, within(1e-9));
    // no hedge, one sweeping sentence (S4) with no named speaker: (0 + 0 + 1) / (0 + 1 + 2)
    assertThat(s.get("calibration")).isCloseTo(1.0 / 3, within(1e-9));
    // "savage", "thugs" among 55 words (14 + 6 + 7 + 11 + 10 + 7; figures are not words)
    assertThat(s.get("loadedLanguage")).isCloseTo(25.0 * 2 / 55, within(1e-9));
    // not labelled; S6 marked, of 6 sentences: 1 - min(1, 5 x 1/6)
    assertThat(s.get("opinionSeparation")).isCloseTo(1 - 5.0 / 6, within(1e-9));
    // per claim figure+date+place+actor: S1 4, S2 1, S3 1 (actor), S4 0, S5 2 = 8 of 20
    assertThat(s.get("specificity")).isCloseTo(0.4, within(1e-9));
    // 3 claims with figures (300, 40, 500); 300 and 500 prisoners escaping conflict: 1 - 2/3
    assertThat(s.get("selfConsistency")).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.get("republishing")).isEqualTo(0.0);
  }

  @Test
  void labelledOpinion_isSeparated_whateverItPrescribes() {
    assertThat(score(WIRE, Genre.OPINION).signals().get("opinionSeparation")).isEqualTo(1.0);
    assertThat(score("Opinion\n" + WIRE, Genre.UNKNOWN).signals().get("opinionSeparation"))
        .isEqualTo(1.0);
  }

  @Test
  void documentWithoutClaims_isNeutralWhereThereIsNothingToRead() {
    DocumentResult d = score("Hello there, and welcome.\n", Genre.NEWS);
    assertThat(d.claims()).isZero();
    assertThat(d.signals()).containsEntry("attribution", 0.5).containsEntry("specificity", 0.5)
        .containsEntry("calibration", 0.5).containsEntry("selfConsistency", 1.0)
        .containsEntry("loadedLanguage", 0.0).containsEntry("opinionSeparation", 1.0);
  }

  @Test
  void hedgedAndSourcedCertainty_countAsCalibrated() {
    // S1 hedged ("reportedly"), S2 sweeping but carried by a named speaker: (1 + 1 + 1) / (1 + 1 + 2)
    DocumentResult d = score("Some 300 prisoners reportedly escaped from the jail. Interior"
        + " Minister John Smith said there is no doubt that 300 prisoners escaped.\n", Genre.NEWS);
    assertThat(d.signals().get("calibration")).isCloseTo(0.75, within(1e-9));
  }

  @Tag("slow") // the size of the input is the test; the quick run leaves it out
  @Test
  void aMegabyteOfSourcedCertainty_isReadInOnePass() {
    // 20,000 sentences, each sweeping ("there is no doubt") and carried by a named speaker:
    // calibration = (0 + 20,000 + 1) / (0 + 20,000 + 2); sentences and claims are merged in one
    // pass, not compared pairwise
    String sentence = "Interior Minister John Smith said there is no doubt that 300 prisoners"
        + " escaped. ";
    DocumentResult d = score(sentence.repeat(20_000), Genre.NEWS);
    assertThat(d.claims()).isEqualTo(20_000);
    assertThat(d.signals().get("calibration")).isCloseTo(20_001.0 / 20_002, within(1e-9));
  }

  @Test
  void replacedLexicon_isRead_andAMalformedOneNamesTheList() {
    ScoringConfig config = ScoringConfig.builder().lexicon("loaded", List.of("prisoners")).build();
    Corpus corpus = Corpus.builder().source(Source.of("wire"))
        .document(Document.of("w", "wire", WIRE)).build();
    // "prisoners" twice in 55 words; "savage" and "thugs" no longer count
    assertThat(NewsPipeline.of(config).score(corpus).report().documents().get(0).signals()
        .get("loadedLanguage")).isCloseTo(25.0 * 2 / 55, within(1e-9));
    assertThatThrownBy(() -> NewsPipeline.of(
        ScoringConfig.builder().lexicon("opinion", List.of("LABEL: opinion")).build()))
        .hasMessageContaining("lexicon[opinion]: no PRESCRIPTION group");
    assertThatThrownBy(() -> NewsPipeline.of(
        ScoringConfig.builder().lexicon("loaded", List.of("two words")).build()))
        .hasMessageContaining("loaded:1: expected one word per line");
    assertThatThrownBy(() -> NewsPipeline.of(
        ScoringConfig.builder().lexicon("slurs", List.of("x")).build()))
        .hasMessageContaining("lexicon[slurs]: unknown word list");
  }

  @Test
  void phraseMatching_isLinearAndConsumesItsWords() {
    PhraseSet set = new PhraseSet(List.of("no_doubt", "there_is_no_doubt", "so-called"));
    String text = "There is no doubt the so-called plan failed, no doubt.";
    assertThat(set.find(Token.of(text, 0, text.length())))
        .containsExactly("there is no doubt", "so called", "no doubt");
    String junk = "no ".repeat(200_000);
    assertThat(set.find(Token.of(junk, 0, junk.length()))).isEmpty();
  }
}
