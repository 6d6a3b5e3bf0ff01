package org.corroborate.benchmarks.truth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.corroborate.cli.ObservationFiles;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time for the command line's reader to turn a synthetic TSV or CSV file into an {@link
 * ObservationSet}: splitting, interning, numbering and duplicate resolution, as {@code discover}
 * reads its input.
 *
 * <p>The trial setup writes the same {@link SyntheticData} as {@link AlgorithmIterationBenchmark}
 * (1,000 sources, domain 10, seed 1; 16 bytes per line) to a temporary file, which the page cache
 * then holds; the measured call reads it on {@code threads} threads. As CSV ({@code layout=csv})
 * the file has a header {@code source,item,value} and commas where the TSV has tabs; as JSON
 * lines ({@code layout=jsonl}) each line is {@code {"source": "s", "item": "i", "value": "v"}}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReadBenchmark \
 *     -f 1 -wi 3 -i 5 -w 2s -r 2s -tu ms -bm avgt
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class ReadBenchmark {

  @Param({"1000000", "10000000"})
  public int observations;

  @Param({"1", "2"})
  public int threads;

  @Param({"tsv", "csv", "jsonl"})
  public String layout;

  Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("corroborate-read-", "." + layout);
    SyntheticData data = SyntheticData.standard(observations);
    try (OutputStream out = Files.newOutputStream(file)) {
      if (layout.equals("tsv")) {
        data.writeTsv(out);
      } else {
        if (layout.equals("csv")) {
          out.write(ascii("source,item,value\n"));
        }
        data.writeTsv(new Relayout(new java.io.BufferedOutputStream(out, 1 << 16), layout));
      }
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /**
   * Writes TSV lines as CSV (commas for tabs) or as JSON lines ({@code {"source": "s", "item":
   * "i", "value": "v"}}); the synthetic ids hold no character either layout would quote.
   */
  private static final class Relayout extends java.io.FilterOutputStream {
    private static final byte[] OPEN = ascii("{\"source\": \"");
    private static final byte[][] TABS = {ascii("\", \"item\": \""), ascii("\", \"value\": \"")};
    private static final byte[] CLOSE = ascii("\"}\n");
    private final boolean json;
    private boolean lineStart = true;
    private int tabs;

    Relayout(OutputStream out, String layout) {
      super(out);
      this.json = layout.equals("jsonl");
    }

    @Override
    public void write(int b) throws IOException {
      if (!json) {
        out.write(b == '\t' ? ',' : b);
        return;
      }
      if (lineStart) {
        out.write(OPEN);
        lineStart = false;
      }
      if (b == '\t') {
        out.write(TABS[tabs++]);
      } else if (b == '\n') {
        out.write(CLOSE);
        lineStart = true;
        tabs = 0;
      } else {
        out.write(b);
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Reads the file; returns the observation set. */
  @Benchmark
  public ObservationSet read() throws IOException {
    return ObservationFiles.read(file, layout, "exact", DuplicatePolicy.FIRST, threads);
  }
}
