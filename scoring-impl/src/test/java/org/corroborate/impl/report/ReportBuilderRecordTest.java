package org.corroborate.impl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.corroborate.Explanation;
import org.corroborate.impl.extract.Claims;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.independence.Corroboration;
import org.corroborate.news.ClusterStatus;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 3: a source's record (claims, claims backed by another voice, losing claims) read
 * every other claim of a position for each claim, so 100,000 repetitions of one sentence took
 * minutes. The work is counted through the voices read, not timed.
 */
class ReportBuilderRecordTest {
  private static final int N = 20_000;

  @Test
  void record_oneVoiceRepeatedManyTimes_readsEachVoiceAConstantNumberOfTimes() {
    ExtractedClaim claim = Claims.claim("d1", "s1", "40 people were injured.").build(1);
    List<ExtractedClaim> claims = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      claims.add(claim);
    }
    CountingList voices = new CountingList(i -> "v1", N);
    Map<String, int[]> record =
        ReportBuilder.record(result(claims, voices, ClusterStatus.CORROBORATED));

    assertThat(record.get("s1")).containsExactly(N, 0, 0);
    assertThat(voices.reads).isLessThanOrEqualTo(2L * N);
  }

  @Test
  void record_twoVoicesInOnePosition_everyClaimIsBacked() {
    List<ExtractedClaim> claims = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      claims.add(Claims.claim("d" + i, i < 3 ? "s1" : "s2", "40 people were injured.").build(i));
    }
    CountingList voices = new CountingList(i -> i < 3 ? "v1" : "v2", 4);
    Map<String, int[]> record =
        ReportBuilder.record(result(claims, voices, ClusterStatus.CORROBORATED));

    assertThat(record.get("s1")).containsExactly(3, 3, 0);
    assertThat(record.get("s2")).containsExactly(1, 1, 0);
  }

  private static Corroboration.Result result(List<ExtractedClaim> claims, List<String> voices,
      ClusterStatus status) {
    List<Integer> all = IntStream.range(0, claims.size()).boxed().toList();
    Corroboration.Cluster cluster = new Corroboration.Cluster("c1", all, List.of(all),
        List.of("s1"), List.of("v1"), List.of("v1"), status, 0.5, Explanation.leaf(0.5, "test"));
    return new Corroboration.Result(claims, voices, List.of(), List.of(cluster), Map.of(),
        List.of(), null);
  }

  /** Voices computed on demand, counting every read. */
  private static final class CountingList extends AbstractList<String> {
    private final IntFunction<String> voice;
    private final int size;
    long reads;

    CountingList(IntFunction<String> voice, int size) {
      this.voice = voice;
      this.size = size;
    }

    @Override
    public String get(int index) {
      reads++;
      return voice.apply(index);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
