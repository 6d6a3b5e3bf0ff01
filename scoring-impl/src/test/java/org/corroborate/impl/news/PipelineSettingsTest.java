package org.corroborate.impl.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.corroborate.Explanation;
import org.corroborate.impl.independence.Corroboration;
import org.corroborate.impl.report.NewsReport;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.news.ClusterResult;
import org.corroborate.news.ClusterStatus;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.RelationType;
import org.corroborate.news.ScoringConfig;
import org.junit.jupiter.api.Test;

/**
 * The matching, relating and independence settings of {@link ScoringConfig} reach the pipeline:
 * for each group, a setting moved away from its default changes what the pipeline finds, as its
 * description says.
 */
class PipelineSettingsTest {
  private static final String SMITH =
      "Interior Minister John Smith said 300 prisoners escaped from the jail in Hasakah.";
  private static final String MONITORS =
      "Local monitors said that about 300 prisoners escaped from the Hasakah jail.";
  private static final String STORY = "The river burst its banks on Tuesday night after three days"
      + " of heavy rain, flooding the lower town, closing the main bridge and forcing the council"
      + " to open the school hall as a shelter for families who had lost their homes to the water"
      + " and the mud.";

  private static NewsReport score(ScoringConfig config, Corpus corpus) {
    return NewsPipeline.of(config).score(corpus);
  }

  private static Corpus twoOutlets() {
    return Corpus.builder().source(Source.of("wire-a")).source(Source.of("wire-b"))
        .document(Document.of("a1", "wire-a", SMITH))
        .document(Document.of("b1", "wire-b", MONITORS))
        .build();
  }

  @Test
  void defaultSettings_areTheConfigDefaults() {
    assertThat(Corroboration.Settings.of(ScoringConfig.defaults()))
        .isEqualTo(Corroboration.Settings.defaults());
    assertThat(NewsPipeline.defaults().config()).isEqualTo(ScoringConfig.defaults());
  }

  @Test
  void voiceWeight_setsTheCorroborationFactor_byTheFormula() {
    CorroborationReport byDefault = score(ScoringConfig.defaults(), twoOutlets()).report();
    CorroborationReport heavier =
        score(ScoringConfig.builder().voiceWeight(0.8).build(), twoOutlets()).report();
    ClusterResult before = byDefault.clusterOf("a1#1").orElseThrow();
    ClusterResult after = heavier.clusterOf("a1#1").orElseThrow();
    assertThat(before.independentSources()).isEqualTo(2);
    assertThat(after.independentSources()).isEqualTo(2);
    // confidence = engine confidence of the leading position x (1 - (1 - voiceWeight)^k), k = 2:
    // x .75 with the default .5, x .96 with .8; the engine's part does not depend on voiceWeight
    double engine = before.explanation().details().get(0).value();
    assertThat(after.explanation().details().get(0).value()).isCloseTo(engine, within(1e-9));
    assertThat(before.confidence()).isCloseTo(engine * 0.75, within(1e-9));
    assertThat(after.confidence()).isCloseTo(engine * 0.96, within(1e-9));
    Explanation voices = after.explanation().details().get(1);
    assertThat(voices.value()).isCloseTo(0.96, within(1e-9));
    assertThat(voices.details()).extracting(Explanation::value).containsExactly(2.0, 0.8);
  }

  @Test
  void sameThreshold_high_makesARelatedPairUnrelated() {
    CorroborationReport byDefault = score(ScoringConfig.defaults(), twoOutlets()).report();
    assertThat(byDefault.relations()).extracting(r -> r.type())
        .containsExactly(RelationType.AGREES);
    assertThat(byDefault.clusters()).hasSize(1);
    assertThat(byDefault.clusters().get(0).status()).isEqualTo(ClusterStatus.CORROBORATED);

    CorroborationReport strict =
        score(ScoringConfig.builder().sameThreshold(0.99).build(), twoOutlets()).report();
    assertThat(strict.relations()).noneMatch(r -> r.type() != RelationType.UNRELATED);
    assertThat(strict.clusters()).hasSize(2)
        .allMatch(c -> c.status() == ClusterStatus.UNCORROBORATED);
  }

  @Test
  void matchWeights_appearInTheRelationsExplanation() {
    ScoringConfig wordsOnly = ScoringConfig.builder().matchWordWeight(1).matchEntityWeight(0)
        .matchEventWeight(0).build();
    CorroborationReport report = score(wordsOnly, twoOutlets()).report();
    assertThat(report.relations()).isNotEmpty();
    assertThat(report.relations().get(0).explanation().toString())
        .doesNotContain("entityWeight 0.25");
    assertThat(leaves(report.relations().get(0).explanation(), "wordWeight")).contains(1.0);
  }

  private static java.util.List<Double> leaves(Explanation e, String description) {
    java.util.List<Double> out = new java.util.ArrayList<>();
    if (e.description().contains(description) && e.details().isEmpty()) {
      out.add(e.value());
    }
    for (Explanation d : e.details()) {
      out.addAll(leaves(d, description));
    }
    return out;
  }

  @Test
  void copyThreshold_ofOne_stopsANearCopyBeingFound() {
    Corpus corpus = Corpus.builder().source(Source.of("first")).source(Source.of("second"))
        .document(Document.of("f1", "first", STORY))
        .document(Document.of("s1", "second", STORY.replace("school hall", "church hall")))
        .build();
    CorroborationReport byDefault = score(ScoringConfig.defaults(), corpus).report();
    assertThat(byDefault.republications()).hasSize(1);
    assertThat(byDefault.republications().get(0).containment()).isBetween(0.5, 0.99);

    CorroborationReport exactOnly =
        score(ScoringConfig.builder().copyThreshold(1.0).build(), corpus).report();
    assertThat(exactOnly.republications()).isEmpty();
  }

  @Test
  void maxShinglePostings_belowTheHolders_pairsEachWithTheFirstAndItsNeighbourOnly() {
    Corpus.Builder b = Corpus.builder();
    for (int i = 1; i <= 4; i++) {
      b.source(Source.of("outlet" + i)).document(Document.of("d" + i, "outlet" + i, STORY));
    }
    Corpus corpus = b.build();
    // four holders of every shingle: all 6 pairs under the default cap; with a cap of 2, pairs
    // (1,2), (1,3), (2,3), (1,4), (3,4): d2 and d4 are not compared
    assertThat(score(ScoringConfig.defaults(), corpus).result().copies()).hasSize(6);
    assertThat(score(ScoringConfig.builder().maxShinglePostings(2).build(), corpus).result()
        .copies()).hasSize(5);
  }

  private static Corpus threeOutlets() {
    return Corpus.builder().source(Source.of("wire-a")).source(Source.of("wire-b"))
        .source(Source.of("wire-c"))
        .document(Document.of("a1", "wire-a", SMITH))
        .document(Document.of("b1", "wire-b", MONITORS))
        .document(Document.of("c1", "wire-c",
            "Officials said some 300 prisoners escaped from a jail in Hasakah."))
        .build();
  }

  @Test
  void maxBlockSize_skipsLargerBlocks() {
    Corroboration.Result byDefault = score(ScoringConfig.defaults(), threeOutlets()).result();
    assertThat(byDefault.blocking().skippedBlocks()).isZero();
    assertThat(byDefault.blocking().pairs()).hasSize(3);
    Corroboration.Result small =
        score(ScoringConfig.builder().maxBlockSize(2).build(), threeOutlets()).result();
    assertThat(small.blocking().skippedBlocks()).isPositive();
  }

  @Test
  void maxCandidatesPerClaim_keepsThatManyPartnersPerClaim() {
    Corroboration.Result byDefault = score(ScoringConfig.defaults(), threeOutlets()).result();
    assertThat(byDefault.blocking().pairs()).hasSize(3);
    Corroboration.Result one =
        score(ScoringConfig.builder().maxCandidatesPerClaim(1).build(), threeOutlets()).result();
    // the first claim keeps one of its two later partners, the second its one
    assertThat(one.blocking().pairs()).hasSize(2);
  }

  @Test
  void maxSentenceChars_cutsALongerSentence_withAWarningNamingTheDocumentAndTheLimit() {
    String endless = (STORY.replace(".", "") + " ").repeat(40).strip(); // 10,000+ chars, no end
    Corpus corpus = Corpus.builder().source(Source.of("wire-a")).source(Source.of("wire-b"))
        .document(Document.of("a1", "wire-a", SMITH))
        .document(Document.of("b1", "wire-b", endless))
        .build();
    CorroborationReport report = score(ScoringConfig.defaults(), corpus).report();
    assertThat(report.warnings()).containsExactly(
        "document 'b1': 1 sentence longer than maxSentenceChars (2000) cut into pieces");
    assertThat(score(ScoringConfig.builder().maxSentenceChars(20_000).build(), corpus).report()
        .warnings()).isEmpty();
    assertThatThrownBy(() -> score(ScoringConfig.builder().strict(true).build(), corpus))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document 'b1': 1 sentence longer than maxSentenceChars (2000) cut into"
            + " pieces");
  }
}
