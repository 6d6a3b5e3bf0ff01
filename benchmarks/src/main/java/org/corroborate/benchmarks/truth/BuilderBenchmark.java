package org.corroborate.benchmarks.truth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
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
 * Time for a host to build an {@link ObservationSet} one observation at a time with {@link
 * ObservationSet.Builder#add(String, String, Value)}, as an application reading its own store
 * does: each call gets id strings made just before it (from bytes, as a parser makes them, so
 * their hash codes are not yet computed).
 *
 * <p>The observations are those of {@link SyntheticData} (1,000 sources, domain 10, seed 1), in
 * the order it generates them ({@code order=sources}: each source's observations together, as in
 * a file or feed per source) or sorted by item ({@code order=items}: the sources interleaved, so
 * that every source comes back after its run has ended).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BuilderBenchmark \
 *     -f 1 -wi 3 -i 5 -w 2s -r 2s -tu ms -bm avgt
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx12g"})
public class BuilderBenchmark {

  @Param({"1000000", "10000000"})
  public int observations;

  @Param({"sources", "items"})
  public String order;

  int[] source;
  int[] item;
  int[] value;
  byte[][] sourceBytes;
  byte[][] itemBytes;
  Value[] values;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    SyntheticData data = SyntheticData.standard(observations);
    int[] count = new int[1];
    int[] maxima = new int[3];
    data.generate((s, i, v) -> {
      count[0]++;
      maxima[0] = Math.max(maxima[0], s);
      maxima[1] = Math.max(maxima[1], i);
      maxima[2] = Math.max(maxima[2], v);
    });
    int n = count[0];
    source = new int[n];
    item = new int[n];
    value = new int[n];
    int[] at = new int[1];
    data.generate((s, i, v) -> {
      source[at[0]] = s;
      item[at[0]] = i;
      value[at[0]++] = v;
    });
    if (order.equals("items")) {
      // a stable counting sort by item: each item's observations together, sources interleaved
      int[] start = new int[maxima[1] + 2];
      for (int k = 0; k < n; k++) {
        start[item[k] + 1]++;
      }
      for (int i = 0; i + 1 < start.length; i++) {
        start[i + 1] += start[i];
      }
      int[] s2 = new int[n];
      int[] i2 = new int[n];
      int[] v2 = new int[n];
      for (int k = 0; k < n; k++) {
        int to = start[item[k]]++;
        s2[to] = source[k];
        i2[to] = item[k];
        v2[to] = value[k];
      }
      source = s2;
      item = i2;
      value = v2;
    } else if (!order.equals("sources")) {
      throw new IllegalArgumentException("order must be sources or items, was " + order);
    }
    sourceBytes = new byte[maxima[0] + 1][];
    for (int s = 0; s < sourceBytes.length; s++) {
      sourceBytes[s] = data.sourceId(s).getBytes(StandardCharsets.UTF_8);
    }
    itemBytes = new byte[maxima[1] + 1][];
    for (int i = 0; i < itemBytes.length; i++) {
      itemBytes[i] = data.itemId(i).getBytes(StandardCharsets.UTF_8);
    }
    values = new Value[maxima[2] + 1];
    for (int v = 0; v < values.length; v++) {
      values[v] = data.value(v);
    }
  }

  @Benchmark
  public ObservationSet build() {
    ObservationSet.Builder builder = ObservationSet.builder();
    for (int k = 0; k < source.length; k++) {
      builder.add(new String(sourceBytes[source[k]], StandardCharsets.UTF_8),
          new String(itemBytes[item[k]], StandardCharsets.UTF_8), values[value[k]]);
    }
    return builder.build();
  }
}
