package org.corroborate.benchmarks.truth;

import java.util.Locale;
import org.corroborate.impl.compare.Similarities;
import org.corroborate.impl.truth.ClaimGraph;
import org.corroborate.model.ObservationSet;
import org.corroborate.truth.ValueComparison;

/**
 * Prints the memory of the compiled form per observation, {@code ClaimGraph.compiledBytes() /
 * observations}, next to the observation set's own three ints (12 bytes) per observation, for the
 * data of the benchmarks (1,000 sources, domain 10, seed 1).
 *
 * <pre>
 * java -Xmx12g -cp benchmarks/target/benchmarks.jar org.corroborate.benchmarks.truth.CompiledSize \
 *     10000 1000000 10000000
 * </pre>
 */
final class CompiledSize {
  private CompiledSize() {}

  /** The compiled bytes per observation of a synthetic set of that size. */
  static double bytesPerObservation(ClaimGraph graph) {
    return (double) graph.compiledBytes() / graph.observations.size();
  }

  public static void main(String[] args) {
    String[] sizes = args.length == 0 ? new String[] {"10000", "1000000", "10000000"} : args;
    System.out.println("observations\tsources\titems\tclaims\tedges\tcompiled bytes\t"
        + "compiled bytes/obs\tobservation-set bytes/obs");
    for (String size : sizes) {
      ObservationSet set = SyntheticData.standard(Long.parseLong(size)).observations();
      ClaimGraph graph = ClaimGraph.compile(set, Similarities.of(ValueComparison.exact()));
      System.out.printf(Locale.ROOT, "%d\t%d\t%d\t%d\t%d\t%d\t%.2f\t%d%n",
          set.size(), graph.sourceCount, graph.itemCount, graph.claimCount, graph.edgeCount,
          graph.compiledBytes(), bytesPerObservation(graph), 3 * Integer.BYTES);
    }
  }
}
