package org.corroborate.impl.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The article headlines of the Emergent training claims ({@code emergent-train/articles.csv}),
 * read with a small RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes),
 * and their gold classes (the claim ids, numbered in order of first appearance).
 *
 * <p>The split: a claim is in the tuning half when {@code Math.floorMod(claimId.hashCode(), 2) ==
 * 0} ({@link String#hashCode()} is specified, so the split is the same on every JVM), else in the
 * held-out half.
 */
public record EmergentHeadlines(List<String> headlines, List<String> claimIds) {

  static EmergentHeadlines read(Path articles) throws IOException {
    List<List<String>> rows = csv(Files.readString(articles, StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    int claim = header.indexOf("claimId");
    int headline = header.indexOf("articleHeadline");
    if (claim < 0 || headline < 0) {
      throw new IllegalArgumentException(articles + ": expected columns claimId and"
          + " articleHeadline, found " + header);
    }
    List<String> texts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue;
      }
      texts.add(row.get(headline));
      ids.add(row.get(claim));
    }
    return new EmergentHeadlines(List.copyOf(texts), List.copyOf(ids));
  }

  /**
   * The benchmark file {@code relative} under {@code ../../shared/datasets} (or {@code
   * -Dcorroborate.datasets}); the calling test is skipped, with a message, when it is absent.
   */
  public static Path require(String relative) {
    String property = System.getProperty("corroborate.datasets");
    Path datasets = property != null ? Path.of(property) : Path.of("..", "..", "shared", "datasets");
    Path path = datasets.resolve(relative);
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(path), "skipped: benchmark data "
        + path.toAbsolutePath().normalize()
        + " is absent (set -Dcorroborate.datasets=FOLDER to point at it)");
    return path;
  }

  static boolean tuningHalf(String claimId) {
    return Math.floorMod(claimId.hashCode(), 2) == 0;
  }

  /** The headlines of one half ({@code tuning} true: the tuning half), in file order. */
  EmergentHeadlines half(boolean tuning) {
    List<String> texts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < headlines.size(); i++) {
      if (tuningHalf(claimIds.get(i)) == tuning) {
        texts.add(headlines.get(i));
        ids.add(claimIds.get(i));
      }
    }
    return new EmergentHeadlines(List.copyOf(texts), List.copyOf(ids));
  }

  int[] gold() {
    Map<String, Integer> number = new TreeMap<>();
    int[] out = new int[claimIds.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number.computeIfAbsent(claimIds.get(i), k -> number.size());
    }
    return out;
  }

  long claims() {
    return claimIds.stream().distinct().count();
  }

  /** Parses RFC 4180 CSV: rows of fields; quoted fields may hold commas, quotes and line breaks. */
  public static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
