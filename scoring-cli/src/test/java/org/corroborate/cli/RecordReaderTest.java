package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** discover on CSV and JSON lines: the same answers as on TSV, and errors that name the place. */
class RecordReaderTest {
  @TempDir Path dir;

  private static final String TSV = "site-a\teverest\t8849\nsite-b\teverest\t8849\n"
      + "site-c\teverest\t8848\nsite-a\tk2\t8611\nsite-c\tk2\t8611\nsite-b\tk2\t8610\n";

  private Cli.Run discover(Path file, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "discover";
    args[1] = file.toString();
    args[2] = "--format";
    args[3] = "json";
    System.arraycopy(more, 0, args, 4, more.length);
    return Cli.run(args);
  }

  /** The JSON report without the layout's name and the line count, which differ by layout. */
  private static String body(Cli.Run run) {
    return run.out().replaceFirst("\"format\": \"[a-z]+\"", "\"format\": \"?\"")
        .replaceFirst("\"lines\": \\d+", "\"lines\": ?");
  }

  @Test
  void csvAndJsonLines_byTheirNames_giveTheSameReportAsTsv() throws IOException {
    Cli.Run tsv = discover(Files.writeString(dir.resolve("m.tsv"), TSV), "--algorithm", "all");
    assertThat(tsv.code()).as(tsv.err()).isZero();
    // the header in another order and case, a quoted field with a comma, a quote and a line break
    Path csv = Files.writeString(dir.resolve("m.csv"), "Value,SOURCE,item\r\n"
        + "8849,site-a,everest\r\n8849,site-b,everest\r\n8848,site-c,everest\r\n\r\n"
        + "8611,site-a,k2\r\n8611,site-c,k2\r\n8610,site-b,k2\r\n");
    Path jsonl = Files.writeString(dir.resolve("m.jsonl"), "{\"source\": \"site-a\", \"item\":"
        + " \"everest\", \"value\": \"8849\"}\n\n{\"item\": \"everest\", \"source\": \"site-b\","
        + " \"value\": 8849}\n{\"source\": \"site-c\", \"item\": \"everest\", \"value\": 8848}\n"
        + "{\"source\": \"site-a\", \"item\": \"k2\", \"value\": \"8611\"}\n{\"source\": \"site-c\","
        + " \"item\": \"k2\", \"value\": \"8611\"}\n{\"source\": \"site-b\", \"item\": \"k2\","
        + " \"value\": \"8610\"}\n");
    Cli.Run fromCsv = discover(csv, "--algorithm", "all");
    Cli.Run fromJsonl = discover(jsonl, "--algorithm", "all");
    assertThat(fromCsv.code()).as(fromCsv.err()).isZero();
    assertThat(fromJsonl.code()).as(fromJsonl.err()).isZero();
    assertThat(body(fromCsv)).isEqualTo(body(tsv));
    assertThat(body(fromJsonl)).isEqualTo(body(tsv));
    assertThat(fromCsv.err()).contains("read 8 lines (6 observations)");
  }

  @Test
  void csvFieldsWithCommasQuotesAndLineBreaks_areOneField() throws IOException {
    Path csv = Files.writeString(dir.resolve("q.csv"), "source,item,value\n"
        + "\"Smith, Jones & Co\",\"book \"\"1\"\"\",\"line one\nline two\"\n"
        + "other,\"book \"\"1\"\"\",\"line one\nline two\"\n");
    Cli.Run run = Cli.run("discover", csv.toString(), "--algorithm", "vote");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("book \"1\"\tline one\\nline two\t1.0000");
  }

  @Test
  void badCsv_namesFileLineAndField() throws IOException {
    Path unknown = Files.writeString(dir.resolve("u.csv"), "source,item,value,weight\na,b,c,1\n");
    assertThat(Cli.run("discover", unknown.toString()).err()).contains(unknown + ":1: column 4"
        + " (weight): unknown column 'weight' in the header; expected source, item and value");
    Path twice = Files.writeString(dir.resolve("t.csv"), "source,item,item\n");
    assertThat(Cli.run("discover", twice.toString()).err())
        .contains(twice + ":1: column 3 (item): column 'item' named twice in the header");
    Path missing = Files.writeString(dir.resolve("m.csv"), "source,item\na,b\n");
    assertThat(Cli.run("discover", missing.toString()).err())
        .contains(missing + ":1: value: the header has no column 'value'");
    // a record that spans lines 3 and 4 is reported at its first line; line 5 has two fields
    Path short5 = Files.writeString(dir.resolve("s.csv"), "source,item,value\na,b,c\n"
        + "a,\"x\ny\",c\na,b\n");
    Cli.Run run = Cli.run("discover", short5.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(short5 + ":5: expected 3 fields (source, item, value, as the"
        + " header names them), found 2");
    Path blank = Files.writeString(dir.resolve("b.csv"), "source,item,value\na, ,c\n");
    assertThat(Cli.run("discover", blank.toString()).err())
        .contains(blank + ":2: column 2 (item): blank item (only spaces)");
    Path unclosed = Files.writeString(dir.resolve("x.csv"), "source,item,value\na,b,\"open\n");
    Cli.Run bad = Cli.run("discover", unclosed.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains(unclosed + ":").contains("not valid CSV");
    Path latin1 = dir.resolve("l.csv");
    Files.write(latin1, "source,item,value\na,b,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(Cli.run("discover", latin1.toString()).err())
        .contains(latin1 + ": is not valid UTF-8 text");
  }

  @Test
  void badJsonLines_nameFileLineAndField() throws IOException {
    String[][] cases = {
      {"{\"source\": \"a\", \"item\": \"b\", \"value\": \"c\", \"w\": 1}", "w: unknown field 'w';"
          + " expected source, item and value"},
      {"{\"source\": \"a\", \"item\": \"b\"}", "value: missing field 'value'"},
      {"{\"source\": \"a\", \"source\": \"b\", \"item\": \"b\", \"value\": 1}", "not a JSON"
          + " object: Duplicate field 'source'"},
      {"{\"source\": 7, \"item\": \"b\", \"value\": 1}", "source: 'source' must be a string, was"
          + " number"},
      {"{\"source\": \"a\", \"item\": \"b\", \"value\": null}", "value: 'value' must be a string or"
          + " a number, was null"},
      {"[1, 2]", "expected a JSON object {\"source\", \"item\", \"value\"}"},
      {"{\"source\": \"a\", \"item\": \"b\", \"value\": 1} {}", "more than one JSON value"},
      {"{\"source\": \"a\", \"item\": ", "not a JSON object: "},
    };
    for (String[] c : cases) {
      Path file = Files.writeString(dir.resolve("bad.jsonl"),
          "{\"source\": \"s\", \"item\": \"i\", \"value\": \"v\"}\n\n" + c[0] + "\n");
      Cli.Run run = Cli.run("discover", file.toString());
      assertThat(run.code()).as(c[0]).isEqualTo(2);
      assertThat(run.err()).as(c[0]).contains(file + ":3: " + c[1]);
    }
  }

  @Test
  void numbersKeepTheirWrittenDecimals_andNumericComparisonAppliesAsInTsv() throws IOException {
    Path file = Files.writeString(dir.resolve("n.jsonl"),
        "{\"source\": \"a\", \"item\": \"x\", \"value\": 1.50}\n"
        + "{\"source\": \"b\", \"item\": \"x\", \"value\": \"Not Available\"}\n");
    Cli.Run exact = Cli.run("discover", file.toString(), "--algorithm", "vote");
    assertThat(exact.out()).containsPattern("(?m)^x\t(1\\.50|Not Available)\t");
    Cli.Run numeric = Cli.run("discover", file.toString(), "--compare", "numeric");
    assertThat(numeric.code()).isEqualTo(2);
    assertThat(numeric.err()).contains(file + ":2: value: 'Not Available' is not a number");
  }

  @Test
  void layoutsMixedInOneFolder_areAnError_andAnExplicitLayoutWins() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("mixed"));
    Files.writeString(folder.resolve("a.csv"), "source,item,value\na,b,c\n");
    Files.writeString(folder.resolve("b.tsv"), "a\tb\tc\n");
    Cli.Run mixed = Cli.run("discover", folder.toString());
    assertThat(mixed.code()).isEqualTo(2);
    assertThat(mixed.err()).contains(folder.resolve("b.tsv") + ": is tsv by its name, but a.csv"
        + " is csv");
    // a .txt file read as CSV when told so
    Path txt = Files.writeString(dir.resolve("data.txt"), "source,item,value\na,b,c\n");
    Cli.Run told = Cli.run("discover", txt.toString(), "--input-format", "csv", "--algorithm",
        "vote");
    assertThat(told.code()).as(told.err()).isZero();
    assertThat(told.out()).contains("input: 1 observation, 1 item, 1 source (csv,");
  }
}
