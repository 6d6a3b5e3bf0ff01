package org.corroborate.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.junit.jupiter.api.Test;

/** The default {@link TruthDiscovery#prepare}: no work of its own, each run a plain discover. */
class TruthDiscoveryPrepareTest {
  /** An engine that records the runs it is asked for and answers none of them. */
  private static final class Recording implements TruthDiscovery {
    final List<String> runs = new ArrayList<>();

    @Override
    public List<AlgorithmInfo> algorithms() {
      return List.of();
    }

    @Override
    public AlgorithmInfo algorithm(String name) {
      throw new IllegalArgumentException(name);
    }

    @Override
    public ValueSimilarity similarity(ValueComparison comparison) {
      throw new UnsupportedOperationException();
    }

    @Override
    public TruthDiscoveryResult discover(
        ObservationSet observations, TruthDiscoveryConfig config, ProgressListener progress) {
      runs.add(config.algorithm() + " on " + observations.size() + " under "
          + config.comparison() + (progress == ProgressListener.NONE ? "" : " with progress"));
      return null;
    }
  }

  private static final ObservationSet DATA = twoObservations();

  private static ObservationSet twoObservations() {
    ObservationSet.Builder b = ObservationSet.builder();
    b.add("a", "x", Value.text("1"));
    b.add("b", "x", Value.text("2"));
    return b.build();
  }

  @Test
  void eachRun_isOneDiscoverWithItsOwnConfig() {
    Recording engine = new Recording();
    TruthDiscovery.Prepared prepared = engine.prepare(DATA,
        TruthDiscoveryConfig.builder().algorithm("sums").build());
    assertThat(engine.runs).isEmpty();
    prepared.discover(TruthDiscoveryConfig.builder().algorithm("vote").build());
    ProgressListener progress = (algorithm, iteration, maxIterations, change) -> { };
    prepared.discover(TruthDiscoveryConfig.builder().algorithm("accu").build(), progress);
    assertThat(engine.runs)
        .containsExactly("vote on 2 under exact", "accu on 2 under exact with progress");
  }

  @Test
  void anotherComparison_andEmptyObservations_areRefused() {
    Recording engine = new Recording();
    TruthDiscovery.Prepared prepared = engine.prepare(DATA, TruthDiscoveryConfig.builder()
        .algorithm("sums").comparison(ValueComparison.numeric(0.5)).build());
    assertThatThrownBy(() -> prepared.discover(
        TruthDiscoveryConfig.builder().algorithm("sums").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the observations were prepared under comparison numeric:0.5, not exact");
    assertThatThrownBy(() -> engine.prepare(ObservationSet.builder().build(),
        TruthDiscoveryConfig.builder().algorithm("sums").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> prepared.discover(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("config");
    assertThatThrownBy(() -> prepared.discover(TruthDiscoveryConfig.builder().algorithm("sums")
        .comparison(ValueComparison.numeric(0.5)).build(), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("progress");
    assertThat(engine.runs).isEmpty();
  }
}
