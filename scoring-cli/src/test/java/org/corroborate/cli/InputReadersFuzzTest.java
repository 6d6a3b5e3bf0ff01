package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.corroborate.Corroborate;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueSimilarity;

/**
 * Fuzz targets for the readers of {@code discover} and {@code stance}: observations as TSV,
 * DAFNA, CSV and JSON lines, gold files, and FNC-1 CSV. The first byte of an input picks the comparison (exact,
 * numeric, numeric:5%, text, authors) and the duplicate policy; the rest is the file. The
 * contract: a result, or an {@link InputFormatException} naming this file with a line; never
 * another exception; CSV and JSON lines, read in segments where they can be, give what the record
 * reader gives.
 * Observations read are run through three algorithms, whose confidences and
 * trusts must be finite and in [0, 1]. Seeds in {@code InputReadersFuzzTestInputs/}; fuzzing mode
 * in CONTRIBUTING.md.
 */
class InputReadersFuzzTest {
  private static final TruthDiscovery ENGINE = Corroborate.truthDiscovery();
  private static final List<String> COMPARISONS =
      List.of("exact", "numeric", "numeric:5%", "text", "authors");
  private static final Path FILE = file();

  private static Path file() {
    try {
      Path dir = Files.createTempDirectory("readers-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("input.txt");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String comparison(byte[] data) {
    return COMPARISONS.get(data.length == 0 ? 0 : Math.floorMod(data[0], COMPARISONS.size()));
  }

  private static DuplicatePolicy policy(byte[] data) {
    DuplicatePolicy[] all = DuplicatePolicy.values();
    return all[data.length == 0 ? 0 : Math.floorMod(data[0] >> 4, all.length)];
  }

  private static void write(byte[] data) throws IOException {
    Files.write(FILE, data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length));
  }

  @FuzzTest(maxDuration = "10m")
  void tsv(byte[] data) throws IOException {
    observations(data, InputFormat.TSV);
  }

  @FuzzTest(maxDuration = "10m")
  void dafna(byte[] data) throws IOException {
    observations(data, InputFormat.DAFNA);
  }

  @FuzzTest(maxDuration = "10m")
  void csv(byte[] data) throws IOException {
    observations(data, InputFormat.CSV);
  }

  @FuzzTest(maxDuration = "10m")
  void jsonl(byte[] data) throws IOException {
    observations(data, InputFormat.JSONL);
  }

  private static void observations(byte[] data, InputFormat format) throws IOException {
    write(data);
    String spec = comparison(data);
    ValueSimilarity similarity = ENGINE.similarity(ValueComparison.parse(spec));
    ObservationReader.Result result;
    boolean records = format == InputFormat.CSV || format == InputFormat.JSONL;
    try {
      // as the command line reads: in segments (of a few bytes here, on two threads), CSV and
      // JSON lines by the record reader where the segments leave them to it
      result = new ObservationReader(format, similarity, spec, policy(data), 2, 7).read(FILE);
    } catch (InputFormatException e) {
      assertNamesTheFile(e);
      if (records) {
        assertThat(e.getMessage()).isEqualTo(recordReaderOutcome(format, similarity, spec, data));
      }
      return;
    }
    if (records) {
      assertThat(result.observations().size() + " observations, " + result.lines() + " lines")
          .isEqualTo(recordReaderOutcome(format, similarity, spec, data));
    }
    if (result.observations().size() == 0) {
      return;
    }
    for (String algorithm : List.of("truthfinder", "accu", "crh")) {
      TruthDiscoveryResult r = ENGINE.discover(result.observations(),
          TruthDiscoveryConfig.builder().algorithm(algorithm).comparison(ValueComparison.parse(spec)).build());
      for (ItemResult item : r.items()) {
        assertThat(item.confidence()).as("%s %s", algorithm, item.itemId()).isBetween(0.0, 1.0);
      }
      for (SourceTrust s : r.sources()) {
        assertThat(s.trust()).as("%s %s", algorithm, s.sourceId()).isBetween(0.0, 1.0);
      }
    }
  }

  @FuzzTest(maxDuration = "10m")
  void gold(byte[] data) throws IOException {
    write(data);
    String spec = comparison(data);
    try {
      GoldReader.read(FILE, ENGINE.similarity(ValueComparison.parse(spec)), spec,
          Dafna.ItemNaming.QUALIFIED);
    } catch (InputFormatException e) {
      assertNamesTheFile(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void fncCsv(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    for (List<String> header : List.of(List.of("Body ID", "articleBody"),
        List.of("Headline", "Body ID", "Stance"))) {
      try {
        for (FncCsv.Row row : FncCsv.read(FILE, text, header, 2)) {
          assertThat(row.fields()).hasSizeBetween(2, header.size());
          assertThat(row.line()).isPositive();
        }
      } catch (InputFormatException e) {
        assertNamesTheFile(e);
      }
    }
  }

  /**
   * The two files of {@code verify}, split at the first NUL (claims before, articles after, each
   * under Emergent's header), read and judged with the given stances: every probability finite
   * and in [0, 1], or the documented input error.
   */
  @FuzzTest(maxDuration = "10m")
  void verifyCsv(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    int cut = text.indexOf('\u0000');
    String claims = "claimId,claimHeadline,claimTruth\n" + (cut < 0 ? text : text.substring(0, cut));
    String articles = "articleId,claimId,source,articleHeadline,articleHeadlineStance\n"
        + (cut < 0 ? "" : text.substring(cut + 1));
    try {
      List<ClaimFiles.Claim> read = ClaimFiles.claims(FILE, claims);
      java.util.Map<String, ClaimFiles.Claim> byId = new java.util.HashMap<>();
      read.forEach(c -> byId.put(c.id(), c));
      ClaimFiles.Input input =
          new ClaimFiles.Input(read, ClaimFiles.articles(FILE, articles, byId));
      Verifier.Outcome outcome = Verifier.verify(input, null,
          org.corroborate.impl.verdict.VerdictModel.shipped());
      assertThat(outcome.verdicts()).hasSameSizeAs(read);
      for (Verifier.ClaimVerdict v : outcome.verdicts()) {
        assertThat(v.result().probability()).isBetween(0.0, 1.0);
      }
    } catch (InputFormatException e) {
      assertNamesTheFile(e);
    }
  }

  /** What the record reader (commons-csv, Jackson) makes of the file: its error, or its counts. */
  private static String recordReaderOutcome(InputFormat format, ValueSimilarity similarity,
      String spec, byte[] data) throws IOException {
    try {
      ObservationReader.Result r = new RecordReader(format, similarity, spec,
          policy(data), false).read(List.of(FILE));
      return r.observations().size() + " observations, " + r.lines() + " lines";
    } catch (InputFormatException e) {
      return e.getMessage();
    }
  }

  private static void assertNamesTheFile(InputFormatException e) {
    assertThat(e.file()).isEqualTo(FILE);
    assertThat(e.getMessage()).startsWith(FILE.toString());
  }
}
