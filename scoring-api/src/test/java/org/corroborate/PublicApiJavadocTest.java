package org.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public or protected type and member of the API and implementation modules carries a
 * Javadoc comment (doclint, on in the build, checks the comments' HTML, syntax and references;
 * this test checks none is missing, in the summary-sentence style the modules use).
 */
class PublicApiJavadocTest {
  /** This module's sources, and the implementation's next to it (its public types too). */
  private static final List<Path> SOURCES = List.of(Path.of("src", "main", "java"),
      Path.of("..", "scoring-impl", "src", "main", "java"));

  @Test
  void everyPublicDeclaration_hasAJavadocComment() throws IOException {
    List<String> missing = new ArrayList<>();
    int read = 0;
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          missing.addAll(undocumented(file));
          read++;
        }
      }
    }
    assertThat(read).as("source files read").isGreaterThan(100);
    assertThat(missing).isEmpty();
  }

  @Test
  void theCheck_findsAnUndocumentedMember() throws IOException {
    Path file = Files.createTempFile("Sample", ".java");
    try {
      Files.writeString(file, "/** A type. */\npublic final class Sample {\n"
          + "  /** Documented. */\n  public int a() { return 1; }\n\n"
          + "  @Deprecated\n  public int b() { return 2; }\n}\n");
      assertThat(undocumented(file)).containsExactly(file + ":7: public int b() { return 2; }");
    } finally {
      Files.delete(file);
    }
  }

  private static List<String> undocumented(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    boolean inComment = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (inComment) {
        inComment = !line.contains("*/");
        continue;
      }
      if (line.startsWith("/*") && !line.contains("*/")) {
        inComment = true;
        continue;
      }
      if (!(line.startsWith("public ") || line.startsWith("protected "))) {
        continue;
      }
      int j = i - 1;
      boolean overrides = false; // an override inherits the overridden method's comment
      while (j >= 0 && lines.get(j).strip().startsWith("@")) {
        overrides |= lines.get(j).strip().equals("@Override");
        j--;
      }
      if (!overrides && (j < 0 || !lines.get(j).strip().endsWith("*/"))) {
        missing.add(file + ":" + (i + 1) + ": " + line);
      }
    }
    return missing;
  }
}
