package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.Corroborate;
import org.corroborate.impl.compare.Similarities;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.Observation;
import org.corroborate.model.ObservationSet;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueComparison;

/**
 * The engine against a reference implementation written over maps: runs an algorithm for a fixed
 * number of rounds (tolerance 0) on 1 and 3 threads and checks every claim's confidence and every
 * source's trust against the reference's, within 1e-9.
 */
final class ReferenceRuns {
  private ReferenceRuns() {}

  /**
   * @param confidence each claim's expected confidence, by (item id, canonical value)
   * @param trust each source's expected trust, by source id
   */
  static void assertEngineMatches(ObservationSet set, String algorithm, int rounds,
      Map<List<String>, Double> confidence, Map<String, Double> trust) {
    for (int threads : new int[] {1, 3}) {
      TruthDiscoveryResult result = Corroborate.truthDiscovery().discover(set,
          TruthDiscoveryConfig.builder().algorithm(algorithm).maxIterations(rounds)
              .tolerance(0.0).threads(threads).build());
      for (var claim : confidence.entrySet()) {
        String item = claim.getKey().get(0);
        String value = claim.getKey().get(1);
        double got = result.item(item).orElseThrow().values().stream()
            .filter(v -> v.value().canonical().equals(value))
            .findFirst().orElseThrow().confidence();
        assertThat(got).as("%s confidence of %s = %s after %d rounds on %d threads", algorithm,
            item, value, rounds, threads).isCloseTo(claim.getValue(), within(1e-9));
      }
      for (var source : trust.entrySet()) {
        assertThat(result.source(source.getKey()).orElseThrow().trust())
            .as("%s trust of %s after %d rounds on %d threads", algorithm, source.getKey(),
                rounds, threads)
            .isCloseTo(source.getValue(), within(1e-9));
      }
    }
  }

  /**
   * The observations as a set that keeps every value a source gives an item ({@link
   * DuplicatePolicy#ALL}), checked to be the kind of graph a case is for: whether {@link
   * ItemSums#oneClaimPerVoter} holds decides which walks the engine takes.
   */
  static ObservationSet keepingAll(List<Observation> observations, boolean oneClaimPerVoter) {
    ObservationSet.Builder builder = ObservationSet.builder(DuplicatePolicy.ALL);
    observations.forEach(o -> builder.add(o.sourceId(), o.itemId(), o.value()));
    ObservationSet set = builder.build();
    ClaimGraph graph = ClaimGraph.compile(set, Similarities.of(ValueComparison.exact()));
    assertThat(ItemSums.oneClaimPerVoter(graph)).as("the walks this case is for")
        .isEqualTo(oneClaimPerVoter);
    return set;
  }

  /**
   * The claims graph of a list of observations as maps, in the order of first appearance, for the
   * references to read one claim and one source at a time. A claim is (item id, canonical value).
   *
   * @param sources each claim's sources
   * @param itemClaims each item's claims
   * @param voters each item's sources
   * @param sourceClaims each source's claims
   * @param sourceItems each source's items
   */
  record Index(Map<List<String>, Set<String>> sources, Map<String, Set<List<String>>> itemClaims,
      Map<String, Set<String>> voters, Map<String, Set<List<String>>> sourceClaims,
      Map<String, Set<String>> sourceItems) {
    static Index of(List<Observation> observations) {
      Index index = new Index(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
          new LinkedHashMap<>(), new LinkedHashMap<>());
      for (Observation o : observations) {
        List<String> claim = List.of(o.itemId(), o.value().canonical());
        index.sources.computeIfAbsent(claim, k -> new LinkedHashSet<>()).add(o.sourceId());
        index.itemClaims.computeIfAbsent(o.itemId(), k -> new LinkedHashSet<>()).add(claim);
        index.voters.computeIfAbsent(o.itemId(), k -> new LinkedHashSet<>()).add(o.sourceId());
        index.sourceClaims.computeIfAbsent(o.sourceId(), k -> new LinkedHashSet<>()).add(claim);
        index.sourceItems.computeIfAbsent(o.sourceId(), k -> new LinkedHashSet<>())
            .add(o.itemId());
      }
      return index;
    }
  }
}
