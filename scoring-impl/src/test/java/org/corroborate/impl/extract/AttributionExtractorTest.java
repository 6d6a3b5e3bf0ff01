package org.corroborate.impl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.token.Token;
import org.corroborate.news.Attribution;
import org.junit.jupiter.api.Test;

/**
 * Speakers and relays by the patterns of {@link AttributionExtractor}'s class comment, with the
 * names {@link EntityExtractor} finds, as {@link PatternClaimExtractor} wires them.
 */
class AttributionExtractorTest {
  private static final AttributionExtractor ATTRIBUTIONS = new AttributionExtractor(Language.english());
  private static final EntityExtractor NAMES = new EntityExtractor(Language.english(), new AliasNormaliser(Language.english().group("names", "ARTICLE")));

  private static Optional<Attribution> attribution(String sentence, Optional<String> previous) {
    List<Token> t = Token.of(sentence, 0, sentence.length());
    return ATTRIBUTIONS.extract(sentence, t, NAMES.extract(sentence, t).names(), previous);
  }

  private static Optional<Attribution> attribution(String sentence) {
    return attribution(sentence, Optional.empty());
  }

  private static Attribution named(String speaker, String... via) {
    return new Attribution(speaker, List.of(via), false);
  }

  @Test
  void extract_nameBeforeSaid_isTheSpeaker() {
    assertThat(attribution("Ahmad al-Sharifi said the prison was attacked."))
        .contains(named("Ahmad al-Sharifi"));
  }

  @Test
  void extract_auxiliaryBetweenNameAndVerb_isSkipped() {
    assertThat(attribution("The SDF has also said the prison was attacked."))
        .contains(named("SDF"));
  }

  @Test
  void extract_told_givesTheListenerAsRelay() {
    assertThat(attribution("Ahmad al-Sharifi told Shafaq News Agency that the prison fell."))
        .contains(named("Ahmad al-Sharifi", "Shafaq News Agency"));
  }

  @Test
  void extract_appositionBetweenCommas_isSkipped() {
    assertThat(attribution(
        "Ahmad al-Sharifi, a strategic expert, told Shafaq News Agency that the prison fell."))
        .contains(named("Ahmad al-Sharifi", "Shafaq News Agency"));
  }

  @Test
  void extract_reportedCiting_isTheCitedSpeakerViaTheReporter() {
    assertThat(attribution("Rudaw reported, citing the SDF, that 1,500 fighters escaped."))
        .contains(named("SDF", "Rudaw"));
  }

  @Test
  void extract_accordingToAlone_isTheSpeaker() {
    assertThat(attribution("According to the United Nations, 3,000 fighters escaped."))
        .contains(named("United Nations"));
  }

  @Test
  void extract_accordingToThenSaid_isTheSayerViaTheFirst() {
    assertThat(attribution("According to the UN, the SDF said 1,500 fighters escaped."))
        .contains(named("SDF", "UN"));
  }

  @Test
  void extract_accordingToVagueReports_isAnonymous() {
    assertThat(attribution("According to recent reports, the prison was attacked."))
        .contains(new Attribution("recent reports", List.of(), true));
  }

  @Test
  void extract_vagueHeadBeforeSaid_isAnonymous() {
    // "Kurdish" is a name but "officials" ends the subject: up to three words, vague
    assertThat(attribution("Kurdish officials said the prison was attacked."))
        .contains(new Attribution("Kurdish officials", List.of(), true));
    // capitalised, "Sources" reads as a name, but its head is vague
    assertThat(attribution("Sources said the talks had failed."))
        .contains(new Attribution("Sources", List.of(), true));
  }

  @Test
  void extract_organisationsReports_speakForTheOrganisation() {
    // "reports" is a speech verb and a vague noun; before "said" it is the noun, owned by UN
    assertThat(attribution("UN reports said 1,500 fighters escaped."))
        .contains(named("UN"));
  }

  @Test
  void extract_actorHead_isAnUnnamedButIdentifiedSpeaker() {
    assertThat(attribution("The government denied the reports."))
        .contains(named("government"));
  }

  @Test
  void extract_nameBeforeAPlace_isTheSpeakerNotThePlace() {
    assertThat(attribution("The PMF in Iraq announced a new offensive."))
        .contains(named("PMF"));
  }

  @Test
  void extract_nameInQuotesBeforeTheVerb_isTheSpeaker() {
    assertThat(attribution("The Kurdish website “Rudaw” reported that the prison fell."))
        .contains(named("Rudaw"));
  }

  @Test
  void extract_pronoun_takesThePreviousNamedSpeaker_orNothing() {
    assertThat(attribution("He said the prison was attacked.", Optional.of("Ahmad al-Sharifi")))
        .contains(named("Ahmad al-Sharifi"));
    assertThat(attribution("He said the prison was attacked.")).isEmpty();
  }

  @Test
  void extract_verbAfterAQuotation_takesTheNameAfterIt() {
    assertThat(attribution("“We will not stop,” remarked David Pollock."))
        .contains(named("David Pollock"));
  }

  @Test
  void extract_speechVerbInsideQuotes_isNotAnAttribution() {
    assertThat(attribution("“Officials said nothing,” she whispered.")).isEmpty();
  }

  @Test
  void extract_noSpeechVerb_isUnattributed() {
    assertThat(attribution("The prison was attacked on Monday.")).isEmpty();
    assertThat(attribution("")).isEmpty();
  }

  @Test
  void extract_speechVerbWithNoSpeaker_isUnattributed() {
    // "the results" is neither a name nor a vague or actor head
    assertThat(attribution("The results indicated a rise.")).isEmpty();
  }
}
