package org.corroborate.impl.truth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.impl.compare.AuthorListSimilarity;
import org.corroborate.impl.compare.PersonName;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ParameterInfo;
import org.corroborate.truth.ProgressListener;
import org.corroborate.truth.ValueSimilarity;

/**
 * LTM, the Latent Truth Model (Zhao, Rubinstein, Gemmell and Han, 'A Bayesian Approach to
 * Discovering Truth from Conflicting Sources for Data Integration', VLDB 2012), fitted by the
 * collapsed Gibbs sampler of section 5.2 (equation 2, Algorithm 1).
 *
 * <p>A fact is an (entity, value) pair with a Boolean truth {@code t_f}; several facts of one
 * entity may be true. A source covering an entity makes a claim on each of its facts: positive
 * ({@code o = 1}) for the facts it asserts, negative ({@code o = 0}) for the entity's other facts.
 * Each source has a false positive rate {@code phi0_s ~ Beta(alpha_{0,1}, alpha_{0,0})} and a
 * sensitivity {@code phi1_s ~ Beta(alpha_{1,1}, alpha_{1,0})}; each fact a truth prior {@code
 * theta_f ~ Beta(beta_1, beta_0)}. Collapsing them gives equation 2: {@code p(t_f = i | rest)
 * proportional to beta_i prod_{c in C_f} (n^{-f}_{s_c,i,o_c} + alpha_{i,o_c}) / (n^{-f}_{s_c,i,1}
 * + n^{-f}_{s_c,i,0} + alpha_{i,1} + alpha_{i,0})}, with {@code n_{s,i,j}} the number of claims
 * of source s with observation j on facts whose current truth is i (computed in log space).
 *
 * <p>Defaults are the paper's for the book data (section 6.2): {@code alpha_0 = (10, 1000)} (prior
 * false positive and true negative counts, a specificity near 0.99), {@code alpha_1 = (50, 50)},
 * {@code beta = (10, 10)}; 100 sweeps (section 6.3.2) of which the first 20 are burn-in, then every
 * fifth sweep is kept (sample gap 4; section 6.3.1), i.e. 16 samples. Truths start uniformly at
 * random (Algorithm 1); the random numbers come from a {@link SplittableRandom} seeded with the
 * run's seed and facts are visited in the graph's canonical order, so a seed fixes the result
 * whatever order the input came in. A fact's confidence is the mean of its kept samples, {@code
 * p(t_f = 1)}, and it is judged true when that mean is at least 0.5 (section 5.2). When the
 * iteration limit leaves no sweep after the burn-in, the burn-in is shortened to keep the last
 * sweep. A source's trust is its MAP precision from the expected counts (section 5.3): {@code
 * (E[n_{s,1,1}] + alpha_{1,1}) / (E[n_{s,0,1}] + E[n_{s,1,1}] + alpha_{0,1} + alpha_{1,1})}.
 * Gibbs sampling has no convergence test: a run reports itself converged once it has made its sweeps.
 *
 * <p>Threads. A graph of more than {@link #BLOCK_FACTS} facts is swept in blocks of about that many
 * facts (whole items), on the run's threads ({@link Blocks}): each block samples against the counts
 * as the sweep began plus its own flips, the approximate distributed sampler of Newman et al.
 * (JMLR 2009). The blocks and their random numbers depend on the data and the seed alone, so the
 * numbers are the same on any number of threads; they are not the sequential sampler's, which
 * smaller graphs keep. On synthetic data of 1,000 sources (accuracy uniform in [.3, .95], 10
 * values per item, coverage .01) the two samplers chose the true value for .97898 and .97926 of
 * 100,000 items, and for .97756 and .97761 of a million.
 *
 * <p>Facts: with the {@code authors} comparison, values are author lists and a fact is one author
 * of one book ({@link Facts#of}): each claim is exploded into the keys of its parsed names ({@link
 * AuthorListSimilarity#names}, {@link PersonName#key}), a source asserts an author when any list it
 * gives for the book contains it, and it denies the book's other authors. The result still ranks
 * the item's claims (whole lists): a list's confidence is the probability, under the sampled
 * marginals taken as independent, that its author set is exactly the set of true authors, {@code
 * prod_{a in list} p(t_a = 1) prod_{a of the book, not in list} (1 - p(t_a = 1))}, and the chosen
 * value is the most probable list by the shared rule; the explanation lists every author's
 * marginal, so author-level decisions stay visible. With any other comparison each claim is one
 * fact and the outcome is multi-truth: every claim judged true is chosen.
 *
 * <p>Without negative evidence (each source covering only the facts it asserts), every claim is
 * positive; the counts then only see true positives and false positives, and with the default
 * priors (sensitivity about 0.5 against a false positive rate about 0.01) each fact is judged true
 * with conditional probability above 0.98 per sweep: every value is accepted, the behaviour the
 * paper reports for models without negative claims (section 6.2.1, "LTMpos").
 */
final class LatentTruth extends Algorithm {
  /**
   * Facts per block of a parallel sweep, at least: a graph with more facts is swept in blocks of
   * about this many ({@link #blocks}). Below it a sweep takes a millisecond or two on one thread,
   * and the graph keeps the sequential sampler.
   */
  static final int BLOCK_FACTS = 1 << 17;

  private final int blockFacts;

  LatentTruth() {
    this(BLOCK_FACTS);
  }

  /** LTM whose parallel sweeps cut blocks of at least {@code blockFacts} facts (tests). */
  LatentTruth(int blockFacts) {
    super(new AlgorithmInfo(
        "ltm",
        "Latent Truth Model",
        "Zhao, Rubinstein, Gemmell and Han, 'A Bayesian Approach to Discovering Truth from "
            + "Conflicting Sources for Data Integration', VLDB 2012, equation 2 and Algorithm 1",
        100,
        0.0,
        List.of(
            new ParameterInfo("burn-in", 20, 0, 1_000_000, "sweeps discarded before sampling"),
            new ParameterInfo("sample-gap", 4, 0, 1_000_000,
                "sweeps skipped between kept samples (thinning)"),
            new ParameterInfo("prior-false-positives", 10, 1e-6, 1e9,
                "alpha_{0,1}: prior false positive count of each source"),
            new ParameterInfo("prior-true-negatives", 1000, 1e-6, 1e9,
                "alpha_{0,0}: prior true negative count of each source"),
            new ParameterInfo("prior-true-positives", 50, 1e-6, 1e9,
                "alpha_{1,1}: prior true positive count of each source"),
            new ParameterInfo("prior-false-negatives", 50, 1e-6, 1e9,
                "alpha_{1,0}: prior false negative count of each source"),
            new ParameterInfo("prior-true", 10, 1e-6, 1e9, "beta_1: prior true count of each fact"),
            new ParameterInfo("prior-false", 10, 1e-6, 1e9,
                "beta_0: prior false count of each fact")),
        false));
    if (blockFacts < 1) {
      throw new IllegalArgumentException("blockFacts must be at least 1, was " + blockFacts);
    }
    this.blockFacts = blockFacts;
  }

  /**
   * The facts of a graph: for each fact its item and the sources asserting it (ascending), and for
   * each claim the facts it asserts. Package-private so the exploding of author lists is tested.
   */
  static final class Facts {
    final int count;
    final int[] factItem;
    /** Exploded facts: each one's name in the explanations ("author 'knuth d'"); else null. */
    final String[] factLabel;
    final int[] factSourceStart;
    final int[] factSources;
    final int[] claimFactStart;
    final int[] claimFacts;
    /** Facts of item i are {@code itemFactStart[i] .. itemFactStart[i + 1] - 1}. */
    final int[] itemFactStart;
    final boolean exploded;

    private Facts(int[] factItem, String[] factLabel, int[] factSourceStart, int[] factSources,
        int[] claimFactStart, int[] claimFacts, int[] itemFactStart, boolean exploded) {
      this.count = factItem.length;
      this.factItem = factItem;
      this.factLabel = factLabel;
      this.factSourceStart = factSourceStart;
      this.factSources = factSources;
      this.claimFactStart = claimFactStart;
      this.claimFacts = claimFacts;
      this.itemFactStart = itemFactStart;
      this.exploded = exploded;
    }

    /**
     * One fact per claim, or with the author-list comparison one fact per distinct author key of
     * an item, asserted by the sources of every list containing it; a list without a recognisable
     * name asserts no author.
     */
    static Facts of(ClaimGraph graph, ValueSimilarity similarity) {
      if (!(similarity instanceof AuthorListSimilarity)) {
        int[] identity = new int[graph.claimCount + 1];
        for (int c = 0; c <= graph.claimCount; c++) {
          identity[c] = c;
        }
        // no labels: only the explanations of exploded facts name them
        return new Facts(graph.claimItem, null, graph.claimSourceStart, graph.claimSources,
            identity, Arrays.copyOf(identity, graph.claimCount), graph.itemClaimStart, false);
      }
      List<Integer> items = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      List<int[]> sources = new ArrayList<>();
      int[] itemFactStart = new int[graph.itemCount + 1];
      List<int[]> claimFacts = new ArrayList<>();
      for (int i = 0; i < graph.itemCount; i++) {
        itemFactStart[i] = labels.size();
        TreeMap<String, TreeSet<Integer>> authors = new TreeMap<>();
        List<List<String>> claimAuthors = new ArrayList<>();
        for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
          List<String> keys = new ArrayList<>();
          for (PersonName name : AuthorListSimilarity.names(graph.claimValue(c))) {
            if (!keys.contains(name.key())) {
              keys.add(name.key());
            }
          }
          claimAuthors.add(keys);
          for (String key : keys) {
            TreeSet<Integer> set = authors.computeIfAbsent(key, k -> new TreeSet<>());
            for (int e = graph.claimSourceStart[c]; e < graph.claimSourceStart[c + 1]; e++) {
              set.add(graph.claimSources[e]);
            }
          }
        }
        List<String> order = new ArrayList<>(authors.keySet());
        for (String key : order) {
          items.add(i);
          labels.add("author '" + key + "'");
          sources.add(authors.get(key).stream().mapToInt(Integer::intValue).toArray());
        }
        for (List<String> keys : claimAuthors) {
          int[] facts = new int[keys.size()];
          for (int k = 0; k < facts.length; k++) {
            facts[k] = itemFactStart[i] + order.indexOf(keys.get(k));
          }
          Arrays.sort(facts);
          claimFacts.add(facts);
        }
      }
      itemFactStart[graph.itemCount] = labels.size();
      int count = labels.size();
      int[] factSourceStart = new int[count + 1];
      for (int f = 0; f < count; f++) {
        factSourceStart[f + 1] = factSourceStart[f] + sources.get(f).length;
      }
      int[] factSources = new int[factSourceStart[count]];
      for (int f = 0; f < count; f++) {
        System.arraycopy(sources.get(f), 0, factSources, factSourceStart[f], sources.get(f).length);
      }
      int[] claimFactStart = new int[graph.claimCount + 1];
      for (int c = 0; c < graph.claimCount; c++) {
        claimFactStart[c + 1] = claimFactStart[c] + claimFacts.get(c).length;
      }
      int[] flat = new int[claimFactStart[graph.claimCount]];
      for (int c = 0; c < graph.claimCount; c++) {
        System.arraycopy(claimFacts.get(c), 0, flat, claimFactStart[c], claimFacts.get(c).length);
      }
      return new Facts(items.stream().mapToInt(Integer::intValue).toArray(),
          labels.toArray(new String[0]), factSourceStart, factSources, claimFactStart, flat,
          itemFactStart, true);
    }

    boolean claimAsserts(int claim, int fact) {
      return Arrays.binarySearch(claimFacts, claimFactStart[claim], claimFactStart[claim + 1], fact)
          >= 0;
    }
  }

  /**
   * Log odds beyond which the flip is decided without {@link Math#exp} for most draws: one fact
   * in 150 needs it there (the draws between the bound and 0 or 1).
   */
  static final double SURE = 5.0;

  /**
   * Above every flip probability {@code 1 / (1 + exp(x))} for {@code x >= SURE}, which is at most
   * {@code 1 / (1 + e^5) = 0.0066929}, with room for any rounding of {@code exp} ({@code exp} is
   * semi-monotonic, so a larger x never gives a larger probability).
   */
  static final double FLIP_BELOW = 6.7e-3;

  /** Below every flip probability for {@code x <= -SURE}, which is at least {@code 0.9933071}. */
  static final double FLIP_ABOVE = 1.0 - 6.7e-3;

  /**
   * Whether a fact with log odds {@code x} of keeping its truth flips on the uniform draw {@code
   * u}: {@code u < 1 / (1 + exp(x))}. Far from even odds, a draw on the sure side of the bounds
   * decides it without the exponential, which could only move the probability further the same
   * way; any other draw is compared with the probability as computed. So the answer is the
   * comparison's for every draw, and the sampler the same to the bit.
   */
  static boolean flips(double x, double u) {
    if (x >= SURE && u >= FLIP_BELOW) {
      return false;
    }
    if (x <= -SURE && u < FLIP_ABOVE) {
      return true;
    }
    return u < 1.0 / (1.0 + Math.exp(x));
  }

  @Override
  public Outcome run(ClaimGraph graph, Settings settings, ProgressListener progress) {
    Facts facts = Facts.of(graph, settings.similarity());
    // alpha[2 * i + j]: prior count of claims with observation j on facts of truth i
    double[] alpha = {
        settings.parameter("prior-true-negatives"), settings.parameter("prior-false-positives"),
        settings.parameter("prior-false-negatives"), settings.parameter("prior-true-positives")};
    double[] beta = {settings.parameter("prior-false"), settings.parameter("prior-true")};
    int sweeps = settings.maxIterations();
    int burnIn = Math.min((int) settings.parameter("burn-in"), sweeps - 1);
    int gap = (int) settings.parameter("sample-gap");
    SplittableRandom random = new SplittableRandom(settings.seed());
    int[] truth = new int[facts.count];
    int[] n = new int[4 * graph.sourceCount]; // n[4 s + 2 i + j]
    for (int f = 0; f < facts.count; f++) {
      truth[f] = random.nextDouble() < 0.5 ? 0 : 1;
      count(graph, facts, f, truth[f], n, 1);
    }
    double[] expected = new double[facts.count];
    Sampler sampler = new Sampler(graph, facts, alpha, beta, n);
    int[] cuts = blocks(facts, graph.itemCount, blockFacts);
    Blocks parallelSweeps = cuts.length > 2
        ? new Blocks(sampler, cuts, settings.parallel()) : null;
    int kept = 0;
    for (int sweep = 1; sweep <= sweeps; sweep++) {
      int changed = parallelSweeps == null
          ? sweep(sampler, facts, 0, facts.count, truth, random)
          : parallelSweeps.sweep(truth, random);
      if (sweep > burnIn && (sweep - burnIn) % (gap + 1) == 0 || sweep == sweeps && kept == 0) {
        kept++;
        for (int f = 0; f < facts.count; f++) {
          expected[f] += truth[f];
        }
      }
      // no convergence test (section 5.2): every sweep runs; progress reports the share of facts
      // whose truth flipped in the sweep
      progress.iteration(name(), sweep, sweeps, changed / (double) Math.max(1, facts.count));
    }
    for (int f = 0; f < facts.count; f++) {
      expected[f] /= kept;
    }
    // expected quality counts E[n_{s,i,j}] (section 5.3), in the same layout as n
    double[] quality = new double[4 * graph.sourceCount];
    for (int f = 0; f < facts.count; f++) {
      int item = facts.factItem[f];
      int e = facts.factSourceStart[f];
      int end = facts.factSourceStart[f + 1];
      for (int k = graph.itemSourceStart[item]; k < graph.itemSourceStart[item + 1]; k++) {
        int s = graph.itemSources[k];
        while (e < end && facts.factSources[e] < s) {
          e++;
        }
        int o = e < end && facts.factSources[e] == s ? 1 : 0;
        quality[4 * s + 2 + o] += expected[f];
        quality[4 * s + o] += 1.0 - expected[f];
      }
    }
    double[] trust = new double[graph.sourceCount];
    for (int s = 0; s < graph.sourceCount; s++) {
      trust[s] = (quality[4 * s + 3] + alpha[3])
          / (quality[4 * s + 1] + quality[4 * s + 3] + alpha[1] + alpha[3]);
    }
    double[] confidence = new double[graph.claimCount];
    for (int c = 0; c < graph.claimCount; c++) {
      confidence[c] = facts.exploded ? listProbability(facts, graph, c, expected) : expected[c];
    }
    int samples = kept;
    Convergence done = new Convergence(sweeps, true);
    return new ArrayOutcome(done, confidence, trust) {
      @Override
      public boolean multiTruth() {
        return !facts.exploded;
      }

      @Override
      public boolean isTrue(int claim) {
        return !facts.exploded && expected[claim] >= 0.5;
      }

      @Override
      public Explanation explainClaim(int claim) {
        Explanation samplesLeaf = Explain.count(samples, "kept Gibbs samples");
        if (!facts.exploded) {
          return Explanation.of(expected[claim],
              "p(t_f = 1): share of kept Gibbs samples in which the fact is true (Algorithm 1); "
                  + "judged true when at least 0.5",
              Combination.FORMULA, List.of(samplesLeaf,
                  Explain.count(graph.claimDegree(claim), "sources asserting it"),
                  Explain.count(graph.itemVoters(graph.claimItem[claim]) - graph.claimDegree(claim),
                      "sources covering the item that deny it")));
        }
        int item = graph.claimItem[claim];
        List<Explanation> authors = new ArrayList<>();
        for (int f = facts.itemFactStart[item]; f < facts.itemFactStart[item + 1]; f++) {
          boolean in = facts.claimAsserts(claim, f);
          authors.add(Explanation.leaf(in ? expected[f] : 1.0 - expected[f],
              (in ? "p(t = 1) of listed " : "1 - p(t = 1) of unlisted ") + facts.factLabel[f]));
        }
        return Explanation.product(
            "probability that exactly this list's authors are the true ones, the authors' sampled "
                + "marginals taken as independent (" + samples + " kept Gibbs samples)",
            authors);
      }

      @Override
      public Explanation explainSource(int source) {
        int b = 4 * source;
        return Explanation.of(trust[source],
            "MAP precision (E[n11] + alpha11) / (E[n01] + E[n11] + alpha01 + alpha11) (section 5.3)",
            Combination.FORMULA,
            List.of(
                Explanation.leaf(quality[b + 3], "E[n11], expected true positive claims"),
                Explanation.leaf(quality[b + 1], "E[n01], expected false positive claims"),
                Explanation.leaf(quality[b + 2], "E[n10], expected false negative claims"),
                Explanation.leaf(quality[b], "E[n00], expected true negative claims"),
                Explain.parameter(alpha[3], "prior-true-positives"),
                Explain.parameter(alpha[1], "prior-false-positives"),
                Explanation.leaf((quality[b + 3] + alpha[3])
                        / (quality[b + 2] + quality[b + 3] + alpha[2] + alpha[3]),
                    "sensitivity (MAP)"),
                Explanation.leaf((quality[b] + alpha[0])
                        / (quality[b] + quality[b + 1] + alpha[0] + alpha[1]),
                    "specificity (MAP)")));
      }
    };
  }

  /**
   * Gibbs steps for facts {@code from} to {@code to - 1}, in order, each with the counts as the
   * steps before it left them ({@code sampler}'s); returns how many flipped.
   */
  static int sweep(Sampler sampler, Facts facts, int from, int to, int[] truth,
      SplittableRandom random) {
    int changed = 0;
    int item = -1;
    for (int f = from; f < to; f++) {
      if (facts.factItem[f] != item) {
        item = facts.factItem[f];
        sampler.enter(item);
      }
      int t = truth[f];
      if (flips(sampler.logOdds(f, t), random.nextDouble())) {
        sampler.flip(f, t);
        truth[f] = 1 - t;
        changed++;
      }
    }
    return changed;
  }

  /**
   * The blocks of a parallel sweep, as fact boundaries from 0 to {@code facts.count}: a block ends
   * at the first item boundary where it holds at least {@code blockFacts} facts (the last block
   * takes what is left). A function of the facts alone, never of the thread count.
   */
  static int[] blocks(Facts facts, int itemCount, int blockFacts) {
    int[] cuts = new int[16];
    int count = 1; // cuts[0] = 0
    int from = 0;
    for (int i = 1; i <= itemCount; i++) {
      int at = facts.itemFactStart[i];
      if (at - from >= blockFacts || i == itemCount && at > from) {
        if (count == cuts.length) {
          cuts = Arrays.copyOf(cuts, 2 * count);
        }
        cuts[count++] = at;
        from = at;
      }
    }
    if (count == 1) {
      cuts[count++] = 0; // no facts: one empty block
    }
    return Arrays.copyOf(cuts, count);
  }

  /**
   * Sweeps in blocks on the run's threads, for graphs of several blocks ({@link #blocks}). Each
   * block samples its facts in order against the counts as the sweep began plus its own flips,
   * as the sequential sampler would with the other blocks' flips of this sweep left out (the
   * approximate distributed sampler of Newman, Asuncion, Smyth and Welling, 'Distributed
   * Algorithms for Topic Models', JMLR 2009, AD-LDA); the blocks' changes to the counts, whole
   * numbers, are added up when the sweep ends. Block b draws from a generator seeded by the b-th
   * of the sweep's draws from the run's generator. So a block's steps depend on the counts at the
   * sweep's start and on its own draws alone, and the run gives the same numbers on any number of
   * threads. A source's counts sum its claims over the whole graph, so the more claims it has,
   * the less one sweep's flips in the other blocks move them for their size; for a source with few
   * claims the prior counts (alpha, 10 to 1,000 by default) outweigh the few a sweep can move.
   */
  static final class Blocks {
    private final Sampler global;
    private final int[] cuts;
    private final Parallel parallel;
    /** The flips' changes to the counts in this sweep, for the sources listed in {@code changed}. */
    private final int[] delta;
    /** The sources whose counts this sweep's flips changed. */
    private final SourceList changed;
    /**
     * The samplers made for the blocks, at most one per thread working at once; between blocks
     * each holds the counts and factors as the sweep began.
     */
    private final java.util.concurrent.ConcurrentLinkedDeque<Sampler> idle =
        new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final List<Sampler> made = new java.util.concurrent.CopyOnWriteArrayList<>();

    Blocks(Sampler global, int[] cuts, Parallel parallel) {
      this.global = global;
      this.cuts = cuts;
      this.parallel = parallel;
      this.delta = new int[global.n.length];
      this.changed = new SourceList(global.n.length / 4);
    }

    /**
     * One sweep; returns how many facts flipped. Its cost beyond the blocks' own steps is in
     * proportion to the sources whose counts changed, whatever the number of sources.
     */
    int sweep(int[] truth, SplittableRandom random) {
      int blocks = cuts.length - 1;
      long[] seeds = new long[blocks];
      for (int b = 0; b < blocks; b++) {
        seeds[b] = random.nextLong();
      }
      int[] flipped = new int[blocks];
      parallel.each(blocks, (b, end) -> {
        Sampler own = idle.pollFirst();
        if (own == null) {
          own = global.copy();
          made.add(own);
        }
        try {
          flipped[b] = LatentTruth.sweep(own, global.facts, cuts[b], cuts[b + 1], truth,
              new SplittableRandom(seeds[b]));
          synchronized (delta) {
            own.takeChanges(global, this);
          }
        } finally {
          idle.addFirst(own);
        }
      });
      // the changed sources' counts and factors, in the run's sampler and then in every block's
      global.addChanges(this);
      for (Sampler s : made) {
        s.copyChanges(global, this);
      }
      changed.clear();
      int sum = 0;
      for (int c : flipped) {
        sum += c;
      }
      return sum;
    }

    /** Adds {@code amount} to the change of count j of source s. */
    void change(int s, int j, int amount) {
      changed.add(s);
      delta[j] += amount;
    }
  }

  /**
   * Sources listed once each, in the order first added, and cleared in time proportional to how
   * many were added: the block sweeps' record of the sources whose counts changed.
   */
  static final class SourceList {
    private final int[] sources;
    private final boolean[] listed;
    private int size;

    SourceList(int sourceCount) {
      sources = new int[sourceCount];
      listed = new boolean[sourceCount];
    }

    /** Lists source s unless it is listed. */
    void add(int s) {
      if (!listed[s]) {
        listed[s] = true;
        sources[size++] = s;
      }
    }

    int size() {
      return size;
    }

    /** The k-th source listed. */
    int get(int k) {
      return sources[k];
    }

    /** Lists no source. */
    void clear() {
      for (int k = 0; k < size; k++) {
        listed[sources[k]] = false;
      }
      size = 0;
    }
  }

  /** Adds {@code delta} to the counts of every claim on fact f, were its truth t. */
  static void count(ClaimGraph graph, Facts facts, int f, int t, int[] n, int delta) {
    int item = facts.factItem[f];
    int e = facts.factSourceStart[f];
    int end = facts.factSourceStart[f + 1];
    for (int k = graph.itemSourceStart[item]; k < graph.itemSourceStart[item + 1]; k++) {
      int s = graph.itemSources[k];
      while (e < end && facts.factSources[e] < s) {
        e++;
      }
      int o = e < end && facts.factSources[e] == s ? 1 : 0;
      n[4 * s + 2 * t + o] += delta;
    }
  }

  /**
   * The log odds of equation 2 for one fact, {@code log p(t_f = t | rest) - log p(t_f = 1 - t |
   * rest)}, in time proportional to the sources asserting the fact rather than to all sources
   * covering its item. Each covering source s contributes {@code d(s, t, o_s)}, its factor for the
   * current truth t (counts without f, so one less at {@code n_{s,t,o}}) over its factor for the
   * other truth (counts as they are). The item's sum of {@code d(s, t, 0)} over its covering
   * sources is shared by all its facts whose truth is t; a fact then swaps {@code d(s, t, 0)} for
   * {@code d(s, t, 1)} at the sources asserting it. The two sums (t = 0 and 1) are made together,
   * in one walk, when first needed after {@link #enter}, and forgotten on the next, and by {@link
   * #flip}, which changes the counts of every covering source. When {@code n_{s,t,0} = 0}, s
   * asserts every fact of truth t it covers, so {@code d(s, t, 0)} is held at 0, which leaves it out of the sum and of the swap alike (its
   * count less one would be negative). Each source's four {@code d} are kept, and made again for
   * the covering sources whenever a flip changes their counts; the logarithms of counts come from
   * tables ({@link LogCounts}).
   */
  static final class Sampler {
    private final ClaimGraph graph;
    final Facts facts;
    final int[] n;
    private final double[] logBeta;
    /** log(k + alpha_{t,o}) at [2 t + o], and log(k + alpha_{t,0} + alpha_{t,1}) at [4 + t]. */
    private final LogCounts[] log;
    /** d(s, t, o) at [4 s + 2 t + o], for the current counts. */
    private final double[] d;
    private final double[] itemSum = new double[2];
    private boolean summed;
    private int item;
    /**
     * A block's sampler ({@link #copy}): the sources whose counts its flips changed; null for the
     * run's own sampler.
     */
    private final SourceList touched;

    /** A sampler for the blocks of a parallel sweep, with the tables of {@code base}. */
    private Sampler(Sampler base) {
      this.graph = base.graph;
      this.facts = base.facts;
      this.n = base.n.clone();
      this.logBeta = base.logBeta;
      this.log = base.log;
      this.d = base.d.clone();
      this.touched = new SourceList(graph.sourceCount);
    }

    /** A copy with its own counts (this sampler's as they are), for one block at a time. */
    Sampler copy() {
      return new Sampler(this);
    }

    /** Takes {@code from}'s counts and factors of the sources a sweep changed. */
    void copyChanges(Sampler from, Blocks sweep) {
      for (int k = 0; k < sweep.changed.size(); k++) {
        int b = 4 * sweep.changed.get(k);
        System.arraycopy(from.n, b, n, b, 4);
        System.arraycopy(from.d, b, d, b, 4);
      }
    }

    /**
     * Adds to {@code sweep}'s changes how the flips since the last call changed the counts from
     * {@code start}'s, and puts the sources they touched back to {@code start}'s counts and
     * factors.
     */
    void takeChanges(Sampler start, Blocks sweep) {
      for (int k = 0; k < touched.size(); k++) {
        int s = touched.get(k);
        for (int j = 4 * s; j < 4 * s + 4; j++) {
          sweep.change(s, j, n[j] - start.n[j]);
          n[j] = start.n[j];
          d[j] = start.d[j];
        }
      }
      touched.clear();
    }

    /** Adds a sweep's changes to the counts and makes the changed sources' factors again. */
    void addChanges(Blocks sweep) {
      for (int k = 0; k < sweep.changed.size(); k++) {
        int s = sweep.changed.get(k);
        for (int j = 4 * s; j < 4 * s + 4; j++) {
          n[j] += sweep.delta[j];
          sweep.delta[j] = 0;
        }
        refresh(s);
      }
    }

    Sampler(ClaimGraph graph, Facts facts, double[] alpha, double[] beta, int[] n) {
      this.graph = graph;
      this.facts = facts;
      this.n = n;
      this.logBeta = new double[] {Math.log(beta[0]), Math.log(beta[1])};
      this.log = new LogCounts[6];
      this.d = new double[4 * graph.sourceCount];
      this.touched = null;
      // the largest count a source can reach: the facts of all the items it covers
      long[] reach = new long[graph.sourceCount];
      for (int i = 0; i < graph.itemCount; i++) {
        int itemFacts = facts.itemFactStart[i + 1] - facts.itemFactStart[i];
        for (int k = graph.itemSourceStart[i]; k < graph.itemSourceStart[i + 1]; k++) {
          reach[graph.itemSources[k]] += itemFacts;
        }
      }
      long largest = 0;
      for (long r : reach) {
        largest = Math.max(largest, r);
      }
      int size = (int) Math.min(largest + 1, LogCounts.MAX_TABLE);
      for (int j = 0; j < 4; j++) {
        log[j] = new LogCounts(alpha[j], 0.0, size);
      }
      log[4] = new LogCounts(alpha[0], alpha[1], size);
      log[5] = new LogCounts(alpha[2], alpha[3], size);
      for (int s = 0; s < graph.sourceCount; s++) {
        refresh(s);
      }
    }

    void enter(int item) {
      this.item = item;
      summed = false;
    }

    /** Moves fact f (of the entered item) from truth t to 1 - t in the counts. */
    void flip(int f, int t) {
      count(graph, facts, f, t, n, -1);
      count(graph, facts, f, 1 - t, n, 1);
      for (int k = graph.itemSourceStart[item]; k < graph.itemSourceStart[item + 1]; k++) {
        int s = graph.itemSources[k];
        refresh(s);
        if (touched != null) {
          touched.add(s);
        }
      }
      enter(item);
    }

    double logOdds(int f, int t) {
      if (!summed) {
        // both truths' sums in one walk: two independent chains of additions, each in source
        // order as alone, so the same numbers; an item's facts usually hold both truths
        double sum0 = 0.0;
        double sum1 = 0.0;
        for (int k = graph.itemSourceStart[item]; k < graph.itemSourceStart[item + 1]; k++) {
          int b = 4 * graph.itemSources[k];
          sum0 += d[b];
          sum1 += d[b + 2];
        }
        itemSum[0] = sum0;
        itemSum[1] = sum1;
        summed = true;
      }
      double odds = logBeta[t] - logBeta[1 - t] + itemSum[t];
      for (int e = facts.factSourceStart[f]; e < facts.factSourceStart[f + 1]; e++) {
        int b = 4 * facts.factSources[e] + 2 * t;
        odds += d[b + 1] - d[b];
      }
      return odds;
    }

    /** Makes source s's four {@code d} from its counts. */
    private void refresh(int s) {
      for (int t = 0; t < 2; t++) {
        for (int o = 0; o < 2; o++) {
          d[4 * s + 2 * t + o] = factor(s, t, o);
        }
      }
    }

    /**
     * Source s's log factor for truth t without the fact, over its factor for 1 - t: {@code
     * d(s, t, o)}; 0 when no fact of truth t and observation o is counted (the count less one
     * would be negative): for o = 0 that leaves s out, and d(s, t, 1) is then never read.
     */
    private double factor(int s, int t, int o) {
      int u = 1 - t;
      int b = 4 * s;
      int own = n[b + 2 * t + o] - 1;
      if (own < 0) {
        return 0.0;
      }
      return log[2 * t + o].at(own)
          - log[4 + t].at(n[b + 2 * t] + n[b + 2 * t + 1] - 1)
          - log[2 * u + o].at(n[b + 2 * u + o])
          + log[4 + u].at(n[b + 2 * u] + n[b + 2 * u + 1]);
    }
  }

  /**
   * {@code log(k + a + b)} for counts k, from a table for the counts below its size and by {@link
   * Math#log} above (the same value either way), so that a sweep takes no logarithm for the
   * counts of ordinary sources.
   */
  private static final class LogCounts {
    /** Table entries at most: 128 Ki counts, 1 MiB. */
    static final int MAX_TABLE = 1 << 17;
    private final double a;
    private final double b;
    private final double[] table;

    LogCounts(double a, double b, int size) {
      this.a = a;
      this.b = b;
      this.table = new double[size];
      for (int k = 0; k < size; k++) {
        table[k] = Math.log(k + a + b);
      }
    }

    double at(int k) {
      return k < table.length ? table[k] : Math.log(k + a + b);
    }
  }

  private static double listProbability(Facts facts, ClaimGraph graph, int claim, double[] p) {
    int item = graph.claimItem[claim];
    double product = 1.0;
    for (int f = facts.itemFactStart[item]; f < facts.itemFactStart[item + 1]; f++) {
      product *= facts.claimAsserts(claim, f) ? p[f] : 1.0 - p[f];
    }
    return product;
  }
}
