package org.corroborate.benchmarks.truth;

import java.util.concurrent.TimeUnit;
import org.corroborate.impl.compare.Similarities;
import org.corroborate.impl.truth.ClaimGraph;
import org.corroborate.impl.truth.Parallel;
import org.corroborate.model.ObservationSet;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueSimilarity;
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
 * Time to compile an {@link ObservationSet} into a {@link ClaimGraph} under exact comparison.
 *
 * <p>The trial setup generates the same {@link SyntheticData} as {@link
 * AlgorithmIterationBenchmark}; the measured call is {@code ClaimGraph.compile} on {@code
 * threads} threads (1 by default; {@code -p threads=1,2} for the speed-up). The size of the
 * compiled form is printed by {@link CompiledSize}.
 *
 * <pre>
 * java -Xmx12g -jar benchmarks/target/benchmarks.jar CompileBenchmark \
 *     -f 1 -wi 2 -i 3 -w 2s -r 2s -tu ms -bm avgt
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class CompileBenchmark {

  @Param({"10000", "1000000", "10000000"})
  public int observations;

  @Param({"1"})
  public int threads;

  ObservationSet set;
  ValueSimilarity similarity;
  Parallel parallel;

  @Setup(Level.Trial)
  public void setUp() {
    set = SyntheticData.standard(observations).observations();
    similarity = Similarities.of(ValueComparison.exact());
    parallel = new Parallel(threads);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    parallel.close();
  }

  /** Compiles the set; returns the graph (as {@code Object}: the harness is in another package). */
  @Benchmark
  public Object compile() {
    return ClaimGraph.compile(set, similarity, parallel);
  }
}
