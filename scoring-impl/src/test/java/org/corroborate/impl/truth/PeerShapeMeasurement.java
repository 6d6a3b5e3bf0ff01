package org.corroborate.impl.truth;

import java.util.Locale;
import org.corroborate.Corroborate;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints every algorithm's accuracy on one {@link PeerShapeData} file; runs only when asked, e.g.
 * {@code -Dpeer.shape=seed,sources,items,coverage[,algorithms][,noshuffle]}. The full shape of
 * issue 18 is {@code 1,1000,100000,0.01}.
 */
class PeerShapeMeasurement {

  @Test
  @EnabledIfSystemProperty(named = "peer.shape", matches = ".+")
  void print() {
    String[] f = System.getProperty("peer.shape").split(",");
    boolean shuffle = !(f.length > 5 && f[5].equals("noshuffle"));
    for (String seed : f[0].split(":")) {
      print(Long.parseLong(seed), f, shuffle);
    }
  }

  private static void print(long seed, String[] f, boolean shuffle) {
    PeerShapeData data = PeerShapeData.generate(seed, Integer.parseInt(f[1]),
        Integer.parseInt(f[2]), Double.parseDouble(f[3]), 4, 0.3, 0.95, shuffle);
    TruthDiscovery service = Corroborate.truthDiscovery();
    System.out.println("seed " + seed + (shuffle ? "" : " (not shuffled)"));
    for (AlgorithmInfo algorithm : service.algorithms()) {
      if (f.length > 4 && !f[4].equals("all")
          && !java.util.Arrays.asList(f[4].split(":")).contains(algorithm.name())) {
        continue;
      }
      long start = System.nanoTime();
      double accuracy = data.accuracy(service.discover(data.observations(),
          TruthDiscoveryConfig.of(algorithm.name())));
      System.out.printf(Locale.ROOT, "| %s | %.4f | %d |%n", algorithm.name(), accuracy,
          (System.nanoTime() - start) / 1_000_000);
    }
  }
}
