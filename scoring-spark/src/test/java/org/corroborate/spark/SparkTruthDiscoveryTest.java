package org.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.ValueComparison;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The module's contract beyond equivalence: input checks, and answers independent of layout. */
@Tag("spark")
class SparkTruthDiscoveryTest {

  private static List<String[]> small() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"a", "x", "1"});
    rows.add(new String[] {"b", "x", "1"});
    rows.add(new String[] {"c", "x", "2"});
    rows.add(new String[] {"a", "y", "3"});
    rows.add(new String[] {"c", "y", "4"});
    return rows;
  }

  @Test
  void partitioning_changesNoBit_becauseSumsAreAddedInTheEnginesOrder() {
    List<String[]> rows = TestData.synthetic(7);
    TruthDiscoveryConfig config = TruthDiscoveryConfig.builder().algorithm("sums")
        .maxIterations(2).build();
    // seven input partitions in a shuffled order, against the engine
    Dataset<Row> shuffled = LocalSpark.observations(rows).repartition(7);
    Equivalence.check(rows, shuffled, config);
  }

  @Test
  void weightOfOne_isAccepted_andOtherWeightsAreRefused() {
    StructType schema = new StructType().add("source", DataTypes.StringType)
        .add("item", DataTypes.StringType).add("value", DataTypes.StringType)
        .add("weight", DataTypes.DoubleType);
    List<Row> ones = new ArrayList<>();
    for (String[] row : small()) {
      ones.add(RowFactory.create(row[0], row[1], row[2], 1.0));
    }
    Dataset<Row> weighted = LocalSpark.session().createDataFrame(ones, schema);
    SparkTruthDiscoveryResult result =
        SparkTruthDiscovery.discover(weighted, TruthDiscoveryConfig.of("vote"));
    assertThat(result.items().count()).isEqualTo(2);
    assertThat(result.items().filter("item = 'x'").first().getString(1)).isEqualTo("1");

    ones.set(0, RowFactory.create("a", "x", "1", 2.0));
    Dataset<Row> heavy = LocalSpark.session().createDataFrame(ones, schema);
    assertThatThrownBy(() -> SparkTruthDiscovery.discover(heavy, TruthDiscoveryConfig.of("vote")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight must be 1");
  }

  @Test
  void badInput_isRefused_withTheFieldNamed() {
    List<String[]> rows = small();
    rows.add(new String[] {"d", "y", " "});
    assertThatThrownBy(() -> SparkTruthDiscovery.discover(LocalSpark.observations(rows),
        TruthDiscoveryConfig.of("vote")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value must not be null or blank, was in 1 rows");
    Dataset<Row> noItem = LocalSpark.observations(small()).drop("item");
    assertThatThrownBy(() -> SparkTruthDiscovery.discover(noItem, TruthDiscoveryConfig.of("vote")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'item'");
    Dataset<Row> none = LocalSpark.observations(small()).limit(0);
    assertThatThrownBy(() -> SparkTruthDiscovery.discover(none, TruthDiscoveryConfig.of("vote")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty");
  }

  @Test
  void unsupportedSettings_areRefused_beforeAnyJob() {
    Dataset<Row> input = LocalSpark.observations(small());
    assertThatThrownBy(() -> SparkTruthDiscovery.discover(input,
        TruthDiscoveryConfig.of("accu-sim")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not run on Spark yet")
        .hasMessageContaining(SparkTruthDiscovery.ALGORITHM_NAMES);
    assertThatThrownBy(() -> SparkTruthDiscovery.discover(input, TruthDiscoveryConfig.builder()
        .algorithm("sums").comparison(ValueComparison.authors()).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comparison must be exact");
    assertThatThrownBy(() -> SparkTruthDiscovery.discover(input, TruthDiscoveryConfig.builder()
        .algorithm("sums").prior("a", 0.9).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("priors are not supported");
    assertThatThrownBy(() -> SparkTruthDiscovery.discover(input, TruthDiscoveryConfig.builder()
        .algorithm("truthfinder").parameter("gamma", 5.0).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter gamma of truthfinder must be in");
  }
}
