package org.corroborate.impl.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.impl.extract.ExtractedClaim;

/**
 * Corpus statistics the agreement scorer reads, computed once per corpus: in how many claims each
 * content word and each entity key occurs. Inverse frequencies are {@code ln(1 + N / df)}, so a
 * word in every claim still weighs {@code ln 2} and a word seen once weighs {@code ln(1 + N)}.
 */
public final class ClaimStatistics {
  private final int claims;
  private final Map<String, Integer> wordFrequency = new HashMap<>();
  private final Map<String, Integer> entityFrequency = new HashMap<>();

  private final Map<String, Double> wordWeights = new HashMap<>();
  private final Map<String, Double> entityWeights = new HashMap<>();

  /** Counts, over {@code corpus}, how many claims hold each word and entity. */
  public ClaimStatistics(List<ExtractedClaim> corpus) {
    this(corpus.size(), counts(corpus, true), counts(corpus, false), corpus);
  }

  /**
   * The statistics of a corpus of {@code claims} claims whose words and entity keys were counted
   * elsewhere (a cluster's aggregation): {@code wordFrequency} and {@code entityFrequency} give,
   * for each word and each entity key, how many claims hold it. Relations scored with them are
   * those scored with the statistics counted from the claims themselves, to the last bit (the
   * weights are the same numbers, added in the same order).
   *
   * @throws IllegalArgumentException when {@code claims} is negative or a count is not positive
   */
  public static ClaimStatistics of(int claims, Map<String, Integer> wordFrequency,
      Map<String, Integer> entityFrequency) {
    if (claims < 0) {
      throw new IllegalArgumentException("claims: must not be negative, was " + claims);
    }
    for (Map<String, Integer> counts : List.of(wordFrequency, entityFrequency)) {
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() < 1) {
          throw new IllegalArgumentException("frequency of '" + e.getKey()
              + "': must be positive, was " + e.getValue());
        }
      }
    }
    return new ClaimStatistics(claims, wordFrequency, entityFrequency, List.of());
  }

  private static Map<String, Integer> counts(List<ExtractedClaim> corpus, boolean words) {
    Map<String, Integer> counts = new HashMap<>();
    for (ExtractedClaim claim : corpus) {
      for (String w : words ? claim.words() : claim.entityKeys()) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    return counts;
  }

  private ClaimStatistics(int claims, Map<String, Integer> wordFrequency,
      Map<String, Integer> entityFrequency, List<ExtractedClaim> corpus) {
    this.claims = claims;
    this.wordFrequency.putAll(wordFrequency);
    this.entityFrequency.putAll(entityFrequency);
    this.wordFrequency.forEach((w, df) -> wordWeights.put(w, weight(df)));
    entityFrequency.forEach((e, df) -> entityWeights.put(e, weight(df)));
    wordIds = new Indexed(wordWeights);
    entityIds = new Indexed(entityWeights);
    for (ExtractedClaim claim : corpus) {
      claimWords.put(claim, wordIds.ids(claim.words()));
      claimEntities.put(claim, entityIds.ids(claim.entityKeys()));
    }
  }

  /**
   * Words (or entity keys) numbered in sorted order with their weights, so that a claim's sorted
   * set becomes a sorted array of ids iterated in the same order.
   */
  private static final class Indexed {
    final Map<String, Integer> id = new HashMap<>();
    final double[] weight;

    Indexed(Map<String, Double> weights) {
      java.util.TreeMap<String, Double> sorted = new java.util.TreeMap<>(weights);
      weight = new double[sorted.size()];
      int n = 0;
      for (Map.Entry<String, Double> e : sorted.entrySet()) {
        id.put(e.getKey(), n);
        weight[n++] = e.getValue();
      }
    }

    int[] ids(Set<String> sortedValues) {
      int[] out = new int[sortedValues.size()];
      int n = 0;
      for (String v : sortedValues) {
        out[n++] = id.get(v);
      }
      return out;
    }
  }

  private final Indexed wordIds;
  private final Indexed entityIds;
  private final Map<ExtractedClaim, int[]> claimWords = new java.util.IdentityHashMap<>();
  private final Map<ExtractedClaim, int[]> claimEntities = new java.util.IdentityHashMap<>();

  /** {@link #dice} of two claims' content words by word weight; fast for claims of the corpus. */
  public double wordDice(ExtractedClaim a, ExtractedClaim b) {
    int[] x = claimWords.get(a);
    int[] y = claimWords.get(b);
    return x == null || y == null
        ? dice(a.words(), b.words(), this::wordWeight) : dice(x, y, wordIds.weight);
  }

  /** {@link #dice} of two claims' entity keys by entity weight; fast for claims of the corpus. */
  public double entityDice(ExtractedClaim a, ExtractedClaim b) {
    int[] x = claimEntities.get(a);
    int[] y = claimEntities.get(b);
    return x == null || y == null
        ? dice(a.entityKeys(), b.entityKeys(), this::entityWeight) : dice(x, y, entityIds.weight);
  }

  /**
   * The set form of {@link #dice} over sorted id arrays, adding the same numbers in the same order
   * (A's weights in order, then B's), so that both give the same bits.
   */
  private static double dice(int[] a, int[] b, double[] weight) {
    double shared = 0;
    double total = 0;
    int j = 0;
    for (int x : a) {
      double wx = weight[x];
      total += wx;
      while (j < b.length && b[j] < x) {
        j++;
      }
      if (j < b.length && b[j] == x) {
        shared += wx;
      }
    }
    for (int y : b) {
      total += weight[y];
    }
    return total == 0 ? 0 : Math.min(1.0, 2 * shared / total);
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
