package org.corroborate.benchmarks.machine;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a second thread can add on this machine, for the kinds of work the engine's iterations do:
 * the bound against which issue 14's "speed-up from 1 to 2 threads at least 1.7" is read.
 *
 * <p>Each thread works on its own table of {@code megabytes} (256 by default, far beyond the
 * caches), so the threads share nothing but the machine. Run it with one thread and with two
 * ({@code -t 1}, {@code -t 2}); JMH sums the threads' throughput, so the speed-up of a kind is
 * the ratio of the two scores.
 *
 * <ul>
 *   <li>{@link #compute}: a chain of multiply-adds on registers, no memory. Two cores of their own
 *       give 2.
 *   <li>{@link #dependentReads}: each read's address comes from the one before (the pointer
 *       chasing of a cache miss that nothing can overlap): the latency of memory.
 *   <li>{@link #independentReads}: eight such chains at once, whose misses overlap, as in the
 *       engine's gathers ({@code belief[claim]} over a source's claims), which the processor
 *       can issue ahead.
 *   <li>{@link #streaming}: a sum over the table in order, as the engine's passes read the CSR
 *       arrays: the bandwidth of memory.
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MemoryScalingBenchmark -t 1 \
 *     -jvmArgsAppend -XX:+UseTransparentHugePages
 * java -jar benchmarks/target/benchmarks.jar MemoryScalingBenchmark -t 2 \
 *     -jvmArgsAppend -XX:+UseTransparentHugePages
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class MemoryScalingBenchmark {
  /** Steps per call: reads for the read kinds, multiply-adds for {@link #compute}. */
  static final int STEPS = 1 << 16;

  /** Size of each thread's table. */
  @Param({"256"})
  public int megabytes;

  long[] table;
  int shift;
  long start;

  @Setup(Level.Trial)
  public void setUp() {
    if (megabytes < 1) {
      throw new IllegalArgumentException("megabytes must be at least 1, was " + megabytes);
    }
    // a power of two (at least 2^17, at most 2^30 longs), so that an index is the top bits of a
    // mixed value
    int length = Integer.highestOneBit(
        (int) Math.min(1 << 30, (long) megabytes * (1 << 20) / Long.BYTES));
    shift = Long.numberOfLeadingZeros(length - 1L);
    table = new long[length];
    SplittableRandom random = new SplittableRandom(Thread.currentThread().getId());
    for (int k = 0; k < length; k++) {
      table[k] = random.nextLong();
    }
    start = random.nextLong();
  }

  /** The table index a value leads to: its top bits after a multiplicative mix. */
  private int next(long x) {
    return (int) ((x * 0x9E3779B97F4A7C15L) >>> shift);
  }

  @Benchmark
  @OperationsPerInvocation(STEPS)
  public double compute() {
    double a = start & 0xff;
    for (int k = 0; k < STEPS; k++) {
      a = a * 0.999_999_9 + 1e-9;
    }
    return a;
  }

  @Benchmark
  @OperationsPerInvocation(STEPS)
  public long dependentReads() {
    long x = start;
    for (int k = 0; k < STEPS; k++) {
      x = table[next(x)] + k;
    }
    start = x;
    return x;
  }

  @Benchmark
  @OperationsPerInvocation(STEPS)
  public long independentReads() {
    long a = start;
    long b = a + 1;
    long c = a + 2;
    long d = a + 3;
    long e = a + 4;
    long f = a + 5;
    long g = a + 6;
    long h = a + 7;
    for (int k = 0; k < STEPS; k += 8) {
      a = table[next(a)] + k;
      b = table[next(b)] + k;
      c = table[next(c)] + k;
      d = table[next(d)] + k;
      e = table[next(e)] + k;
      f = table[next(f)] + k;
      g = table[next(g)] + k;
      h = table[next(h)] + k;
    }
    start = a ^ b ^ c ^ d ^ e ^ f ^ g ^ h;
    return start;
  }

  /** Reads {@link #STEPS} longs in order, from where the last call stopped. */
  @Benchmark
  @OperationsPerInvocation(STEPS)
  public long streaming() {
    int from = (int) (start & (table.length - 1)) & ~(STEPS - 1);
    long sum = 0;
    for (int k = from; k < from + STEPS; k++) {
      sum += table[k];
    }
    start += STEPS;
    return sum;
  }
}
