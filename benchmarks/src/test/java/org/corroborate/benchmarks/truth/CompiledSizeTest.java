package org.corroborate.benchmarks.truth;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.impl.compare.Similarities;
import org.corroborate.impl.truth.ClaimGraph;
import org.corroborate.model.ObservationSet;
import org.corroborate.truth.ValueComparison;
import org.junit.jupiter.api.Test;

class CompiledSizeTest {

  @Test
  void compiledBytes_benchmarkData_atMost32BytesPerObservation() {
    ObservationSet set = SyntheticData.builder()
        .observations(200_000).sources(1000).domain(10).seed(1).build().observations();
    ClaimGraph graph = ClaimGraph.compile(set, Similarities.of(ValueComparison.exact()));
    assertThat(graph.edgeCount).isEqualTo(set.size());
    assertThat(CompiledSize.bytesPerObservation(graph)).isLessThanOrEqualTo(32.0);
  }
}
