package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoverCommandTest {
  private static final String DATA =
      "# three sites on two mountains\n"
          + "site-a\teverest\t8849\n"
          + "site-b\teverest\t8849\n"
          + "site-c\teverest\t8848\n"
          + "site-a\tk2\t8611\n"
          + "site-c\tk2\t8611\n"
          + "site-b\tk2\t8610\n"
          + "site-d\tk2\t8611\n";

  @TempDir Path dir;

  private Path data() throws IOException {
    return Files.writeString(dir.resolve("mountains.tsv"), DATA);
  }

  private Path gold() throws IOException {
    return Files.writeString(dir.resolve("gold.tsv"), "everest\t8849\nk2\t8611\nlhotse\t8516\n");
  }

  @Test
  void help_listsSubcommands() {
    Cli.Run run = Cli.run("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("discover", "algorithms", "score");
  }

  @Test
  void version_printsProjectVersion() {
    Cli.Run run = Cli.run("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("corroborate 0.1.0");
  }

  @Test
  void help_ofEverySubcommand_printsCleanly_endingWithExamplesAndExitCodes() {
    for (String command : new String[] {"discover", "algorithms", "score", "stance", "verify"}) {
      Cli.Run run = Cli.run(command, "--help");
      assertThat(run.code()).as(command).isZero();
      assertThat(run.out()).as(command).startsWith("Usage: corroborate " + command);
      assertThat(run.err()).as(command).isEmpty();
      String examples = run.out().substring(run.out().indexOf("\nExamples:\n"));
      // each example runs this command, and the help ends with the exit codes
      assertThat(examples.lines().filter(l -> l.startsWith("  corroborate ")))
          .as(command).isNotEmpty().allMatch(l -> l.startsWith("  corroborate " + command));
      assertThat(run.out()).as(command).endsWith("Exit codes: 0 done; 2 bad usage or input"
          + " (the message names the file,\nline and field); 1 an internal error (a bug: please"
          + " report it).\n");
      // nothing wraps: picocli folds lines past 80 columns
      assertThat(examples.lines()).as(command).allMatch(l -> l.length() <= 80);
    }
    assertThat(Cli.run("--help").out()).contains("\nExamples:\n").contains("Exit codes: 0 done");
  }

  @Test
  void discover_dafnaWithIsbn13Gold_scoresThroughTheIsbnRule() throws IOException {
    Path claims =
        Files.writeString(
            dir.resolve("claims.txt"),
            "1|\t|\t0201853949|\tAuthorsNamesList|\tKnuth, Donald E.|\tA1Books|\tnull|\t\n"
                + "2|\t|\t0201853949|\tAuthorsNamesList|\tKnuth, Donald E.|\tIndoo.com|\tnull|\t\n"
                + "3|\t|\t0201853949|\tAuthorsNamesList|\tKnuth|\ttextbooksNow|\tnull|\t\n");
    Path gold = Files.writeString(dir.resolve("gold.txt"), "9780201853940\tknuth, donald e.;  \n\n");
    Cli.Run run =
        Cli.run("discover", claims.toString(), "--input-format", "dafna", "--truth",
            gold.toString(), "--compare", "authors", "--algorithm", "vote");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("accuracy\tvote\t1.0000\t1/1");
  }

  @Test
  void threads_sameBytesWithOneOrEight_andOutsideTheRangeIsAUsageError() throws IOException {
    Cli.Run one = Cli.run("discover", data().toString(), "--algorithm", "all", "--format", "json",
        "--threads", "1");
    Cli.Run eight = Cli.run("discover", data().toString(), "--algorithm", "all", "--format",
        "json", "--threads", "8");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(eight.out()).isEqualTo(one.out());
    // with gold, the accuracy lines on standard error come in the algorithms' order too, and the
    // page's convergence curves are each algorithm's own, however many run at a time (three
    // threads: two at a time, on two and one)
    for (String format : new String[] {"json", "text", "html"}) {
      Cli.Run inTurn = Cli.run("discover", data().toString(), "--truth", gold().toString(),
          "--format", format, "--threads", "1");
      Cli.Run twoAtATime = Cli.run("discover", data().toString(), "--truth", gold().toString(),
          "--format", format, "--threads", "3");
      assertThat(inTurn.code()).as(inTurn.err()).isZero();
      assertThat(twoAtATime.out()).isEqualTo(inTurn.out());
      assertThat(withoutReadTime(twoAtATime.err())).isEqualTo(withoutReadTime(inTurn.err()));
      // JSON and HTML put the accuracy lines on standard error, text in its report
      assertThat(format.equals("text") ? inTurn.out() : inTurn.err())
          .contains("accuracy\t2-estimates\t", "accuracy\tvote\t");
    }
    Cli.Run zero = Cli.run("discover", data().toString(), "--threads", "0");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--threads must be from 1 to 4096, was 0");
  }

  /** Standard error without the read line's time, the one part that differs between runs. */
  private static String withoutReadTime(String err) {
    return err.replaceAll("(?m)^(read .*) in [0-9.]+ s$", "$1");
  }

  @Test
  void noSubcommand_exitsTwo() {
    Cli.Run run = Cli.run();
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("missing subcommand: expected one of discover, algorithms,")
        .contains("score").contains("stance");
  }

  @Test
  void discover_goodRun_exitsZeroWithOneAccuracyLinePerAlgorithm() throws IOException {
    Cli.Run run = Cli.run("discover", data().toString(), "--truth", gold().toString());
    assertThat(run.code()).as(run.err()).isZero();
    long algorithms = org.corroborate.Corroborate.truthDiscovery().algorithms().size();
    Pattern line = Pattern.compile("accuracy\t[a-z0-9-]+\t[01]\\.\\d{4}\t\\d+/2");
    assertThat(run.out().lines().filter(l -> l.startsWith("accuracy\t")))
        .hasSize((int) algorithms)
        .allMatch(l -> line.matcher(l).matches());
    assertThat(run.out()).contains("accuracy\tvote\t1.0000\t2/2");
    assertThat(run.err()).contains("read 8 lines (7 observations)")
        .contains("gold: 3 items, 2 present in the data, 1 absent (lhotse)");
  }

  @Test
  void discover_allWithGold_endsWithTheSummaryTable_mostAccurateFirst_andSummaryPrintsOnlyIt()
      throws IOException {
    Cli.Run run = Cli.run("discover", data().toString(), "--truth", gold().toString());
    assertThat(run.code()).as(run.err()).isZero();
    int algorithms = org.corroborate.Corroborate.truthDiscovery().algorithms().size();
    String table = run.out().substring(run.out().indexOf("\n== summary: "));
    java.util.List<String> rows = table.lines().skip(3).toList();
    assertThat(table).startsWith("\n== summary: " + algorithms + " algorithms, most accurate"
        + " first\nalgorithm\taccuracy\tcorrect\titerations\tconverged\n");
    assertThat(rows).hasSize(algorithms);
    // every row repeats its algorithm's accuracy line and its iteration line
    for (String row : rows) {
      String[] f = row.split("\t");
      assertThat(run.out()).contains("accuracy\t" + f[0] + "\t" + f[1] + "\t" + f[2] + "\n");
      assertThat(run.out()).contains("== " + f[0] + ": ");
      assertThat(run.out()).containsPattern("== " + Pattern.quote(f[0]) + ": [^\n]*\n" + f[3]
          + " iterations? \\(" + (f[4].equals("yes") ? "converged" : "did not converge"));
    }
    // most accurate first, ties by name
    for (int i = 1; i < rows.size(); i++) {
      String[] a = rows.get(i - 1).split("\t");
      String[] b = rows.get(i).split("\t");
      assertThat(a[1].compareTo(b[1]) > 0 || a[1].equals(b[1]) && a[0].compareTo(b[0]) < 0)
          .as(a[0] + " before " + b[0]).isTrue();
    }
    Cli.Run only = Cli.run("discover", data().toString(), "--truth", gold().toString(),
        "--summary");
    assertThat(only.code()).as(only.err()).isZero();
    assertThat(only.out()).isEqualTo(run.out().lines().findFirst().orElseThrow() + "\n" + table);
  }

  @Test
  void summary_withoutGold_listsIterationsInRunOrder_andWithJsonIsAUsageError()
      throws IOException {
    Cli.Run one = Cli.run("discover", data().toString(), "--algorithm", "vote", "--summary");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.out()).endsWith("\n== summary: 1 algorithm, in the order run\n"
        + "algorithm\titerations\tconverged\nvote\t1\tyes\n");
    // one algorithm without --summary: no table
    assertThat(Cli.run("discover", data().toString(), "--algorithm", "vote").out())
        .doesNotContain("== summary");
    Cli.Run json = Cli.run("discover", data().toString(), "--summary", "--format", "json");
    assertThat(json.code()).isEqualTo(2);
    assertThat(json.err()).contains("--summary: only with --format text");
    assertThat(json.out()).isEmpty();
  }

  @Test
  void numericComparison_refusesAValueThatIsNoNumber_namingItsLine_unlessKeptAsText()
      throws IOException {
    Path file = Files.writeString(dir.resolve("heights.tsv"),
        "site-a\teverest\t8849\nsite-b\teverest\tNot Available\nsite-c\teverest\t8848.9\n");
    Cli.Run refused = Cli.run("discover", file.toString(), "--compare", "numeric:1",
        "--algorithm", "vote");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains(file + ":2: column 3 (value): 'Not Available' is not a"
        + " number, a time of day or a date").contains("--non-numeric text");
    assertThat(refused.out()).isEmpty();
    Cli.Run kept = Cli.run("discover", file.toString(), "--compare", "numeric:1",
        "--algorithm", "vote", "--non-numeric", "text");
    assertThat(kept.code()).as(kept.err()).isZero();
    // 8849 and 8848.9 agree within 1; the text value stands alone
    assertThat(kept.out()).containsPattern("(?m)^everest\t8849\t");
    // exact comparison reads any text
    assertThat(Cli.run("discover", file.toString(), "--algorithm", "vote").code()).isZero();
  }

  @Test
  void discover_defaultWithoutGold_runsTruthFinder() throws IOException {
    Cli.Run run = Cli.run("discover", data().toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("== truthfinder: ").doesNotContain("accuracy\t");
    assertThat(run.out()).containsPattern("(?m)^everest\t8849\t[01]\\.\\d{4}$");
  }

  @Test
  void engineSpark_withoutTheSparkModule_exitsTwoSayingHowToGetIt() throws IOException {
    // this module has no Spark, at compile time or in its tests: no engine is registered
    for (String[] engine : new String[][] {{"--engine", "spark"}, {"--engine=spark"}}) {
      List<String> args = new ArrayList<>(List.of("discover", data().toString(), "--algorithm",
          "sums"));
      args.addAll(List.of(engine));
      Cli.Run run = Cli.run(args.toArray(new String[0]));
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("--engine spark: no Spark engine on the class path")
          .contains("./corroborate launcher").contains("scoring-spark");
    }
  }

  @Test
  void master_withoutEngineSpark_isAUsageError() throws IOException {
    Cli.Run run = Cli.run("discover", data().toString(), "--master", "local[2]");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--master local[2]: only with --engine spark");
  }

  @Test
  void engine_unknown_isAUsageErrorNamingTheOption_andLocalIsTheDefault() throws IOException {
    Cli.Run run = Cli.run("discover", data().toString(), "--engine", "bogus");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--engine: unknown engine 'bogus'; known: local, spark");
    Cli.Run local = Cli.run("discover", data().toString(), "--engine", "local");
    assertThat(local.code()).as(local.err()).isZero();
    assertThat(local.outBytes()).isEqualTo(Cli.run("discover", data().toString()).outBytes());
  }

  @Test
  void discover_missingFile_exitsTwoNamingIt() {
    Path missing = dir.resolve("missing.tsv");
    Cli.Run run = Cli.run("discover", missing.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(missing.toString()).contains("no such file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void discover_unknownAlgorithm_exitsTwoListingKnownNames() throws IOException {
    Cli.Run run = Cli.run("discover", data().toString(), "--algorithm", "oracle");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("unknown algorithm 'oracle'").contains("truthfinder")
        .contains("vote");
  }

  @Test
  void discover_malformedLine_exitsTwoNamingFileLineAndField() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.tsv"), "s1\ti1\tv1\ns2\ti1\n");
    Cli.Run run = Cli.run("discover", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(file + ":2: column 3 (value): missing column");
  }

  @Test
  void discover_nanUnderNumeric_exitsTwoNamingLineAndField() throws IOException {
    Path file = Files.writeString(dir.resolve("n.tsv"), "s1\ti1\t1.5\ns2\ti1\tNaN\ns3\ti1\tInfinity\n");
    Cli.Run run = Cli.run("discover", file.toString(), "--compare", "numeric:0.5");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(file + ":2: column 3 (value): cannot read 'NaN'");
    Path inf = Files.writeString(dir.resolve("i.tsv"), "s1\ti1\t1.5\ns3\ti1\tInfinity\n");
    Cli.Run infinity = Cli.run("discover", inf.toString(), "--compare", "numeric");
    assertThat(infinity.code()).isEqualTo(2);
    assertThat(infinity.err()).contains(inf + ":2: column 3 (value): cannot read 'Infinity'");
  }

  @Test
  void discover_rejectDuplicates_exitsTwoNamingLine() throws IOException {
    Path file = Files.writeString(dir.resolve("d.tsv"), "s1\ti1\ta\ns1\ti1\tb\n");
    Cli.Run run = Cli.run("discover", file.toString(), "--duplicates", "reject");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(file + ":2: column 3 (value): conflicting duplicate");
  }

  @Test
  void discover_unknownParameter_exitsTwo() throws IOException {
    Cli.Run run = Cli.run("discover", data().toString(), "--param", "nonsense=1");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--param nonsense");
  }

  @Test
  void discover_badComparison_exitsTwo() throws IOException {
    Cli.Run run = Cli.run("discover", data().toString(), "--compare", "fuzzy");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--compare");
  }

  @Test
  void discover_onlyComments_exitsTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.tsv"), "# nothing\n\n");
    Cli.Run run = Cli.run("discover", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("holds no observations");
  }

  @Test
  void discover_json_isByteIdenticalAcrossRunsAndWellFormed() throws IOException {
    String[] args = {
      "discover", data().toString(), "--truth", gold().toString(), "--format", "json",
      "--compare", "numeric:1"
    };
    Cli.Run first = Cli.run(args);
    Cli.Run second = Cli.run(args);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.outBytes()).isEqualTo(second.outBytes());
    String json = first.out();
    assertThat(json).doesNotContain("NaN").doesNotContain("Infinity").doesNotContain("\r");
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
    JsonNode vote = null;
    for (JsonNode algorithm : root.get("algorithms")) {
      assertThat(algorithm.fieldNames()).toIterable()
          .containsSubsequence("name", "parameters", "iterations", "converged", "accuracy",
              "items", "sources");
      if (algorithm.get("name").textValue().equals("vote")) {
        vote = algorithm;
      }
    }
    assertThat(vote).isNotNull();
    assertThat(vote.get("accuracy").get("correct").intValue()).isEqualTo(2);
    assertThat(vote.get("accuracy").get("total").intValue()).isEqualTo(2);
    JsonNode everest = vote.get("items").get(0);
    assertThat(everest.get("id").textValue()).isEqualTo("everest");
    assertThat(everest.get("chosen").textValue()).isEqualTo("8849");
    assertThat(everest.get("values").get(0).get("sources")).hasSize(2);
    assertThat(vote.get("sources").get(0).fieldNames()).toIterable()
        .containsExactly("id", "trust", "claims");
  }

  @Test
  void discover_text_isByteIdenticalAcrossRuns() throws IOException {
    String[] args = {"discover", data().toString(), "--truth", gold().toString()};
    assertThat(Cli.run(args).outBytes()).isEqualTo(Cli.run(args).outBytes());
  }

  @Test
  void discover_underTurkishLocale_printsTheSameBytes() throws IOException {
    String[] args = {
      // upper-case option values: lower-casing them under the Turkish locale gives a dotless i
      "discover", data().toString(), "--truth", gold().toString(), "--compare", "NUMERIC:0.5",
      "--algorithm", "ALL", "--duplicates", "FIRST", "--input-format", "TSV"
    };
    Locale saved = Locale.getDefault();
    byte[] root;
    byte[] turkish;
    try {
      Locale.setDefault(Locale.ROOT);
      root = Cli.run(args).outBytes();
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      Cli.Run run = Cli.run(args);
      assertThat(run.code()).as(run.err()).isZero();
      turkish = run.outBytes();
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(turkish).isEqualTo(root);
    assertThat(new String(turkish, StandardCharsets.UTF_8)).contains("accuracy\ttruthfinder\t");
  }

  @Test
  void discover_out_writesTheReportToTheFile() throws IOException {
    Path report = dir.resolve("report.json");
    Cli.Run run =
        Cli.run("discover", data().toString(), "--format", "json", "--out", report.toString(),
            "--algorithm", "vote");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report)).startsWith("{\n  \"schemaVersion\": 1,");
  }

  @Test
  void algorithms_listsEveryAlgorithmWithCitationAndParameters() {
    Cli.Run run = Cli.run("algorithms");
    assertThat(run.code()).isZero();
    for (var info : org.corroborate.Corroborate.truthDiscovery().algorithms()) {
      assertThat(run.out()).contains(info.name() + "\t" + info.title());
      assertThat(run.out()).contains(info.citation());
      for (var p : info.parameters()) {
        assertThat(run.out()).contains("--param " + p.name() + "=");
      }
    }
  }

  @Test
  void discover_explainJson_givesEachChosenValueItsTreeWithTheRootEqualToTheConfidence()
      throws IOException {
    Cli.Run run = Cli.run("discover", data().toString(), "--algorithm", "vote", "--format",
        "json", "--explain");
    assertThat(run.code()).as(run.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode root =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    com.fasterxml.jackson.databind.JsonNode everest = root.at("/algorithms/0/items/0");
    assertThat(everest.get("id").asText()).isEqualTo("everest");
    // two of the three sites giving a height for Everest say 8849: 2 / 3
    assertThat(everest.at("/explanation/value").asDouble())
        .isEqualTo(everest.get("confidence").asDouble())
        .isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(everest.at("/explanation/combination").asText()).isEqualTo("FORMULA");
    assertThat(everest.at("/explanation/details")).hasSize(2);
    assertThat(everest.at("/explanation/details/0/value").asDouble()).isEqualTo(2.0);
    assertThat(root.at("/algorithms/0/sources/0/explanation/value").asDouble())
        .isEqualTo(root.at("/algorithms/0/sources/0/trust").asDouble());
    assertThat(root.at("/algorithms/0/dependencies")).isEmpty();
  }

  @Test
  void discover_explainText_printsTheTreeUnderEachItem() throws IOException {
    Cli.Run run = Cli.run("discover", data().toString(), "--algorithm", "vote", "--explain");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("everest\t8849\t0.6667\n    0.666667 = vote share");
    Cli.Run plain = Cli.run("discover", data().toString(), "--algorithm", "vote");
    assertThat(plain.out()).doesNotContain("vote share");
  }

  @Test
  void discover_folderWithDanglingAndLoopingLinks_warnsAboutEach() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("links"));
    Files.writeString(folder.resolve("mountains.tsv"), DATA);
    Files.createSymbolicLink(folder.resolve("dangling.tsv"), folder.resolve("gone.tsv"));
    Files.createSymbolicLink(folder.resolve("loop.tsv"), folder.resolve("loop.tsv"));
    Cli.Run run = Cli.run("discover", folder.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("warning: " + folder.resolve("dangling.tsv")
            + ": is a link to a file that does not exist; skipped")
        .contains("warning: " + folder.resolve("loop.tsv")
            + ": is a link that loops back on itself; skipped");
  }
}
