package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.corroborate.model.Observation;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 2- and 3-Estimates against a reference written straight from the paper's Algorithms 2 to 4 and
 * the readings {@link Estimates} documents (difficulty and error normalisation, the zero rule, the
 * dual-solution test), one claim and one source at a time over maps, with none of the engine's
 * arrays, walks or sums shared between steps. Over several rounds every claim's difficulty and
 * every source's error feed the next round, so a wrong sum anywhere in the engine's fused walks
 * moves the reported numbers. The engine sums an item's voters through its claims' sources when
 * no source gives the item two values, and through its voter list otherwise: data sets run both
 * ways, with one value per source and item and with sources that give some items a second value
 * (kept by {@code DuplicatePolicy.ALL}), where a source's statements on an item are still counted
 * once.
 */
class EstimatesReferenceTest {
  private static final double ZERO = 1e-9;

  @ParameterizedTest
  @CsvSource({
      "2-estimates, 1, 3, false", "2-estimates, 5, 4, false", "2-estimates, 12, 5, false",
      "2-estimates, 5, 9, true", "2-estimates, 12, 10, true",
      "3-estimates, 2, 3, false", "3-estimates, 5, 4, false", "3-estimates, 12, 5, false",
      "3-estimates, 30, 6, false", "3-estimates, 2, 11, true", "3-estimates, 12, 12, true"})
  void engineMatchesTheReference(String algorithm, int rounds, long seed, boolean secondValues) {
    double[] accuracy = {0.95, 0.9, 0.8, 0.7, 0.65, 0.55, 0.4, 0.85};
    List<Observation> observations = RandomObservations.withHiddenAccuracy(seed, accuracy, 40);
    if (secondValues) {
      observations = RandomObservations.withSecondValues(observations, seed);
    }
    Reference expected = new Reference(observations, algorithm.startsWith("3"), rounds);
    ObservationSet set = ReferenceRuns.keepingAll(observations, !secondValues);
    ReferenceRuns.assertEngineMatches(set, algorithm, rounds, expected.confidence,
        expected.trust);
    // not a degenerate case: the sources' errors took values other than 0 and 1 along the way,
    // so the ratio terms 1 / eps(V) of 3-Estimates' difficulty were not all 0 or 1
    assertThat(expected.distinctErrors).isGreaterThan(2);
  }

  /**
   * Sources that agree on everything end with equal errors, so when they are the best they are
   * all scaled to an error of zero: here five perfect sources that give every item its true value
   * hold most of the statements, beside two that err. 3-Estimates' count of voters with a
   * non-zero error is then taken from the other side (see {@code Estimates}), which this case
   * checks against the reference as well.
   */
  @ParameterizedTest
  @CsvSource({"3-estimates, 3", "3-estimates, 8", "2-estimates, 8"})
  void sourcesWithZeroErrorHoldingMostStatements(String algorithm, int rounds) {
    SplittableRandom random = new SplittableRandom(13);
    List<Observation> observations = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String truth = "v" + i % 5;
      for (int s = 0; s < 5; s++) {
        observations.add(new Observation("perfect" + s, "item" + i, Value.text(truth)));
      }
      for (int s = 0; s < 2; s++) {
        if (random.nextDouble() < 0.6) {
          String value = random.nextBoolean() ? truth : "v" + (i + 1 + random.nextInt(4)) % 5;
          observations.add(new Observation("noisy" + s, "item" + i, Value.text(value)));
        }
      }
    }
    Reference expected = new Reference(observations, algorithm.startsWith("3"), rounds);
    ReferenceRuns.assertEngineMatches(ReferenceRuns.keepingAll(observations, true), algorithm,
        rounds, expected.confidence, expected.trust);
  }

  /** The paper's updates, claim by claim and source by source. */
  private static final class Reference {
    final Map<List<String>, Double> confidence = new LinkedHashMap<>();
    final Map<String, Double> trust = new LinkedHashMap<>();
    int distinctErrors;

    Reference(List<Observation> observations, boolean three, int rounds) {
      ReferenceRuns.Index index = ReferenceRuns.Index.of(observations);
      Map<List<String>, Set<String>> sources = index.sources();
      Map<String, Set<List<String>>> itemClaims = index.itemClaims();
      Map<String, Set<String>> voters = index.voters();
      Map<String, Set<List<String>>> sourceClaims = index.sourceClaims();
      Map<String, Set<String>> sourceItems = index.sourceItems();
      Map<String, Double> error = new LinkedHashMap<>();
      sourceClaims.keySet().forEach(s -> error.put(s, 0.0));
      Map<List<String>, Double> difficulty = new LinkedHashMap<>();
      Map<List<String>, Double> truth = new LinkedHashMap<>();
      for (List<String> c : sources.keySet()) {
        difficulty.put(c, three ? 0.1 : 1.0);
        truth.put(c, 0.0);
      }
      Set<Double> seenErrors = new LinkedHashSet<>();
      for (int t = 1; t <= rounds; t++) {
        double lambda = rounds == 1 ? 1.0 : 1.0 - (t - 1) / (double) (rounds - 1);
        // W(f) = (sum_pos (1 - eps(V) d) + sum_neg eps(V) d) / #voters, then Algorithm 3
        Map<List<String>, Double> raw = new LinkedHashMap<>();
        for (var entry : sources.entrySet()) {
          List<String> c = entry.getKey();
          double d = difficulty.get(c);
          double positive = 0.0;
          double negative = 0.0;
          for (String v : voters.get(c.get(0))) {
            if (entry.getValue().contains(v)) {
              positive += 1.0 - error.get(v) * d;
            } else {
              negative += error.get(v) * d;
            }
          }
          raw.put(c, (positive + negative) / voters.get(c.get(0)).size());
        }
        Map<List<String>, Double> newTruth = mixed(raw, lambda);
        Map<List<String>, Double> newDifficulty = new LinkedHashMap<>(difficulty);
        if (three) {
          // eps(f) = (sum_pos (1 - W) / eps(V) + sum_neg W / eps(V)) / #voters with eps(V) != 0
          Map<List<String>, Double> rawDifficulty = new LinkedHashMap<>();
          for (var entry : sources.entrySet()) {
            List<String> c = entry.getKey();
            double w = newTruth.get(c);
            double sum = 0.0;
            int count = 0;
            for (String v : voters.get(c.get(0))) {
              double eps = error.get(v);
              if (eps > ZERO) {
                count++;
                sum += entry.getValue().contains(v) ? (1.0 - w) / eps : w / eps;
              }
            }
            rawDifficulty.put(c, count == 0 ? difficulty.get(c) : sum / count);
          }
          newDifficulty = mixed(rawDifficulty, lambda);
        }
        // eps(V) = (sum_pos (1 - W) / d + sum_neg W / d) / #statements with d != 0
        Map<String, Double> rawError = new LinkedHashMap<>();
        // (a source's statements: every claim of every item it gives a value for, each once)
        for (var entry : sourceClaims.entrySet()) {
          String s = entry.getKey();
          double sum = 0.0;
          int statements = 0;
          for (String item : sourceItems.get(s)) {
            for (List<String> f : itemClaims.get(item)) {
              double d = newDifficulty.get(f);
              if (d > ZERO) {
                statements++;
                double w = newTruth.get(f);
                sum += entry.getValue().contains(f) ? (1.0 - w) / d : w / d;
              }
            }
          }
          rawError.put(s, statements == 0 ? error.get(s) : sum / statements);
        }
        Map<String, Double> newError = three ? range(rawError) : mixed(rawError, lambda);
        seenErrors.addAll(newError.values());
        truth = newTruth;
        difficulty = newDifficulty;
        error.putAll(newError);
      }
      distinctErrors = seenErrors.size();
      // the dual-solution test: the mean share of a source's statements that disagree with W
      double mean = 0.0;
      for (var entry : sourceClaims.entrySet()) {
        double disagree = 0.0;
        int statements = 0;
        for (String item : sourceItems.get(entry.getKey())) {
          for (List<String> f : itemClaims.get(item)) {
            statements++;
            disagree += entry.getValue().contains(f) ? 1.0 - truth.get(f) : truth.get(f);
          }
        }
        mean += disagree / statements;
      }
      boolean flipped = mean / sourceClaims.size() > 0.5;
      truth.forEach((c, w) -> confidence.put(c, flipped ? 1.0 - w : w));
      error.forEach((s, eps) -> trust.put(s, flipped ? eps : 1.0 - eps));
    }

    /** The smallest and largest of the values (the maps are never empty here). */
    static double[] bounds(Map<?, Double> raw) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double x : raw.values()) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      return new double[] {min, max};
    }

    /** Algorithm 3: lambda * (x - min) / (max - min) + (1 - lambda) * round(x), into [0, 1]. */
    static <K> Map<K, Double> mixed(Map<K, Double> raw, double lambda) {
      double[] bounds = bounds(raw);
      double min = bounds[0];
      double max = bounds[1];
      Map<K, Double> out = new LinkedHashMap<>();
      raw.forEach((k, x) -> {
        double linear = max > min ? (x - min) / (max - min) : x;
        double rounded = x >= 0.5 ? 1.0 : 0.0;
        out.put(k, Math.min(1.0, Math.max(0.0, lambda * linear + (1.0 - lambda) * rounded)));
      });
      return out;
    }

    /** 3-Estimates' error: (x - min) / (max - min), into [0, 1]. */
    static <K> Map<K, Double> range(Map<K, Double> raw) {
      double[] bounds = bounds(raw);
      double min = bounds[0];
      double max = bounds[1];
      Map<K, Double> out = new LinkedHashMap<>();
      raw.forEach((k, x) ->
          out.put(k, Math.min(1.0, Math.max(0.0, max > min ? (x - min) / (max - min) : x))));
      return out;
    }
  }
}
