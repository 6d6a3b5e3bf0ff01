package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.corroborate.Corroborate;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueSimilarity;
import org.junit.jupiter.api.Test;

class AuthorFactEvaluationTest {
  private static final TruthDiscovery SERVICE = Corroborate.truthDiscovery();

  @Test
  void factsAreBookAuthorPairs_microAveraged() {
    // book 1: chosen "Knuth, Donald" (vote 2:1), gold Knuth and Graham -> tp 1, predicted 1, gold 2
    // book 2: chosen "Widom, J.; Ceri, S." , gold "Stefano Ceri & Jennifer Widom" -> tp 2 of 2, 2
    // P = 3/3, R = 3/4, F1 = 2 * 1 * .75 / 1.75 = 6/7; book 3 is absent from the data: not counted
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("a", "1", Value.text("Knuth, Donald"));
    b.add("b", "1", Value.text("D. Knuth"));
    b.add("c", "1", Value.text("Knuth, Donald; Graham, Ronald"));
    b.add("a", "2", Value.text("Widom, J.; Ceri, S."));
    ValueComparison comparison = ValueComparison.authors();
    ValueSimilarity similarity = SERVICE.similarity(comparison);
    TruthDiscoveryResult result = SERVICE.discover(b.build(),
        TruthDiscoveryConfig.builder().algorithm("vote").comparison(comparison).build());
    AuthorFactEvaluation e = AuthorFactEvaluation.of(result, Map.of(
        "1", List.of(Value.text("Donald E. Knuth and Ronald Graham")),
        "2", List.of(Value.text("Stefano Ceri & Jennifer Widom")),
        "3", List.of(Value.text("Nobody, Here"))), similarity);
    assertThat(e).isEqualTo(new AuthorFactEvaluation(3, 3, 4));
    assertThat(e.precision()).isEqualTo(1.0);
    assertThat(e.recall()).isEqualTo(0.75);
    assertThat(e.f1()).isCloseTo(6.0 / 7, within(1e-12));
  }
}
