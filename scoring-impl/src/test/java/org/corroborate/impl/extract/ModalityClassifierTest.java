package org.corroborate.impl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.sentence.Sentence;
import org.corroborate.impl.token.Span;
import org.corroborate.news.Attribution;
import org.corroborate.news.Modality;
import org.junit.jupiter.api.Test;

/**
 * Modalities by the precedence of {@link ModalityClassifier}'s class comment (QUESTIONED, NEGATED,
 * HEDGED, REPORTED, ASSERTED) with the cue words of {@code modality.txt}.
 */
class ModalityClassifierTest {
  private static final ModalityClassifier CLASSIFIER = new ModalityClassifier(Language.english());
  private static final Optional<Attribution> SAID =
      Optional.of(new Attribution("SDF", List.of(), false));

  private static ModalityClassifier.Cue explain(String text, Optional<Attribution> attribution) {
    Sentence s = new Sentence(0, new Span(0, text.length()), text, false);
    return CLASSIFIER.explain(text, s, attribution);
  }

  private static Modality modality(String text) {
    return explain(text, Optional.empty()).modality();
  }

  @Test
  void classify_plainStatement_isAssertedWithoutCue() {
    ModalityClassifier.Cue cue = explain("The prison was attacked on Monday.", Optional.empty());
    assertThat(cue.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(cue.cue()).isEmpty();
    assertThat(cue.span()).isEmpty();
  }

  @Test
  void classify_attributedWithoutCue_isReported() {
    ModalityClassifier.Cue cue = explain("The SDF said the prison was attacked.", SAID);
    assertThat(cue.modality()).isEqualTo(Modality.REPORTED);
    assertThat(cue.cue()).isEmpty();
  }

  @Test
  void classify_hedgeWord_isHedgedWithTheWordAndItsSpan() {
    String text = "Fighters may have escaped.";
    ModalityClassifier.Cue cue = explain(text, Optional.empty());
    assertThat(cue.modality()).isEqualTo(Modality.HEDGED);
    assertThat(cue.cue()).contains("may");
    // "may" is characters 9 to 12
    assertThat(cue.span()).contains(new Span(9, 12));
  }

  @Test
  void classify_reportedlyAndCould_areHedged() {
    assertThat(modality("The SDF reportedly released 1,500 prisoners.")).isEqualTo(Modality.HEDGED);
    assertThat(modality("The strike could escalate the war.")).isEqualTo(Modality.HEDGED);
    assertThat(modality("The report was unconfirmed.")).isEqualTo(Modality.HEDGED);
  }

  @Test
  void classify_hedgeOutranksAttribution() {
    assertThat(explain("The SDF said fighters may have escaped.", SAID).modality())
        .isEqualTo(Modality.HEDGED);
  }

  @Test
  void classify_threeWordHedge_isOneCueOverThreeWords() {
    String text = "It is believed that 300 died.";
    ModalityClassifier.Cue cue = explain(text, Optional.empty());
    assertThat(cue.modality()).isEqualTo(Modality.HEDGED);
    assertThat(cue.cue()).contains("it is believed");
    assertThat(cue.span()).contains(new Span(0, 14));
  }

  @Test
  void classify_denialVerb_isNegated_evenWhenAttributed() {
    ModalityClassifier.Cue cue = explain("The ministry denied the report.", SAID);
    assertThat(cue.modality()).isEqualTo(Modality.NEGATED);
    assertThat(cue.cue()).contains("denied");
    assertThat(CLASSIFIER.isDenial(cue.cue().get())).isTrue();
  }

  @Test
  void classify_negationWord_isNegatedButNoDenial() {
    ModalityClassifier.Cue cue = explain("The prison was not attacked.", Optional.empty());
    assertThat(cue.modality()).isEqualTo(Modality.NEGATED);
    assertThat(cue.cue()).contains("not");
    assertThat(CLASSIFIER.isDenial("not")).isFalse();
    assertThat(CLASSIFIER.isDenial("Denied")).isTrue();
  }

  @Test
  void classify_negationAfterAHedge_outranksIt() {
    // "may" is met first but only remembered; "not" decides
    ModalityClassifier.Cue cue = explain("The fighters may not have escaped.", Optional.empty());
    assertThat(cue.modality()).isEqualTo(Modality.NEGATED);
    assertThat(cue.cue()).contains("not");
  }

  @Test
  void classify_contraction_isReadAcrossTheApostrophe() {
    // the tokenizer gives "didn", "'", "t"; the classifier reads "didn't"
    assertThat(modality("The SDF didn't confirm it.")).isEqualTo(Modality.NEGATED);
    assertThat(modality("The guards can’t leave.")).isEqualTo(Modality.NEGATED);
  }

  @Test
  void classify_contraction_cueWasTheLetterT() {
    // "didn't" is tokenized "didn", "'", "t": the cue named only the "t" (characters 14 to 15)
    String text = "The SDF didn't confirm it.";
    ModalityClassifier.Cue cue = explain(text, Optional.empty());
    assertThat(cue.cue()).contains("didn't");
    assertThat(cue.span()).contains(new Span(8, 14));
    assertThat(explain("The guards can’t leave.", Optional.empty()).cue()).contains("can’t");
  }

  @Test
  void classify_negationExceptions_areNotNegations() {
    assertThat(modality("Not only fighters escaped.")).isEqualTo(Modality.ASSERTED);
    assertThat(modality("There is no doubt the prison fell.")).isEqualTo(Modality.ASSERTED);
    // the exception is the phrase, not the word: "no" before another word still negates
    assertThat(modality("There is no proof the prison fell.")).isEqualTo(Modality.NEGATED);
  }

  @Test
  void classify_questionMark_outranksEverything() {
    String text = "Did the ministry not deny it?";
    ModalityClassifier.Cue cue = explain(text, SAID);
    assertThat(cue.modality()).isEqualTo(Modality.QUESTIONED);
    assertThat(cue.cue()).contains("?");
    assertThat(cue.span()).contains(new Span(text.length() - 1, text.length()));
  }

  @Test
  void classify_questionMarkBeforeClosingQuotes_isQuestioned() {
    String text = "He asked, “Did they escape?” ";
    ModalityClassifier.Cue cue = explain(text, Optional.empty());
    assertThat(cue.modality()).isEqualTo(Modality.QUESTIONED);
    // the "?" is the 27th character (index 26), before the closing quote and the space
    assertThat(cue.span()).contains(new Span(26, 27));
  }

  @Test
  void classify_questionMarkInsideTheSentence_isNoQuestion() {
    assertThat(modality("Asked “why?”, the guards fled.")).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void classify_cuesQuotedInsideTheClaim_areIgnored() {
    String curly = "The SDF said the guards “did not participate” in the escape.";
    assertThat(explain(curly, SAID).modality()).isEqualTo(Modality.REPORTED);
    assertThat(explain(curly, Optional.empty()).modality()).isEqualTo(Modality.ASSERTED);
    String straight = "The SDF said the guards \"may have fled\" overnight.";
    assertThat(explain(straight, SAID).modality()).isEqualTo(Modality.REPORTED);
  }

  @Test
  void classify_cueAfterAClosedQuotation_isRead() {
    // the quotation closes before "not": the negation is the claim's own
    assertThat(modality("The guards “fled” and did not return.")).isEqualTo(Modality.NEGATED);
  }

  @Test
  void classify_sentenceThatIsAQuotation_keepsItsCues() {
    ModalityClassifier.Cue cue = explain("“The guards did not participate,” he said.", SAID);
    assertThat(cue.modality()).isEqualTo(Modality.NEGATED);
    assertThat(cue.cue()).contains("not");
  }

  @Test
  void classify_cueWordsAreMatchedWholeAndInAnyCase() {
    assertThat(modality("NOBODY escaped.")).isEqualTo(Modality.NEGATED);
    // "notable" and "mayor" contain cue words but are not cues
    assertThat(modality("A notable mayor visited.")).isEqualTo(Modality.ASSERTED);
  }
}
