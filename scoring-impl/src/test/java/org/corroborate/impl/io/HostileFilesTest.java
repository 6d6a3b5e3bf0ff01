package org.corroborate.impl.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.news.CorpusReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and careless corpus files (issue 13): files outside the manifest's folder, files too
 * large to hold, things that are not files, duplicate keys, deep nesting, broken links.
 */
class HostileFilesTest {
  private static final String SECRET = "The secret budget was 42 million dollars, officials said.\n";

  @TempDir Path dir;

  /** A folder {@code corpus/} with one manifest whose only document names {@code file}. */
  private Path manifest(String file) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path manifest = corpus.resolve("manifest.json");
    Files.writeString(manifest, "{\"schemaVersion\": 1,\n  \"documents\": [\n    {\"file\": \""
        + file.replace("\\", "\\\\") + "\", \"id\": \"d\", \"outlet\": {\"id\": \"o\", \"name\": \"O\"},"
        + " \"title\": null, \"date\": null, \"genre\": \"NEWS\"}\n  ]\n}\n");
    return manifest;
  }

  private Path secret() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    return Files.writeString(outside.resolve("secret.txt"), SECRET);
  }

  @Test
  void manifestFileClimbingOutOfItsFolder_isNotRead() throws IOException {
    secret();
    Path manifest = manifest("../outside/secret.txt");
    assertThatThrownBy(() -> CorpusFiles.read(List.of(manifest), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessageStartingWith(manifest + ":3: documents[0].file: ")
        .hasMessageContaining("'../outside/secret.txt'")
        .hasMessageContaining("outside the manifest's folder");
  }

  @Test
  void manifestFileGivenAsAbsolutePathOutsideItsFolder_isNotRead() throws IOException {
    Path secret = secret();
    Path manifest = manifest(secret.toAbsolutePath().toString());
    assertThatThrownBy(() -> CorpusFiles.read(List.of(manifest), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessageStartingWith(manifest + ":3: documents[0].file: ")
        .hasMessageContaining("outside the manifest's folder");
  }

  @Test
  void manifestFileThatIsASymlinkToAFileOutside_isNotRead() throws IOException {
    Path secret = secret();
    Path manifest = manifest("link.txt");
    Files.createSymbolicLink(manifest.resolveSibling("link.txt"), secret);
    assertThatThrownBy(() -> CorpusFiles.read(List.of(manifest), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessageStartingWith(manifest + ":3: documents[0].file: ")
        .hasMessageContaining("'link.txt'")
        .hasMessageContaining("outside the manifest's folder");
  }

  @Test
  void manifestFileInsideItsFolder_throughASubfolderOrALinkInside_isRead() throws IOException {
    Path manifest = manifest("texts/../texts/a.txt");
    Files.createDirectories(manifest.resolveSibling("texts"));
    Files.writeString(manifest.resolveSibling("texts").resolve("a.txt"), SECRET);
    assertThat(CorpusFiles.read(List.of(manifest), false).documents())
        .extracting(Document::text).containsExactly(SECRET);
  }

  @Test
  void folderOfTextsHoldingASymlinkToAFileOutside_isNotRead() throws IOException {
    Path secret = secret();
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(folder.resolve("a.txt"), "Officials said the bridge reopened on Monday.\n");
    Files.createSymbolicLink(folder.resolve("b.txt"), secret);
    assertThatThrownBy(() -> CorpusFiles.read(List.of(folder), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessageStartingWith(folder.resolve("b.txt") + ": ")
        .hasMessageContaining("outside the folder");
  }

  @Test
  void threeGigabyteFile_isRefusedBySize_beforeAnyByteIsRead() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(folder.resolve("a.txt"), "Officials said the bridge reopened on Monday.\n");
    try (RandomAccessFile big = new RandomAccessFile(folder.resolve("big.txt").toFile(), "rw")) {
      big.setLength(3L << 30);
    }
    Corpus corpus = CorpusFiles.read(List.of(folder), false);
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("a");
    assertThat(corpus.skipped()).containsExactly(folder.resolve("big.txt")
        + ": is 3221225472 bytes, more than maxDocumentBytes (33554432)");
    assertThatThrownBy(() -> CorpusFiles.read(List.of(folder), true))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessage(folder.resolve("big.txt")
            + ": is 3221225472 bytes, more than maxDocumentBytes (33554432)");
  }

  @Test
  void deviceGivenAsPath_isReportedAsNotARegularFile_notAsMissing() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "/dev/zero exists");
    assertThatThrownBy(() -> CorpusFiles.read(List.of(zero), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessage("/dev/zero: is not a regular file (a device, pipe or socket)");
  }

  @Test
  void manifestFileThatIsAFolderOrAPipe_isReportedAsSuch_notAsMissing() throws Exception {
    Path manifest = manifest("sub.txt");
    Files.createDirectories(manifest.resolveSibling("sub.txt"));
    assertThatThrownBy(() -> CorpusFiles.read(List.of(manifest), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessage(manifest + ": documents[0].file: file 'sub.txt' is a folder, not a file");
    Path pipe = dir.resolve("pipe");
    Files.createDirectories(pipe);
    Path fifoManifest = Files.writeString(pipe.resolve("manifest.json"),
        Files.readString(manifest).replace("sub.txt", "fifo.txt"));
    assumeTrue(new ProcessBuilder("mkfifo", pipe.resolve("fifo.txt").toString())
        .start().waitFor() == 0, "mkfifo makes a pipe");
    assertThatThrownBy(() -> CorpusFiles.read(List.of(fifoManifest), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessage(fifoManifest + ": documents[0].file: file 'fifo.txt' is not a regular file"
            + " (a device, pipe or socket)");
  }

  @Test
  void duplicateKeyInManifest_isAnError_namingTheFileAndTheKey() throws IOException {
    Path manifest = manifest("a.txt");
    Files.writeString(manifest.resolveSibling("a.txt"), SECRET);
    Files.writeString(manifest, Files.readString(manifest)
        .replace("\"id\": \"d\",", "\"id\": \"d\", \"id\": \"e\","));
    assertThatThrownBy(() -> CorpusFiles.read(List.of(manifest), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessageStartingWith(manifest + ":3: ")
        .hasMessageContaining("duplicate key 'id'");
  }

  @Test
  void manifestNotJson_isAnError_namingTheFileAndLine_withoutJacksonLocationsOrAdvice()
      throws IOException {
    Path manifest = Files.writeString(dir.resolve("manifest.json"),
        "{\"schemaVersion\": 1,\n \"documents\": [");
    assertThatThrownBy(() -> CorpusFiles.read(List.of(manifest), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessage(manifest + ":2: not valid JSON: Unexpected end-of-input: expected close marker"
            + " for Array");
    Files.writeString(manifest, "{\"schemaVersion\": NaN}");
    assertThatThrownBy(() -> CorpusFiles.read(List.of(manifest), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessage(manifest + ":1: not valid JSON: Non-standard token 'NaN'");
  }

  @Test
  void manifestNestedVeryDeep_isAnError_namingTheFile_withoutJacksonClassNames() throws IOException {
    Path manifest = Files.writeString(dir.resolve("manifest.json"),
        "{\"schemaVersion\": 1, \"documents\": " + "[".repeat(100_000) + "]".repeat(100_000)
            + "}");
    assertThatThrownBy(() -> CorpusFiles.read(List.of(manifest), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessage(manifest + ": not valid JSON: nested deeper than 64 levels")
        .hasMessageNotContaining("com.fasterxml")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void danglingAndLoopingLinksInAFolder_areWarnedAbout_notSkippedSilently() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(folder.resolve("a.txt"), "Officials said the bridge reopened on Monday.\n");
    Files.createSymbolicLink(folder.resolve("dangling.txt"), folder.resolve("gone.txt"));
    Files.createSymbolicLink(folder.resolve("loop.txt"), folder.resolve("loop.txt"));
    Corpus corpus = CorpusFiles.read(List.of(folder), false);
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("a");
    assertThat(corpus.skipped()).containsExactly(
        folder.resolve("dangling.txt") + ": is a link to a file that does not exist",
        folder.resolve("loop.txt") + ": is a link that loops back on itself");
    assertThatThrownBy(() -> CorpusFiles.read(List.of(folder), true))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessage(folder.resolve("dangling.txt") + ": is a link to a file that does not exist");
  }

  @Test
  void unreadableFile_saysWhy() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Path file = Files.writeString(folder.resolve("a.txt"), SECRET);
    Files.writeString(folder.resolve("b.txt"), SECRET);
    Files.setPosixFilePermissions(file, java.util.Set.of());
    // root reads any file whatever its permissions: then there is nothing to report
    assumeFalse(Files.isReadable(file), "the tests do not run as root");
    assertThat(CorpusFiles.read(List.of(folder), false).skipped())
        .containsExactly(file + ": cannot be read: permission denied");
  }

  private Path fourTexts() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("four"));
    Files.writeString(folder.resolve("a.txt"), "Guards fled.");           // 12 bytes
    Files.writeString(folder.resolve("b.txt"), "Guards fled. ".repeat(8)); // 104 bytes
    Files.writeString(folder.resolve("c.txt"), "Rain fell.");             // 10 bytes
    Files.writeString(folder.resolve("d.txt"), "Rain fell.");             // 10 bytes
    return folder;
  }

  private static List<String> ids(Corpus corpus) {
    return corpus.documents().stream().map(Document::id).toList();
  }

  @Test
  void maxDocumentBytes_leavesALargerDocumentOut_namingItAndTheLimit() throws IOException {
    Path folder = fourTexts();
    Corpus corpus = CorpusFiles.read(List.of(folder),
        CorpusReadOptions.builder().maxDocumentBytes(100).build());
    assertThat(ids(corpus)).containsExactly("a", "c", "d");
    assertThat(corpus.skipped()).containsExactly(
        folder.resolve("b.txt") + ": is 104 bytes, more than maxDocumentBytes (100)");
  }

  @Test
  void maxCorpusBytes_leavesOutTheDocumentsThatWouldPassIt_namingThemAndTheLimit()
      throws IOException {
    Path folder = fourTexts();
    Corpus corpus = CorpusFiles.read(List.of(folder),
        CorpusReadOptions.builder().maxCorpusBytes(25).build());
    assertThat(ids(corpus)).containsExactly("a", "c");
    assertThat(corpus.skipped()).containsExactly(
        folder.resolve("b.txt") + ": left out: its 104 bytes would bring the corpus to 116, more"
            + " than maxCorpusBytes (25)",
        folder.resolve("d.txt") + ": left out: its 10 bytes would bring the corpus to 32, more"
            + " than maxCorpusBytes (25)");
  }

  @Test
  void maxDocuments_leavesTheRestOut_namingTheFirstAndCountingTheOthers() throws IOException {
    Path folder = fourTexts();
    Corpus corpus = CorpusFiles.read(List.of(folder),
        CorpusReadOptions.builder().maxDocuments(2).build());
    assertThat(ids(corpus)).containsExactly("a", "b");
    assertThat(corpus.skipped()).containsExactly(
        folder.resolve("c.txt") + ": left out: the corpus already holds maxDocuments (2)"
            + " documents",
        "1 more documents left out: the corpus holds maxDocuments (2)");
    assertThatThrownBy(() -> CorpusFiles.read(List.of(folder),
        CorpusReadOptions.builder().maxDocuments(2).strict(true).build()))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessage(folder.resolve("c.txt") + ": left out: the corpus already holds maxDocuments"
            + " (2) documents");
  }

  @Test
  void allowOutsideFiles_readsAFileOutsideTheManifestsFolder_whenTheCallerOptsIn()
      throws IOException {
    Path secret = secret();
    Path manifest = manifest("../outside/secret.txt");
    Corpus corpus = CorpusFiles.read(List.of(manifest),
        CorpusReadOptions.builder().allowOutsideFiles(true).build());
    assertThat(text(corpus)).isEqualTo(SECRET);
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Files.createSymbolicLink(folder.resolve("b.txt"), secret);
    assertThat(text(CorpusFiles.read(List.of(folder),
        CorpusReadOptions.builder().allowOutsideFiles(true).build()))).isEqualTo(SECRET);
  }

  private static String text(Corpus corpus) {
    return String.join("", corpus.documents().stream().map(Document::text).toList());
  }
}
