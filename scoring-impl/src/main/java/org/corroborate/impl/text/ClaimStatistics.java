package org.corroborate.impl.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corpus statistics the agreement scorer reads, computed once per corpus: in how many claims each
 * content word and each entity key occurs. Inverse frequencies are {@code ln(1 + N / df)}, so a
 * word in every claim still weighs {@code ln 2} and a word seen once weighs {@code ln(1 + N)}.
 */
final class ClaimStatistics {
  private final int claims;
  private final Map<String, Integer> wordFrequency = new HashMap<>();
  private final Map<String, Integer> entityFrequency = new HashMap<>();

  private final Map<String, Double> wordWeights = new HashMap<>();
  private final Map<String, Double> entityWeights = new HashMap<>();

  ClaimStatistics(List<ExtractedClaim> corpus) {
    this.claims = corpus.size();
    for (ExtractedClaim claim : corpus) {
      for (String w : claim.words()) {
        wordFrequency.merge(w, 1, Integer::sum);
      }
      for (String e : claim.entityKeys()) {
        entityFrequency.merge(e, 1, Integer::sum);
      }
    }
    wordFrequency.forEach((w, df) -> wordWeights.put(w, weight(df)));
    entityFrequency.forEach((e, df) -> entityWeights.put(e, weight(df)));
  }

  int claims() {
    return claims;
  }

  int entityFrequency(String key) {
    return entityFrequency.getOrDefault(key, 0);
  }

  double wordWeight(String word) {
    Double w = wordWeights.get(word);
    return w != null ? w : weight(0);
  }

  double entityWeight(String key) {
    Double w = entityWeights.get(key);
    return w != null ? w : weight(0);
  }

  private double weight(int df) {
    return StrictMath.log(1.0 + (double) Math.max(claims, 1) / Math.max(df, 1));
  }

  /** Weighted Dice coefficient {@code 2 w(A ∩ B) / (w(A) + w(B))}; 0 when both are empty. */
  static double dice(Set<String> a, Set<String> b, java.util.function.ToDoubleFunction<String> w) {
    double shared = 0;
    double total = 0;
    for (String x : a) {
      double wx = w.applyAsDouble(x);
      total += wx;
      if (b.contains(x)) {
        shared += wx;
      }
    }
    for (String x : b) {
      total += w.applyAsDouble(x);
    }
    return total == 0 ? 0 : Math.min(1.0, 2 * shared / total);
  }
}
