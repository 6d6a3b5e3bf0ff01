package org.corroborate.impl.relate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.extract.PatternClaimExtractor;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.match.ClaimStatistics;
import org.corroborate.impl.news.Seeds;
import org.corroborate.model.Document;
import org.corroborate.news.RelationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every ordered pair of the seeds' claims, related both ways: the fast path and the explanation
 * agree on the type, the direction and the score, and a pair relates the same way whichever claim
 * comes first.
 */
class SeedRelationsTest {
  private static List<ExtractedClaim> claims;
  private static AgreementScorer scorer;

  @BeforeAll
  static void extract() {
    List<Document> documents = Seeds.load().documents.stream()
        .sorted((x, y) -> x.id().compareTo(y.id())).toList();
    claims = new PatternClaimExtractor(Language.english()).extract(documents).claims();
    scorer = new AgreementScorer(AgreementSettings.defaults(), MatchingLexicon.defaults(),
        new ClaimStatistics(claims));
  }

  @Test
  void everyPair_explanationRootIsTheScore_andNamesTheType() {
    Map<RelationType, Integer> seen = new EnumMap<>(RelationType.class);
    for (int i = 0; i < claims.size(); i++) {
      for (int j = 0; j < claims.size(); j++) {
        if (i == j) {
          continue;
        }
        ClaimRelation fast = scorer.relate(i, claims.get(i), j, claims.get(j));
        ClaimRelation recorded = scorer.explained(i, claims.get(i), j, claims.get(j));
        String pair = "claims " + i + " and " + j + ": " + fast;
        Explanation root = recorded.explanation();
        assertThat(root.value()).as(pair).isEqualTo(fast.score());
        assertThat(root.description()).as(pair).startsWith(fast.type() + ": ");
        assertThat(recorded.type()).as(pair).isEqualTo(fast.type());
        assertThat(recorded.a()).as(pair).isEqualTo(fast.a());
        assertThat(recorded.b()).as(pair).isEqualTo(fast.b());
        assertThat(recorded.keptApart()).as(pair).isEqualTo(fast.keptApart());
        assertThat(fast.explanation()).as(pair).isEqualTo(root);
        assertAddsUp(root, pair);
        assertThat(scorer.reported(i, claims.get(i), j, claims.get(j)).isPresent()).as(pair)
            .isEqualTo(fast.type() != RelationType.UNRELATED || fast.keptApart());
        seen.merge(fast.type(), 1, Integer::sum);
      }
    }
    // the seeds exercise every relation, so every branch above was checked
    assertThat(seen.keySet()).containsExactlyInAnyOrder(RelationType.values());
  }

  @Test
  void everyPair_relatesTheSameWayBothWays() {
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        ClaimRelation forward = scorer.relate(i, claims.get(i), j, claims.get(j));
        ClaimRelation backward = scorer.relate(j, claims.get(j), i, claims.get(i));
        String pair = "claims " + i + " and " + j + ": " + forward + " / " + backward;
        assertThat(backward.type()).as(pair).isEqualTo(forward.type());
        assertThat(backward.keptApart()).as(pair).isEqualTo(forward.keptApart());
        // the Dice denominators add A's weights then B's, so the order may move the last bits
        assertThat(backward.score()).as(pair).isCloseTo(forward.score(), within(1e-12));
        if (forward.type() == RelationType.REFINES) {
          // the more specific claim comes first whichever way the pair is asked
          assertThat(backward.a()).as(pair).isEqualTo(forward.a());
          assertThat(backward.b()).as(pair).isEqualTo(forward.b());
        } else {
          assertThat(List.of(forward.a(), forward.b())).as(pair).containsExactly(i, j);
          assertThat(List.of(backward.a(), backward.b())).as(pair).containsExactly(j, i);
        }
      }
    }
  }

  private static void assertAddsUp(Explanation node, String pair) {
    double folded = node.combination() == Combination.SUM ? 0.0 : 1.0;
    for (Explanation detail : node.details()) {
      folded = node.combination() == Combination.SUM
          ? folded + detail.value() : folded * detail.value();
      assertAddsUp(detail, pair);
    }
    if (node.combination() == Combination.SUM || node.combination() == Combination.PRODUCT) {
      assertThat(node.value()).as(pair + ": " + node.description()).isEqualTo(folded);
    }
  }
}
