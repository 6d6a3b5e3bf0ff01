package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  /** Tests run in the module folder; the seeds are in the repository root. */
  private static final Path SEEDS = Path.of("..", "seeds");

  @TempDir Path dir;

  @Test
  void score_seeds_printsInventoryAndSaysWhatIsNotComputed() {
    Cli.Run run = Cli.run("score", SEEDS.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("5 documents from 5 sources")
        .contains("003_20b81c80feff52ed\tShafaq News\t-\t2025-03-11\tNEWS\t")
        .contains("004_4b9cf2f781a15f69\tAletho News\tIraq boosts security on Syrian border after"
            + " US proxies free hundreds of ISIS fighters\t2024-08-01\tNEWS\t")
        .contains("002_67dcf05266e65e31\tStrategic Council Online\t-\t-\tOPINION\t")
        .contains(ScoreCommand.NOT_COMPUTED);
  }

  @Test
  void score_withoutPath_readsSeedsUnderCorroborateHome() {
    String saved = System.getProperty(ScoreCommand.HOME_PROPERTY);
    try {
      System.setProperty(ScoreCommand.HOME_PROPERTY, "..");
      Cli.Run run = Cli.run("score");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).isEqualTo(Cli.run("score", SEEDS.toString()).out());
    } finally {
      if (saved == null) {
        System.clearProperty(ScoreCommand.HOME_PROPERTY);
      } else {
        System.setProperty(ScoreCommand.HOME_PROPERTY, saved);
      }
    }
  }

  @Test
  void score_json_followsTheReportContract() throws IOException {
    Cli.Run run = Cli.run("score", SEEDS.resolve("manifest.json").toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.fieldNames()).toIterable()
        .containsExactly("schemaVersion", "sources", "documents");
    assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
    assertThat(root.get("sources")).hasSize(5);
    assertThat(root.get("sources").get(0).fieldNames()).toIterable().containsExactly("id", "name");
    JsonNode documents = root.get("documents");
    assertThat(documents).hasSize(5);
    for (JsonNode d : documents) {
      assertThat(d.fieldNames()).toIterable()
          .containsExactly("id", "sourceId", "title", "published", "genre", "signals");
      assertThat(d.get("signals").fieldNames()).toIterable()
          .containsExactly("characters", "words", "paragraphs");
      assertThat(d.get("signals").get("words").intValue()).isPositive();
    }
    JsonNode aletho = documents.get(4);
    assertThat(aletho.get("published").textValue()).isEqualTo("2024-08-01");
    assertThat(documents.get(0).get("published").isNull()).isTrue();
    assertThat(documents.get(0).get("title").isNull()).isTrue();
  }

  @Test
  void score_twice_isByteIdentical() {
    assertThat(Cli.run("score", SEEDS.toString(), "--format", "json").outBytes())
        .isEqualTo(Cli.run("score", SEEDS.toString(), "--format", "json").outBytes());
  }

  @Test
  void score_textFiles_useTheFileStemAsSource() throws IOException {
    Path a = Files.writeString(dir.resolve("wire.txt"), "One line.\n\nTwo words\n");
    Cli.Run run = Cli.run("score", a.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("wire\twire\t-\t-\tUNKNOWN\t21\t4\t2\n");
  }

  @Test
  void score_invalidUtf8Text_exitsTwoNamingFileAndLine() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'o', 'k', '\n', 'b', (byte) 0xFF, '\n'});
    Cli.Run run = Cli.run("score", bad.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(bad + ":2: text: not valid UTF-8");
  }

  @Test
  void score_manifestWithBadGenre_exitsTwoNamingTheField() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "text\n");
    Path manifest =
        Files.writeString(
            dir.resolve("manifest.json"),
            "{\"schemaVersion\": 1, \"documents\": [{\"file\": \"a.txt\", \"id\": \"a\","
                + " \"outlet\": {\"id\": \"o\", \"name\": \"O\"}, \"title\": null,"
                + " \"date\": null, \"genre\": \"GOSSIP\"}]}");
    Cli.Run run = Cli.run("score", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(manifest + ": documents[0].genre: 'GOSSIP' is not one of");
  }

  @Test
  void score_manifestNamingMissingFile_exitsTwo() throws IOException {
    Files.writeString(
        dir.resolve("manifest.json"),
        "{\"schemaVersion\": 1, \"documents\": [{\"file\": \"gone.txt\", \"id\": \"a\","
            + " \"outlet\": {\"id\": \"o\", \"name\": \"O\"}, \"genre\": \"NEWS\"}]}");
    Cli.Run run = Cli.run("score", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("documents[0].file: file 'gone.txt' does not exist");
  }

  @Test
  void score_missingPath_exitsTwo() {
    Cli.Run run = Cli.run("score", dir.resolve("nowhere").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or folder");
  }

  @Test
  void seeds_areByteForByteTheFoundingCorpus() throws IOException, NoSuchAlgorithmException {
    Map<String, String> sha256 =
        Map.of(
            "000_17bfba2b4fc3ef69.txt",
                "7d676c9380d27c450aaa97e718c7c2b3794ca8b61270b66e593cd4d42f9cfebc",
            "001_3a9b919bd4cd3969.txt",
                "b36e6880423344689f42b872c42afaf8f7ea1ff5231087b4b9929f63d8551546",
            "002_67dcf05266e65e31.txt",
                "7152009538c7a69de012a819a1be3ecfe8c1c68230035d7df243c83103ce5fbe",
            "003_20b81c80feff52ed.txt",
                "5fb3c42ddfe081622928890e7265ce9c6ff8ac4b24fb96efda780fb8042ba59d",
            "004_4b9cf2f781a15f69.txt",
                "6186cd57823dc5bd65733a8fe28c650b647cbe90382b3f796ad7f39248edba55");
    for (Map.Entry<String, String> e : sha256.entrySet()) {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SEEDS.resolve(e.getKey())));
      assertThat(HexFormat.of().formatHex(digest)).as(e.getKey()).isEqualTo(e.getValue());
    }
  }
}
