package org.corroborate.benchmarks.news;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Document;

/**
 * The article bodies of FNC-1 ({@code train_bodies.csv}, two CSV fields, the second quoted with
 * line breaks) as documents for the text benchmarks, read from {@code ../shared/datasets} or the
 * folder named by {@code -Dcorroborate.datasets}. Data are never copied into the project.
 */
final class FncBodies {
  private FncBodies() {}

  static List<Document> load() {
    String folder = System.getProperty("corroborate.datasets", "../shared/datasets");
    Path file = Path.of(folder, "fnc-1", "train_bodies.csv");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("FNC-1 bodies not found at " + file.toAbsolutePath()
          + "; pass -Dcorroborate.datasets=FOLDER", e);
    }
    List<Document> out = new ArrayList<>();
    List<List<String>> rows = CsvRows.parse(text);
    for (List<String> fields : rows.subList(Math.min(1, rows.size()), rows.size())) {
      if (fields.size() == 2) {
        out.add(Document.of("b" + fields.get(0), "s" + fields.get(0), fields.get(1)));
      }
    }
    return out;
  }

  /** {@code n} documents: the bodies in file order, repeated with new ids when n exceeds them. */
  static List<Document> documents(List<Document> bodies, int n) {
    List<Document> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Document b = bodies.get(i % bodies.size());
      int round = i / bodies.size();
      out.add(Document.of(b.id() + "-" + round, "source" + (i % 97), b.text()));
    }
    return out;
  }
}
