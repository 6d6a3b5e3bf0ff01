package org.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corroborate.cli.CorroborateCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corroborate discover --engine spark --master local[2]} run in-process against the same
 * command without {@code --engine}: for each algorithm, the report on standard output is the same
 * bytes, as text or as JSON (items with every value's confidence and sources, trust, iterations,
 * convergence, accuracy against gold, and AccuCopy's dependent pairs with their copiers). On Book
 * (DAFNA claims and gold, read at test time) and on a seeded synthetic set written as TSV (the
 * first 60 of its 200 sources); rounds are few, as in {@link SparkEquivalenceTest}, since every
 * Spark round costs about a second here, and each case runs in one format only. The test's
 * Spark session ({@link LocalSpark}, {@code local[2]}) is started first, so the engine runs in it
 * rather than starting and stopping its own.
 */
@Tag("spark")
@TestMethodOrder(MethodOrderer.MethodName.class) // Book first: it pays Spark's first-run costs
class DiscoverEngineTest {
  @TempDir
  static Path folder;

  private static Path synthetic;

  @BeforeAll
  static void start() throws IOException {
    LocalSpark.session();
    StringBuilder tsv = new StringBuilder();
    for (String[] row : TestData.synthetic(20261201L)) {
      // the first 60 of the 200 sources: about 1,200 observations on 300 items
      if (row[0].compareTo("s060") < 0) {
        tsv.append(String.join("\t", row)).append('\n');
      }
    }
    synthetic = Files.writeString(folder.resolve("synthetic.tsv"), tsv, StandardCharsets.UTF_8);
  }

  /** What one run printed and returned. */
  private record Run(int code, String out, String err) {}

  private static Run run(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CorroborateCommand.execute(out, err, args.toArray(new String[0]));
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs {@code discover} with {@code args} on the local engine and on Spark and asserts the same
   * exit code 0 and the same standard output; returns Spark's output.
   */
  private static String sameReport(String... args) {
    List<String> local = new ArrayList<>(List.of("discover"));
    local.addAll(Arrays.asList(args));
    List<String> spark = new ArrayList<>(local);
    spark.addAll(List.of("--engine", "spark", "--master", "local[2]"));
    Run expected = run(local);
    assertThat(expected.code()).as(expected.err()).isZero();
    long started = System.nanoTime();
    Run actual = run(spark);
    System.out.printf(Locale.ROOT, "[discover-engine] %s: Spark %.1f s%n", String.join(" ", args),
        (System.nanoTime() - started) / 1e9);
    assertThat(actual.code()).as(actual.err()).isZero();
    assertThat(actual.err()).contains("running ").contains(" on spark, master local[2]");
    assertThat(actual.out()).as(String.join(" ", spark)).isEqualTo(expected.out());
    return actual.out();
  }

  private static String book() {
    return TestData.file("book/dafna_format/claims.txt").toString();
  }

  private static String bookGold() {
    return TestData.file("book/dafna_format/book_golden.txt").toString();
  }

  @Test
  void book_sums_sameText_withAccuracyAgainstGold() {
    String text = sameReport(book(), "--input-format", "dafna", "--truth", bookGold(),
        "--algorithm", "sums", "--max-iterations", "1");
    assertThat(text).contains("\naccuracy\tsums\t");
  }

  @Test
  void synthetic_truthFinder_sameText() {
    sameReport(synthetic.toString(), "--algorithm", "truthfinder", "--max-iterations", "1");
  }

  @Test
  void synthetic_accu_sameJson() {
    sameReport(synthetic.toString(), "--algorithm", "accu", "--max-iterations", "1",
        "--format", "json", "--seed", "7");
  }

  @Test
  void synthetic_threeEstimates_sameText() {
    sameReport(synthetic.toString(), "--algorithm", "3-estimates", "--max-iterations", "1");
  }

  @Test
  void synthetic_crh_sameJson_keepingEveryValueOfASource() {
    sameReport(synthetic.toString(), "--algorithm", "crh", "--duplicates", "all",
        "--max-iterations", "1", "--format", "json");
  }

  @Test
  void synthetic_accuCopy_sameJson_withTheDependentPairsAndCopiers() {
    String json = sameReport(synthetic.toString(), "--algorithm", "accu-copy", "--param",
        "min-shared-items=2", "--param", "uniform-accuracy=0", "--max-iterations", "2",
        "--format", "json");
    // the pairs are part of what is compared: some must be found, some with a direction
    assertThat(json).containsPattern("\"dependencies\": \\[\\s*\\{")
        .contains("\"copier\": ");
  }

  @Test
  void unsupportedAlgorithm_isAUsageErrorNamingWhatSparkRuns() {
    Run run = run(List.of("discover", synthetic.toString(), "--algorithm", "simple-lca",
        "--engine", "spark", "--master", "local[2]"));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--algorithm simple-lca: --engine spark runs "
        + String.join(", ", SparkTruthDiscovery.algorithms()) + "; not simple-lca");
  }

  @Test
  void explainAndHtmlAndOtherComparisons_areUsageErrorsNamingTheOption() {
    String file = synthetic.toString();
    for (List<String> extra : List.of(List.of("--explain"), List.of("--format", "html"),
        List.of("--compare", "text"), List.of("--threads", "2"), List.of("--master", "yarn"))) {
      List<String> args = new ArrayList<>(List.of("discover", file, "--algorithm", "sums",
          "--engine=spark"));
      args.addAll(extra);
      Run run = run(args);
      assertThat(run.code()).as(extra.toString()).isEqualTo(2);
      assertThat(run.err()).as(extra.toString()).contains("corroborate: " + extra.get(0));
    }
  }
}
