package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, output all or nothing: with {@code --algorithm all --out FILE}, a run failing part-way
 * left half a JSON document in FILE. The commands now write through {@link AtomicOutput}.
 */
class AtomicOutputTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  private static AtomicOutput.Body failingMidway() {
    return out -> {
      out.write("{\"algorithms\": [{\"name\": \"accu\"".getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw new IOException("the run failed part-way");
    };
  }

  @Test
  void write_runFailsMidway_leavesNoFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("report.json");

    assertThatThrownBy(() -> AtomicOutput.write(target, failingMidway()))
        .hasMessage("the run failed part-way");

    assertThat(files(dir)).isEmpty();
  }

  @Test
  void write_runFailsMidway_leavesExistingFileUntouched(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "the previous report\n");

    assertThatThrownBy(() -> AtomicOutput.write(target, failingMidway()))
        .isInstanceOf(IOException.class);

    assertThat(Files.readString(target)).isEqualTo("the previous report\n");
    assertThat(files(dir)).containsExactly(target);
  }

  /**
   * Regression: {@code discover --out /dev/null} (the benchmark command) moved its temporary file
   * over the device, leaving a regular file at /dev/null for every program on the machine.
   */
  @Test
  void write_toDevNull_writesThroughAndKeepsTheDevice() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null device");

    AtomicOutput.write(devNull, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(Files.size(devNull)).isZero();
  }

  @Test
  void write_runSucceeds_replacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "the previous report\n");

    AtomicOutput.write(target, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(Files.readString(target)).isEqualTo("{}\n");
    assertThat(files(dir)).containsExactly(target);
  }

  @Test
  void score_out_sameBytesAsStandardOutputAndNothingOnStandardOutput(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("report.json");

    Cli.Run run = Cli.run("score", SEEDS.toString(), "--format", "json", "--out",
        target.toString());

    assertThat(run.code()).isZero();
    assertThat(run.outBytes()).isEmpty();
    assertThat(Files.readAllBytes(target))
        .isEqualTo(Cli.once("score", SEEDS.toString(), "--format", "json").outBytes());
    assertThat(files(dir)).containsExactly(target);
  }

  @Test
  void discover_outInAMissingFolder_failsBeforeReadingAnything(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("missing").resolve("report.json");

    Cli.Run run = Cli.run("discover", dir.resolve("no-such-input.tsv").toString(), "--out",
        target.toString());

    assertThat(run.code()).isEqualTo(CorroborateCommand.BAD_INPUT);
    assertThat(run.err()).contains("--out").contains("does not exist");
    assertThat(files(dir)).isEmpty();
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
