package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.Combination;
import org.corroborate.Corroborate;
import org.corroborate.Explanation;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueConfidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TruthFinder's explanations are built from the doubles of the last iteration: each root is
 * bitwise the reported confidence or trust, every SUM and PRODUCT node is exactly the sum or
 * product of its details in their order, and each FORMULA node is exactly its formula applied to
 * its details. No tolerance anywhere.
 *
 * <pre>
 *   s1: B1 = "Knuth, Donald E."         B2 = "Aho, Alfred V.; Ullman, Jeffrey D."  B3 = "Date, C.J."
 *   s2: B1 = "Donald E. Knuth"          B2 = "Aho, Alfred V."
 *   s3: B1 = "Knuth"                    B2 = "Ullman, Jeffrey D.; Aho, Alfred V."  B4 = "Gray, Jim"
 *   s4: B1 = "Knuth; Graham, Ronald L." B2 = "Sethi, Ravi"                         B3 = "Date, C.J."
 *   s5:                                 B2 = "Sethi, Ravi"                         B3 = "Codd, E.F."
 * </pre>
 *
 * Under the author-list comparison the B1 and B2 variants support one another partly (sparse
 * implications); B4 has one source; B3 is a tie between two values. Before the explanations read
 * the stored doubles, the root of B3's "Date, C.J." after two iterations of exact comparison was
 * 0.6307023039818727 against a confidence of 0.6307023039818728.
 */
class TruthFinderExplanationTest {
  private static final TruthDiscovery SERVICE = Corroborate.truthDiscovery();

  private static ObservationSet books() {
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("s1", "B1", Value.text("Knuth, Donald E."));
    b.add("s1", "B2", Value.text("Aho, Alfred V.; Ullman, Jeffrey D."));
    b.add("s1", "B3", Value.text("Date, C.J."));
    b.add("s2", "B1", Value.text("Donald E. Knuth"));
    b.add("s2", "B2", Value.text("Aho, Alfred V."));
    b.add("s3", "B1", Value.text("Knuth"));
    b.add("s3", "B2", Value.text("Ullman, Jeffrey D.; Aho, Alfred V."));
    b.add("s3", "B4", Value.text("Gray, Jim"));
    b.add("s4", "B1", Value.text("Knuth; Graham, Ronald L."));
    b.add("s4", "B2", Value.text("Sethi, Ravi"));
    b.add("s4", "B3", Value.text("Date, C.J."));
    b.add("s5", "B2", Value.text("Sethi, Ravi"));
    b.add("s5", "B3", Value.text("Codd, E.F."));
    return b.build();
  }

  /** Iteration 0 means the default limit (the run converges). */
  @ParameterizedTest(name = "{0}, {1} iterations")
  @CsvSource({
    "exact, 1", "exact, 2", "exact, 3", "exact, 0",
    "authors, 1", "authors, 2", "authors, 3", "authors, 0"})
  void explanationRoot_isExactlyTheScore(String comparison, int iterations) {
    TruthDiscoveryConfig.Builder config = TruthDiscoveryConfig.builder().algorithm("truthfinder")
        .comparison(ValueComparison.parse(comparison));
    if (iterations > 0) {
      config.maxIterations(iterations);
    }
    assertExact(run(config.build()));
  }

  @Test
  void explanationRoot_isExactlyTheScore_afterOneIterationWithPriorsAndParameters() {
    assertExact(run(TruthDiscoveryConfig.builder().algorithm("truthfinder")
        .comparison(ValueComparison.authors()).maxIterations(1)
        .prior("s5", 0.2).prior("s1", 1.0)
        .parameter("rho", 0.3).parameter("gamma", 0.8).parameter("base-sim", 0.2).build()));
  }

  @Test
  void explanationRoot_isExactlyTheScore_oneSourceOneItem() {
    TruthDiscoveryResult result = SERVICE.discover(
        ObservationSet.copyOf(List.of(new org.corroborate.model.Observation(
            "only", "X", Value.text("a")))),
        TruthDiscoveryConfig.of("truthfinder"));
    assertExact(result);
  }

  @Test
  void claimExplanation_readsTheTrustTheLastIterationStartedFrom() {
    // one iteration from t0 = 0.9: every tau leaf's input is t0, not the trust reported after it
    TruthDiscoveryResult result = run(TruthDiscoveryConfig.builder().algorithm("truthfinder")
        .maxIterations(1).build());
    Explanation tree = result.item("B3").orElseThrow().values().get(0).explanation();
    List<Explanation> trusts = new ArrayList<>();
    collect(tree, "before the last iteration", trusts);
    assertThat(trusts).isNotEmpty().allSatisfy(e -> assertThat(e.value()).isEqualTo(0.9));
  }

  private static TruthDiscoveryResult run(TruthDiscoveryConfig config) {
    return SERVICE.discover(books(), config);
  }

  private static void assertExact(TruthDiscoveryResult result) {
    double gamma = result.effectiveParameters().get("gamma");
    int claims = 0;
    for (ItemResult item : result.items()) {
      for (ValueConfidence value : item.values()) {
        Explanation root = value.explanation();
        assertThat(root.value()).as("%s %s", item.itemId(), value.value())
            .isEqualTo(value.confidence());
        // s(f) = logistic(gamma * sigma*(f)), with sigma*(f) the first detail
        assertThat(root.value()).as("%s", root)
            .isEqualTo(TruthFinder.logistic(gamma, root.details().get(0).value()));
        assertArithmetic(root);
        claims++;
      }
    }
    assertThat(claims).isPositive();
    for (SourceTrust source : result.sources()) {
      Explanation root = source.explanation();
      assertThat(root.value()).as(source.sourceId()).isEqualTo(source.trust());
      // t(w) = sum of confidences / number of claims
      assertThat(root.value()).as("%s", root)
          .isEqualTo(root.details().get(0).value() / root.details().get(1).value());
      assertThat(root.details().get(1).value()).isEqualTo((double) source.claimCount());
      assertArithmetic(root);
    }
  }

  /** Every SUM and PRODUCT node equals its details combined in order; tau nodes their formula. */
  private static void assertArithmetic(Explanation node) {
    if (node.combination() == Combination.SUM) {
      double sum = 0.0;
      for (Explanation detail : node.details()) {
        sum += detail.value();
      }
      assertThat(node.value()).as("%s", node).isEqualTo(sum + 0.0);
    } else if (node.combination() == Combination.PRODUCT) {
      double product = 1.0;
      for (Explanation detail : node.details()) {
        product *= detail.value();
      }
      assertThat(node.value()).as("%s", node).isEqualTo(product + 0.0);
    } else if (node.description().startsWith("tau(w)")) {
      assertThat(node.value()).as("%s", node)
          .isEqualTo(TruthFinder.tau(node.details().get(0).value()));
    }
    node.details().forEach(TruthFinderExplanationTest::assertArithmetic);
  }

  private static void collect(Explanation node, String text, List<Explanation> out) {
    if (node.description().contains(text)) {
      out.add(node);
    }
    node.details().forEach(d -> collect(d, text, out));
  }
}
