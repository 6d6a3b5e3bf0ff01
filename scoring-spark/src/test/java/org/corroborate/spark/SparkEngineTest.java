package org.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.corroborate.Corroborate;
import org.corroborate.model.NumberValue;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.TextValue;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.junit.jupiter.api.Test;

/**
 * The registered Spark engine without a Spark session: it is found by name, runs the algorithms
 * of {@link SparkTruthDiscovery}, and refuses a master that is not local and a value that is not
 * text before any session starts.
 */
class SparkEngineTest {

  private static ObservationSet one() {
    ObservationSet.Builder builder = ObservationSet.builder();
    builder.add("s", "i", new TextValue("v"));
    return builder.build();
  }

  @Test
  void foundByName_runsTheSparkAlgorithms() {
    assertThat(Corroborate.distributedTruthDiscovery("spark")).isInstanceOf(SparkEngine.class);
    assertThat(new SparkEngine().algorithms()).isEqualTo(SparkTruthDiscovery.algorithms());
    assertThat(new SparkEngine().name()).isEqualTo("spark");
  }

  @Test
  void cores_ofTheLocalMasters() {
    assertThat(SparkEngine.cores("local")).isEqualTo(1);
    assertThat(SparkEngine.cores("local[3]")).isEqualTo(3);
    assertThat(SparkEngine.cores("local[2,4]")).isEqualTo(2);
    assertThat(SparkEngine.cores("local[*]"))
        .isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void masterNotLocal_isRefusedNamingIt() {
    TruthDiscoveryConfig config = TruthDiscoveryConfig.builder().algorithm("sums").build();
    for (String master : new String[] {"yarn", "spark://host:7077", "local[0]", "local[x]"}) {
      assertThatThrownBy(() -> new SparkEngine().discover(one(), config, master))
          .as(master)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(master);
    }
  }

  @Test
  void valueNotText_orAlgorithmNotOnSpark_isRefusedBeforeASessionStarts() {
    ObservationSet.Builder builder = ObservationSet.builder();
    builder.add("s", "height", new NumberValue(8849, Optional.of("m")));
    TruthDiscoveryConfig sums = TruthDiscoveryConfig.builder().algorithm("sums").build();
    assertThatThrownBy(() -> new SparkEngine().discover(builder.build(), sums, "local[2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value '")
        .hasMessageContaining("of item 'height' is a NumberValue");
    TruthDiscoveryConfig lca = TruthDiscoveryConfig.builder().algorithm("simple-lca").build();
    assertThatThrownBy(() -> new SparkEngine().discover(one(), lca, "local[2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("algorithm 'simple-lca' does not run on Spark; these do: vote");
  }
}
