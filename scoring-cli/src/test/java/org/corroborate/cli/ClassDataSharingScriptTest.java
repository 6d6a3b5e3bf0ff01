package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 5: the launcher's class-data-sharing archive ({@code
 * scoring-cli/class-data-sharing.sh}, sourced by {@code ./corroborate}). Making a real archive
 * needs the shaded jar, which the build makes after these tests; the tests here cover what decides
 * whether the seconds of making one are spent: an archive made for this jar and JVM is reused, a
 * jar that cannot give one is tried once and not on every run, and a changed jar is tried again.
 * They run the script under bash with {@code set -euo pipefail}, as the launcher does.
 */
class ClassDataSharingScriptTest {
  private static final Path SCRIPT = Path.of("class-data-sharing.sh").toAbsolutePath();

  private record Run(int exit, String out, String err) {}

  /** Sources the script and runs {@code command} with the arguments as $1, $2, ... */
  private static Run bash(String command, String... arguments) throws Exception {
    return bash(Map.of(), command, arguments);
  }

  /** {@link #bash(String, String...)} with {@code variables} added to the environment. */
  private static Run bash(Map<String, String> variables, String command, String... arguments)
      throws Exception {
    List<String> line = new ArrayList<>(List.of("bash", "-c",
        "set -euo pipefail; source \"$0\"; " + command, SCRIPT.toString()));
    line.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(line);
    Map<String, String> env = builder.environment();
    // the java of this test run first, so that the key names a JVM whatever PATH holds
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.get("PATH"));
    env.putAll(variables);
    // standard error to a file, so that neither stream can fill up while the other is read
    Path errors = Files.createTempFile("class-data-sharing", ".err");
    try {
      builder.redirectError(errors.toFile());
      Process p = builder.start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = p.waitFor();
      return new Run(exit, out, Files.readString(errors));
    } finally {
      Files.delete(errors);
    }
  }

  /** {@code cds_archive JAR HOME}, then the flags it set, one per line. */
  private static Run archive(Path jar, Path home) throws Exception {
    return bash("cds_archive \"$1\" \"$2\"; "
        + "if ((${#CDS_FLAGS[@]})); then printf '%s\\n' \"${CDS_FLAGS[@]}\"; fi",
        jar.toString(), home.toString());
  }

  @Test
  void archive_jarGivesNoArchive_triesOnceThenRunsWithout(@TempDir Path dir) throws Exception {
    Path jar = Files.write(dir.resolve("broken-all.jar"), new byte[] {1, 2, 3});

    Run first = archive(jar, dir);
    Run second = archive(jar, dir);

    assertThat(first.exit()).isZero();
    assertThat(first.out()).isEmpty();
    assertThat(first.err()).contains("making the class-data-sharing archive")
        .contains("made no class-data-sharing archive");
    assertThat(dir.resolve("broken-all.jsa")).doesNotExist();
    assertThat(dir.resolve("broken-all.jsa.key")).exists();
    assertThat(second.exit()).isZero();
    assertThat(second.out()).isEmpty();
    assertThat(second.err()).isEmpty();
  }

  /**
   * The user's options for the command's JVM (an agent, a flight recording) are not the training
   * and dumping JVMs': an option every JVM refuses, given in all three variables, neither reaches
   * the trainer nor stops the dump. The trainer here lists one class; the dump makes a real
   * archive of it for an empty class-path folder.
   */
  @Test
  void prepare_userJvmOptions_leftOutOfTrainingAndDump(@TempDir Path dir) throws Exception {
    Files.createDirectory(dir.resolve("classes"));
    Path keyFile = Files.writeString(dir.resolve("built"), "x");
    String bad = "-XX:+NoSuchOptionForThisTest";
    Run run = bash(Map.of("JAVA_TOOL_OPTIONS", bad, "JDK_JAVA_OPTIONS", bad, "_JAVA_OPTIONS", bad),
        "train() { printf '%s|%s|%s\\n' \"${JAVA_TOOL_OPTIONS-unset}\" "
            + "\"${JDK_JAVA_OPTIONS-unset}\" \"${_JAVA_OPTIONS-unset}\" >\"$2/seen\"; "
            + "printf 'java/lang/Object\\n' >\"$3/1.lst\"; }; "
            + "cds_prepare \"$1/t.jsa\" \"$1/classes\" train \"$1\" \"$2\"; "
            + "printf '%s\\n' \"${CDS_FLAGS[@]-}\"; printf '%s\\n' \"$JAVA_TOOL_OPTIONS\"",
        dir.toString(), keyFile.toString());

    assertThat(run.exit()).isZero();
    assertThat(Files.readString(dir.resolve("seen"))).isEqualTo("unset|unset|unset\n");
    assertThat(run.err()).doesNotContain("made no class-data-sharing archive");
    assertThat(dir.resolve("t.jsa")).exists();
    // the command's own JVM still gets them, and the archive
    assertThat(run.out()).isEqualTo("-XX:SharedArchiveFile=" + dir.resolve("t.jsa") + "\n"
        + bad + "\n");
  }

  @Test
  void archive_jarChanged_triesAgain(@TempDir Path dir) throws Exception {
    Path jar = Files.write(dir.resolve("broken-all.jar"), new byte[] {1, 2, 3});
    archive(jar, dir);
    Files.setLastModifiedTime(jar,
        FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 10_000));

    Run again = archive(jar, dir);

    assertThat(again.err()).contains("making the class-data-sharing archive");
  }

  @Test
  void archive_madeForThisJarAndJvm_reusedWithoutMaking(@TempDir Path dir) throws Exception {
    Path jar = Files.write(dir.resolve("cli-all.jar"), new byte[] {1, 2, 3});
    Path jsa = Files.write(dir.resolve("cli-all.jsa"), new byte[] {4});
    Run key = bash("cds_key \"$1\" && printf '%s\\n' \"$CDS_KEY\"", jar.toString());
    Files.writeString(dir.resolve("cli-all.jsa.key"), key.out());

    Run run = archive(jar, dir);

    assertThat(key.out()).startsWith("file " + jar.toRealPath() + " 3 ").contains("\njava /");
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("-XX:SharedArchiveFile=" + jsa + "\n");
  }

  @Test
  void key_sameJarMovedElsewhere_differs(@TempDir Path dir) throws Exception {
    // the archive holds the jar's path, and the JVM refuses it for a jar elsewhere, however alike
    FileTime built = FileTime.fromMillis(1_700_000_000_000L);
    Path jar = Files.write(dir.resolve("cli-all.jar"), new byte[] {1, 2, 3});
    Path moved = Files.copy(jar,
        Files.createDirectory(dir.resolve("moved")).resolve("cli-all.jar"));
    Files.setLastModifiedTime(jar, built);
    Files.setLastModifiedTime(moved, built);

    Run here = bash("cds_key \"$1\" && printf '%s\\n' \"$CDS_KEY\"", jar.toString());
    Run there = bash("cds_key \"$1\" && printf '%s\\n' \"$CDS_KEY\"", moved.toString());

    assertThat(Files.getLastModifiedTime(moved)).isEqualTo(Files.getLastModifiedTime(jar));
    assertThat(here.out()).isNotEqualTo(there.out());
  }

  @Test
  void sparkArchive_classPathGivesNoArchive_keyedByBothFilesBesideTheList(@TempDir Path dir)
      throws Exception {
    Path jar = Files.write(dir.resolve("scoring-spark.jar"), new byte[] {1, 2, 3});
    Path list = Files.writeString(dir.resolve("corroborate-spark.classpath"),
        dir.resolve("missing.jar").toString());
    String command = "cds_spark_archive \"$1\" \"$2\" \"$3\"; "
        + "if ((${#CDS_FLAGS[@]})); then printf '%s\\n' \"${CDS_FLAGS[@]}\"; fi; "
        + "printf >&2 'class path %s\\n' \"$CDS_CLASSPATH\"";

    Run first = bash(command, jar.toString(), list.toString(), dir.toString());
    Run second = bash(command, jar.toString(), list.toString(), dir.toString());
    Files.setLastModifiedTime(list,
        FileTime.fromMillis(Files.getLastModifiedTime(list).toMillis() + 10_000));
    Run listChanged = bash(command, jar.toString(), list.toString(), dir.toString());

    assertThat(first.err()).contains("made no class-data-sharing archive");
    assertThat(first.out()).isEmpty();
    assertThat(dir.resolve("corroborate-spark.jsa.key")).exists();
    assertThat(Files.readString(dir.resolve("corroborate-spark.jsa.key")))
        .contains("file " + jar.toRealPath() + " ").contains("file " + list.toRealPath() + " ");
    // the class path the command runs with is the one the archive was made for
    String classPath = "class path " + jar + ":" + dir.resolve("missing.jar") + "\n";
    assertThat(first.err()).endsWith(classPath);
    assertThat(second.err()).isEqualTo(classPath); // nothing made, nothing said
    assertThat(listChanged.err()).contains("making the class-data-sharing archive");
  }

  @Test
  void mergeLists_numberedAndPlainLists_eachClassOnceWithoutNumbers(@TempDir Path dir)
      throws Exception {
    // Java 17 writes plain names; later JVMs number them and name other loaders' classes by number
    Path plain = Files.writeString(dir.resolve("1.lst"), String.join("\n",
        "# NOTE: Do not modify this file.",
        "java/lang/Object",
        "org/corroborate/cli/A",
        "@lambda-proxy org/corroborate/cli/A run ()Ljava/lang/Runnable;",
        "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_L",
        "@lambda-form-invoker [SPECIES_RESOLVE] java.lang.invoke.BoundMethodHandle$Species_LL",
        ""));
    Path numbered = Files.writeString(dir.resolve("2.lst"), String.join("\n",
        "java/lang/Object id: 0",
        "org/corroborate/cli/B id: 7",
        "org/other/Loaded id: 8 super: 0 source: /tmp/other.jar",
        "@cp org/corroborate/cli/B 3 9",
        "org/corroborate/cli/A id: 9",
        "@lambda-proxy org/corroborate/cli/A run ()Ljava/lang/Runnable;",
        ""));

    Run merged = bash("cds_merge_lists \"$@\"", plain.toString(), numbered.toString());

    assertThat(merged.out()).isEqualTo(String.join("\n",
        "java/lang/Object",
        "org/corroborate/cli/A",
        "@lambda-proxy org/corroborate/cli/A run ()Ljava/lang/Runnable;",
        "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_L",
        "org/corroborate/cli/B",
        "@cp org/corroborate/cli/B 3 9",
        ""));
  }
}
