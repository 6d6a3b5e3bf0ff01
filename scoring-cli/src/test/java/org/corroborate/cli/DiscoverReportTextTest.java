package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.Explanation;
import org.corroborate.model.Value;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueConfidence;
import org.junit.jupiter.api.Test;

/**
 * The text report's item lines show only each item's choice, so they read the result's choices
 * and make no item: at 10^6 items, making them was most of a Sums run's report.
 */
class DiscoverReportTextTest {

  private static TruthDiscoveryResult result(AtomicInteger made) {
    List<String> ids = List.of("a", "b", "c");
    return TruthDiscoveryResult.builder()
        .algorithm(new AlgorithmInfo("t", "T", "", 1, 0.0, List.of(), false))
        .config(TruthDiscoveryConfig.of("t"))
        .items(3, ids::get, i -> {
          made.incrementAndGet();
          return ItemResult.of(ids.get(i), List.of(Value.text("x")), List.of(ValueConfidence.of(
              Value.text("x"), 0.75, List.of("s1"), () -> Explanation.leaf(0.75, "given"))));
        }, i -> new TruthDiscoveryResult.Choice(ids.get(i),
            i == 1 ? List.of(Value.text("x"), Value.text("y")) : List.of(Value.text("x")), 0.75))
        .sources(List.of(SourceTrust.of("s1", 0.5, 3, () -> Explanation.leaf(0.5, "given"))))
        .build();
  }

  @Test
  void itemLines_areTheChoices_andNoItemIsMade() throws Exception {
    AtomicInteger made = new AtomicInteger();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String text = DiscoverReportJsonTest.written(new DiscoverReport.Text(out, false), out,
        result(made));
    assertThat(made).hasValue(0);
    assertThat(text).contains("item\tchosen\tconfidence\na\tx\t0.7500\nb\tx | y\t0.7500\n"
        + "c\tx\t0.7500\n");
  }
}
