package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.Corroborate;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: 3-Estimates returned the dual solution on data where no source is worse than chance,
 * because its dual-solution test read the raw {@code eps(V)}, an average of {@code (1 - W) /
 * eps(f)} over the hard claims only (difficulty rounded to 1), instead of the share of a source's
 * statements that disagree with {@code W}.
 */
class EstimatesDualSolutionTest {

  @Test
  void threeEstimates_noSourceWorseThanChance_keepsThePrimalSolution() {
    // 200 sources, accuracy uniform in [.3, .95], 10,000 items, coverage .05, 4 values per item
    // with shuffled labels; seed 35 is one of two of seeds 11 to 40 whose raw eps(V) mean ended
    // above .5 (.500; the share of wrong statements is .328): the old test flipped the run to .11
    PeerShapeData data = PeerShapeData.generate(35, 200, 10_000, 0.05, 4, 0.3, 0.95);
    TruthDiscoveryResult result = Corroborate.truthDiscovery().discover(data.observations(),
        TruthDiscoveryConfig.of("3-estimates"));
    assertThat(data.accuracy(result)).isGreaterThan(0.85);
  }
}
