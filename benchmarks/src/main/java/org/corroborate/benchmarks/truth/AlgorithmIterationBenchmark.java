package org.corroborate.benchmarks.truth;

import java.util.concurrent.TimeUnit;
import org.corroborate.impl.compare.Similarities;
import org.corroborate.impl.truth.Algorithm;
import org.corroborate.impl.truth.ClaimGraph;
import org.corroborate.impl.truth.GraphTruthDiscovery;
import org.corroborate.impl.truth.Settings;
import org.corroborate.model.ObservationSet;
import org.corroborate.truth.ProgressListener;
import org.corroborate.truth.TruthDiscoveryConfig;
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
 * Time of one iteration of each truth-discovery algorithm on a compiled {@link ClaimGraph}.
 *
 * <p>The trial setup generates {@link SyntheticData} (1,000 sources, domain 10, ten observations
 * per item, seed 1), compiles it once under exact comparison and resolves the algorithm's defaults
 * with {@code maxIterations = rounds} (1 by default) on {@code threads} threads (1 by default, 0 for the available
 * processors; {@code -p threads=1,2,0} compares them). The measured call is one {@code Algorithm.run}, so it includes the
 * per-run allocation of the algorithm's arrays (and, for TruthFinder, the empty implication table).
 * Throughput in observation-updates per second is {@code observations / (seconds per call)}.
 *
 * <pre>
 * java -Xmx12g -jar benchmarks/target/benchmarks.jar AlgorithmIterationBenchmark \
 *     -f 1 -wi 2 -i 3 -w 2s -r 2s -tu ms -bm avgt
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class AlgorithmIterationBenchmark {

  /** Every algorithm of {@code Corroborate.truthDiscovery().algorithms()}. */
  @Param({"vote", "sums", "average-log", "investment", "pooled-investment", "truthfinder",
      "cosine", "2-estimates", "3-estimates", "accu", "accu-sim", "accu-copy", "pop-accu",
      "crh", "catd", "dawid-skene", "simple-lca", "guess-lca", "ltm"})
  public String algorithm;

  @Param({"10000", "1000000", "10000000"})
  public int observations;

  /** Threads the iteration runs on; 0 is the available processors. */
  @Param({"1"})
  public int threads;

  /**
   * Iterations per measured call (at most; an algorithm that converges sooner stops). The cost of
   * one iteration without the run's set-up (allocating and filling its arrays, building the
   * outcome) is the difference of two settings divided by theirs: {@code -p rounds=1,6} gives
   * {@code (t6 - t1) / 5}.
   */
  @Param({"1"})
  public int rounds;

  ClaimGraph graph;
  Settings settings;
  Algorithm engine;

  @Setup(Level.Trial)
  public void setUp() {
    ObservationSet set = SyntheticData.standard(observations).observations();
    ValueSimilarity similarity = Similarities.of(ValueComparison.exact());
    graph = ClaimGraph.compile(set, similarity);
    engine = new GraphTruthDiscovery().find(algorithm);
    TruthDiscoveryConfig.Builder config =
        TruthDiscoveryConfig.builder().algorithm(algorithm).maxIterations(rounds);
    if (threads > 0) {
      config.threads(threads);
    }
    settings = GraphTruthDiscovery.resolve(engine.info(), config.build(), graph, similarity);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    settings.parallel().close();
  }

  /**
   * One iteration; returns the whole outcome (typed {@code Object} because the generated
   * harness lives in another package, and the type is internal to the engine) so that none of its
   * arrays is dead code.
   */
  @Benchmark
  public Object iteration() {
    return engine.run(graph, settings, ProgressListener.NONE);
  }
}
