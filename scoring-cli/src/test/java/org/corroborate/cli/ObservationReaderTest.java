package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.Observation;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationReaderTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static ObservationReader tsv(ValueSimilarity similarity, DuplicatePolicy policy) {
    return new ObservationReader(InputFormat.TSV, similarity, "exact", policy);
  }

  private static ObservationReader tsv() {
    return tsv(TestSimilarity.exact(), DuplicatePolicy.FIRST);
  }

  private static InputFormatException readFails(ObservationReader reader, Path file) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(file));
    assertThat(thrown).isInstanceOf(InputFormatException.class);
    return (InputFormatException) thrown;
  }

  @Test
  void read_deviceGivenAsPath_isReportedAsNotARegularFile_notAsMissing() {
    // issue 13: discover said "no such file or folder" of /dev/zero
    Path device = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(device));
    assertThat(readFails(tsv(), device))
        .hasMessage("/dev/zero: is not a regular file (a device, pipe or socket)");
    assertThat(readFails(tsv(), dir.resolve("absent.tsv")))
        .hasMessage(dir.resolve("absent.tsv") + ": no such file or folder");
  }

  @Test
  void read_goodTsv_keepsObservationsInOrder() throws IOException {
    Path file = write("a.tsv", "s1\ti1\tv1\ns2\ti1\tv2\r\ns1\ti2\tv3");
    ObservationReader.Result result = tsv().read(file);
    assertThat(result.observations())
        .containsExactly(
            new Observation("s1", "i1", Value.text("v1")),
            new Observation("s2", "i1", Value.text("v2")),
            new Observation("s1", "i2", Value.text("v3")));
    assertThat(result.lines()).isEqualTo(3);
    assertThat(result.records()).isEqualTo(3);
  }

  @Test
  void read_blankAndCommentLines_areSkipped() throws IOException {
    Path file = write("a.tsv", "# header comment\n\n   \ns1\ti1\tv1\n\t\n#s2\ti1\tv2\n");
    ObservationReader.Result result = tsv().read(file);
    assertThat(result.observations()).containsExactly(new Observation("s1", "i1",
        Value.text("v1")));
    assertThat(result.lines()).isEqualTo(6);
    assertThat(result.records()).isEqualTo(1);
  }

  @Test
  void read_byteOrderMark_isSkipped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "s1\ti1\tv1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    ObservationReader.Result result = tsv().read(write("bom.tsv", all));
    assertThat(result.observations().get(0).sourceId()).isEqualTo("s1");
  }

  @Test
  void read_missingColumn_namesFileLineAndField() throws IOException {
    Path file = write("a.tsv", "s1\ti1\tv1\ns2\ti2\n");
    InputFormatException e = readFails(tsv(), file);
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("value");
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.getMessage()).startsWith(file + ":2: column 3 (value): missing column");
  }

  @Test
  void read_onlyOneColumn_namesItemAsMissing() throws IOException {
    Path file = write("a.tsv", "s1\n");
    InputFormatException e = readFails(tsv(), file);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("item");
  }

  @Test
  void read_extraColumn_isRejected() throws IOException {
    Path file = write("a.tsv", "s1\ti1\tv1\textra\n");
    InputFormatException e = readFails(tsv(), file);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.problem()).contains("extra column").contains("found 4");
  }

  @Test
  void read_emptyValue_namesFileLineAndField() throws IOException {
    Path file = write("a.tsv", "s1\ti1\tv1\n\n# c\ns2\ti1\t\n");
    InputFormatException e = readFails(tsv(), file);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.field()).isEqualTo("value");
    assertThat(e.problem()).isEqualTo("empty value");
  }

  @Test
  void read_emptySource_namesSource() throws IOException {
    InputFormatException e = readFails(tsv(), write("a.tsv", "\ti1\tv1\n"));
    assertThat(e.field()).isEqualTo("source");
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void read_blankItem_isRejected() throws IOException {
    InputFormatException e = readFails(tsv(), write("a.tsv", "s1\t  \tv1\n"));
    assertThat(e.field()).isEqualTo("item");
    assertThat(e.problem()).startsWith("blank item");
  }

  @Test
  void read_invalidUtf8_namesFileLineFieldAndByte() throws IOException {
    byte[] bytes = {'s', '1', '\t', 'i', '1', '\t', 'v', 'a', (byte) 0xC3, '(', '\n'};
    Path file = write("bad.tsv", bytes);
    InputFormatException e = readFails(tsv(), file);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("value");
    assertThat(e.problem()).isEqualTo("invalid UTF-8: byte 0xC3 at byte 3 of the field");
  }

  @Test
  void read_validUtf8_isDecoded() throws IOException {
    Path file = write("a.tsv", "Müller\tçağ\t日本\n");
    Observation o = tsv().read(file).observations().get(0);
    assertThat(o).isEqualTo(new Observation("Müller", "çağ", Value.text("日本")));
  }

  @Test
  void read_unparsableNumber_namesValueField() throws IOException {
    Path file = write("n.tsv", "s1\ti1\t12\ns1\ti2\tNaN\n");
    ObservationReader reader =
        new ObservationReader(InputFormat.TSV, TestSimilarity.numeric(), "numeric",
            DuplicatePolicy.FIRST);
    InputFormatException e = readFails(reader, file);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("value");
    assertThat(e.problem()).startsWith("cannot read 'NaN' as a value for comparison 'numeric'");
  }

  @Test
  void read_rejectPolicyConflict_namesLine() throws IOException {
    Path file = write("d.tsv", "s1\ti1\tv1\ns1\ti1\tv1\ns1\ti1\tv2\n");
    InputFormatException e = readFails(tsv(TestSimilarity.exact(), DuplicatePolicy.REJECT), file);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.field()).isEqualTo("value");
    assertThat(e.problem()).contains("conflicting duplicate").contains("'v1'").contains("'v2'");
  }

  @Test
  void read_firstPolicy_countsRepeatsAndConflicts() throws IOException {
    Path file = write("d.tsv", "s1\ti1\tv1\ns1\ti1\tv1\ns1\ti1\tv2\n");
    ObservationSet set = tsv().read(file).observations();
    assertThat(set).hasSize(1);
    assertThat(set.repeatedCount()).isEqualTo(1);
    assertThat(set.conflictingCount()).isEqualTo(1);
  }

  @Test
  void read_missingFile_failsNamingIt() {
    Path file = dir.resolve("nope.tsv");
    assertThatThrownBy(() -> tsv().read(file))
        .asInstanceOf(type(InputFormatException.class))
        .extracting(InputFormatException::problem)
        .isEqualTo("no such file or folder");
  }

  @Test
  void read_folder_readsFilesInNameOrder() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("f"));
    Files.writeString(folder.resolve("b.tsv"), "s2\ti1\tv2\n");
    Files.writeString(folder.resolve("a.tsv"), "s1\ti1\tv1\n");
    Files.writeString(folder.resolve(".hidden"), "garbage\n");
    ObservationReader.Result result = tsv().read(folder);
    assertThat(result.observations().sourceIds()).containsExactly("s1", "s2");
  }

  @Test
  void read_longLine_beyondBuffer_isRead() throws IOException {
    String value = "x".repeat(3 << 20);
    Path file = write("long.tsv", "s1\ti1\t" + value + "\ns2\ti1\tshort\n");
    ObservationSet set = tsv().read(file).observations();
    assertThat(set).hasSize(2);
    assertThat(set.get(0).value().canonical()).hasSize(3 << 20);
  }

  @Test
  void read_dafnaSingleProperty_usesObjectIdAsItem() throws IOException {
    Path file =
        write(
            "claims.txt",
            "1|\t|\t0201853949|\tAuthorsNamesList|\tKnuth, Donald E.|\tA1Books|\tnull|\t\n"
                + "2|\t|\t0201853949|\tAuthorsNamesList|\tKnuth|\ttextbooksNow|\tnull|\t\n"
                + "3|\t|\t0131103628|\tAuthorsNamesList|\tKernighan; Ritchie|\tA1Books|\tnull|\t\n");
    ObservationReader.Result result =
        new ObservationReader(InputFormat.DAFNA, TestSimilarity.exact(), "exact",
            DuplicatePolicy.FIRST).read(file);
    assertThat(result.naming().singleProperty()).contains("AuthorsNamesList");
    assertThat(result.observations())
        .containsExactly(
            new Observation("A1Books", "0201853949", Value.text("Knuth, Donald E.")),
            new Observation("textbooksNow", "0201853949", Value.text("Knuth")),
            new Observation("A1Books", "0131103628", Value.text("Kernighan; Ritchie")));
  }

  @Test
  void read_dafnaSeveralProperties_qualifiesItemIds() throws IOException {
    Path file =
        write(
            "w.txt",
            "13963277|\t|\tphoenixwedfeb308|\tTemperature|\t60|\taol|\twed feb  3 08:17:28 2010|\t\n"
                + "13963279|\t|\tphoenixwedfeb308|\tHumidity|\t63|\taol|\twed feb  3 2010|\t\n");
    ObservationReader.Result result =
        new ObservationReader(InputFormat.DAFNA, TestSimilarity.numeric(), "numeric",
            DuplicatePolicy.FIRST).read(file);
    assertThat(result.naming().singleProperty()).isEmpty();
    assertThat(result.observations())
        .containsExactly(
            new Observation("aol", "phoenixwedfeb308/Temperature", Value.number(60)),
            new Observation("aol", "phoenixwedfeb308/Humidity", Value.number(63)));
  }

  @Test
  void read_dafnaMissingField_namesIt() throws IOException {
    Path file = write("c.txt", "1|\t|\tobj|\tprop|\tvalue|\t\n");
    InputFormatException e =
        readFails(new ObservationReader(InputFormat.DAFNA, TestSimilarity.exact(), "exact",
            DuplicatePolicy.FIRST), file);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("sourceId");
    assertThat(e.column()).isEqualTo(6);
  }

  @Test
  void read_dafnaEmptySource_namesIt() throws IOException {
    Path file = write("c.txt", "1|\t|\tobj|\tprop|\tvalue|\t|\tnull|\t\n");
    InputFormatException e =
        readFails(new ObservationReader(InputFormat.DAFNA, TestSimilarity.exact(), "exact",
            DuplicatePolicy.FIRST), file);
    assertThat(e.field()).isEqualTo("sourceId");
    assertThat(e.problem()).isEqualTo("empty sourceId");
  }

  /** Distinct strings of 17 pairs {@code Aa} or {@code BB}, all of one {@code String.hashCode}. */
  private static String colliding(int k) {
    StringBuilder b = new StringBuilder();
    for (int bit = 16; bit >= 0; bit--) {
      b.append((k >>> bit & 1) == 0 ? "Aa" : "BB");
    }
    return b.toString();
  }

  @Test
  void idsAndValuesMadeToShareOneHashCode_areReadInLinearTime() throws IOException {
    // 131,072 lines whose items, then whose values, all share one String.hashCode: each table
    // keyed by it would take n^2 steps (34 s for the items and over 300 s for the values before
    // the tables bounded their probes; about a second each now, on one thread or several)
    int n = 1 << 17;
    assertThat(colliding(0).hashCode()).isEqualTo(colliding(n - 1).hashCode());
    StringBuilder items = new StringBuilder();
    StringBuilder values = new StringBuilder();
    for (int k = 0; k < n; k++) {
      items.append('s').append(k % 7).append('\t').append(colliding(k)).append("\tv")
          .append(k % 3).append('\n');
      values.append('s').append(k % 7).append("\ti").append(k).append('\t')
          .append(colliding(k)).append('\n');
    }
    values.append("s0\ti0\t").append(colliding(0)).append('\n'); // a repeated pair
    Path itemFile = write("colliding-items.tsv", items.toString());
    Path valueFile = write("colliding-values.tsv", values.toString());
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> {
          for (int threads : new int[] {1, 2}) {
            ObservationReader reader = new ObservationReader(InputFormat.TSV,
                TestSimilarity.exact(), "exact", DuplicatePolicy.FIRST, threads, 1 << 20);
            ObservationSet byItems = reader.read(itemFile).observations();
            assertThat(byItems.size()).isEqualTo(n);
            assertThat(byItems.itemCount()).isEqualTo(n);
            assertThat(byItems.itemId(n - 1)).isEqualTo(colliding(n - 1));
            ObservationSet byValues = reader.read(valueFile).observations();
            assertThat(byValues.size()).isEqualTo(n);
            assertThat(byValues.repeatedCount()).isEqualTo(1);
            assertThat(byValues.valueCount()).isEqualTo(n);
            assertThat(byValues.value(n - 1)).isEqualTo(Value.text(colliding(n - 1)));
          }
        });
  }
}
