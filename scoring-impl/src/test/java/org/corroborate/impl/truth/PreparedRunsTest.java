package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.Corroborate;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.ValueComparison;
import org.junit.jupiter.api.Test;

/**
 * Observations prepared once give every algorithm the result a fresh {@code discover} gives, to
 * the last bit, in any order of runs and with runs at the same time: no run writes to the shared
 * compiled graph.
 */
class PreparedRunsTest {
  private static TruthDiscoveryConfig config(String algorithm, int threads) {
    return TruthDiscoveryConfig.builder().algorithm(algorithm).maxIterations(8).threads(threads)
        .build();
  }

  @Test
  void everyAlgorithm_onePreparedGraph_sameBitsAsFreshDiscover_inEitherOrder() {
    TruthDiscovery engine = Corroborate.truthDiscovery();
    ObservationSet data = ThreadCountTest.data();
    List<AlgorithmInfo> algorithms = engine.algorithms();
    List<String> fresh = new ArrayList<>();
    for (AlgorithmInfo info : algorithms) {
      fresh.add(ThreadCountTest.fingerprint(engine.discover(data, config(info.name(), 1))));
    }
    TruthDiscovery.Prepared prepared = engine.prepare(data, config("sums", 2));
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < algorithms.size(); k++) {
        // the second pass runs them backwards, after every algorithm has read the graph once
        int a = pass == 0 ? k : algorithms.size() - 1 - k;
        String name = algorithms.get(a).name();
        assertThat(ThreadCountTest.fingerprint(prepared.discover(config(name, 1 + (a % 2)))))
            .as("%s, pass %d", name, pass).isEqualTo(fresh.get(a));
      }
    }
  }

  @Test
  void concurrentRuns_onOnePreparedGraph_sameBitsAsOneAtATime() throws Exception {
    TruthDiscovery engine = Corroborate.truthDiscovery();
    ObservationSet data = ThreadCountTest.data();
    TruthDiscovery.Prepared prepared = engine.prepare(data, config("sums", 1));
    String[] names = {"accu-copy", "truthfinder", "ltm", "crh", "sums", "guess-lca"};
    ExecutorService pool = Executors.newFixedThreadPool(names.length);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (String name : names) {
        runs.add(pool.submit(
            () -> ThreadCountTest.fingerprint(prepared.discover(config(name, 2)))));
      }
      for (int k = 0; k < names.length; k++) {
        assertThat(runs.get(k).get()).as(names[k])
            .isEqualTo(ThreadCountTest.fingerprint(engine.discover(data, config(names[k], 1))));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anotherComparison_unknownAlgorithm_andEmptyObservations_areRefused() {
    TruthDiscovery engine = Corroborate.truthDiscovery();
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("a", "x", Value.text("1"));
    b.add("b", "x", Value.text("2"));
    ObservationSet data = b.build();
    TruthDiscovery.Prepared prepared = engine.prepare(data, config("sums", 1));
    assertThatThrownBy(() -> prepared.discover(TruthDiscoveryConfig.builder().algorithm("sums")
        .comparison(ValueComparison.text()).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prepared under comparison exact, not text");
    assertThatThrownBy(() -> prepared.discover(config("sumz", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown algorithm 'sumz'");
    assertThatThrownBy(() -> engine.prepare(ObservationSet.builder().build(), config("sums", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    // a refused run leaves the prepared graph usable
    assertThat(prepared.discover(config("vote", 1)).items()).hasSize(1);
  }
}
