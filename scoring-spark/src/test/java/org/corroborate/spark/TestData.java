package org.corroborate.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The equivalence tests' observations as (source, item, value) rows: a seeded synthetic set, and
 * the Flight and Book data read at test time from {@code ../../shared/datasets} (or the folder
 * named by {@code -Dcorroborate.datasets}); a test on absent data is skipped with a message.
 */
final class TestData {
  private TestData() {}

  private static Path datasets() {
    String property = System.getProperty("corroborate.datasets");
    return property != null ? Path.of(property) : Path.of("..", "..", "shared", "datasets");
  }

  /**
   * A file under the data sets folder, for tests that read it themselves; a test on absent data is
   * skipped.
   */
  static Path file(String relative) {
    return require(relative);
  }

  private static Path require(String relative) {
    Path path = datasets().resolve(relative);
    assumeTrue(Files.exists(path), "skipped: benchmark data " + path.toAbsolutePath().normalize()
        + " is absent (set -Dcorroborate.datasets=FOLDER to point at it)");
    return path;
  }

  /**
   * The benchmarks' generator idea at a small size: 200 sources with hidden accuracies in [0.3,
   * 0.95] covering 10 to 30 of 300 items each, values from a domain of 4 (so votes tie often); a
   * source gives a second, different value for an item with probability 0.03 and repeats a row
   * with probability 0.03.
   */
  static List<String[]> synthetic(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int sources = 200;
    int items = 300;
    int domain = 4;
    int[] truth = new int[items];
    for (int i = 0; i < items; i++) {
      truth[i] = random.nextInt(domain);
    }
    List<String[]> rows = new ArrayList<>();
    for (int s = 0; s < sources; s++) {
      double accuracy = 0.3 + 0.65 * random.nextDouble();
      int covered = 10 + random.nextInt(21);
      String source = String.format(Locale.ROOT, "s%03d", s);
      for (int k = 0; k < covered; k++) {
        int item = random.nextInt(items);
        int value = random.nextDouble() < accuracy ? truth[item] : random.nextInt(domain);
        String itemId = String.format(Locale.ROOT, "i%03d", item);
        rows.add(new String[] {source, itemId, "v" + value});
        if (random.nextDouble() < 0.03) {
          rows.add(new String[] {source, itemId, "v" + ((value + 1) % domain)});
        }
        if (random.nextDouble() < 0.03) {
          rows.add(new String[] {source, itemId, "v" + value});
        }
      }
    }
    return rows;
  }

  /**
   * The rows with only the first value each source gives each item (repeated rows dropped too):
   * a set where no source gives an item two values, on which the engine and the Estimates job
   * take an item's sums over its voters from its claims' sums.
   */
  static List<String[]> firstValues(List<String[]> rows) {
    Set<List<String>> seen = new HashSet<>();
    List<String[]> out = new ArrayList<>();
    for (String[] row : rows) {
      if (seen.add(List.of(row[0], row[1]))) {
        out.add(row);
      }
    }
    return out;
  }

  /**
   * A small random set: 3 to 8 sources, 3 to 10 items, 2 to 4 values, each source giving each
   * item a value with probability 0.6 (the sets on which Estimates' dual-solution test fires were
   * found among these).
   */
  static List<String[]> small(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int sources = 3 + random.nextInt(6);
    int items = 3 + random.nextInt(8);
    int domain = 2 + random.nextInt(3);
    List<String[]> rows = new ArrayList<>();
    for (int s = 0; s < sources; s++) {
      for (int i = 0; i < items; i++) {
        if (random.nextDouble() < 0.6) {
          rows.add(new String[] {"s" + s, "i" + i, "v" + random.nextInt(domain)});
        }
      }
    }
    return rows;
  }

  /**
   * Flight (raha subset, 2011-12-01) as docs/accuracy.md converts it: each flight and time
   * attribute is an item, each site's non-empty cell a claim, values compared as written.
   */
  static List<String[]> flight() {
    Path dirty = require("flight/raha_subset_2011-12-01/dirty.csv");
    List<String[]> rows = new ArrayList<>();
    String[] header = null;
    for (String line : lines(dirty)) {
      if (line.isBlank()) {
        continue;
      }
      String[] field = line.replace("\r", "").split(",", -1);
      if (header == null) {
        header = field;
        continue;
      }
      for (int k = 3; k <= 6; k++) {
        if (!field[k].isEmpty()) {
          rows.add(new String[] {field[1], field[2] + "/" + header[k], field[k]});
        }
      }
    }
    return rows;
  }

  /**
   * Book (DAFNA layout, fields split by {@code "|\t"}): item = field 2, value = field 4 (the
   * author string as written), source = field 5; rows with a blank field are left out.
   */
  static List<String[]> book() {
    Path claims = require("book/dafna_format/claims.txt");
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(claims)) {
      String[] field = line.split("\\|\t", -1);
      if (field.length > 5 && !field[2].isBlank() && !field[4].isBlank()
          && !field[5].isBlank()) {
        rows.add(new String[] {field[5], field[2], field[4]});
      }
    }
    return rows;
  }

  private static List<String> lines(Path path) {
    try {
      return List.of(new String(Files.readAllBytes(path), StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
