package org.corroborate.benchmarks.news;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corroborate.impl.match.ClaimGrouper;
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

/**
 * Grouping cost as the claims grow: {@link ClaimGrouper#lexicalDefault()} (lexical vectors with
 * the corpus's IDF, blocking on rare n-grams, scoring the candidate pairs, average-link
 * clustering) on {@code claims} synthetic headlines ({@link SyntheticHeadlines}, seed 1). The
 * issue's bounds: 100,000 headline-length claims in at most 30 s on one core within 2 GB (the
 * fork's heap is capped at 2 GB), and ten times the claims for at most twelve times the time.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar GroupingBenchmark -f 1 -wi 1 -i 3 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:ActiveProcessorCount=1"})
public class GroupingBenchmark {
  @Param({"10000", "100000"})
  public int claims;

  List<String> texts;
  ClaimGrouper grouper;

  @Setup(Level.Trial)
  public void setUp() {
    texts = SyntheticHeadlines.generate(claims, 1);
    grouper = ClaimGrouper.lexicalDefault();
    System.out.printf(java.util.Locale.ROOT, "%n%d claims, mean %.1f characters; %s%n",
        texts.size(), texts.stream().mapToInt(String::length).average().orElse(0),
        grouper.group(texts));
  }

  @Benchmark
  public ClaimGrouper.Groups group() {
    return grouper.group(texts);
  }
}
