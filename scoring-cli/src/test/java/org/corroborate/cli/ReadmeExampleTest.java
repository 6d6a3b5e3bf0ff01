package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.corroborate.Corroborate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the Java example of the README, so the documented API use keeps working. */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");

  @TempDir Path dir;

  @Test
  void readmeExample_compilesRunsAndPrintsTheChosenValue() throws Exception {
    List<String> lines = compileAndRun(javaBlocks(readme()).get(0)).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("chosen: 8849");
    assertThat(lines.get(1)).startsWith("confidence: ");
    double confidence = Double.parseDouble(lines.get(1).substring("confidence: ".length()));
    assertThat(confidence).isBetween(0.5, 1.0);
    assertThat(lines.get(2)).startsWith("because: ").hasSizeGreaterThan("because: ".length());
  }

  @Test
  void readmeNewsExample_compilesRuns_andTheTwoWiresCorroborateEachOther() throws Exception {
    List<String> lines = compileAndRun(javaBlocks(readme()).get(1)).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("wire-a reliability 0.");
    assertThat(lines.get(1)).startsWith("wire-b reliability 0.");
    // the same 300 prisoners escaping the Hasakah jail, told by a minister and by local monitors
    assertThat(lines.get(2)).startsWith("CORROBORATED by 2 independent sources, confidence 0.");
  }

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  private String compileAndRun(String source) throws Exception {
    Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
    assertThat(name.find()).as("the README's java block declares a public class").isTrue();
    Path file = dir.resolve(name.group(1) + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("tests need a JDK, not a JRE").isNotNull();
    String classPath = String.join(File.pathSeparator, location(Corroborate.class),
        System.getProperty("java.class.path"));
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, "-Xlint:all", "-Werror", "-d",
        dir.toString(), "-classpath", classPath, file.toString());
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    return runMain(name.group(1));
  }

  /** Returns the fenced java blocks of a Markdown text, in order. */
  static List<String> javaBlocks(String markdown) {
    Matcher block = Pattern.compile("(?s)```java\\n(.*?)```").matcher(markdown);
    List<String> blocks = new java.util.ArrayList<>();
    while (block.find()) {
      blocks.add(block.group(1));
    }
    assertThat(blocks).as("README.md has two ```java blocks").hasSize(2);
    return blocks;
  }

  private String runMain(String className) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(saved);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static String location(Class<?> type) throws IOException {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
