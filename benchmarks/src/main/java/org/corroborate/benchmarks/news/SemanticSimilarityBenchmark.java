package org.corroborate.benchmarks.news;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corroborate.embeddings.SemanticSimilarity;
import org.corroborate.news.ClaimSimilarity;
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
 * Throughput of the semantic module: {@code SemanticSimilarity.prepare} (each distinct text
 * tokenised and embedded by the quantized all-MiniLM-L6-v2, then the scorer built) on the first
 * {@code claims} distinct article headlines of the Emergent training claims (read at run time
 * from {@code ../shared/datasets} or {@code -Dcorroborate.datasets}; mean 73 characters). Claims
 * per second = {@code claims} / seconds per call. The fork sees one processor
 * ({@code -XX:ActiveProcessorCount=1}, so the library's pool has one thread); pin the whole run to
 * one core, since ONNX Runtime's own threads do not read that flag:
 *
 * <pre>
 * taskset -c 0 java -jar benchmarks/target/benchmarks.jar SemanticSimilarityBenchmark \
 *     -f 1 -wi 1 -i 3 -w 5s -r 5s
 * </pre>
 *
 * <p>The model is loaded once per fork, in set-up, and is not part of the measurement. After
 * each iteration the fork prints the process's CPU time per call (all threads, JIT and GC
 * included) and the claims per CPU second it gives: on a shared machine the wall-clock score
 * counts the time other processes held the core, the CPU time does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:ActiveProcessorCount=1"})
public class SemanticSimilarityBenchmark {
  @Param({"500"})
  public int claims;

  List<String> texts;
  SemanticSimilarity similarity;
  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuAtStart;
  private int calls;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    EmergentHeadlines all = EmergentHeadlines.read(EmergentHeadlines.locate().orElseThrow(
        () -> new IllegalStateException(EmergentHeadlines.FILE + " not found under"
            + " ../shared/datasets; pass -Dcorroborate.datasets=FOLDER")));
    List<String> distinct = all.headlines().stream().distinct().toList();
    if (claims > distinct.size()) {
      throw new IllegalArgumentException("claims must be at most " + distinct.size() + ", was "
          + claims);
    }
    texts = distinct.subList(0, claims);
    similarity = new SemanticSimilarity();
    ClaimSimilarity.Scorer first = similarity.prepare(texts); // loads the model
    System.out.printf(java.util.Locale.ROOT, "%n%d headlines, mean %.1f characters; %s%n",
        texts.size(), texts.stream().mapToInt(String::length).average().orElse(0), first);
  }

  @Setup(Level.Iteration)
  public void startIteration() {
    cpuAtStart = os.getProcessCpuTime();
    calls = 0;
  }

  @Benchmark
  public ClaimSimilarity.Scorer prepare() {
    calls++;
    return similarity.prepare(texts);
  }

  @TearDown(Level.Iteration)
  public void endIteration() {
    double cpuMs = (os.getProcessCpuTime() - cpuAtStart) / 1e6 / Math.max(1, calls);
    System.out.printf(java.util.Locale.ROOT, "  (CPU %.1f ms per call, %.0f claims per CPU"
        + " second)%n", cpuMs, claims * 1000.0 / cpuMs);
  }
}
