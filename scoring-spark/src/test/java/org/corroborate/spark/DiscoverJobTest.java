package org.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.corroborate.Corroborate;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.TextValue;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code spark-submit} entry point in {@code local[2]}: CSV and Parquet in and out, checked
 * against the engine, and the caller mistakes it names.
 */
@Tag("spark")
class DiscoverJobTest {
  @TempDir
  Path folder;

  /** The first 30 sources of a synthetic set. */
  private static List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    for (String[] row : TestData.synthetic(5)) {
      if (row[0].compareTo("s030") < 0) {
        rows.add(row);
      }
    }
    return rows;
  }

  private Path csv(String name, String header, List<String[]> rows) throws IOException {
    StringBuilder text = new StringBuilder(header).append('\n');
    for (String[] row : rows) {
      text.append(String.join(",", row)).append('\n');
    }
    Path path = folder.resolve(name);
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path;
  }

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiscoverJob.run(LocalSpark.session(), args, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static TruthDiscoveryResult engine(List<String[]> rows, TruthDiscoveryConfig config) {
    ObservationSet.Builder builder = ObservationSet.builder(DuplicatePolicy.ALL);
    for (String[] row : rows) {
      builder.add(row[0], row[1], new TextValue(row[2]));
    }
    return Corroborate.truthDiscovery().discover(builder.build(), config);
  }

  /** Every item's chosen value and confidence, every source's trust: the engine's, exactly. */
  private static void assertEngineAnswers(Path output, String format, TruthDiscoveryResult engine) {
    SparkSession spark = LocalSpark.session();
    List<Row> items = spark.read().option("header", "true").format(format)
        .load(output.resolve("items").toString()).collectAsList();
    List<Row> sources = spark.read().option("header", "true").format(format)
        .load(output.resolve("sources").toString()).collectAsList();
    long claims = spark.read().option("header", "true").format(format)
        .load(output.resolve("claims").toString()).count();
    Map<String, Row> byItem = new HashMap<>();
    for (Row row : items) {
      byItem.put(row.getAs("item"), row);
    }
    assertThat(byItem).hasSize(engine.items().size());
    long engineClaims = 0;
    for (ItemResult item : engine.items()) {
      Row row = byItem.get(item.itemId());
      assertThat((String) row.getAs("value")).as("chosen value of " + item.itemId())
          .isEqualTo(item.chosen().canonical());
      assertThat(number(row.getAs("confidence"))).as("confidence of " + item.itemId())
          .isEqualTo(item.confidence());
      engineClaims += item.values().size();
    }
    assertThat(claims).isEqualTo(engineClaims);
    Map<String, Row> bySource = new HashMap<>();
    for (Row row : sources) {
      bySource.put(row.getAs("source"), row);
    }
    assertThat(bySource).hasSize(engine.sources().size());
    for (SourceTrust source : engine.sources()) {
      assertThat(number(bySource.get(source.sourceId()).getAs("trust")))
          .as("trust of " + source.sourceId()).isEqualTo(source.trust());
    }
  }

  /** CSV holds text (Java's shortest round-tripping decimal), Parquet the double itself. */
  private static double number(Object field) {
    return field instanceof String text ? Double.parseDouble(text) : (Double) field;
  }

  @Test
  void csvInCsvOut_givesTheEnginesAnswers() throws IOException {
    List<String[]> rows = rows();
    Path input = csv("claims.csv", "source,item,value", rows);
    Path output = folder.resolve("out");
    String printed = run("--input", input.toString(), "--input-format", "csv",
        "--output", output.toString(), "--output-format", "csv", "--algorithm", "accu",
        "--seed", "3", "--max-iterations", "2", "--parameter", "error-rate=0.3");
    TruthDiscoveryResult engine = engine(rows, TruthDiscoveryConfig.builder()
        .algorithm("accu").seed(3).maxIterations(2).parameter("error-rate", 0.3).build());
    assertThat(engine.effectiveParameters()).containsEntry("error-rate", 0.3);
    assertThat(printed).contains("accu: " + engine.iterations() + " iterations, "
        + (engine.converged() ? "converged" : "not converged"));
    assertEngineAnswers(output, "csv", engine);
  }

  @Test
  void parquetInParquetOut_givesTheEnginesAnswers() throws IOException {
    List<String[]> rows = rows();
    Path parquet = folder.resolve("claims.parquet");
    LocalSpark.observations(rows).write().parquet(parquet.toString());
    Path output = folder.resolve("out");
    run("--input", parquet.toString(), "--output", output.toString(),
        "--algorithm", "truthfinder", "--seed", "3", "--tolerance", "1e-3");
    TruthDiscoveryResult engine = engine(rows, TruthDiscoveryConfig.builder()
        .algorithm("truthfinder").seed(3).tolerance(1e-3).build());
    assertEngineAnswers(output, "parquet", engine);
  }

  @Test
  void callerMistakes_areRefused_withTheColumnOrPathNamed() throws IOException {
    Path good = csv("good.csv", "source,item,value", rows());
    Path noItem = csv("no-item.csv", "source,thing,value", rows());
    assertThatThrownBy(() -> run("--input", noItem.toString(), "--input-format", "csv",
        "--output", folder.resolve("a").toString(), "--algorithm", "vote"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(noItem.toString())
        .hasMessageContaining("no column 'item'");
    List<String[]> blank = rows();
    blank.add(new String[] {"s999", "i001", " "});
    Path blankValue = csv("blank.csv", "source,item,value", blank);
    assertThatThrownBy(() -> run("--input", blankValue.toString(), "--input-format", "csv",
        "--output", folder.resolve("b").toString(), "--algorithm", "vote"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(blankValue.toString())
        .hasMessageContaining("value must not be null or blank, was in 1 rows");
    assertThatThrownBy(() -> run("--input", good.toString(), "--input-format", "csv",
        "--output", folder.resolve("c").toString(), "--algorithm", "no-such"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--algorithm: 'no-such' does not run on Spark");
    Path existing = Files.createDirectory(folder.resolve("existing"));
    assertThatThrownBy(() -> run("--input", good.toString(), "--input-format", "csv",
        "--output", existing.toString(), "--algorithm", "vote"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--output: " + existing + " already exists");
    assertThatThrownBy(() -> run("--input", good.toString(), "--input-format", "json",
        "--output", folder.resolve("d").toString(), "--algorithm", "vote"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--input-format must be parquet or csv, was 'json'");
    assertThat(folder.resolve("a")).doesNotExist();
  }
}
