package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
  @TempDir Path dir;

  @Test
  void read_bookGoldLayout_skipsBlankLinesAndKeepsValues() throws IOException {
    Path file = dir.resolve("book_golden.txt");
    Files.writeString(
        file,
        "9780073516677\to'leary, timothy j.;  o'leary, linda i.;  \n\n"
            + "1558609350\tgray, jim ;  reuter, andreas ;  \n\n\n");
    GoldReader.Gold gold =
        GoldReader.read(file, TestSimilarity.exact(), "exact", Dafna.ItemNaming.QUALIFIED);
    assertThat(gold.values())
        .containsOnlyKeys("1558609350", "9780073516677")
        .containsEntry("9780073516677",
            List.of(Value.text("o'leary, timothy j.;  o'leary, linda i.;  ")));
    assertThat(gold.values().firstKey()).isEqualTo("1558609350");
    assertThat(gold.lines()).isEqualTo(5);
  }

  @Test
  void read_repeatedItem_keepsEveryDistinctValue() throws IOException {
    Path file = dir.resolve("g.tsv");
    Files.writeString(file, "i1\ta\ni1\tb\ni1\ta\n");
    GoldReader.Gold gold =
        GoldReader.read(file, TestSimilarity.exact(), "exact", Dafna.ItemNaming.QUALIFIED);
    assertThat(gold.values().get("i1")).containsExactly(Value.text("a"), Value.text("b"));
  }

  @Test
  void read_dafnaTruth_usesTheDataNaming() throws IOException {
    Path file = dir.resolve("truth.txt");
    Files.writeString(
        file,
        "14113255|\t|\tsanjosefrijan2908|\tTemperature|\t48|\taccuweather|\tfri jan 29 2010|\t\n"
            + "14113257|\t|\tsanjosefrijan2908|\tHumidity|\t89|\taccuweather|\tfri jan 29 2010|\t\n");
    GoldReader.Gold qualified =
        GoldReader.read(file, TestSimilarity.numeric(), "numeric", Dafna.ItemNaming.QUALIFIED);
    assertThat(qualified.values())
        .containsOnlyKeys("sanjosefrijan2908/Humidity", "sanjosefrijan2908/Temperature");
    GoldReader.Gold single =
        GoldReader.read(file, TestSimilarity.numeric(), "numeric",
            new Dafna.ItemNaming(Optional.of("Temperature")));
    assertThat(single.values())
        .containsOnlyKeys("sanjosefrijan2908", "sanjosefrijan2908/Humidity")
        .containsEntry("sanjosefrijan2908", List.of(Value.number(48)));
  }

  @Test
  void read_extraColumn_namesLine() throws IOException {
    Path file = dir.resolve("g.tsv");
    Files.writeString(file, "i1\ta\n\ni2\tb\tc\n");
    Throwable thrown =
        catchThrowable(
            () -> GoldReader.read(file, TestSimilarity.exact(), "exact",
                Dafna.ItemNaming.QUALIFIED));
    assertThat(thrown).isInstanceOf(InputFormatException.class);
    InputFormatException e = (InputFormatException) thrown;
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(3);
  }

  @Test
  void read_missingValue_namesField() throws IOException {
    Path file = dir.resolve("g.tsv");
    Files.writeString(file, "i1\n");
    Throwable thrown =
        catchThrowable(
            () -> GoldReader.read(file, TestSimilarity.exact(), "exact",
                Dafna.ItemNaming.QUALIFIED));
    assertThat(thrown).isInstanceOf(InputFormatException.class)
        .hasMessage(file + ":1: column 2 (value): missing column: expected item<TAB>value");
  }
}
