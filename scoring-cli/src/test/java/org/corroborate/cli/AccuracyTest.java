package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.Corroborate;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.NumberValue;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueSimilarity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accuracy of every algorithm on the shared real data sets (Book, Flight subset, Weather), read
 * through the same readers and evaluation as {@code corroborate discover --truth};
 * docs/accuracy.md tabulates what this prints.
 * Skipped, with a message, when {@code ../../shared/datasets} (or {@code -Dcorroborate.datasets})
 * is absent.
 *
 * <p>Floors: the targets where it sets one (TruthFinder at least .83 on Book; exact-match
 * vote about .76 on the Flight subset), and otherwise the measured accuracy less two gold items, so
 * that a regression fails here. Results are deterministic, so the margins cover only deliberate
 * changes of tie-breaking, never noise.
 */
@Tag("accuracy")
class AccuracyTest {
  private static final TruthDiscovery SERVICE = Corroborate.truthDiscovery();
  private static final String DEPEN = "accu-copy uniform-accuracy=1 (Depen)";

  private static Path datasets() {
    String property = System.getProperty("corroborate.datasets");
    return property != null ? Path.of(property) : Path.of("..", "..", "shared", "datasets");
  }

  private static Path require(String relative) {
    Path path = datasets().resolve(relative);
    assumeTrue(Files.exists(path), "skipped: benchmark data " + path.toAbsolutePath().normalize()
        + " is absent (set -Dcorroborate.datasets=FOLDER to point at it)");
    return path;
  }

  /** Accuracy of each algorithm, in name order. */
  private static Map<String, Evaluation> evaluate(
      Path claims, InputFormat format, Path gold, ValueComparison comparison) throws IOException {
    ValueSimilarity similarity = SERVICE.similarity(comparison);
    ObservationReader.Result data =
        new ObservationReader(format, similarity, comparison.toString(), DuplicatePolicy.FIRST)
            .nonNumericAsText() // the published commands' --non-numeric text ("Not Available")
            .read(claims);
    GoldReader.Gold truth = GoldReader.read(gold, similarity, comparison.toString(),
        data.naming());
    ObservationSet observations = data.observations();
    Map<String, Evaluation> out = new LinkedHashMap<>();
    for (AlgorithmInfo algorithm : SERVICE.algorithms()) {
      TruthDiscoveryConfig config = TruthDiscoveryConfig.builder()
          .algorithm(algorithm.name()).comparison(comparison).build();
      out.put(algorithm.name(),
          Evaluation.of(SERVICE.discover(observations, config), truth.values(), similarity));
    }
    // Dong et al.'s DEPEN: copy detection with every source equally accurate
    TruthDiscoveryConfig depen = TruthDiscoveryConfig.builder().algorithm("accu-copy")
        .parameter("uniform-accuracy", 1).comparison(comparison).build();
    out.put(DEPEN, Evaluation.of(SERVICE.discover(observations, depen), truth.values(), similarity));
    return out;
  }

  private static void print(String title, Map<String, Evaluation> results) {
    StringBuilder table = new StringBuilder("\n" + title + "\n| algorithm | accuracy | correct |\n"
        + "|---|---|---|\n");
    results.forEach((name, e) -> table.append(String.format(Locale.ROOT, "| %s | %.4f | %d/%d |%n",
        name, e.correct() / (double) e.total(), e.correct(), e.total())));
    System.out.println(table);
  }

  private static double accuracy(Map<String, Evaluation> results, String algorithm) {
    Evaluation e = results.get(algorithm);
    return e.correct() / (double) e.total();
  }

  @Test
  void book_wholeAuthorListRule_everyAlgorithm() throws IOException {
    Map<String, Evaluation> results = evaluate(
        require("book/dafna_format/claims.txt"), InputFormat.DAFNA,
        require("book/dafna_format/book_golden.txt"), ValueComparison.authors());
    print("Book, 100 gold books, whole author list after normalisation (--compare authors)",
        results);
    assertThat(results.values()).allSatisfy(e -> assertThat(e.total()).isEqualTo(100));
    // the target; Dong et al. report .83, Yin et al. 85 books
    assertThat(accuracy(results, "truthfinder")).isGreaterThanOrEqualTo(0.83);
    Map<String, Double> floors = Map.of(
        "vote", 0.82, "sums", 0.80, "average-log", 0.85, "investment", 0.87,
        "pooled-investment", 0.93, "truthfinder", 0.91, "cosine", 0.91,
        "2-estimates", 0.83, "3-estimates", 0.82);
    // the targets for Accu, AccuSim and Depen (.81; measured .81 with copy detection on
    // pairs sharing at least 10 books, min-shared-items, see docs/accuracy.md); AccuCopy at its
    // measured .85 less two books, and not below the plain vote
    Map<String, Double> bayesian = Map.of(
        "accu", 0.85, "accu-sim", 0.87, "accu-copy", 0.83, DEPEN, 0.81, "pop-accu", 0.90);
    bayesian.forEach((name, floor) ->
        assertThat(accuracy(results, name)).as(name).isGreaterThanOrEqualTo(floor));
    floors.forEach((name, floor) ->
        assertThat(accuracy(results, name)).as(name).isGreaterThanOrEqualTo(floor));
    Map<String, Double> lossAndEmFloors = Map.of("crh", 0.87, "catd", 0.92, "dawid-skene", 0.91);
    lossAndEmFloors.forEach((name, floor) ->
        assertThat(accuracy(results, name)).as(name).isGreaterThanOrEqualTo(floor));
    // SimpleLCA and GuessLCA (Pasternack and Roth report 86.51 and 89.10 with their own scoring)
    // and LTM on whole lists: measured 93, 93 and 94 of 100, floors two gold items below
    Map<String, Double> latent = Map.of("simple-lca", 0.91, "guess-lca", 0.91, "ltm", 0.92);
    latent.forEach((name, floor) ->
        assertThat(accuracy(results, name)).as(name).isGreaterThanOrEqualTo(floor));
    // the fact-finders that weigh sources must beat the plain vote here
    assertThat(accuracy(results, "truthfinder")).isGreaterThan(accuracy(results, "vote"));
    assertThat(accuracy(results, "pooled-investment")).isGreaterThan(accuracy(results, "vote"));
    assertThat(accuracy(results, "accu-copy")).isGreaterThanOrEqualTo(accuracy(results, "vote"));
  }

  /**
   * LTM scored as Zhao et al. score it: (book, author) facts, precision, recall and F1 against the
   * gold authors (see {@link AuthorFactEvaluation}); the target is F1 at least .95
   * (published .997 on their version of the data). Seeded, so the number is reproducible.
   */
  @Test
  void book_authorFacts_ltm() throws IOException {
    ValueComparison comparison = ValueComparison.authors();
    ValueSimilarity similarity = SERVICE.similarity(comparison);
    ObservationReader.Result data =
        new ObservationReader(InputFormat.DAFNA, similarity, comparison.toString(),
            DuplicatePolicy.FIRST).read(require("book/dafna_format/claims.txt"));
    GoldReader.Gold truth = GoldReader.read(require("book/dafna_format/book_golden.txt"),
        similarity, comparison.toString(), data.naming());
    StringBuilder table = new StringBuilder(
        "\nBook, 100 gold books, (book, author) facts\n| algorithm | precision | recall | F1 | "
            + "true positives / predicted / gold |\n|---|---|---|---|---|\n");
    Map<String, AuthorFactEvaluation> results = new LinkedHashMap<>();
    for (String name : List.of("vote", "simple-lca", "guess-lca", "ltm")) {
      AuthorFactEvaluation e = AuthorFactEvaluation.of(SERVICE.discover(data.observations(),
          TruthDiscoveryConfig.builder().algorithm(name).comparison(comparison).build()),
          truth.values(), similarity);
      results.put(name, e);
      table.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %d / %d / %d |%n", name,
          e.precision(), e.recall(), e.f1(), e.truePositives(), e.predicted(), e.gold()));
    }
    System.out.println(table);
    assertThat(results.get("ltm").f1()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void flight_exactAndFiveMinuteTolerance_everyAlgorithm(@TempDir Path dir) throws IOException {
    Path raha = require("flight/raha_subset_2011-12-01");
    Path claims = dir.resolve("flight-claims.tsv");
    Path gold = dir.resolve("flight-gold.tsv");
    flightToTsv(raha.resolve("dirty.csv"), claims, false);
    flightToTsv(raha.resolve("clean.csv"), gold, true);

    Map<String, Evaluation> exact = evaluate(claims, InputFormat.TSV, gold,
        ValueComparison.exact());
    print("Flight subset, 400 items (flight x attribute), exact match of the text", exact);
    assertThat(exact.values()).allSatisfy(e -> assertThat(e.total()).isEqualTo(400));
    // the data set's README: exact-match majority vote over cells scores about .76
    assertThat(accuracy(exact, "vote")).isCloseTo(0.76, within(0.03));

    Map<String, Evaluation> tolerant = evaluate(claims, InputFormat.TSV, gold,
        ValueComparison.numeric(5));
    print("Flight subset, times parsed, within 5 minutes (--compare numeric:5)", tolerant);
    // a time tolerance merges spellings and near-equal times: it helps every algorithm
    for (String name : exact.keySet()) {
      assertThat(accuracy(tolerant, name)).as(name)
          .isGreaterThanOrEqualTo(accuracy(exact, name));
    }
    // the issue: AccuCopy beats majority vote, with and without the tolerance
    assertThat(accuracy(exact, "accu-copy")).isGreaterThan(accuracy(exact, "vote"));
    assertThat(accuracy(tolerant, "accu-copy")).isGreaterThan(accuracy(tolerant, "vote"));
    Map<String, Double> floors = new java.util.HashMap<>(Map.of("vote", 0.87, "cosine", 0.94,
        "pooled-investment", 0.94, "accu-copy", 0.95, "pop-accu", 0.95, "crh", 0.85,
        "catd", 0.795, "dawid-skene", 0.9525));
    floors.putAll(Map.of("simple-lca", 0.94, "guess-lca", 0.94, "ltm", 0.87));
    floors.forEach((name, floor) ->
        assertThat(accuracy(tolerant, name)).as(name).isGreaterThanOrEqualTo(floor));
  }

  /**
   * Weather (DAFNA release: 16 sites, 365,890 numeric claims, AccuWeather's own values as the
   * truth). Values are parsed as numbers; a chosen value is right within 1% of the truth ({@code
   * --compare numeric:1%}, which also merges spellings such as 30.10 and 30.1). Prints, per
   * algorithm, the share within tolerance, the mean absolute error of the chosen value (in the
   * property's unit, so the overall figure mixes degrees, percent, inches and miles), the same per
   * property, and the run time on the whole data set (printed only, never asserted).
   */
  @Test
  void weather_numericWithinOnePercent_everyAlgorithm() throws IOException {
    Path claims = require("weather/dafna_format/claims");
    Path gold = require("weather/dafna_format/truth");
    ValueComparison comparison = ValueComparison.numericRelative(0.01);
    ValueSimilarity similarity = SERVICE.similarity(comparison);
    ObservationReader.Result data =
        new ObservationReader(InputFormat.DAFNA, similarity, comparison.toString(),
            DuplicatePolicy.FIRST).nonNumericAsText().read(claims); // '16-Apr' and the like
    GoldReader.Gold truth = GoldReader.read(gold, similarity, comparison.toString(),
        data.naming());
    ObservationSet observations = data.observations();
    // a site often reports one city and hour several times: its first value is kept
    assertThat(data.records()).isEqualTo(365_890);
    StringBuilder table = new StringBuilder("\nWeather, " + data.records() + " claims read, "
        + observations.size() + " kept (first value per site and item), AccuWeather's values as "
        + "truth, within 1% (--compare numeric:1%)\n"
        + "| algorithm | within 1% | mean abs. error | run time (ms) "
        + "| per property: within 1% / MAE |\n"
        + "|---|---|---|---|---|\n");
    Map<String, Double> within = new LinkedHashMap<>();
    Map<String, Double> errors = new LinkedHashMap<>();
    for (AlgorithmInfo algorithm : SERVICE.algorithms()) {
      TruthDiscoveryConfig config = TruthDiscoveryConfig.builder()
          .algorithm(algorithm.name()).comparison(comparison).build();
      long start = System.nanoTime();
      TruthDiscoveryResult result = SERVICE.discover(observations, config);
      long millis = (System.nanoTime() - start) / 1_000_000;
      Evaluation e = Evaluation.of(result, truth.values(), similarity);
      Map<String, double[]> perProperty = new java.util.TreeMap<>(); // n, within, abs error
      double[] all = new double[3];
      for (Map.Entry<String, List<Value>> entry : truth.values().entrySet()) {
        java.util.Optional<ItemResult> item = Evaluation.find(result, entry.getKey());
        if (item.isEmpty()
            || !(item.get().chosen() instanceof NumberValue chosen)
            || !(entry.getValue().get(0) instanceof NumberValue expected)) {
          continue;
        }
        String id = entry.getKey();
        String property = id.substring(id.lastIndexOf('/') + 1);
        double[] p = perProperty.computeIfAbsent(property, k -> new double[3]);
        boolean ok = similarity.matches(chosen, expected);
        double error = Math.abs(chosen.number() - expected.number());
        for (double[] acc : List.of(p, all)) {
          acc[0]++;
          acc[1] += ok ? 1 : 0;
          acc[2] += error;
        }
      }
      StringBuilder properties = new StringBuilder();
      perProperty.forEach((name, p) -> properties.append(String.format(Locale.ROOT,
          "%s %.3f / %.3f; ", name, p[1] / p[0], p[2] / p[0])));
      within.put(algorithm.name(), e.correct() / (double) e.total());
      errors.put(algorithm.name(), all[2] / all[0]);
      table.append(String.format(Locale.ROOT, "| %s | %.4f (%d/%d) | %.4f | %d | %s|%n",
          algorithm.name(), e.correct() / (double) e.total(), e.correct(), e.total(),
          all[2] / all[0], millis, properties));
    }
    System.out.println(table);
    // every gold item is a numeric item of the data
    assertThat(truth.values()).hasSize(22_570);
    // floors: the measured share within 1% less about half a point (docs/accuracy.md), and the
    // measured mean absolute error plus about .05
    Map<String, Double> floors = Map.of("vote", 0.65, "crh", 0.62, "catd", 0.585,
        "dawid-skene", 0.71);
    floors.forEach((name, floor) ->
        assertThat(within.get(name)).as(name).isGreaterThanOrEqualTo(floor));
    Map<String, Double> ceilings = Map.of("vote", 1.65, "crh", 1.45, "catd", 1.58,
        "dawid-skene", 1.17);
    ceilings.forEach((name, ceiling) ->
        assertThat(errors.get(name)).as(name).isLessThanOrEqualTo(ceiling));
    // CRH's weighted median was closer to the truth on average than the vote (1.40 against 1.60)
    // while the vote's ties went to the smaller number; with ties going to the sources that agree
    // with clear majorities (issue 18) the vote's error is 1.34, so only CRH's ceiling is asserted
    // Dawid-Skene stays closest on both measures
    assertThat(errors.get("dawid-skene")).isLessThan(errors.get("vote"));
    assertThat(within.get("dawid-skene")).isGreaterThan(within.get("vote"));
  }

  /**
   * Writes the raha CSV ({@code tuple_id,src,flight,sched_dep_time,act_dep_time,sched_arr_time,
   * act_arr_time}, no quoting) as TSV: each flight and attribute is an item; empty cells are no
   * claim. For the gold (clean.csv, the truth copied onto every row) one line per item is kept.
   */
  static void flightToTsv(Path csv, Path tsv, boolean gold) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(",", -1);
    List<String> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      for (int k = 3; k < header.length; k++) {
        if (f[k].isBlank()) {
          continue;
        }
        String item = f[2] + "/" + header[k];
        if (gold) {
          if (seen.add(item)) {
            out.add(item + "\t" + f[k]);
          }
        } else {
          out.add(f[1] + "\t" + item + "\t" + f[k]);
        }
      }
    }
    Files.write(tsv, out, StandardCharsets.UTF_8);
  }
}
