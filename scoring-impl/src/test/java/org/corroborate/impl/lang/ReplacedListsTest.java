package org.corroborate.impl.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corroborate.Corroborate;
import org.corroborate.impl.news.NewsPipeline;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.news.ClaimResult;
import org.corroborate.news.Modality;
import org.corroborate.news.Quantity;
import org.corroborate.news.ScoringConfig;
import org.junit.jupiter.api.Test;

/** Lists replaced through {@link ScoringConfig.Builder#lexicon} change what the stages read. */
class ReplacedListsTest {

  private static List<ClaimResult> claims(String text, ScoringConfig config) {
    Corpus corpus = Corpus.builder().source(Source.of("wire"))
        .document(Document.of("d", "wire", text)).build();
    return NewsPipeline.of(config).score(corpus).report().claims();
  }

  private static List<ClaimResult> claims(String text, String list, String... lines) {
    return claims(text, ScoringConfig.builder().lexicon(list, List.of(lines)).build());
  }

  @Test
  void chrome_dropsTheLinesItNames() {
    String text = "Subscribe now for 5 dollars.\n300 fighters escaped.";
    assertThat(claims(text, ScoringConfig.defaults())).hasSize(2);
    assertThat(claims(text, "chrome", "PREFIX: subscribe now"))
        .extracting(ClaimResult::text).containsExactly("300 fighters escaped.");
  }

  @Test
  void abbreviations_keepASentenceWhole() {
    String text = "Police met Foo. Bar said 300 fighters escaped.";
    // two sentences: the first names two actors (Police, Foo), so it is a claim of its own
    assertThat(claims(text, ScoringConfig.defaults()))
        .extracting(ClaimResult::text)
        .containsExactly("Police met Foo.", "Bar said 300 fighters escaped.");
    assertThat(claims(text, "abbreviations", "foo"))
        .extracting(ClaimResult::text).containsExactly(text);
  }

  @Test
  void checkWorthiness_readsItsCuesFromTheList() {
    // two names (Iraq, Syria): z = -1.5 + 2 = .5, a claim; "shares" made an evaluative word
    // (opinion, -1.5): z = -1, .27, below the threshold
    String text = "Iraq shares a long border with Syria.";
    assertThat(claims(text, ScoringConfig.defaults())).singleElement()
        .satisfies(c -> assertThat(c.checkWorthiness()).isEqualTo(0.6224593312));
    assertThat(claims(text, "check-worthiness", "EVALUATIVE: shares")).isEmpty();
  }

  @Test
  void numbers_areTheNumberWordsRead() {
    String text = "Drei fighters escaped on Monday.";
    assertThat(claims(text, ScoringConfig.defaults()))
        .singleElement().satisfies(c -> assertThat(c.quantities()).isEmpty());
    assertThat(claims(text, "numbers", "3: drei"))
        .singleElement().satisfies(c -> assertThat(c.quantities().get(0).value()).isEqualTo(3.0));
  }

  @Test
  void units_nameTheUnitOfAFigure() {
    String text = "The convoy drove 160 klicks.";
    assertThat(claims(text, "units", "km: km klicks"))
        .singleElement().satisfies(c -> assertThat(c.quantities().get(0).unit()).isEqualTo("km"));
  }

  @Test
  void modality_cuesSetTheModality() {
    String text = "The army scoffed that 300 fighters escaped.";
    assertThat(claims(text, ScoringConfig.defaults()))
        .singleElement().satisfies(c -> assertThat(c.modality()).isNotEqualTo(Modality.NEGATED));
    assertThat(claims(text, "modality", "DENIAL: scoffed"))
        .singleElement().satisfies(c -> assertThat(c.modality()).isEqualTo(Modality.NEGATED));
  }

  @Test
  void attribution_verbsNameTheSpeaker() {
    String text = "John Smith proclaimed that 300 fighters escaped.";
    assertThat(claims(text, ScoringConfig.defaults()))
        .singleElement().satisfies(c -> assertThat(c.attribution()).isEmpty());
    assertThat(claims(text, "attribution", "SPEECH: proclaimed"))
        .singleElement().satisfies(c -> assertThat(c.attribution().get().speaker())
            .isEqualTo("John Smith"));
  }

  @Test
  void quantities_boundsSetTheBound() {
    String text = "Some 300 fighters escaped.";
    assertThat(claims(text, ScoringConfig.defaults()))
        .singleElement().satisfies(c -> assertThat(c.quantities().get(0).approximate()).isTrue());
    assertThat(claims(text, "quantities", "AT_LEAST: some"))
        .singleElement().satisfies(c -> {
          assertThat(c.quantities().get(0).approximate()).isFalse();
          assertThat(c.quantities().get(0).bound()).isEqualTo(Quantity.Bound.AT_LEAST);
        });
  }

  @Test
  void names_titlesAreSplitOff() {
    String text = "Sheriff John Smith said 300 fighters escaped.";
    assertThat(claims(text, ScoringConfig.defaults()).get(0).attribution().get().speaker())
        .isEqualTo("Sheriff John Smith");
    assertThat(claims(text, "names", "TITLE: sheriff").get(0).attribution().get().speaker())
        .isEqualTo("John Smith");
  }

  @Test
  void stanceLists_areRefusedByTheNewsPipeline_whichDoesNotReadThem() {
    ScoringConfig config =
        ScoringConfig.builder().lexicon("stance-cues", List.of("REFUTE: hoax")).build();
    assertThatThrownBy(() -> Corroborate.news().scorer(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("lexicon[stance-cues]: read by the stance classifier");
  }
}
