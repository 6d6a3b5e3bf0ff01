package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.Explanation;
import org.corroborate.model.Value;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueConfidence;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static ItemResult item(String id, String chosen) {
    Value v = Value.text(chosen);
    return ItemResult.of(id, List.of(v),
        List.of(ValueConfidence.of(v, 0.5, List.of("s"), () -> Explanation.leaf(0.5, "test"))));
  }

  private static TruthDiscoveryResult result(ItemResult... items) {
    return TruthDiscoveryResult.builder()
        .algorithm(new AlgorithmInfo("vote", "Vote", "none", 1, 0.0, List.of(), false))
        .config(TruthDiscoveryConfig.of("vote"))
        .items(List.of(items))
        .build();
  }

  @Test
  void of_countsOnlyGoldItemsPresent_andListsAbsentOnes() {
    TruthDiscoveryResult result = result(item("a", "x"), item("b", "y"), item("c", "z"));
    Map<String, List<Value>> gold = new TreeMap<>();
    gold.put("a", List.of(Value.text("x")));
    gold.put("b", List.of(Value.text("wrong")));
    gold.put("d", List.of(Value.text("x")));
    Evaluation e = Evaluation.of(result, gold, TestSimilarity.exact());
    assertThat(e.correct()).isEqualTo(1);
    assertThat(e.total()).isEqualTo(2);
    assertThat(e.missing()).containsExactly("d");
    assertThat(e.line("vote")).isEqualTo("accuracy\tvote\t0.5000\t1/2");
  }

  @Test
  void of_severalGoldValues_anyMatchCounts() {
    TruthDiscoveryResult result = result(item("a", "x"));
    Evaluation e = Evaluation.of(result, Map.of("a", List.of(Value.text("w"), Value.text("x"))),
        TestSimilarity.exact());
    assertThat(e.correct()).isEqualTo(1);
  }

  @Test
  void of_goldIsbn13_matchesDataIsbn10() {
    TruthDiscoveryResult result = result(item("0073516678", "x"), item("0201853949", "Knuth"));
    Map<String, List<Value>> gold = new TreeMap<>();
    gold.put("9780201853940", List.of(Value.text("Knuth")));
    gold.put("9780073516677", List.of(Value.text("y")));
    Evaluation e = Evaluation.of(result, gold, TestSimilarity.exact());
    assertThat(e.total()).isEqualTo(2);
    assertThat(e.correct()).isEqualTo(1);
    assertThat(e.missing()).isEmpty();
  }

  @Test
  void accuracy_roundsHalfEvenToFourDecimals() {
    assertThat(new Evaluation(243, 301, List.of()).line("sums"))
        .isEqualTo("accuracy\tsums\t0.8073\t243/301");
    assertThat(new Evaluation(2, 3, List.of()).accuracy().toPlainString()).isEqualTo("0.6667");
    assertThat(new Evaluation(0, 0, List.of()).line("vote"))
        .isEqualTo("accuracy\tvote\t0.0000\t0/0");
  }
}
