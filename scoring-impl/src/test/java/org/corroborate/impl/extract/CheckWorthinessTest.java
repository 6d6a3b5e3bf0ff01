package org.corroborate.impl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.corroborate.Explanation;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.token.Token;
import org.corroborate.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Check-worthiness on sentences whose cues were read by hand; each expected value is {@code 1 /
 * (1 + exp(-z))} with z summed from the weights of the class comment.
 */
class CheckWorthinessTest {
  /** Every sentence a claim, so that each carries its score. */
  private static final PatternClaimExtractor ALL =
      new PatternClaimExtractor(Language.english(), List.of(), 2_000, 0.0);

  private static ExtractedClaim only(String text) {
    List<ExtractedClaim> claims =
        ALL.extract(List.of(Document.of("d", "wire", text))).claims();
    assertThat(claims).hasSize(1);
    ExtractedClaim c = claims.get(0);
    assertThat(c.checkWorthinessExplanation().value()).isEqualTo(c.checkWorthiness());
    return c;
  }

  private static double logistic(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }

  @Test
  void anAttributedSentenceWithAFigure_scoresHigh_namingItsCues() {
    // figure 300 prisoners (+10), event ESCAPE (+10), attribution John Smith (+10), names
    // Interior (left of the title "Minister" by the entity extractor), John Smith and Hasakah
    // (+3): z = -1.5 + 33 = 31.5
    ExtractedClaim c = only(
        "Interior Minister John Smith said 300 prisoners escaped from the jail in Hasakah.");
    assertThat(c.checkWorthiness()).isCloseTo(logistic(31.5), within(1e-12)).isGreaterThan(0.99);
    assertThat(c.checkWorthinessExplanation().toString())
        .contains("figure (+10): 300 prisoners", "event (+10): ESCAPE",
            "attribution (+10): John Smith", "named actors: 3 x 1 (at most 3): Interior, John Smith, Hasakah");
  }

  @Test
  void aQuestion_scoresLow() {
    // one name (+1), a question (-2): z = -1.5 + 1 - 2 = -2.5, .0759
    ExtractedClaim c = only("Is the ISIS threat serious?");
    assertThat(c.checkWorthiness()).isCloseTo(logistic(-2.5), within(1e-12));
    assertThat(c.checkWorthiness()).isCloseTo(0.0759, within(1e-4));
    assertThat(c.checkWorthinessExplanation().toString()).contains("question (-2): ?");
  }

  @Test
  void aNewsletterPrompt_scoresLow_asBoilerplateAndImperative() {
    // "Subscribe" opens the sentence (imperative, -1.5; no actor although capitalised);
    // subscribe and newsletter are boilerplate (-3): z = -1.5 - 1.5 - 3 = -6, .0025
    ExtractedClaim c = only("Subscribe to our newsletter");
    assertThat(c.checkWorthiness()).isCloseTo(logistic(-6), within(1e-12));
    assertThat(c.checkWorthinessExplanation().toString())
        .contains("prescription (-1.5): subscribe (imperative)",
            "boilerplate (-3): subscribe, newsletter").doesNotContain("named actors");
  }

  @Test
  void pureOpinion_scoresLow() {
    // "I think" (belief) and "outrageous" (evaluative): one opinion cue, -1.5: z = -3, .0474
    ExtractedClaim c = only("I think this is outrageous.");
    assertThat(c.checkWorthiness()).isCloseTo(logistic(-3), within(1e-12));
    assertThat(c.checkWorthinessExplanation().toString())
        .contains("opinion (-1.5): i think, outrageous");
  }

  @Test
  void twoSoftCues_passTheDefaultThreshold_oneDoesNot() {
    // Iraq and Syria: z = -1.5 + 2 = .5, .6225; ISIS alone: z = -.5, .3775
    assertThat(only("Iraq shares a long border with Syria.").checkWorthiness())
        .isCloseTo(logistic(0.5), within(1e-12)).isGreaterThan(0.5);
    assertThat(only("The group remains a threat to ISIS rivals.").checkWorthiness())
        .isCloseTo(logistic(-0.5), within(1e-12)).isLessThan(0.5);
  }

  @Test
  void oneHardCue_outweighsEveryLoweringCueTogether() {
    CheckWorthiness scorer = new CheckWorthiness(Language.english());
    String text = "Should I think it outrageous that you click here";
    List<Token> tokens = Token.of(text, 0, text.length());
    Explanation e = scorer.score(tokens, new CheckWorthiness.Found(List.of("300 prisoners"),
        List.of(), new TreeSet<>(), List.of(), Optional.empty(), Optional.empty(), true));
    // -1.5 + 10 - 2 (question) - 1.5 (should) - 1.5 (i think, outrageous) - 3 (click here) = .5
    assertThat(e.value()).isCloseTo(logistic(0.5), within(1e-12))
        .isGreaterThanOrEqualTo(CheckWorthiness.DEFAULT_THRESHOLD);
    assertThat(e.details().get(0).details()).extracting(Explanation::description)
        .containsExactly("bias: a sentence with no cue", "figure (+10): 300 prisoners",
            "question (-2): ?", "prescription (-1.5): should", "opinion (-1.5): i think, outrageous",
            "boilerplate (-3): click here");
  }

  @Test
  void belowTheThreshold_isCounted_notKept() {
    PatternClaimExtractor byDefault = new PatternClaimExtractor(Language.english());
    String text = "Police said 300 prisoners escaped on Monday. Is this serious? I think so.\n"
        + "Subscribe to our newsletter";
    PatternClaimExtractor.Extraction x =
        byDefault.extract(List.of(Document.of("d", "wire", text)));
    assertThat(x.claims()).extracting(ExtractedClaim::id, ExtractedClaim::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("d#1",
            "Police said 300 prisoners escaped on Monday."));
    assertThat(x.sentences()).containsEntry("d", 4);
    assertThat(x.belowThreshold()).containsEntry("d", 3);
  }
}
