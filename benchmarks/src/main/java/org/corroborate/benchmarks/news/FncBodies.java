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
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean header = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        if (!header && fields.size() == 2) {
          out.add(Document.of("b" + fields.get(0), "s" + fields.get(0), fields.get(1)));
        }
        header = false;
        fields.clear();
      } else {
        field.append(c);
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
