package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.Corroborate;
import org.corroborate.Explanation;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueConfidence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13, item 5: CATD and CRH on values of +-1e308 stopped with "value must be finite, was
 * Infinity" (the weighted mean and the standard deviation overflowed). Each item's numbers are now
 * scaled by a power of two when they are that large, which leaves the losses (ratios) exact.
 */
class LossWeightedOverflowTest {
  private static final TruthDiscovery SERVICE = Corroborate.truthDiscovery();

  private static ObservationSet data(double factor) {
    ObservationSet.Builder b = ObservationSet.builder();
    double[][] rows = {{1, 1, 7}, {2, 2, 9}, {10, 13, 30}, {-5, -5, 6}};
    String[] sources = {"a", "b", "c"};
    for (int item = 0; item < rows.length; item++) {
      for (int s = 0; s < sources.length; s++) {
        b.add(sources[s], "item" + item, Value.number(rows[item][s] * factor));
      }
    }
    return b.build();
  }

  private static TruthDiscoveryResult run(String algorithm, int squared, ObservationSet data) {
    return SERVICE.discover(data, TruthDiscoveryConfig.builder().algorithm(algorithm)
        .parameter("squared-loss", squared).build());
  }

  @ParameterizedTest
  @CsvSource({"crh, 1", "crh, 0", "catd, 1", "catd, 0"})
  void lossWeighted_valuesNearDoubleMax_finiteResultsAndExplanations(String algorithm,
      int squared) {
    // three sources agree on X and one states the opposite extreme; Y spans the whole range
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("a", "X", Value.number(1e308));
    b.add("b", "X", Value.number(1e308));
    b.add("c", "X", Value.number(-Double.MAX_VALUE));
    b.add("d", "X", Value.number(1e308));
    b.add("a", "Y", Value.number(Double.MAX_VALUE));
    b.add("b", "Y", Value.number(Double.MAX_VALUE));
    b.add("c", "Y", Value.number(-1e308));
    b.add("d", "Y", Value.number(1));

    TruthDiscoveryResult r = run(algorithm, squared, b.build());

    for (Explanation e : explanations(r)) {
      assertFinite(e);
    }
    assertThat(r.sources()).allSatisfy(s -> assertThat(s.trust()).isBetween(0.0, 1.0));
    assertThat(r.item("X").orElseThrow().chosen()).isEqualTo(Value.number(1e308));
    double outlier = r.source("c").orElseThrow().trust();
    assertThat(r.sources()).allSatisfy(s -> assertThat(s.trust()).isGreaterThanOrEqualTo(outlier));
    assertThat(r.source("a").orElseThrow().trust()).isGreaterThan(outlier);
  }

  @ParameterizedTest
  @CsvSource({"crh, 1", "crh, 0", "catd, 1", "catd, 0"})
  void lossWeighted_everyValueTimesAPowerOfTwo_sameTrustsAndConfidences(String algorithm,
      int squared) {
    TruthDiscoveryResult plain = run(algorithm, squared, data(1));
    TruthDiscoveryResult huge = run(algorithm, squared, data(Math.scalb(1.0, 1000)));

    assertThat(huge.sources()).extracting(SourceTrust::trust)
        .containsExactlyElementsOf(plain.sources().stream().map(SourceTrust::trust).toList());
    assertThat(huge.items()).extracting(ItemResult::confidence)
        .containsExactlyElementsOf(plain.items().stream().map(ItemResult::confidence).toList());
  }

  private static List<Explanation> explanations(TruthDiscoveryResult r) {
    List<Explanation> out = new ArrayList<>();
    for (ItemResult item : r.items()) {
      for (ValueConfidence v : item.values()) {
        out.add(v.explanation());
      }
    }
    for (SourceTrust s : r.sources()) {
      out.add(s.explanation());
    }
    return out;
  }

  private static void assertFinite(Explanation e) {
    assertThat(e.value()).as(e.description()).isFinite();
    e.details().forEach(LossWeightedOverflowTest::assertFinite);
  }
}
