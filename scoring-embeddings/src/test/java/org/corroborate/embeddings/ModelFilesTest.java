package org.corroborate.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's native files stay in the run's own temporary folder: a fresh JVM whose home and
 * temporary directory are two empty folders loads the model and embeds; while it runs, the
 * folder it unpacked to is already gone, and after it exits both the home and the temporary
 * directory are empty again (nothing under {@code ~/.djl.ai}, no {@code onnxruntime-java*} left).
 */
class ModelFilesTest {

  @Test
  void loadingTheModel_leavesNothingInHomeOrTemporaryDirectory(@TempDir Path root)
      throws IOException, InterruptedException {
    Path home = Files.createDirectory(root.resolve("home"));
    Path tmp = Files.createDirectory(root.resolve("tmp"));
    List<String> path = new ArrayList<>();
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        path.add(value);
      }
    }
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp,
        "-cp", String.join(File.pathSeparator, path),
        ModelFilesProbe.class.getName());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove(ModelFiles.DJL_CACHE_DIR);
    builder.environment().remove(ModelFiles.ENGINE_CACHE_DIR);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("probe finished").isTrue();
    assertThat(process.exitValue()).as("probe exit code; output:%n%s", output).isZero();

    assertThat(output).contains("vectors=2");
    assertThat(output).contains("folder=" + tmp.resolve("corroborate-embeddings-"));
    assertThat(output).as("the folder is deleted once the libraries are loaded").contains("exists=false");
    assertThat(list(home)).as("files left in the home folder").isEmpty();
    assertThat(list(tmp)).as("files left in the temporary directory").isEmpty();
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString())
          .sorted().toList();
    }
  }
}
