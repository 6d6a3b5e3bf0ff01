package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stance on FNC-1 against the targets, on the held-back 20% of the body-disjoint split
 * (the shipped weights were fitted on the other 80% and emergent-train's headlines), and the
 * shipped weights against a refit. Skips when the data sets are absent.
 */
@Tag("accuracy")
class StanceAccuracyTest {
  /** The data set file {@code relative}; the calling test is skipped when it is absent. */
  static Path require(String relative) {
    String property = System.getProperty("corroborate.datasets");
    Path base = property != null ? Path.of(property) : Path.of("..", "..", "shared", "datasets");
    Path path = base.resolve(relative);
    assumeTrue(Files.exists(path), "skipped: benchmark data " + path.toAbsolutePath().normalize()
        + " is absent (set -Dcorroborate.datasets=FOLDER to point at it)");
    return path;
  }

  private static Map<String, Double> metrics(String part, String... options) {
    Path stances = require("fnc-1/train_stances.csv");
    Path bodies = require("fnc-1/train_bodies.csv");
    List<String> args = new ArrayList<>(List.of("stance", stances.toString(), bodies.toString(),
        "--part", part));
    args.addAll(List.of(options));
    Cli.Run run = Cli.run(args.toArray(new String[0]));
    assertThat(run.code()).as(run.err()).isZero();
    System.out.print(run.out());
    Map<String, Double> m = new HashMap<>();
    for (String line : run.out().split("\n")) {
      String[] f = line.split("\t");
      if (f[0].equals("challenge-score") || f[0].equals("macro-f1")) {
        m.put(f[0], Double.parseDouble(f[2]));
      } else if (f[0].equals("f1")) {
        m.put("f1-" + f[2], Double.parseDouble(f[3]));
      }
    }
    return m;
  }

  @Test
  void heldOutFifth_meetsTheTargets() {
    Map<String, Double> m = metrics("holdout");
    assertThat(m.get("macro-f1")).isGreaterThanOrEqualTo(0.589);
    assertThat(m.get("f1-disagree")).isGreaterThan(0.15);
    assertThat(m.get("challenge-score")).isGreaterThanOrEqualTo(78.9);
  }

  /** The command of docs/accuracy.md rewrites the shipped weights byte for byte. */
  @Test
  void refitOnFncTrainingPartAndEmergent_reproducesTheShippedModel(@TempDir Path dir)
      throws IOException {
    Path emergent = require("emergent-train/articles.csv").getParent();
    Path refit = dir.resolve("stance-model.json");
    Map<String, Double> m = metrics("holdout", "--fit", refit.toString(), "--emergent",
        emergent.toString());
    assertThat(m.get("challenge-score")).isGreaterThanOrEqualTo(78.9);
    assertThat(Files.readString(refit, StandardCharsets.UTF_8)).isEqualTo(Files.readString(
        Path.of("..", "scoring-impl", "src", "main", "resources", "org", "corroborate", "impl",
            "stance", "stance-model.json"), StandardCharsets.UTF_8));
  }

  @Test
  void trainingPart_isReportedToo() {
    Map<String, Double> m = metrics("train");
    assertThat(m.get("challenge-score")).isBetween(0.0, 100.0);
    assertThat(m.get("macro-f1")).isGreaterThan(0.5);
  }
}
