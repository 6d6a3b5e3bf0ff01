package org.corroborate.impl.match;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.corroborate.news.ClaimSimilarity;

/**
 * Groups claim texts that say the same thing: blocking on rare character n-grams ({@link
 * CandidatePairs}), the candidate pairs scored by a {@link ClaimSimilarity} read above the
 * corpus's background ({@link AboveBackground}, the .9 quantile over its pairs), then average-link
 * clustering ({@link AverageLinkClustering}) stopped at one fixed threshold. The settings are the
 * same for every corpus; docs/accuracy.md ("Grouping headlines") gives how they were chosen and
 * what they score on real headlines.
 *
 * <p>Cost: preparing the lexical vectors is linear in the text; blocking reads at most {@code
 * probes * maxPostings} postings per text and keeps at most {@code perText} partners per text, so
 * the graph has at most {@code perText * n} edges; clustering is {@code O(E log E)} for {@code E}
 * edges in practice (each merge moves the smaller neighbour map into the larger).
 */
public final class ClaimGrouper {
  private final LexicalSimilarity lexical;
  private final ClaimSimilarity similarity;
  private final Settings settings;

  /**
   * Grouping settings: the average-link threshold, the blocking caps, and the smallest similarity
   * kept as an edge (weaker pairs count as 0).
   */
  record Settings(double threshold, int maxPostings, int probes, int perText, double minEdge,
      double backgroundQuantile) {
    static final Settings DEFAULTS =
        new Settings(LexicalSimilarity.GROUPING_THRESHOLD, 100, 1000, 30, 0.05, 0.9);

    Settings {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
      }
      if (maxPostings < 2 || probes < 1 || perText < 1) {
        throw new IllegalArgumentException("maxPostings must be at least 2, probes and perText at"
            + " least 1, were " + maxPostings + ", " + probes + ", " + perText);
      }
      if (!(minEdge >= 0 && minEdge < 1)) {
        throw new IllegalArgumentException("minEdge must be in [0, 1), was " + minEdge);
      }
    }

    Settings withThreshold(double t) {
      return new Settings(t, maxPostings, probes, perText, minEdge, backgroundQuantile);
    }
  }

  ClaimGrouper(LexicalSimilarity lexical, ClaimSimilarity similarity, Settings settings) {
    this.lexical = Objects.requireNonNull(lexical, "lexical");
    this.similarity = Objects.requireNonNull(similarity, "similarity");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Returns the default grouper: the lexical similarity and the default settings. */
  public static ClaimGrouper lexicalDefault() {
    LexicalSimilarity lexical = new LexicalSimilarity();
    return new ClaimGrouper(lexical, lexical, Settings.DEFAULTS);
  }

  /**
   * Returns a grouper that scores candidate pairs with {@code similarity} and stops merging at its
   * {@link ClaimSimilarity#groupingThreshold()}; blocking stays on the lexical n-grams.
   */
  public static ClaimGrouper of(ClaimSimilarity similarity) {
    return of(similarity, similarity.groupingThreshold());
  }

  /** Returns the name of the similarity that scores the pairs. */
  public String similarityName() {
    return similarity.name();
  }

  /**
   * Returns a grouper that scores the candidate pairs with {@code similarity} and merges groups
   * while their average similarity is at least {@code threshold}; the blocking (rare character
   * n-grams of the lexical vectors) and its caps are the default's.
   *
   * @throws NullPointerException if {@code similarity} is null
   * @throws IllegalArgumentException if {@code threshold} is not in (0, 1]
   */
  public static ClaimGrouper of(ClaimSimilarity similarity, double threshold) {
    Objects.requireNonNull(similarity, "similarity");
    // the lexical similarity itself blocks too, so its vectors serve both
    LexicalSimilarity lexical = similarity instanceof LexicalSimilarity l ? l : new LexicalSimilarity();
    return new ClaimGrouper(lexical, similarity, Settings.DEFAULTS.withThreshold(threshold));
  }

  /**
   * Groups {@code texts}: text {@code i} is item {@code i} of the result.
   *
   * @throws NullPointerException if {@code texts} or one of its elements is null
   */
  public Groups group(List<String> texts) {
    Graph graph = graph(texts);
    int[] group = cluster(texts.size(), graph.pairs, graph.scores, new long[0]);
    return new Groups(group, graph.candidates, graph.pairs.length);
  }

  /**
   * The similarity graph of {@code texts}: the scorer prepared on them, and the candidate pairs
   * from blocking whose similarity reaches the smallest kept edge.
   *
   * @throws NullPointerException if {@code texts} or one of its elements is null
   */
  public Graph graph(List<String> texts) {
    LexicalVectors vectors = lexical.vectors(texts);
    ClaimSimilarity.Scorer scorer = AboveBackground.of(
        similarity == lexical ? vectors : similarity.prepare(texts), settings.backgroundQuantile());
    long[] candidates = CandidatePairs.of(vectors.chars, settings.maxPostings(), settings.probes(),
        settings.perText());
    long[] pairs = new long[candidates.length];
    double[] scores = new double[candidates.length];
    int edges = 0;
    for (long p : candidates) {
      double s = scorer.score((int) (p >>> 32), (int) p);
      if (s >= settings.minEdge() && s > 0) {
        pairs[edges] = p;
        scores[edges++] = s;
      }
    }
    return new Graph(scorer, Arrays.copyOf(pairs, edges), Arrays.copyOf(scores, edges),
        candidates.length);
  }

  /** Returns the smallest similarity a scored pair needs to be an edge of the graph. */
  public double minEdge() {
    return settings.minEdge();
  }

  /**
   * Average-link clustering of {@code n} items at this grouper's threshold; returns each item's
   * group, numbered 0, 1, ... by first member.
   *
   * @param pairs edges packed as {@code (long) a << 32 | b} with {@code a < b}, each at most once
   * @param weights the edges' similarities in [0, 1], parallel to {@code pairs}
   * @param apart pairs, packed the same way, that must never end in one group (a cannot-link: a
   *     group holding both would need an average link above any similarity)
   */
  public int[] cluster(int n, long[] pairs, double[] weights, long[] apart) {
    return AverageLinkClustering.cluster(n, pairs, weights, apart, settings.threshold());
  }

  /**
   * The scored candidate pairs of one corpus.
   *
   * @param scorer the similarity prepared on the corpus
   * @param pairs the pairs that reached the smallest kept edge, packed {@code (long) a << 32 | b}
   *     with {@code a < b}, ascending
   * @param scores their similarities, parallel to {@code pairs}
   * @param candidates how many candidate pairs blocking gave, each scored once
   */
  public record Graph(ClaimSimilarity.Scorer scorer, long[] pairs, double[] scores, int candidates) {}

  @Override
  public String toString() {
    return "ClaimGrouper[" + similarity.name() + ", " + settings + "]";
  }

  /** The groups of one call: each text's group number, numbered in order of first member. */
  public static final class Groups {
    private final int[] group;
    private final int groupCount;
    private final int pairsScored;
    private final int edges;

    Groups(int[] group, int pairsScored, int edges) {
      this.group = group;
      this.groupCount = Arrays.stream(group).max().orElse(-1) + 1;
      this.pairsScored = pairsScored;
      this.edges = edges;
    }

    /** Returns the group of text {@code text}; groups are numbered 0, 1, ... by first member. */
    public int groupOf(int text) {
      return group[text];
    }

    /** Returns every text's group, a copy indexed by text. */
    public int[] groups() {
      return group.clone();
    }

    /** Returns the number of groups. */
    public int groupCount() {
      return groupCount;
    }

    /** Returns how many candidate pairs the blocking gave, each scored once. */
    public int pairsScored() {
      return pairsScored;
    }

    /** Returns how many scored pairs reached the smallest kept similarity (the graph's edges). */
    public int edges() {
      return edges;
    }

    @Override
    public String toString() {
      return "Groups[" + group.length + " texts, " + groupCount + " groups, " + pairsScored
          + " pairs scored, " + edges + " edges]";
    }
  }
}
