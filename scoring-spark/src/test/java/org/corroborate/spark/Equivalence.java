package org.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.corroborate.Corroborate;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.TextValue;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueConfidence;

/**
 * Runs one configuration on the engine (through the public API, under {@code
 * DuplicatePolicy.ALL}, which is what Spark does with a source's several values for an item) and
 * on Spark, and asserts the same answers: the same iterations and convergence, for every item the
 * same values in the same order (so the same chosen value), and for every claim and source the
 * same confidence and trust. Returns the largest differences, for the log.
 */
final class Equivalence {
  private Equivalence() {}

  /** The largest absolute differences found. */
  record Differences(double trust, double confidence, int items, int sources, double sparkSeconds,
      double engineSeconds, int iterations) {

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d items, %d sources, %d iterations: max |trust diff| "
              + "%s, max |confidence diff| %s; Spark %.1f s, engine %.2f s",
          items, sources, iterations, trust, confidence, sparkSeconds, engineSeconds);
    }
  }

  static Differences check(List<String[]> rows, TruthDiscoveryConfig config) {
    return check(rows, LocalSpark.observations(rows), config);
  }

  static Differences check(List<String[]> rows, Dataset<Row> input, TruthDiscoveryConfig config) {
    ObservationSet.Builder builder = ObservationSet.builder(DuplicatePolicy.ALL);
    for (String[] row : rows) {
      builder.add(row[0], row[1], new TextValue(row[2]));
    }
    long start = System.nanoTime();
    TruthDiscoveryResult engine = Corroborate.truthDiscovery().discover(builder.build(), config);
    double engineSeconds = (System.nanoTime() - start) / 1e9;

    start = System.nanoTime();
    SparkTruthDiscoveryResult spark = SparkTruthDiscovery.discover(input, config);
    Map<String, List<Row>> claims = new TreeMap<>();
    for (Row row : spark.claims().collectAsList()) {
      claims.computeIfAbsent(row.getString(0), k -> new ArrayList<>()).add(row);
    }
    Map<String, Row> chosen = new HashMap<>();
    for (Row row : spark.items().collectAsList()) {
      chosen.put(row.getString(0), row);
    }
    Map<String, Row> sources = new HashMap<>();
    for (Row row : spark.sources().collectAsList()) {
      sources.put(row.getString(0), row);
    }
    double sparkSeconds = (System.nanoTime() - start) / 1e9;

    String what = config.algorithm() + ": ";
    assertThat(spark.iterations()).as(what + "iterations").isEqualTo(engine.iterations());
    assertThat(spark.converged()).as(what + "converged").isEqualTo(engine.converged());
    assertThat(spark.parameters()).as(what + "parameters").isEqualTo(engine.effectiveParameters());
    assertThat(claims.keySet()).as(what + "items").hasSize(engine.items().size());
    assertThat(sources).as(what + "sources").hasSize(engine.sources().size());

    double confidenceDifference = 0.0;
    for (ItemResult item : engine.items()) {
      List<Row> sparkValues = new ArrayList<>(claims.get(item.itemId()));
      sparkValues.sort((a, b) -> Integer.compare(a.getInt(4), b.getInt(4)));
      List<String> engineOrder = new ArrayList<>();
      for (ValueConfidence value : item.values()) {
        engineOrder.add(value.value().canonical());
      }
      List<String> sparkOrder = new ArrayList<>();
      for (Row row : sparkValues) {
        sparkOrder.add(row.getString(1));
      }
      assertThat(sparkOrder).as(what + "values of item " + item.itemId() + " in order")
          .isEqualTo(engineOrder);
      assertThat(chosen.get(item.itemId()).getString(1)).as(what + "chosen " + item.itemId())
          .isEqualTo(item.chosen().canonical());
      for (int k = 0; k < sparkValues.size(); k++) {
        double expected = item.values().get(k).confidence();
        double actual = sparkValues.get(k).getDouble(2);
        confidenceDifference = Math.max(confidenceDifference, Math.abs(expected - actual));
        assertThat(sparkValues.get(k).getInt(3)).as(what + "sources of a claim")
            .isEqualTo(item.values().get(k).sourceIds().size());
      }
      assertThat(chosen.get(item.itemId()).getDouble(2)).isEqualTo(item.confidence());
    }
    double trustDifference = 0.0;
    for (SourceTrust source : engine.sources()) {
      Row row = sources.get(source.sourceId());
      assertThat(row).as(what + "source " + source.sourceId()).isNotNull();
      trustDifference = Math.max(trustDifference, Math.abs(source.trust() - row.getDouble(1)));
      assertThat(row.getInt(2)).isEqualTo(source.claimCount());
    }
    // Bit for bit, not merely within 1e-9: the Spark jobs call the engine's formulas and add
    // every sum in the engine's order (OrderedSums), so no summation order can differ.
    assertThat(trustDifference).as(what + "largest trust difference").isZero();
    assertThat(confidenceDifference).as(what + "largest confidence difference").isZero();
    return new Differences(trustDifference, confidenceDifference, engine.items().size(),
        engine.sources().size(), sparkSeconds, engineSeconds, spark.iterations());
  }
}
