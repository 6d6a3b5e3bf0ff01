package org.corroborate.impl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.token.Span;
import org.corroborate.impl.token.Token;
import org.junit.jupiter.api.Test;

/** Names and name definitions by the rules of {@link EntityExtractor}'s class comment. */
class EntityExtractorTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor(Language.english(), new AliasNormaliser(Language.english().group("names", "ARTICLE")));

  private static EntityExtractor.Found found(String sentence) {
    return EXTRACTOR.extract(sentence, Token.of(sentence, 0, sentence.length()));
  }

  private static List<String> names(String sentence) {
    return found(sentence).names().stream().map(EntityExtractor.Name::surface).toList();
  }

  @Test
  void extract_runOfCapitalisedWords_isOneName() {
    assertThat(names("They met Mohammed Shia al-Sudani in Baghdad."))
        .containsExactly("Mohammed Shia al-Sudani", "Baghdad");
  }

  @Test
  void extract_nameSpan_isWhereItIsWritten() {
    // "They met " is 9 characters; "Mazloum Abdi" 12
    List<EntityExtractor.Name> n = found("They met Mazloum Abdi in Hasakah.").names();
    assertThat(n).extracting(EntityExtractor.Name::surface).containsExactly("Mazloum Abdi", "Hasakah");
    assertThat(n.get(0).span()).isEqualTo(new Span(9, 21));
  }

  @Test
  void extract_stopListedSentenceOpeners_areNoNames() {
    assertThat(names("However, the guards fled.")).isEmpty();
    assertThat(names("Meanwhile the guards fled.")).isEmpty();
    // a leading stop word is dropped from the run it starts: "The", "In January"
    assertThat(names("The Syrian Democratic Forces took over.")).containsExactly(
        "Syrian Democratic Forces");
    assertThat(names("In January the guards fled.")).isEmpty();
    assertThat(names("They fought on Monday.")).isEmpty();
  }

  @Test
  void extract_stopWordWrittenInCapitals_isAnAcronym() {
    // "who" is a stop word; "WHO" in capitals is kept
    assertThat(names("The WHO warned of cholera.")).containsExactly("WHO");
  }

  @Test
  void extract_articleWithHyphen_joinsAndMarksTheName() {
    // "and" joins only after an "of": two names
    List<EntityExtractor.Name> n = found("They backed al-Jolani and Abdi.").names();
    assertThat(n).extracting(EntityExtractor.Name::surface).containsExactly("al-Jolani", "Abdi");
    assertThat(n.get(0).articlePrefixed()).isTrue();
    assertThat(n.get(1).articlePrefixed()).isFalse();
    assertThat(names("They escaped from Al-Shaddadi prison.")).containsExactly("Al-Shaddadi");
  }

  @Test
  void extract_particleBin_joinsTheRun() {
    assertThat(names("A video of Osama bin Laden aired.")).containsExactly("Osama bin Laden");
  }

  @Test
  void extract_connectorsInsideARun_joinIt_andAndOnlyAfterOf() {
    assertThat(names("He joined the Washington Institute for Near East Policy."))
        .containsExactly("Washington Institute for Near East Policy");
    assertThat(names("It is run by the Autonomous Administration of North and East Syria."))
        .containsExactly("Autonomous Administration of North and East Syria");
    // "and" with no "of" before it in the run separates two names
    assertThat(names("They came from Syria and Iraq.")).containsExactly("Syria", "Iraq");
  }

  @Test
  void extract_connectorBeforeALowerCaseWord_endsTheRun() {
    // "of" is followed by a lower-case word: the run stops before it
    assertThat(names("The Ministry of defence said so.")).containsExactly("Ministry");
  }

  @Test
  void extract_hyphenJoins_butADashSeparates() {
    assertThat(names("The Iraq-Syria border closed.")).containsExactly("Iraq-Syria");
    assertThat(names("The Iraq–Syria border closed.")).containsExactly("Iraq", "Syria");
  }

  @Test
  void extract_possessive_endsTheName() {
    assertThat(names("Syria’s army advanced.")).containsExactly("Syria");
    assertThat(names("Syria's army advanced.")).containsExactly("Syria");
  }

  @Test
  void extract_titles_splitTheRunAndAreDropped() {
    assertThat(names("Iraqi Prime Minister Mohammed Shia al-Sudani spoke."))
        .containsExactly("Iraqi", "Mohammed Shia al-Sudani");
    assertThat(names("Gen. Mazloum Abdi spoke.")).containsExactly("Mazloum Abdi");
    assertThat(names("President Erdogan spoke.")).containsExactly("Erdogan");
  }

  @Test
  void extract_acronymInBracketsAfterItsExpansion_isADefinition() {
    EntityExtractor.Found f = found("The Syrian Democratic Forces (SDF) guard the camp.");
    assertThat(f.names()).extracting(EntityExtractor.Name::surface)
        .containsExactly("Syrian Democratic Forces", "SDF");
    assertThat(f.definitions()).containsExactly(
        new EntityExtractor.Definition("Syrian Democratic Forces", "SDF"));
  }

  @Test
  void extract_expansionInBracketsAfterTheAcronym_isADefinition() {
    assertThat(found("The SDF (Syrian Democratic Forces) guard the camp.").definitions())
        .containsExactly(new EntityExtractor.Definition("SDF", "Syrian Democratic Forces"));
  }

  @Test
  void extract_bracketedAcronymWhoseLettersDoNotMatch_isNoDefinition() {
    assertThat(found("The Syrian Democratic Forces (PMF) guard the camp.").definitions())
        .isEmpty();
  }

  @Test
  void initialsMatch_followsTheInitialsSkippingConnectors() {
    // I(nstitute) (for the) S(tudy) (of) W(ar)
    assertThat(EXTRACTOR.initialsMatch("ISW", "Institute for the Study of War")).isTrue();
    assertThat(EXTRACTOR.initialsMatch("PMF", "Popular Mobilization Forces")).isTrue();
    // the first letters differ
    assertThat(EXTRACTOR.initialsMatch("UN", "Syrian Democratic Forces")).isFalse();
    // dotted acronyms count their letters
    assertThat(EXTRACTOR.initialsMatch("U.N.", "United Nations")).isTrue();
    // lower case is no acronym
    assertThat(EXTRACTOR.initialsMatch("sdf", "Syrian Democratic Forces")).isFalse();
  }

  @Test
  void extract_alsoKnownAs_isADefinition() {
    EntityExtractor.Found f =
        found("Abu Mohammed al-Jolani, also known as Ahmed al-Sharaa, spoke.");
    assertThat(f.names()).extracting(EntityExtractor.Name::surface)
        .containsExactly("Abu Mohammed al-Jolani", "Ahmed al-Sharaa");
    assertThat(f.definitions()).containsExactly(
        new EntityExtractor.Definition("Abu Mohammed al-Jolani", "Ahmed al-Sharaa"));
  }

  @Test
  void extract_originalNameOf_linksTheQuotedNameToTheNameAfter() {
    EntityExtractor.Found f = found(
        "\"Al-Sharaa's response was clear,\" he said, using the original name of al-Jolani.");
    assertThat(f.definitions()).containsExactly(
        new EntityExtractor.Definition("Al-Sharaa", "al-Jolani"));
  }

  @Test
  void extract_noCapitalisedWord_findsNothing() {
    assertThat(found("the guards fled at dawn.").names()).isEmpty();
    assertThat(found("").names()).isEmpty();
  }
}
