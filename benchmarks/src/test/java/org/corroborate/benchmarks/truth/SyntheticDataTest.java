package org.corroborate.benchmarks.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.Observation;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.junit.jupiter.api.Test;

class SyntheticDataTest {

  @Test
  void observations_sameSeed_identicalData() {
    SyntheticData a = SyntheticData.builder().observations(20_000).sources(50).seed(7).build();
    SyntheticData b = SyntheticData.builder().observations(20_000).sources(50).seed(7).build();
    ObservationSet first = a.observations();
    ObservationSet second = b.observations();
    assertThat(second).isEqualTo(first); // element-wise: source, item and value of each, in order
    for (int s = 0; s < a.sourceCount(); s++) {
      assertThat(b.hiddenAccuracy(s)).isEqualTo(a.hiddenAccuracy(s));
    }
  }

  @Test
  void observations_differentSeed_differentData() {
    ObservationSet first =
        SyntheticData.builder().observations(5_000).sources(20).seed(1).build().observations();
    ObservationSet second =
        SyntheticData.builder().observations(5_000).sources(20).seed(2).build().observations();
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void writeTsv_sameSeed_sameBytesAndOneLinePerObservation() throws IOException {
    SyntheticData data = SyntheticData.builder().observations(3_000).sources(30).seed(3).build();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    data.writeTsv(first);
    SyntheticData.builder().observations(3_000).sources(30).seed(3).build().writeTsv(second);
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    String[] lines = first.toString(StandardCharsets.UTF_8).split("\n");
    ObservationSet set = data.observations();
    assertThat(lines).hasSize(set.size());
    for (int k = 0; k < lines.length; k++) {
      Observation o = set.get(k);
      assertThat(lines[k]).isEqualTo(
          o.sourceId() + "\t" + o.itemId() + "\t" + o.value().canonical());
    }
  }

  /** Tolerance: exact, since every source covers distinct items and sizes sum to the target. */
  @Test
  void observations_countEqualsTarget_uniformAndZipf() {
    for (double skew : new double[] {0.0, 1.0, 2.0}) {
      for (long target : new long[] {1_000, 12_345, 100_000}) {
        SyntheticData data = SyntheticData.builder()
            .observations(target).sources(100).skew(skew).seed(11).build();
        ObservationSet set = data.observations();
        assertThat(data.observationCount()).as("skew %s target %s", skew, target)
            .isEqualTo(target);
        assertThat(set.size()).as("skew %s target %s", skew, target).isEqualTo((int) target);
        assertThat(set.repeatedCount() + set.conflictingCount()).isZero();
        assertThat(set.sourceCount()).isEqualTo(100);
      }
    }
  }

  @Test
  void observations_zipfSkew_largestSourceCappedAtItemCount() {
    SyntheticData data = SyntheticData.builder()
        .observations(50_000).sources(1000).skew(1.0).seed(5).build();
    assertThat(data.sourceSize(0)).isEqualTo(data.itemCount());
    assertThat(data.sourceSize(0)).isGreaterThan(data.sourceSize(10));
    assertThat(data.sourceSize(10)).isGreaterThan(data.sourceSize(999));
    assertThat(data.sourceSize(999)).isPositive();
    assertThat(data.observations().size()).isEqualTo(50_000);
  }

  @Test
  void observations_valuesInterned_oneValueObjectPerDomainValue() {
    ObservationSet set = SyntheticData.builder()
        .observations(50_000).sources(100).domain(7).seed(9).build().observations();
    assertThat(set.valueCount()).isEqualTo(7);
    Set<String> texts = new HashSet<>();
    for (int v = 0; v < set.valueCount(); v++) {
      texts.add(set.value(v).canonical());
    }
    assertThat(texts).containsExactlyInAnyOrder("v0", "v1", "v2", "v3", "v4", "v5", "v6");
  }

  /** Measured by counting each source's observations that equal the item's true value. */
  @Test
  void observations_sourcesWith2000Claims_measuredAccuracyWithin005OfHidden() {
    SyntheticData data = SyntheticData.builder()
        .observations(40_000).sources(20).domain(5).accuracy(0.3, 0.95).seed(13).build();
    ObservationSet set = data.observations();
    Map<String, Value> truth = new HashMap<>();
    for (int i = 0; i < data.itemCount(); i++) {
      truth.put(data.itemId(i), data.trueValue(i));
    }
    Map<String, int[]> counts = new HashMap<>(); // source id -> {correct, total}
    for (Observation o : set) {
      int[] c = counts.computeIfAbsent(o.sourceId(), k -> new int[2]);
      if (o.value().equals(truth.get(o.itemId()))) {
        c[0]++;
      }
      c[1]++;
    }
    for (int s = 0; s < data.sourceCount(); s++) {
      int[] c = counts.get(data.sourceId(s));
      assertThat(c[1]).isEqualTo(2000);
      double measured = (double) c[0] / c[1];
      assertThat(measured).as("source %s", data.sourceId(s))
          .isCloseTo(data.hiddenAccuracy(s), org.assertj.core.data.Offset.offset(0.05));
    }
  }

  @Test
  void observations_falseValues_uniformAmongTheOthers() {
    SyntheticData data = SyntheticData.builder()
        .observations(200_000).sources(10).domain(4).accuracy(0.0, 0.0).seed(17).build();
    ObservationSet set = data.observations();
    Map<String, Integer> truthIndex = new HashMap<>();
    for (int i = 0; i < data.itemCount(); i++) {
      truthIndex.put(data.itemId(i), Integer.parseInt(data.trueValue(i).canonical().substring(1)));
    }
    long[] offsetCounts = new long[4]; // (value - truth) mod 4
    for (Observation o : set) {
      int v = Integer.parseInt(o.value().canonical().substring(1));
      offsetCounts[Math.floorMod(v - truthIndex.get(o.itemId()), 4)]++;
    }
    assertThat(offsetCounts[0]).isZero();
    for (int d = 1; d < 4; d++) {
      assertThat(offsetCounts[d] / (double) set.size())
          .isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(0.01));
    }
  }

  @Test
  void build_tooManyObservationsForTheItems_rejected() {
    assertThatThrownBy(() -> SyntheticData.builder()
        .observations(1000).sources(10).items(50).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceed");
    assertThatThrownBy(() -> SyntheticData.builder().domain(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domain");
  }
}
