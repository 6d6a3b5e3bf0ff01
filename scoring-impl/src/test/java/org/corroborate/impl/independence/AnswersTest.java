package org.corroborate.impl.independence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.news.NewsPipeline;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.news.ClaimResult;
import org.corroborate.news.ClusterStatus;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.RelationResult;
import org.corroborate.news.RelationType;
import org.junit.jupiter.api.Test;

class AnswersTest {
  private static final MatchingLexicon LEXICON = MatchingLexicon.defaults();

  @Test
  void answerCue_needsADenialVerbAndAReferenceBack() {
    assertThat(Answers.answerCue("In response to these claims, al-Bandawi firmly rejected them.",
        LEXICON)).contains("these claims");
    assertThat(Answers.answerCue("The ministry denied the reports on Monday.", LEXICON))
        .contains("the reports");
    assertThat(Answers.answerCue("The minister rejected them outright.", LEXICON))
        .contains("rejected them");
    // a denial with nothing to point back to answers nothing
    assertThat(Answers.answerCue("The minister denied any wrongdoing.", LEXICON)).isEmpty();
    // a reference back without a denial is no answer either
    assertThat(Answers.answerCue("These claims were repeated by several outlets.", LEXICON))
        .isEmpty();
  }

  @Test
  void aDenialOfTheClaimsBeforeIt_conflictsWithThem_insideOneDocument() {
    String text = "Iraqi militias in Syria\n\n"
        + "A report from the Institute for the Study of War (ISW) said that Iraqi armed groups"
        + " have crossed into Syria. In response to these claims, Ali al-Bandawi firmly denied"
        + " them.\n";
    CorroborationReport r = NewsPipeline.defaults().score(Corpus.builder()
        .source(Source.of("shafaq")).document(Document.of("d", "shafaq", text)).build()).report();
    ClaimResult report = r.claims().stream().filter(c -> c.text().startsWith("A report"))
        .findFirst().orElseThrow();
    ClaimResult denial = r.claims().stream().filter(c -> c.text().startsWith("In response"))
        .findFirst().orElseThrow();
    List<RelationResult> between = r.relations().stream()
        .filter(x -> List.of(x.a(), x.b()).containsAll(
            List.of(report.id(), denial.id())))
        .toList();
    assertThat(between).singleElement().satisfies(x -> {
      assertThat(x.type()).isEqualTo(RelationType.CONFLICTS);
      assertThat(x.score()).isEqualTo(Answers.SCORE);
      assertThat(x.explanation().toString()).contains("these claims");
    });
    assertThat(r.clusters()).anySatisfy(c -> {
      assertThat(c.claimIds()).contains(report.id(), denial.id());
      assertThat(c.status()).isEqualTo(ClusterStatus.CONTESTED);
      assertThat(c.positions()).hasSize(2);
    });
  }
}
