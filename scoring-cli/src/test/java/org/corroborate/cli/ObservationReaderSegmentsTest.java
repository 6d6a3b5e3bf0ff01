package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.truth.ValueSimilarity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a file split into segments parsed on several threads gives what reading it whole on one
 * thread gives: the same observations, numbering, counts and errors (file, line, field). Segment
 * sizes are lowered to a few bytes so that small files are split, at every kind of place.
 */
class ObservationReaderSegmentsTest {
  @TempDir Path dir;

  private static final String[] SOURCES = {"s1", "s2", "quelle-ü", "源", "s-𝄞", "a-much-longer-source-id"};
  private static final String[] ITEMS = {"i1", "i2", "item-ß", "項目", "i-😀", "x", "an-item-id-over-16-bytes"};
  private static final String[] VALUES = {"1", "1.0", "2", "v", "wert-ä", "3"};

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static ObservationReader reader(
      ValueSimilarity similarity, DuplicatePolicy policy, int threads, long segmentBytes) {
    return new ObservationReader(InputFormat.TSV, similarity, "exact", policy, threads,
        segmentBytes);
  }

  /** A random TSV: CRLF and LF, blank, space-only and comment lines, BOM, duplicates, UTF-8. */
  private static byte[] randomTsv(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    if (random.nextInt(4) == 0) {
      text.append('\uFEFF');
    }
    int lines = random.nextInt(1, 120);
    for (int k = 0; k < lines; k++) {
      int kind = random.nextInt(20);
      if (kind == 0) {
        text.append("");
      } else if (kind == 1) {
        text.append(" \t ");
      } else if (kind == 2) {
        text.append("# a comment\twith tabs");
      } else {
        text.append(SOURCES[random.nextInt(SOURCES.length)]).append('\t')
            .append(ITEMS[random.nextInt(ITEMS.length)]).append('\t')
            .append(VALUES[random.nextInt(VALUES.length)]);
      }
      if (k < lines - 1 || random.nextBoolean()) {
        text.append(random.nextInt(3) == 0 ? "\r\n" : "\n");
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String describe(ObservationReader.Result result) {
    ObservationSet set = result.observations();
    StringBuilder s = new StringBuilder();
    s.append(set.sourceIds()).append(set.itemIds());
    for (int v = 0; v < set.valueCount(); v++) {
      s.append(set.value(v).canonical()).append(',');
    }
    for (int k = 0; k < set.size(); k++) {
      s.append(set.sourceIndexOf(k)).append('/').append(set.itemIndexOf(k)).append('/')
          .append(set.valueIndexOf(k)).append(' ');
    }
    return s.append(" repeated ").append(set.repeatedCount()).append(" conflicting ")
        .append(set.conflictingCount()).append(" lines ").append(result.lines())
        .append(" records ").append(result.records()).toString();
  }

  private static String outcome(ObservationReader reader, Path file) {
    try {
      return describe(reader.read(file));
    } catch (InputFormatException e) {
      return "error: " + e.getMessage();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Tag("slow") // many random files under every policy: the quick run leaves it out
  @Test
  void segmentedRead_equalsWholeRead_onRandomFilesUnderEveryPolicy() throws IOException {
    for (long seed = 0; seed < 60; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Path file = write("r" + seed + ".tsv", randomTsv(random));
      for (DuplicatePolicy policy : DuplicatePolicy.values()) {
        for (ValueSimilarity similarity :
            List.<ValueSimilarity>of(TestSimilarity.exact(), TestSimilarity.numeric())) {
          String whole = outcome(reader(similarity, policy, 1, Long.MAX_VALUE), file);
          for (int threads : new int[] {2, 3, 16}) {
            for (long segmentBytes : new long[] {1, 7, 40}) {
              assertThat(outcome(reader(similarity, policy, threads, segmentBytes), file))
                  .as("seed %d, %s, %d threads, segments of %d bytes", seed, policy, threads,
                      segmentBytes)
                  .isEqualTo(whole);
            }
          }
        }
      }
    }
  }

  /** Lines that are wrong in one field each, or in their layout; some appear twice. */
  private static final String[] BAD_LINES = {
    "s1\t\tv", "s1\t \tv", "s1\t\u3000\tv", "s1\t\u001f\tv", "\ti1\tv", "s1\ti1\t",
    "s1\ti1", "s1\ti1\tv\textra", "s1\t \u3000\tv", "s1\tok-\u0085\tv"
  };

  /**
   * A random TSV as {@link #randomTsv}, with items of many spellings (non-ASCII, control and
   * space-led ids among them) and, sometimes, a bad line: invalid UTF-8 in one field, or a line
   * from {@link #BAD_LINES}.
   */
  private static byte[] randomTsvWithBadLines(SplittableRandom random) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    String[] items = {"i1", "i2", "item-ß", "項目", " lead", "\u0085x", "i-😀", "\u00a0nb",
        "an-item-id-over-16-bytes", "x"};
    int lines = random.nextInt(1, 150);
    boolean withBadLines = random.nextBoolean();
    for (int k = 0; k < lines; k++) {
      int kind = withBadLines ? random.nextInt(40) : 2;
      byte[] line;
      if (kind == 0) {
        line = BAD_LINES[random.nextInt(BAD_LINES.length)].getBytes(StandardCharsets.UTF_8);
      } else if (kind == 1) {
        // invalid UTF-8 in the source, the item or the value
        int field = random.nextInt(3);
        java.io.ByteArrayOutputStream bad = new java.io.ByteArrayOutputStream();
        for (int f = 0; f < 3; f++) {
          if (f > 0) {
            bad.write('\t');
          }
          bad.write('a' + f);
          if (f == field) {
            bad.write(0xC3);
          }
        }
        line = bad.toByteArray();
      } else {
        line = (SOURCES[random.nextInt(SOURCES.length)] + "\t" + items[random.nextInt(items.length)]
            + random.nextInt(30) + "\t" + VALUES[random.nextInt(VALUES.length)])
            .getBytes(StandardCharsets.UTF_8);
      }
      out.write(line, 0, line.length);
      out.write('\n');
    }
    return out.toByteArray();
  }

  @Test
  void segmentedRead_equalsWholeRead_withBadLinesAndOddItems() throws IOException {
    int errors = 0;
    for (long seed = 0; seed < 150; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Path file = write("bad" + seed + ".tsv", randomTsvWithBadLines(random));
      DuplicatePolicy policy = DuplicatePolicy.values()[(int) (seed % DuplicatePolicy.values().length)];
      String whole = outcome(reader(TestSimilarity.exact(), policy, 1, Long.MAX_VALUE), file);
      errors += whole.startsWith("error: ") ? 1 : 0;
      for (int threads : new int[] {2, 5}) {
        for (long segmentBytes : new long[] {1, 13, 200}) {
          assertThat(outcome(reader(TestSimilarity.exact(), policy, threads, segmentBytes), file))
              .as("seed %d, %s, %d threads, segments of %d bytes", seed, policy, threads,
                  segmentBytes)
              .isEqualTo(whole);
        }
      }
    }
    // both kinds of outcome are compared: files that fail and files that read
    assertThat(errors).isBetween(30, 120);
  }

  @Test
  void folderOfFiles_readOnSeveralThreads_equalsTheWholeRead_errorsNamingTheirFile()
      throws IOException {
    for (long seed = 0; seed < 20; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Path folder = Files.createDirectory(dir.resolve("folder" + seed));
      int files = random.nextInt(1, 5);
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      for (int f = 0; f < files; f++) {
        // ids repeat across the files, so their first appearance decides their numbers
        byte[] bytes = seed % 4 == 3 && f == files - 1
            ? randomTsvWithBadLines(random) : randomTsv(random);
        Files.write(folder.resolve("part-" + f + ".tsv"), bytes);
        // the same lines in one file: each file's byte-order mark dropped, its last line ended
        int from = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF ? 3 : 0;
        joined.write(bytes, from, bytes.length - from);
        if (bytes.length > from && bytes[bytes.length - 1] != '\n') {
          joined.write('\n');
        }
      }
      DuplicatePolicy policy = DuplicatePolicy.values()[(int) (seed % 3)];
      String whole = outcome(reader(TestSimilarity.exact(), policy, 1, Long.MAX_VALUE), folder);
      if (!whole.startsWith("error: ")) {
        // a folder of several files is read in segments even on one thread: the one file read
        // whole (one segment, its own item table) is the reference
        Path one = write("joined" + seed + ".tsv", joined.toByteArray());
        assertThat(whole).as("seed %d, %d files against one", seed, files)
            .isEqualTo(outcome(reader(TestSimilarity.exact(), policy, 1, Long.MAX_VALUE), one));
      }
      for (int threads : new int[] {2, 3}) {
        for (long segmentBytes : new long[] {1, 50}) {
          assertThat(outcome(reader(TestSimilarity.exact(), policy, threads, segmentBytes),
                  folder))
              .as("seed %d, %d files, %d threads, segments of %d bytes", seed, files, threads,
                  segmentBytes)
              .isEqualTo(whole);
        }
      }
    }
  }

  @Test
  void segmentedRead_equalsTheBuilderFedLineByLine() throws IOException {
    for (long seed = 1000; seed < 1100; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      byte[] bytes = randomTsv(random);
      Path file = write("b" + seed + ".tsv", bytes);
      ObservationSet.Builder builder = ObservationSet.builder(DuplicatePolicy.ALL);
      String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
      for (String line : text.split("\n", -1)) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        String[] f = l.split("\t", -1);
        builder.add(f[0], f[1], TestSimilarity.exact().parse(f[2]));
      }
      ObservationSet expected = builder.build();
      ObservationSet actual =
          reader(TestSimilarity.exact(), DuplicatePolicy.ALL, 16, 5).read(file).observations();
      assertThat(actual).as("seed %d", seed).containsExactlyElementsOf(expected);
      assertThat(actual.sourceIds()).isEqualTo(expected.sourceIds());
      assertThat(actual.itemIds()).isEqualTo(expected.itemIds());
      assertThat(actual.repeatedCount()).isEqualTo(expected.repeatedCount());
      assertThat(actual.conflictingCount()).isEqualTo(expected.conflictingCount());
    }
  }

  private Path manyLines(String name, int lines, java.util.function.IntFunction<String> special)
      throws IOException {
    StringBuilder text = new StringBuilder();
    for (int k = 1; k <= lines; k++) {
      String line = special.apply(k);
      text.append(line != null ? line : "s" + (k % 7) + "\ti" + k + "\tv" + (k % 3)).append('\n');
    }
    return write(name, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static InputFormatException fails(ObservationReader reader, Path file) {
    Throwable thrown = catchThrowable(() -> reader.read(file));
    assertThat(thrown).isInstanceOf(InputFormatException.class);
    return (InputFormatException) thrown;
  }

  @Test
  void errorInALateSegment_namesItsLineInTheFile() throws IOException {
    Path file = manyLines("late.tsv", 2000,
        k -> k == 1900 ? "s1\ti1" : k == 1950 ? "s1\t\tv" : k == 10 ? "" : null);
    for (int threads : new int[] {1, 2, 16}) {
      InputFormatException e = fails(reader(TestSimilarity.exact(), DuplicatePolicy.FIRST,
          threads, 100), file);
      assertThat(e.line()).as("%d threads", threads).isEqualTo(1900);
      assertThat(e.field()).isEqualTo("value");
      assertThat(e.column()).isEqualTo(3);
      assertThat(e.file()).isEqualTo(file);
    }
  }

  @Test
  void invalidUtf8InALateSegment_namesItsLineAndField() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int k = 1; k < 1500; k++) {
      text.append("s\ti").append(k).append("\tv\r\n");
    }
    byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(head, 0, head.length);
    bytes.write(new byte[] {'s', '\t', 'i', (byte) 0xC3, '\t', 'v', '\n'}, 0, 7);
    Path file = write("utf8.tsv", bytes.toByteArray());
    String expected = fails(reader(TestSimilarity.exact(), DuplicatePolicy.FIRST, 1,
        Long.MAX_VALUE), file).getMessage();
    for (int threads : new int[] {2, 16}) {
      InputFormatException e =
          fails(reader(TestSimilarity.exact(), DuplicatePolicy.FIRST, threads, 64), file);
      assertThat(e.line()).isEqualTo(1500);
      assertThat(e.field()).isEqualTo("item");
      assertThat(e.getMessage()).isEqualTo(expected).contains("invalid UTF-8");
    }
  }

  @Test
  void rejectedDuplicate_beforeABadLine_isTheErrorReported_andAfterItIsNot() throws IOException {
    Path conflictFirst = manyLines("conflict-first.tsv", 1500,
        k -> k == 1200 ? "s1\ti8\tv9" : k == 1400 ? "bad line" : null);
    Path badFirst = manyLines("bad-first.tsv", 1500,
        k -> k == 1400 ? "s1\ti8\tv9" : k == 1200 ? "bad line" : null);
    for (int threads : new int[] {1, 2, 16}) {
      InputFormatException conflict =
          fails(reader(TestSimilarity.exact(), DuplicatePolicy.REJECT, threads, 50),
              conflictFirst);
      assertThat(conflict.line()).isEqualTo(1200);
      assertThat(conflict.getMessage())
          .contains("conflicting duplicate (--duplicates reject): source 's1' gives item 'i8'"
              + " two values: 'v2' and 'v9'");
      InputFormatException bad =
          fails(reader(TestSimilarity.exact(), DuplicatePolicy.REJECT, threads, 50), badFirst);
      assertThat(bad.line()).isEqualTo(1200);
      assertThat(bad.field()).isEqualTo("item");
    }
  }

  @Test
  void boundaries_startLines_andANominalBoundAtALineStartStaysThere() throws IOException {
    // four lines of six bytes: nominal bounds 6, 12 and 18 are exactly line starts
    Path even = write("even.tsv", "s\ti\tv\n".repeat(4).getBytes(StandardCharsets.US_ASCII));
    assertThat(ObservationReader.boundaries(even, 24, 4, 1)).containsExactly(0, 6, 12, 18, 24);
    // a bound falling between '\r' and '\n', or inside a line, moves to the next line start
    byte[] crlf = "s\ti\tv\r\ns\ti\tv\r\nlast\ti\tv".getBytes(StandardCharsets.US_ASCII);
    Path file = write("crlf.tsv", crlf);
    for (int count = 2; count <= crlf.length; count++) {
      long[] bounds = ObservationReader.boundaries(file, crlf.length, count, 1);
      assertThat(bounds[0]).isZero();
      assertThat(bounds[bounds.length - 1]).isEqualTo(crlf.length);
      for (int k = 1; k < bounds.length - 1; k++) {
        assertThat(bounds[k]).isGreaterThanOrEqualTo(bounds[k - 1]);
        long b = bounds[k];
        assertThat(b == crlf.length || crlf[(int) b - 1] == '\n').as("bound %d", b).isTrue();
      }
    }
    // below the segment size a file is read whole
    assertThat(ObservationReader.boundaries(file, crlf.length, 16, 1 << 20))
        .containsExactly(0, crlf.length);
  }

  @Test
  void discover_sameBytesWithOneTwoOrSixteenThreads_onASplitFile() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 3000; k++) {
      text.append('s').append(random.nextInt(40)).append('\t').append("item-")
          .append(random.nextInt(400)).append('\t').append('v').append(random.nextInt(4))
          .append(k % 5 == 0 ? "\r\n" : "\n");
    }
    Path file = write("split.tsv", text.toString().getBytes(StandardCharsets.UTF_8));
    long saved = ObservationReader.defaultSegmentBytes;
    ObservationReader.defaultSegmentBytes = 256;
    try {
      List<byte[]> outputs = new ArrayList<>();
      for (String threads : new String[] {"1", "2", "16"}) {
        Cli.Run run = Cli.run("discover", file.toString(), "--algorithm", "all", "--format",
            "json", "--threads", threads);
        assertThat(run.code()).as(run.err()).isZero();
        outputs.add(run.outBytes());
      }
      assertThat(outputs.get(1)).isEqualTo(outputs.get(0));
      assertThat(outputs.get(2)).isEqualTo(outputs.get(0));
    } finally {
      ObservationReader.defaultSegmentBytes = saved;
    }
  }

  @Test
  void segmentedRead_equalsWholeRead_whenEachPartitionsStreamGrowsManyTimes() throws IOException {
    // two segments, two partitions: each stream gets about 10,000 ids, so its arrays grow from
    // their first size several times over, with some ids past 127 bytes (a two-byte length) and
    // a long one twice: early, when it is longer than twice its stream's bytes so far, and late
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder text = new StringBuilder();
    String longId = "long-" + "x".repeat(40_000);
    for (int k = 0; k < 40_000; k++) {
      int item = random.nextInt(6000);
      String id = k == 3 || k == 25_000 ? longId
          : item % 61 == 0 ? "item-" + item + "-" + "y".repeat(130 + item % 200)
          : ITEMS[item % ITEMS.length] + "-" + item;
      text.append(SOURCES[random.nextInt(SOURCES.length)]).append('\t').append(id).append('\t')
          .append(VALUES[random.nextInt(VALUES.length)]).append('\n');
    }
    Path file = write("grown.tsv", text.toString().getBytes(StandardCharsets.UTF_8));
    for (DuplicatePolicy policy : DuplicatePolicy.values()) {
      String whole = outcome(reader(TestSimilarity.exact(), policy, 1, Long.MAX_VALUE), file);
      if (policy != DuplicatePolicy.REJECT) { // the random lines repeat pairs with other values
        assertThat(whole).doesNotStartWith("error: ").contains(longId);
      }
      assertThat(outcome(reader(TestSimilarity.exact(), policy, 2, 1 << 16), file))
          .as("%s", policy)
          .isEqualTo(whole);
    }
  }

  @Test
  void segmentedRead_equalsWholeRead_whenStreamsAreGrownToTheirProjection() throws IOException {
    // two segments of about 2.4 MB: after the first megabyte of a segment's lines its streams
    // are grown to the projected size; the second half's ids are four times longer, so the
    // streams outgrow the projection and grow again
    SplittableRandom random = new SplittableRandom(12);
    StringBuilder text = new StringBuilder();
    int lines = 160_000;
    for (int k = 0; k < lines; k++) {
      int item = random.nextInt(50_000);
      String id = (k % (lines / 2) < lines / 4 ? "i" : "item-with-a-longer-id-") + item;
      text.append(SOURCES[random.nextInt(SOURCES.length)]).append('\t').append(id).append('\t')
          .append(VALUES[random.nextInt(VALUES.length)]).append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(4 << 20);
    Path file = write("projected.tsv", bytes);
    String whole = outcome(reader(TestSimilarity.exact(), DuplicatePolicy.ALL, 1, Long.MAX_VALUE),
        file);
    assertThat(whole).doesNotStartWith("error: ");
    assertThat(outcome(reader(TestSimilarity.exact(), DuplicatePolicy.ALL, 2, 1 << 20), file))
        .isEqualTo(whole);
  }

  @Test
  void segmentedDafnaRead_equalsWholeRead() throws IOException {
    for (long seed = 0; seed < 40; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      boolean oneProperty = random.nextBoolean();
      StringBuilder text = new StringBuilder();
      int lines = random.nextInt(1, 80);
      for (int k = 0; k < lines; k++) {
        String object = ITEMS[random.nextInt(ITEMS.length)];
        String property = oneProperty ? "P" : random.nextBoolean() ? "P" : "Q/R";
        // "a/b" + "c" and "a" + "b/c" name the same item: interning is by the id, not the bytes
        if (!oneProperty && random.nextInt(5) == 0) {
          object = "x/Q";
          property = "R";
        } else if (!oneProperty && random.nextInt(5) == 0) {
          object = "x";
          property = "Q/R";
        }
        text.append("c").append(k).append("|\t|\t").append(object).append("|\t")
            .append(property).append("|\t").append(VALUES[random.nextInt(VALUES.length)])
            .append("|\t").append(SOURCES[random.nextInt(SOURCES.length)]).append("|\t|\t")
            .append(random.nextInt(4) == 0 ? "\r\n" : "\n");
      }
      Path file = write("d" + seed + ".txt", text.toString().getBytes(StandardCharsets.UTF_8));
      for (DuplicatePolicy policy : DuplicatePolicy.values()) {
        String whole = outcome(new ObservationReader(InputFormat.DAFNA, TestSimilarity.exact(),
            "exact", policy, 1, Long.MAX_VALUE), file);
        for (long segmentBytes : new long[] {1, 30}) {
          assertThat(outcome(new ObservationReader(InputFormat.DAFNA, TestSimilarity.exact(),
                  "exact", policy, 16, segmentBytes), file))
              .as("seed %d, %s, segments of %d bytes", seed, policy, segmentBytes)
              .isEqualTo(whole);
        }
      }
    }
  }
}
