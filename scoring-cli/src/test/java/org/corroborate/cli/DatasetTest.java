package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.Corroborate;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueSimilarity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reads the shared benchmark data sets, which live outside the repository: {@code
 * ../../shared/datasets} from the module folder, or the folder named by the system property {@code
 * corroborate.datasets}. Each test is skipped, with a message, when its data is absent.
 */
@Tag("accuracy")
class DatasetTest {

  private static Path datasets() {
    String property = System.getProperty("corroborate.datasets");
    return property != null ? Path.of(property) : Path.of("..", "..", "shared", "datasets");
  }

  private static Path require(String relative) {
    Path path = datasets().resolve(relative);
    assumeTrue(
        Files.exists(path),
        "skipped: benchmark data " + path.toAbsolutePath().normalize()
            + " is absent (set -Dcorroborate.datasets=FOLDER to point at it)");
    return path;
  }

  @Test
  void bookClaims_readAsDafna_giveTheKnownCounts() throws IOException {
    Path claims = require("book/dafna_format/claims.txt");
    TruthDiscovery service = Corroborate.truthDiscovery();
    ValueSimilarity authors = service.similarity(ValueComparison.authors());
    ObservationReader.Result data =
        new ObservationReader(InputFormat.DAFNA, authors, "authors", DuplicatePolicy.FIRST)
            .read(claims);
    assertThat(data.lines()).isEqualTo(33_258);
    assertThat(data.records()).isEqualTo(33_258);
    assertThat(data.observations().itemCount()).isEqualTo(1_263);
    assertThat(data.observations().sourceCount()).isEqualTo(877);
    assertThat(data.naming().singleProperty()).contains("AuthorsNamesList");
    assertThat(data.observations().itemIds()).contains("0201853949");
  }

  @Test
  void bookGold_readsOneHundredBooks_allFoundInTheDataThroughTheIsbnRule() throws IOException {
    Path gold = require("book/dafna_format/book_golden.txt");
    Path claims = require("book/dafna_format/claims.txt");
    Cli.Run run =
        Cli.run("discover", claims.toString(), "--input-format", "dafna", "--truth",
            gold.toString(), "--compare", "authors", "--algorithm", "vote");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("gold: 100 items, 100 present in the data, 0 absent");
    assertThat(run.out()).containsPattern("(?m)^accuracy\tvote\t0\\.\\d{4}\t\\d+/100$");
    GoldReader.Gold values =
        GoldReader.read(gold, Corroborate.truthDiscovery().similarity(ValueComparison.authors()),
            "authors", Dafna.ItemNaming.QUALIFIED);
    assertThat(values.values()).hasSize(100).containsKey("9780073516677").containsKey("155860846X");
  }

  @Test
  void bookAllAlgorithms_printOneAccuracyLineEach() {
    Path gold = require("book/dafna_format/book_golden.txt");
    Path claims = require("book/dafna_format/claims.txt");
    Cli.Run run =
        Cli.run("discover", claims.toString(), "--input-format", "dafna", "--truth",
            gold.toString(), "--compare", "authors");
    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = run.out().lines().filter(l -> l.startsWith("accuracy\t")).toList();
    assertThat(lines).hasSize(Corroborate.truthDiscovery().algorithms().size());
    assertThat(lines).allMatch(l -> l.matches("accuracy\t[a-z0-9-]+\t[01]\\.\\d{4}\t\\d+/100"));
  }

  @Test
  void weatherFolder_readsEverySiteInNameOrder_withQualifiedItemIds() throws IOException {
    Path claims = require("weather/dafna_format/claims");
    Path truth = require("weather/dafna_format/truth");
    ValueSimilarity numeric =
        Corroborate.truthDiscovery().similarity(ValueComparison.numericRelative(0.01));
    ObservationReader.Result data =
        new ObservationReader(InputFormat.DAFNA, numeric, "numeric:1%", DuplicatePolicy.FIRST)
            .nonNumericAsText().read(claims);
    assertThat(data.files()).hasSize(16);
    assertThat(data.files().get(0).getFileName().toString()).isEqualTo("weather-aol.txt");
    assertThat(data.lines()).isEqualTo(365_890);
    assertThat(data.observations().sourceCount()).isEqualTo(16);
    assertThat(data.observations().itemCount()).isEqualTo(30_317);
    assertThat(data.naming().singleProperty()).isEmpty();
    assertThat(data.observations().itemIds()).contains("phoenixwedfeb308/Temperature");
    GoldReader.Gold gold = GoldReader.read(truth, numeric, "numeric:1%", data.naming());
    assertThat(gold.values()).hasSize(22_570);
    assertThat(data.observations().itemIds()).containsAll(gold.values().keySet());
  }
}
