package org.corroborate.benchmarks.news;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The article headlines of the Emergent training claims ({@code emergent-train/articles.csv}
 * under {@code -Dcorroborate.datasets}, else {@code ../shared/datasets} or {@code
 * ../../shared/datasets}, so that it is found from the repository root and from a module folder)
 * with their claim ids, in file order. Data are never copied into the project.
 *
 * <p>The halves are those of scoring-impl's {@code EmergentGroupingTest}: a claim is in the
 * tuning half when {@code Math.floorMod(claimId.hashCode(), 2) == 0} ({@link String#hashCode()}
 * is specified, so the split is the same on every JVM), else held out.
 */
record EmergentHeadlines(List<String> headlines, List<String> claimIds) {
  static final String FILE = "emergent-train/articles.csv";

  EmergentHeadlines {
    headlines = List.copyOf(headlines);
    claimIds = List.copyOf(claimIds);
    if (headlines.size() != claimIds.size()) {
      throw new IllegalArgumentException(headlines.size() + " headlines but " + claimIds.size()
          + " claim ids");
    }
  }

  /** Returns the data file when it exists. */
  static Optional<Path> locate() {
    String property = System.getProperty("corroborate.datasets");
    List<Path> folders = property != null ? List.of(Path.of(property))
        : List.of(Path.of("..", "shared", "datasets"), Path.of("..", "..", "shared", "datasets"));
    return folders.stream().map(f -> f.resolve(FILE)).filter(Files::isRegularFile).findFirst();
  }

  /** Reads the file; columns are found by name ({@code claimId}, {@code articleHeadline}). */
  static EmergentHeadlines read(Path articles) throws IOException {
    List<List<String>> rows = CsvRows.parse(Files.readString(articles, StandardCharsets.UTF_8));
    int claim = rows.get(0).indexOf("claimId");
    int headline = rows.get(0).indexOf("articleHeadline");
    if (claim < 0 || headline < 0) {
      throw new IllegalArgumentException(articles + ": no claimId or articleHeadline column in "
          + rows.get(0));
    }
    List<String> texts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() > Math.max(claim, headline)) {
        texts.add(row.get(headline));
        ids.add(row.get(claim));
      }
    }
    return new EmergentHeadlines(texts, ids);
  }

  /** Returns the headlines of the tuning half ({@code tuning} true) or of the held-out half. */
  EmergentHeadlines half(boolean tuning) {
    List<String> texts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < headlines.size(); i++) {
      if ((Math.floorMod(claimIds.get(i).hashCode(), 2) == 0) == tuning) {
        texts.add(headlines.get(i));
        ids.add(claimIds.get(i));
      }
    }
    return new EmergentHeadlines(texts, ids);
  }

  /** Returns each headline's gold class: its claim, numbered in order of first appearance. */
  int[] gold() {
    Map<String, Integer> number = new HashMap<>();
    return claimIds.stream().mapToInt(id -> number.computeIfAbsent(id, k -> number.size()))
        .toArray();
  }

  /** Returns the number of distinct claims. */
  int claims() {
    return (int) claimIds.stream().distinct().count();
  }
}
