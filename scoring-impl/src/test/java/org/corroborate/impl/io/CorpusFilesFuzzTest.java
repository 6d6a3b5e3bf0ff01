package org.corroborate.impl.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.news.CorpusReadOptions;

/**
 * Fuzz targets for the corpus reader, the first code to see an untrusted corpus. The contract:
 * a corpus, or an {@link IllegalArgumentException} (or {@link IOException}) whose message names
 * the file read; never another exception, a Jackson class name, or a file from outside the
 * folder. A normal test run replays the seed corpora in {@code CorpusFilesFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} one target is fuzzed (CONTRIBUTING.md).
 */
class CorpusFilesFuzzTest {
  /** A folder per JVM: two text files, a binary one, a sub-folder and a link to a file outside. */
  private static final Path DIR = folder();

  private static Path folder() {
    try {
      Path dir = Files.createTempDirectory("corpus-fuzz");
      Files.writeString(dir.resolve("a.txt"), "Officials said 40 people died in Hasakah.\n");
      Files.writeString(dir.resolve("b.txt"), "Police said 41 people died in Hasakah on Monday.\n");
      Files.write(dir.resolve("bin.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 'x'});
      Files.createDirectories(dir.resolve("sub"));
      Files.writeString(dir.resolve("sub/c.txt"), "The ministry said 12 prisoners escaped.\n");
      Path outside = Files.createTempFile("corpus-fuzz-outside", ".txt");
      Files.writeString(outside, "SECRET outside the corpus folder.\n");
      outside.toFile().deleteOnExit();
      Files.createSymbolicLink(dir.resolve("link.txt"), outside);
      for (String f : List.of("a.txt", "b.txt", "bin.txt", "sub/c.txt", "link.txt", "sub", "")) {
        dir.resolve(f).toFile().deleteOnExit();
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any bytes as {@code manifest.json} next to the folder's files, read leniently and strictly. */
  @FuzzTest(maxDuration = "10m")
  void manifest(byte[] data) throws IOException {
    Path manifest = DIR.resolve(CorpusFiles.MANIFEST);
    Files.write(manifest, data);
    manifest.toFile().deleteOnExit();
    for (boolean strict : new boolean[] {false, true}) {
      checkContract(List.of(manifest), CorpusReadOptions.builder().strict(strict).build());
    }
    checkContract(List.of(DIR), CorpusReadOptions.builder().maxDocumentBytes(64).build());
  }

  /** Any bytes as a {@code .txt} document, with the default limits and with a limit of 16 bytes. */
  @FuzzTest(maxDuration = "10m")
  void textFile(byte[] data) throws IOException {
    Path text = DIR.resolve("sub/fuzzed.txt");
    Files.write(text, data);
    text.toFile().deleteOnExit();
    for (boolean strict : new boolean[] {false, true}) {
      checkContract(List.of(text), CorpusReadOptions.builder().strict(strict).build());
      checkContract(List.of(text),
          CorpusReadOptions.builder().strict(strict).maxDocumentBytes(16).build());
    }
  }

  /** Any bytes as an {@code .html} page, with the default limits and with a limit of 64 bytes. */
  @FuzzTest(maxDuration = "10m")
  void htmlFile(byte[] data) throws IOException {
    Path page = DIR.resolve("sub/fuzzed.html");
    Files.write(page, data);
    page.toFile().deleteOnExit();
    for (boolean strict : new boolean[] {false, true}) {
      checkContract(List.of(page), CorpusReadOptions.builder().strict(strict).build());
      checkContract(List.of(page),
          CorpusReadOptions.builder().strict(strict).maxDocumentBytes(64).build());
    }
  }

  private static void checkContract(List<Path> paths, CorpusReadOptions options) {
    Corpus corpus;
    try {
      corpus = CorpusFiles.read(paths, options);
    } catch (IllegalArgumentException | IOException e) {
      assertThat(e.getMessage()).as("message of %s", e).isNotNull().contains(DIR.toString())
          .doesNotContain("com.fasterxml").doesNotContain("SECRET");
      return;
    }
    for (Document d : corpus.documents()) {
      // binary text is read here and refused by the pipeline's TextValidator (TextPipelineFuzzTest)
      assertThat(d.text()).doesNotContain("SECRET");
    }
    for (String warning : corpus.skipped()) {
      assertThat(warning).doesNotContain("com.fasterxml");
    }
  }
}
