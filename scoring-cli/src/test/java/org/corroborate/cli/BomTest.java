package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM has no parent, so it repeats the version: it must be the reactor's, and it must align
 * every library module and nothing a host should not depend on (the benchmarks).
 */
class BomTest {
  private static String read(String relative) throws IOException {
    return Files.readString(Path.of("..").resolve(relative), StandardCharsets.UTF_8);
  }

  private static String projectVersion(String pom) {
    // the first <version> after the project's own <artifactId> (parent poms name a parent first)
    Matcher m = Pattern.compile("<artifactId>(corroborate-parent|corroborate-bom)</artifactId>\\s*"
        + "<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find()).as("project version").isTrue();
    return m.group(2);
  }

  @Test
  void bom_alignsEveryLibraryModule_atTheReactorsVersion() throws IOException {
    String parent = read("pom.xml");
    String bom = read("corroborate-bom/pom.xml");
    String version = projectVersion(parent);
    assertThat(projectVersion(bom)).isEqualTo(version);
    assertThat(bom).doesNotContain("<parent>");
    Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(bom.substring(bom.indexOf("<dependencyManagement>")));
    List<String> managed = new ArrayList<>();
    while (m.find()) {
      assertThat(m.group(2)).as(m.group(1)).isEqualTo(version);
      managed.add(m.group(1));
    }
    assertThat(managed).containsExactly("scoring-api", "scoring-impl", "scoring-embeddings",
        "scoring-cli", "scoring-spark");
    assertThat(parent).contains("<module>corroborate-bom</module>");
  }
}
