package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report validates against the schema file the project ships, docs/report.schema.json. */
class ReportSchemaTest {
  private static final Path SCHEMA = Path.of("..", "docs", "report.schema.json");
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(MAPPER.readTree(SCHEMA.toFile()));
  }

  private static JsonNode report(String... args) throws IOException {
    return parse(Cli.run(args));
  }

  /** The seeds' JSON report, parsed afresh from the run the tests share. */
  private static JsonNode seedsReport() throws IOException {
    return parse(Cli.once("score", SEEDS.toString(), "--format", "json"));
  }

  private static JsonNode parse(Cli.Run run) throws IOException {
    assertThat(run.code()).as(run.err()).isZero();
    return MAPPER.readTree(run.out());
  }

  private static List<String> errors(JsonNode report) {
    Set<ValidationMessage> messages = schema.validate(report);
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  @Test
  void seedsReport_validates() throws IOException {
    JsonNode report = seedsReport();
    assertThat(report.get("republications").size() + report.get("relations").size())
        .isPositive();
    assertThat(errors(report)).isEmpty();
  }

  @Test
  void reportWithWarningsEmptyDocumentsAndADeclaredRepublication_validates() throws IOException {
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(dir.resolve("junk.txt"), new byte[] {'a', 0, 'b'});
    Files.writeString(dir.resolve("a.txt"), "Officials said 1,500 fighters escaped on 3 March 2025.\n");
    Files.writeString(dir.resolve("manifest.json"),
        "{\"schemaVersion\": 1, \"documents\": ["
            + "{\"file\": \"a.txt\", \"id\": \"a\", \"outlet\": {\"id\": \"o\", \"name\": \"O\","
            + " \"prior\": 0.6}, \"title\": \"T\", \"url\": \"https://o.example/a\","
            + " \"date\": \"2025-03\", \"genre\": \"NEWS\"},"
            + "{\"file\": \"empty.txt\", \"id\": \"e\", \"outlet\": {\"id\": \"p\", \"name\": \"P\"},"
            + " \"title\": null, \"date\": null, \"genre\": \"OPINION\","
            + " \"republishedFrom\": {\"id\": \"o\", \"name\": \"O\"}},"
            + "{\"file\": \"junk.txt\", \"id\": \"j\", \"outlet\": {\"id\": \"q\", \"name\": \"Q\"},"
            + " \"title\": null, \"date\": null, \"genre\": \"UNKNOWN\"}]}");
    JsonNode report = report("score", dir.toString(), "--format", "json");
    assertThat(report.get("warnings").size()).isOne();
    assertThat(report.get("documents").get(1).get("republishedFrom").asText()).isEqualTo("o");
    assertThat(report.get("documents").get(0).get("url").asText())
        .isEqualTo("https://o.example/a");
    assertThat(report.get("documents").get(1).has("url")).isFalse();
    assertThat(errors(report)).isEmpty();
  }

  @Test
  void theSchema_refusesABrokenReport() throws IOException {
    JsonNode report = seedsReport();
    ObjectNode source = (ObjectNode) report.get("sources").get(0);
    source.put("reliability", 1.5);
    source.remove("explanation");
    ((ObjectNode) report.get("claims").get(0)).put("modality", "SHOUTED");
    ((ObjectNode) report).put("extra", true);
    ((ObjectNode) report.get("documents").get(0)).put("url", "javascript:alert(1)");
    assertThat(String.join("\n", errors(report)))
        .contains("reliability").contains("explanation").contains("modality").contains("extra")
        .contains("url");
  }
}
