package org.corroborate.impl.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of this module show the pipeline: a stage imports only the stages before it, the
 * leaf packages import none, and each package says so in its {@code package-info.java}.
 */
class PackageLayoutTest {
  private static final Path ROOT = Path.of("src", "main", "java", "org", "corroborate", "impl");

  /** The news pipeline's packages in stage order: each may import only those before it. */
  private static final List<String> PIPELINE = List.of("lang", "token", "clean", "sentence",
      "extract", "match", "relate", "independence", "verdict", "reliability", "report", "news");

  /** What the packages outside the pipeline may import. */
  private static final Map<String, Set<String>> OTHERS = Map.of(
      "format", Set.of(), "io", Set.of(), "compare", Set.of(), "truth", Set.of("compare"),
      "stance", Set.of("lang"));

  /** Packages outside the pipeline a stage may use besides the earlier stages. */
  private static final Map<String, Set<String>> UTILITIES = Map.of(
      "reliability", Set.of("format"), "report", Set.of("format"), "news", Set.of("format", "io"));

  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?org\\.corroborate\\.impl\\.([a-z]+)\\.", Pattern.MULTILINE);

  @Test
  void everyPackage_isKnown_andHasAPackageInfoSayingWhatItMayNotImport() throws IOException {
    Set<String> found = packages();
    Set<String> known = new TreeSet<>(PIPELINE);
    known.addAll(OTHERS.keySet());
    assertThat(found).isEqualTo(known);
    for (String p : found) {
      Path info = ROOT.resolve(p).resolve("package-info.java");
      assertThat(info).as(p).exists();
      assertThat(Files.readString(info, StandardCharsets.UTF_8)).as(p).contains("May not import");
    }
  }

  @Test
  void eachStage_importsOnlyEarlierStages() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : imports().entrySet()) {
      String from = e.getKey();
      Set<String> allowed = allowed(from);
      for (String to : e.getValue()) {
        if (!allowed.contains(to)) {
          violations.add(from + " imports " + to);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theCheck_findsABackwardImport() {
    assertThat(allowed("match")).contains("extract", "lang").doesNotContain("relate", "news");
    assertThat(allowed("lang")).isEmpty();
    assertThat(allowed("truth")).containsExactly("compare");
    Matcher m = IMPORT.matcher("package x;\nimport org.corroborate.impl.relate.AgreementScorer;\n");
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("relate");
  }

  private static Set<String> allowed(String from) {
    int stage = PIPELINE.indexOf(from);
    if (stage < 0) {
      return OTHERS.get(from);
    }
    Set<String> allowed = new TreeSet<>(PIPELINE.subList(0, stage));
    allowed.addAll(UTILITIES.getOrDefault(from, Set.of()));
    return allowed;
  }

  private static Set<String> packages() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      Set<String> out = new TreeSet<>();
      dirs.filter(Files::isDirectory).forEach(d -> out.add(d.getFileName().toString()));
      return out;
    }
  }

  /** For each package, the other packages of this module its main sources import. */
  private static Map<String, Set<String>> imports() throws IOException {
    Map<String, Set<String>> out = new TreeMap<>();
    for (String p : packages()) {
      Set<String> to = new TreeSet<>();
      try (Stream<Path> files = Files.list(ROOT.resolve(p))) {
        for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = IMPORT.matcher(Files.readString(f, StandardCharsets.UTF_8));
          while (m.find()) {
            if (!m.group(1).equals(p)) {
              to.add(m.group(1));
            }
          }
        }
      }
      out.put(p, to);
    }
    return out;
  }
}
