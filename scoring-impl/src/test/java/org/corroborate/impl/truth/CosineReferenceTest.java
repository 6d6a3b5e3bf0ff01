package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.Observation;
import org.corroborate.model.ObservationSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cosine against a reference written straight from the paper's Algorithm 1 and the readings
 * {@link Cosine} documents (implicit negative votes, eta's mix, the optimistic sign), one claim
 * and one source at a time over maps, with none of the engine's arrays or walks. The engine sums
 * an item's voters two ways: through its claims' sources when no source gives the item two values
 * (then its voters are exactly those), else through its voter list. Both are checked: without
 * duplicates, and with sources that give some items a second value (kept by {@link
 * DuplicatePolicy#ALL}), where only the voter lists count such a source once.
 */
class CosineReferenceTest {
  private static final double ETA = 0.2;

  @ParameterizedTest
  @CsvSource({"1, 3, false", "4, 4, false", "15, 5, false", "1, 6, true", "4, 7, true",
      "15, 8, true"})
  void engineMatchesTheReference(int rounds, long seed, boolean secondValues) {
    double[] accuracy = {0.95, 0.9, 0.8, 0.7, 0.65, 0.55, 0.4, 0.85};
    List<Observation> observations = RandomObservations.withHiddenAccuracy(seed, accuracy, 40);
    if (secondValues) {
      observations = RandomObservations.withSecondValues(observations, seed);
    }
    Reference expected = new Reference(observations, rounds);
    ObservationSet set = ReferenceRuns.keepingAll(observations, !secondValues);
    ReferenceRuns.assertEngineMatches(set, "cosine", rounds, expected.confidence,
        expected.trust);
    // not a degenerate case: the truths left 0 and 1, so the sums of T^3 weighed something
    assertThat(expected.confidence.values()).anyMatch(c -> c > 0.05 && c < 0.95);
  }

  /** Algorithm 1, claim by claim and source by source. */
  private static final class Reference {
    final Map<List<String>, Double> confidence = new LinkedHashMap<>();
    final Map<String, Double> trust = new LinkedHashMap<>();

    Reference(List<Observation> observations, int rounds) {
      ReferenceRuns.Index index = ReferenceRuns.Index.of(observations);
      Map<List<String>, Set<String>> sources = index.sources();
      Map<String, Set<List<String>>> itemClaims = index.itemClaims();
      Map<String, Set<String>> voters = index.voters();
      Map<String, Set<List<String>>> sourceClaims = index.sourceClaims();
      Map<String, Set<String>> sourceItems = index.sourceItems();
      // every claim starts true; a source's statements are all the claims of its items, those
      // it asserts positive and the others negative
      Map<List<String>, Double> w = new LinkedHashMap<>();
      sources.keySet().forEach(c -> w.put(c, 1.0));
      Map<String, Double> t = new LinkedHashMap<>();
      for (String s : sourceClaims.keySet()) {
        int statements = statements(s, sourceItems, itemClaims).size();
        int positive = sourceClaims.get(s).size();
        t.put(s, (double) (positive - (statements - positive)) / statements);
      }
      for (int round = 0; round < rounds; round++) {
        // T(V) from the last round's W: the cosine between its votes and W
        Map<String, Double> next = new LinkedHashMap<>();
        for (String s : t.keySet()) {
          double votes = 0.0;
          double squares = 0.0;
          List<List<String>> statements = statements(s, sourceItems, itemClaims);
          for (List<String> c : statements) {
            votes += sourceClaims.get(s).contains(c) ? w.get(c) : -w.get(c);
            squares += w.get(c) * w.get(c);
          }
          double norm = Math.sqrt(statements.size() * squares);
          double cosine = norm == 0.0 ? 0.0 : votes / norm;
          next.put(s, clamp((1 - ETA) * t.get(s) + ETA * cosine));
        }
        t = next;
        // W(f) from the new T: for it the cubes of its sources, against it those of the item's
        // other voters, over the item's voters' absolute cubes
        for (List<String> c : w.keySet()) {
          double sum = 0.0;
          double norm = 0.0;
          for (String v : voters.get(c.get(0))) {
            double cube = t.get(v) * t.get(v) * t.get(v);
            sum += sources.get(c).contains(v) ? cube : -cube;
            norm += Math.abs(cube);
          }
          w.put(c, clamp(norm == 0.0 ? 0.0 : sum / norm));
        }
      }
      // the data have sources, so the mean exists
      double mean = t.values().stream().mapToDouble(Double::doubleValue).average().getAsDouble();
      double sign = mean < 0 ? -1 : 1;
      w.forEach((c, x) -> confidence.put(c, (sign * x + 1) / 2));
      t.forEach((s, x) -> trust.put(s, (sign * x + 1) / 2));
    }

    /** Every claim of the items source {@code s} gives a value for, each once. */
    private static List<List<String>> statements(String s, Map<String, Set<String>> sourceItems,
        Map<String, Set<List<String>>> itemClaims) {
      List<List<String>> out = new ArrayList<>();
      for (String item : sourceItems.get(s)) {
        out.addAll(itemClaims.get(item));
      }
      return out;
    }

    private static double clamp(double x) {
      return Math.max(-1.0, Math.min(1.0, x));
    }
  }
}
