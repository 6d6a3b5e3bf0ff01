package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.Explanation;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.Observation;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueConfidence;
import org.junit.jupiter.api.Test;

/**
 * The JSON report makes the explanation trees it writes and no others: without {@code --explain}
 * none is made (each lists the sources of its score, and a large report made millions of them).
 */
class DiscoverReportJsonTest {

  private static TruthDiscoveryResult result(AtomicInteger made) {
    List<ItemResult> items = List.of("a", "b", "c").stream()
        .map(id -> ItemResult.of(id, List.of(Value.text("x")), List.of(ValueConfidence.of(
            Value.text("x"), 0.75, List.of("s1"), () -> {
              made.incrementAndGet();
              return Explanation.leaf(0.75, "given");
            }))))
        .toList();
    return TruthDiscoveryResult.builder()
        .algorithm(new AlgorithmInfo("t", "T", "", 1, 0.0, List.of(), false))
        .config(TruthDiscoveryConfig.of("t"))
        .items(items)
        .sources(List.of(SourceTrust.of("s1", 0.5, 3, () -> {
          made.incrementAndGet();
          return Explanation.leaf(0.5, "given");
        })))
        .build();
  }

  /** A whole report of one algorithm's result. */
  static String report(boolean explain, TruthDiscoveryResult result) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return written(new DiscoverReport.Json(out, explain), out, result);
  }

  /**
   * What {@code report} writes to {@code out} for {@code result}, a run over one source's claims
   * of value x on items a, b and c.
   */
  static String written(DiscoverReport report, ByteArrayOutputStream out,
      TruthDiscoveryResult result) throws Exception {
    ObservationSet set = ObservationSet.copyOf(List.of(
        new Observation("s1", "a", Value.text("x")),
        new Observation("s1", "b", Value.text("x")),
        new Observation("s1", "c", Value.text("x"))));
    report.start(InputFormat.TSV, ValueComparison.exact(), DuplicatePolicy.FIRST,
        new ObservationReader.Result(set, List.of(), 3, 3, null), null);
    report.algorithm(result, null);
    report.finish();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withoutExplain_noTreeIsMade_withExplain_eachWrittenTreeIsMadeOnce() throws Exception {
    AtomicInteger made = new AtomicInteger();
    String plain = report(false, result(made));
    assertThat(made).hasValue(0);
    assertThat(plain).contains("\"confidence\": 0.75").doesNotContain("explanation");

    String explained = report(true, result(made));
    assertThat(made).hasValue(4); // three items and one source
    assertThat(explained.split("\"explanation\"", -1)).hasSize(5);
  }
}
