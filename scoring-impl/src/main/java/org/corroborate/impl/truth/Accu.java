package org.corroborate.impl.truth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ParameterInfo;
import org.corroborate.truth.ProgressListener;
import org.corroborate.truth.SourceDependence;

/**
 * The Bayesian accuracy models of Dong, Berti-Equille and Srivastava, "Integrating Conflicting
 * Data: The Role of Source Dependence", VLDB 2009: Accu (sections 4.2, accuracy only; the paper's
 * ACCUNODEP), AccuSim (section 5, SIM: accuracy and similarity between values) and AccuCopy
 * (sections 3 and 4: accuracy and copy detection; the paper's ACCU, the name AccuCopy is Li et al.,
 * VLDB 2013). AccuCopy with {@code uniform-accuracy = 1} is the paper's DEPEN (section 3): every
 * source keeps the accuracy {@code 1 - eps}, so a value's confidence is its dependence-discounted
 * vote count (eq. 11) times one constant and the choice is DEPEN's vote.
 *
 * <p>Each round: the accuracy score of source S is {@code A'(S) = ln(n A(S) / (1 - A(S)))} (eq. 23)
 * for {@code n} false values per item; a value's confidence is {@code C(v) = sum over its sources of
 * A'(S) I(S, v)} (eq. 22, 25), with {@code I(S, v) = 1} unless copying is modelled; AccuSim adjusts
 * it by the item's other values, {@code C*(v) = C(v) + rho * sum_{v' != v} C(v') sim(v, v')} (eq.
 * 26, {@code sim} the comparison's support); the probability is {@code P(v) = exp(C*(v)) / Omega}
 * with {@code Omega} the sum over the item's {@code n + 1} domain values, the unobserved ones having
 * {@code C = 0} (eq. 21); and the accuracy of a source is the average {@code P(v)} of its values
 * (eq. 18). Accuracies start at {@code 1 - eps} (or the source's prior) and the run stops when no
 * accuracy moves by more than the tolerance (Algorithm 2, ACCUVOTE).
 *
 * <p>Copy detection (AccuCopy), at the start of every round, for each pair of sources voting on a
 * common item ({@link SourcePairs}, never all pairs): the likelihood of their shared values under
 * independence (eqs. 12-14: same true value {@code Pt = A1 A2}, same false value {@code Pf = (1 -
 * A1)(1 - A2) / n}, different values {@code Pd = 1 - Pt - Pf}) and under either copying direction
 * (eqs. 15-17: {@code A_orig c + Pt (1 - c)}, {@code (1 - A_orig) c + Pf (1 - c)}, {@code Pd (1 -
 * c)}), and Bayes' rule with prior {@code alpha} of dependence, split evenly between the
 * directions. In the first round a shared value is true with probability {@code p = 1 - eps}
 * (Algorithm 2 starts every value there), so its likelihood is the mixture {@code p * same-true +
 * (1 - p) * same-false}: the paper's "both possibilities of a value being true and
 * being false" (section 3.3). From the second round on a shared value is true exactly when it is
 * its item's choice of the previous round (Algorithms 1 and 2 decide true values between rounds),
 * so the likelihood is the paper's counts {@code kt, kf, kd}. (Using the probability P(v) in every
 * round instead, AccuPR-style, did worse on the Flight data with times compared within a tolerance:
 * .805 against .958, see docs/accuracy.md.) The vote
 * of a source is then discounted by {@code I(S, v) = product over the sources S' ordered before S of
 * (1 - c P(S ~ S'))} (eq. 11), ordering the value's sources greedily: first the source of the most
 * probable dependence (the likelier original when one direction is more probable, section 4.2),
 * then repeatedly the source most dependent on one already placed. Dependence is symmetric in
 * DEPEN, so no copier is named there; otherwise the copier is named when its direction holds at
 * least two thirds of the pair's dependence. Pairs with dependence at least .5 are reported.
 *
 * <p>Which pairs are weighed (an interpretation, parameter {@code min-shared-items}, default 10):
 * only pairs voting on at least that many common items; the others count as independent ({@code
 * P(S ~ S') = 0}). The equations apply to every pair, and {@code min-shared-items = 1} does
 * exactly that; the default follows the paper's book experiment (section 6.5: "out of the 385,000
 * pairs of bookstores, 2916 pairs provide information on at least the same 10 books and among them
 * SIM found 508 pairs that are likely to be dependent"). Why it matters: with n uniformly
 * distributed false values one shared false value multiplies the odds of dependence by {@code c n
 * / eps(S) + 1 - c}, about 400 at the defaults, so two stores with two books in common and one
 * common error (a list cut to its first author) come out dependent at .99. On the Book data 5,772
 * of the 7,579 pairs that DEPEN judged dependent with every pair weighed share fewer than 10 books;
 * weighing only pairs sharing 10 or more raises DEPEN from .64 to .81 and AccuCopy from .76 to .85
 * and leaves the Flight results unchanged (docs/accuracy.md).
 *
 * <p>PopAccu (Li et al., VLDB 2013, section 4.1, after Dong, Saha and Srivastava, VLDB 2013) drops
 * the n uniformly distributed false values: if v is true, a source not providing v provides v' with
 * the observed probability {@code Pop(v' | v) = |S(v')| / (m - |S(v)|)} for the item's m
 * provisions, so (as in eq. 19, and eq. 28 of the paper's NonUni) {@code C(v) = sum over S(v) of
 * ln(A(S) / (1 - A(S))) + sum over v' != v of |S(v')| ln Pop(v' | v)}, and P(v) is the softmax of
 * C over the item's observed values. A value provided by every source of its item has P = 1.
 *
 * <p>Defaults are the paper's book-data settings: {@code alpha = .2, c = .8, eps = .2, n = 100}.
 * The paper gives no value for {@code rho}; we take .5, TruthFinder's, whose similarity model SIM
 * follows. Accuracies are kept in {@code [1e-6, 1 - 1e-6]} so that {@code A'} stays finite (the
 * paper's caution after Theorem 4.1).
 *
 * <p>Cost per round: Accu {@code O(claims + edges)}; AccuSim adds the item's similar pairs; AccuCopy
 * adds, for the pairs sharing at least {@code min-shared-items} items (the only ones built, {@link
 * SourcePairs}), one merge of the two sources' claim lists for the pairwise likelihoods, and for
 * each claim's {@code k} sources the greedy ordering over their dependent pairs ({@code (k + pairs)
 * log k}); a claim asserted by every source of a large data set costs {@code k}, not {@code k^2}.
 */
final class Accu extends Algorithm {
  static final double EDGE = Formulas.ACCU_EDGE;
  static final double REPORTED_DEPENDENCE = 0.5;
  /**
   * The most (pair, shared claim) entries kept as per-pair and per-claim lists: 2^26, two ints
   * each, 512 MB.
   */
  static final long PAIR_CLAIMS_LIMIT = 1L << 26;

  /** A pair record's flag: its second source is the more probable original. */
  private static final long SECOND_ORIGINAL = 1L << 62;

  /** A source number's bits in a pair record. */
  private static final int SOURCE_BITS = 0x7FFFFFFF;

  enum Variant { PLAIN, SIMILARITY, COPY, POPULARITY }

  private final Variant variant;
  private final long pairListLimit;

  Accu(Variant variant) {
    this(variant, PAIR_CLAIMS_LIMIT);
  }

  /** Keeps pair and claim lists only up to {@code pairListLimit} entries (tests use 0). */
  Accu(Variant variant, long pairListLimit) {
    super(info(variant));
    this.variant = variant;
    this.pairListLimit = pairListLimit;
  }

  private static AlgorithmInfo info(Variant variant) {
    List<ParameterInfo> parameters = new ArrayList<>();
    if (variant == Variant.COPY) {
      parameters.add(new ParameterInfo("alpha", 0.2, 1e-6, 1 - 1e-6,
          "a-priori probability that two sources are dependent"));
      parameters.add(new ParameterInfo("copy-rate", 0.8, 0.0, 0.999,
          "c, the probability that a copier copies a value rather than providing it"));
      parameters.add(new ParameterInfo("min-shared-items", 10, 1, 1e9,
          "copy detection weighs only pairs of sources voting on at least this many common items "
              + "(the paper's book experiment, section 6.5); 1: every pair sharing an item"));
    }
    parameters.add(new ParameterInfo("error-rate", 0.2, EDGE, 1 - EDGE,
        "eps: every source starts with accuracy 1 - eps (unless it has a prior)"));
    if (variant != Variant.POPULARITY) {
      parameters.add(new ParameterInfo("false-values", 100, 1, 1e9,
          "n, the number of false values in each item's domain"));
    }
    if (variant == Variant.SIMILARITY) {
      parameters.add(new ParameterInfo("rho", 0.5, 0.0, 1.0,
          "weight of similar values' confidence (eq. 26)"));
    }
    if (variant == Variant.COPY) {
      parameters.add(new ParameterInfo("uniform-accuracy", 0, 0, 1,
          "1: every source keeps accuracy 1 - eps (priors ignored), the paper's DEPEN; 0: "
              + "accuracies are learnt; values from .5 up count as 1"));
    }
    String paper = "Dong, Berti-Equille and Srivastava, 'Integrating Conflicting Data: The Role of "
        + "Source Dependence', VLDB 2009, ";
    return switch (variant) {
      case PLAIN -> new AlgorithmInfo("accu", "Accu (AccuNoDep)",
          paper + "equations 18-24", 100, 1e-6, parameters, true);
      case SIMILARITY -> new AlgorithmInfo("accu-sim", "AccuSim",
          paper + "equations 18-24 and 26", 100, 1e-6, parameters, true);
      case COPY -> new AlgorithmInfo("accu-copy", "AccuCopy (Accu with dependence; Depen)",
          paper + "equations 8, 11-25; Li et al., 'Truth Finding on the Deep Web: Is the Problem "
              + "Solved?', VLDB 2013", 100, 1e-6, parameters, true);
      case POPULARITY -> new AlgorithmInfo("pop-accu", "PopAccu",
          "Li, Dong, Lyons, Meng and Srivastava, 'Truth Finding on the Deep Web: Is the Problem "
              + "Solved?', VLDB 2013, section 4.1 (Dong, Saha and Srivastava, 'Less is More', "
              + "VLDB 2013); " + paper + "equations 18-21 with the false values' distribution "
              + "observed (section 5, NonUni)", 100, 1e-6, parameters, true);
    };
  }

  @Override
  public Outcome run(ClaimGraph graph, Settings settings, ProgressListener progress) {
    return new Run(graph, settings).execute(progress);
  }

  /** The state of one run, in arrays; the outcome reads its final values. */
  private final class Run {
    final ClaimGraph graph;
    final Settings settings;
    final double n;
    final double eps;
    final double rho;
    final double alpha;
    final double copy;
    final boolean uniform;
    /** Pairs voting on fewer common items are taken as independent (section 6.5). */
    final int minShared;
    final Implications implications;
    final SourcePairs pairs;
    final double[] accuracy;
    final double[] previous;
    /** Accuracy used in the current round's scores (clamped; 1 - eps for DEPEN). */
    final double[] used;
    final double[] score;
    final double[] vote;
    /** PopAccu: sum over the item's other values v' of |S(v')| ln Pop(v' | v); fixed per run. */
    final double[] popularity;
    final double[] adjusted;
    final double[] confidence;
    /** Whether each claim is taken as true in copy detection: its item's choice, 1 or 0. */
    final double[] truth;
    final double[] logOmega;
    /** I(S, v) for each claim edge, aligned with {@code graph.claimSources}. */
    final double[] independence;
    final double[] llIndependent;
    final double[] llForward;
    final double[] llBackward;
    /** Posterior that first copies second, that second copies first, and their sum. */
    final double[] forward;
    final double[] backward;
    final double[] dependence;
    /**
     * What the discount reads of pair p, side by side so that a claim's pair costs one read of
     * memory rather than five: at [2 p] the bits of {@code dependence[p]}, at [2 p + 1] the pair's
     * first source (bits 31 to 61), second source (bits 0 to 30) and, at bit 62, whether the
     * second is the more probable original ({@code forward[p] > backward[p]}).
     */
    final long[] pairRecord;
    /** Scratch of the serial walks (dependences without pair lists); discount: one per thread. */
    final Discount serial;
    final ThreadLocal<Discount> discounts;
    /**
     * The claims each pair shares, ascending: {@code pairClaims[pairClaimStart[p] ..
     * pairClaimStart[p + 1] - 1]}; null when they would take more than {@link #PAIR_CLAIMS_LIMIT}
     * ints, and the dependences are then summed by one serial walk over the claims, in the same
     * order.
     */
    final int[] pairClaimStart;
    final int[] pairClaims;
    /**
     * The built pairs among each claim's sources, in (x, y) order of their positions: {@code
     * claimPairs[claimPairStart[c] .. claimPairStart[c + 1] - 1]}; null with {@link #pairClaims}.
     */
    final int[] claimPairStart;
    final int[] claimPairs;

    Run(ClaimGraph graph, Settings settings) {
      this.graph = graph;
      this.settings = settings;
      this.n = variant == Variant.POPULARITY ? 0.0 : settings.parameter("false-values");
      this.eps = settings.parameter("error-rate");
      this.rho = variant == Variant.SIMILARITY ? settings.parameter("rho") : 0.0;
      boolean copying = variant == Variant.COPY;
      this.alpha = copying ? settings.parameter("alpha") : 0.0;
      this.copy = copying ? settings.parameter("copy-rate") : 0.0;
      this.uniform = copying && settings.parameter("uniform-accuracy") >= 0.5;
      this.minShared = copying ? (int) Math.ceil(settings.parameter("min-shared-items")) : 0;
      this.implications = variant == Variant.SIMILARITY
          ? Implications.compute(graph, settings.similarity()) : null;
      this.pairs = copying ? SourcePairs.build(graph, minShared, settings.parallel()) : null;
      int pairCount = copying ? pairs.count : 0;
      accuracy = new double[graph.sourceCount];
      previous = new double[graph.sourceCount];
      used = new double[graph.sourceCount];
      score = new double[graph.sourceCount];
      vote = new double[graph.claimCount];
      popularity = new double[variant == Variant.POPULARITY ? graph.claimCount : 0];
      if (variant == Variant.POPULARITY) {
        popularity(graph, popularity);
      }
      adjusted = new double[graph.claimCount];
      confidence = new double[graph.claimCount];
      truth = new double[graph.claimCount];
      logOmega = new double[graph.itemCount];
      independence = new double[graph.edgeCount];
      llIndependent = new double[pairCount];
      llForward = new double[pairCount];
      llBackward = new double[pairCount];
      forward = new double[pairCount];
      backward = new double[pairCount];
      dependence = new double[pairCount];
      pairRecord = new long[2 * pairCount];
      for (int s = 0; s < graph.sourceCount; s++) {
        accuracy[s] = uniform ? 1 - eps : settings.prior(s, 1 - eps);
      }
      Arrays.fill(truth, 1 - eps); // Algorithm 2: values start at one minus the error rate
      Arrays.fill(independence, 1.0);
      serial = copying ? new Discount() : null;
      discounts = copying ? ThreadLocal.withInitial(Discount::new) : null;
      long incidences = 0;
      if (copying) {
        for (int p = 0; p < pairs.count; p++) {
          incidences += pairs.sharedClaims[p];
        }
      }
      if (copying && incidences <= pairListLimit) {
        pairClaimStart = new int[pairs.count + 1];
        for (int p = 0; p < pairs.count; p++) {
          pairClaimStart[p + 1] = pairClaimStart[p] + pairs.sharedClaims[p];
        }
        pairClaims = new int[(int) incidences];
        claimPairStart = new int[graph.claimCount + 1];
        claimPairs = new int[(int) incidences];
        // each claim's pairs counted, then listed, in blocks of claims on the threads; then each
        // pair's claims, ascending, from the claims' lists
        Parallel parallel = settings.parallel();
        parallel.rows(graph.claimCount, (from, to) -> {
          Discount scratch = parallel.threads() == 1 ? serial : discounts.get();
          int[] found = new int[1];
          for (int c = from; c < to; c++) {
            found[0] = 0;
            scratch.pairsOf(c, pair -> found[0]++);
            claimPairStart[c + 1] = found[0];
          }
        });
        for (int c = 0; c < graph.claimCount; c++) {
          claimPairStart[c + 1] += claimPairStart[c];
        }
        parallel.rows(graph.claimCount, (from, to) -> {
          Discount scratch = parallel.threads() == 1 ? serial : discounts.get();
          int[] listed = {claimPairStart[from]};
          for (int c = from; c < to; c++) {
            scratch.pairsOf(c, pair -> claimPairs[listed[0]++] = pair);
          }
        });
        int[] cursor = Arrays.copyOf(pairClaimStart, pairs.count);
        parallel.ranges(pairs.count, pairClaimStart, (fromPair, toPair) -> {
          for (int c = 0; c < graph.claimCount; c++) {
            for (int e = claimPairStart[c]; e < claimPairStart[c + 1]; e++) {
              int pair = claimPairs[e];
              if (pair >= fromPair && pair < toPair) {
                pairClaims[cursor[pair]++] = c;
              }
            }
          }
        });
      } else {
        pairClaimStart = null;
        pairClaims = null;
        claimPairStart = null;
        claimPairs = null;
      }
    }

    Outcome execute(ProgressListener progress) {
      Convergence convergence = iterate(settings, progress, iteration -> round());
      return new AccuOutcome(this, convergence);
    }

    double round() {
      System.arraycopy(accuracy, 0, previous, 0, accuracy.length);
      for (int s = 0; s < graph.sourceCount; s++) {
        used[s] = clamp(uniform ? 1 - eps : accuracy[s]);
        score[s] = Formulas.accuScore(used[s], n);
      }
      if (pairs != null) {
        dependences();
        settings.parallel().rows(graph.claimCount, (from, to) -> {
          Discount scratch = settings.parallel().threads() == 1 ? serial : discounts.get();
          for (int c = from; c < to; c++) {
            scratch.discount(c);
          }
        });
      }
      settings.parallel().rows(graph.claimCount, this::votes);
      settings.parallel().rows(graph.itemCount, this::items);
      settings.parallel().rows(graph.sourceCount, graph.sourceClaimStart, this::accuracies);
      return Vectors.maxAbsDifference(previous, accuracy);
    }

    /** Each claim's vote: the independence-weighted scores of its sources. */
    private void votes(int from, int to) {
      for (int c = from; c < to; c++) {
        double sum = 0.0;
        for (int e = graph.claimSourceStart[c]; e < graph.claimSourceStart[c + 1]; e++) {
          sum += score[graph.claimSources[e]] * independence[e];
        }
        vote[c] = popularity.length > 0 ? sum + popularity[c] : sum;
      }
    }

    /**
     * Each item's claims: adjusted votes, confidences and the chosen value (the largest vote; ties
     * to more sources, then the larger summed accuracy of its sources, then the seeded tie key:
     * {@link ClaimGraph#compareTied}).
     */
    private void items(int fromItem, int toItem) {
      for (int i = fromItem; i < toItem; i++) {
        int first = graph.itemClaimStart[i];
        int end = graph.itemClaimStart[i + 1];
        for (int c = first; c < end; c++) {
          double value = vote[c];
          if (implications != null) {
            double related = 0.0;
            for (int k = implications.start[c]; k < implications.start[c + 1]; k++) {
              related += vote[implications.from[k]] * implications.support[k];
            }
            value += rho * related;
          }
          adjusted[c] = value;
        }
        logOmega[i] = Formulas.accuLogOmega(adjusted, first, end, n);
        int chosen = first;
        confidence[first] = Formulas.accuProbability(adjusted[first], logOmega[i]);
        // from the second claim on: the first compared with itself would be a tie, and the tie
        // rule would hash the claim's item id and value (a cache miss per item) to keep it
        for (int c = first + 1; c < end; c++) {
          confidence[c] = Formulas.accuProbability(adjusted[c], logOmega[i]);
          if (adjusted[c] > adjusted[chosen] || (adjusted[c] == adjusted[chosen]
              && graph.compareTied(c, chosen, s -> accuracy[s], settings.seed()) < 0)) {
            chosen = c;
          }
        }
        for (int c = first; c < end; c++) {
          truth[c] = c == chosen ? 1.0 : 0.0;
        }
      }
    }

    /** Each source's accuracy: the mean confidence of its claims. */
    private void accuracies(int from, int to) {
      for (int s = from; s < to; s++) {
        double sum = 0.0;
        for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
          sum += confidence[graph.sourceClaims[e]];
        }
        accuracy[s] = Formulas.mean(sum, graph.sourceDegree(s));
      }
    }

    /**
     * Posterior dependence of every pair from the shared claims and the previous round's P. Each
     * pair's terms are added in claim order: with the pair lists, one pair at a time (in parallel
     * over pairs); without, by one serial walk over the claims, finding each claim's built pairs
     * as {@link Discount#pairsOf} does. Both add the same terms in the same order.
     */
    void dependences() {
      if (pairClaims != null) {
        settings.parallel().rows(pairs.count, (from, to) -> {
          for (int pair = from; pair < to; pair++) {
            llIndependent[pair] = 0.0;
            llForward[pair] = 0.0;
            llBackward[pair] = 0.0;
            if (pairs.sharedItems[pair] >= minShared) {
              sharedClaims(pair);
            }
            posterior(pair);
          }
        });
        return;
      }
      Arrays.fill(llIndependent, 0.0);
      Arrays.fill(llForward, 0.0);
      Arrays.fill(llBackward, 0.0);
      for (int c = 0; c < graph.claimCount; c++) {
        double p = truth[c];
        serial.pairsOf(c, pair -> likelihoods(pair, p));
      }
      for (int pair = 0; pair < pairs.count; pair++) {
        posterior(pair);
      }
    }

    /** The pair's posterior from its summed likelihoods, the items it differs on and the prior. */
    private void posterior(int pair) {
      if (pairs.sharedItems[pair] < minShared) {
        forward[pair] = 0.0;
        backward[pair] = 0.0;
        dependence[pair] = 0.0;
        record(pair);
        return;
      }
      double[] out = new double[Formulas.ACCU_COPY_POSTERIOR_SIZE];
      Formulas.accuCopyPosterior(llIndependent[pair], llForward[pair], llBackward[pair],
          pairs.differentItems(pair), used[pairs.first[pair]], used[pairs.second[pair]], n, alpha,
          copy, out);
      llIndependent[pair] = out[0];
      llForward[pair] = out[1];
      llBackward[pair] = out[2];
      forward[pair] = out[3];
      backward[pair] = out[4];
      dependence[pair] = out[5];
      record(pair);
    }

    /** Writes the pair's {@link #pairRecord} from its posteriors. */
    private void record(int pair) {
      pairRecord[2 * pair] = Double.doubleToRawLongBits(dependence[pair]);
      pairRecord[2 * pair + 1] = (forward[pair] > backward[pair] ? SECOND_ORIGINAL : 0L)
          | (long) pairs.first[pair] << 31 | pairs.second[pair];
    }

    /**
     * Adds the pair's shared claims, in claim order, to its three likelihoods. A claim's truth is
     * 0 or 1 after the first round (the chosen value of its item or not), so each of the three
     * terms takes one of two values per pair and round: those are computed once, by the very
     * calls that would compute them per claim, and added claim by claim as before (the same
     * doubles in the same order, three logarithms per pair instead of per shared claim).
     */
    private void sharedClaims(int pair) {
      double a1 = used[pairs.first[pair]];
      double a2 = used[pairs.second[pair]];
      double independentTrue = Formulas.accuCopyIndependentTerm(1.0, a1, a2, n);
      double forwardTrue = Formulas.accuCopyCopiedTerm(1.0, a2, a1, a2, n, copy);
      double backwardTrue = Formulas.accuCopyCopiedTerm(1.0, a1, a1, a2, n, copy);
      double independentFalse = Formulas.accuCopyIndependentTerm(0.0, a1, a2, n);
      double forwardFalse = Formulas.accuCopyCopiedTerm(0.0, a2, a1, a2, n, copy);
      double backwardFalse = Formulas.accuCopyCopiedTerm(0.0, a1, a1, a2, n, copy);
      double independent = llIndependent[pair];
      double forward = llForward[pair];
      double backward = llBackward[pair];
      for (int k = pairClaimStart[pair]; k < pairClaimStart[pair + 1]; k++) {
        double p = truth[pairClaims[k]];
        if (p == 1.0) {
          independent += independentTrue;
          forward += forwardTrue;
          backward += backwardTrue;
        } else if (p == 0.0) {
          independent += independentFalse;
          forward += forwardFalse;
          backward += backwardFalse;
        } else {
          independent += Formulas.accuCopyIndependentTerm(p, a1, a2, n);
          forward += Formulas.accuCopyCopiedTerm(p, a2, a1, a2, n, copy);
          backward += Formulas.accuCopyCopiedTerm(p, a1, a1, a2, n, copy);
        }
      }
      llIndependent[pair] = independent;
      llForward[pair] = forward;
      llBackward[pair] = backward;
    }

    /** Adds one shared claim, true with probability p, to the pair's three likelihoods. */
    private void likelihoods(int pair, double p) {
      if (pairs.sharedItems[pair] < minShared) {
        return;
      }
      double a1 = used[pairs.first[pair]];
      double a2 = used[pairs.second[pair]];
      llIndependent[pair] += Formulas.accuCopyIndependentTerm(p, a1, a2, n);
      // forward: the first copies the second, so the second is the original
      llForward[pair] += Formulas.accuCopyCopiedTerm(p, a2, a1, a2, n, copy);
      llBackward[pair] += Formulas.accuCopyCopiedTerm(p, a1, a1, a2, n, copy);
    }

    /**
     * One thread's scratch for the walks over a claim's sources: which position each source holds
     * in the claim being walked, its dependent pairs and the greedy ordering's heap.
     */
    final class Discount {
      /** For the claim being walked: the position of each of its sources, and the claim. */
      final int[] slot = new int[graph.sourceCount];
      final int[] slotClaim = new int[graph.sourceCount];
      /** The claim's dependent pairs by position, and the greedy ordering (shared with Spark). */
      final CopyOrder order = new CopyOrder();
      /** The records of the claim's pairs, read before they are used. */
      long[] gathered = new long[64];

      Discount() {
        Arrays.fill(slotClaim, -1);
      }

      /**
       * Calls {@code action} with every built pair among claim c's sources, found by looking up
       * every pair of its {@code k} sources or by walking its sources' partners, whichever is
       * fewer steps (a claim of every source with few built pairs costs {@code k}, not {@code
       * k^2}).
       */
      void pairsOf(int c, java.util.function.IntConsumer action) {
        int from = graph.claimSourceStart[c];
        int to = graph.claimSourceStart[c + 1];
        long k = to - from;
        long partners = 0;
        for (int x = from; x < to; x++) {
          int a = graph.claimSources[x];
          partners += pairs.upperStart[a + 1] - pairs.upperStart[a];
        }
        if (k * (k - 1) / 2 <= partners) {
          for (int x = from; x < to; x++) {
            int a = graph.claimSources[x];
            for (int y = x + 1; y < to; y++) {
              int pair = pairs.find(a, graph.claimSources[y]);
              if (pair >= 0) {
                action.accept(pair);
              }
            }
          }
          return;
        }
        for (int x = from; x < to; x++) {
          slotClaim[graph.claimSources[x]] = c;
        }
        for (int x = from; x < to; x++) {
          int a = graph.claimSources[x];
          for (int pair = pairs.upperStart[a]; pair < pairs.upperStart[a + 1]; pair++) {
            if (slotClaim[pairs.second[pair]] == c) {
              action.accept(pair);
            }
          }
        }
      }

      /**
       * I(S, v) of each source asserting claim c (eq. 11), in the greedy order of section 3.2.2.
       * Only the dependent pairs among the claim's sources are looked at (a factor {@code 1 - c *
       * 0} is exactly one): the cost is the claim's sources plus their built pairs, times {@code
       * log k} for the ordering, never {@code k^2}.
       */
      void discount(int c) {
        int from = graph.claimSourceStart[c];
        int k = graph.claimSourceStart[c + 1] - from;
        if (k == 1) {
          independence[from] = 1.0;
          return;
        }
        for (int x = 0; x < k; x++) {
          int s = graph.claimSources[from + x];
          slot[s] = x;
          slotClaim[s] = c;
        }
        order.clear();
        if (claimPairs != null) {
          // the claim's built pairs, listed once per run in (x, y) order
          // first every record, with nothing waiting on each load, then the ordering's input
          long[] record = pairRecord;
          int first = claimPairStart[c];
          int n = claimPairStart[c + 1] - first;
          if (gathered.length < 2 * n) {
            gathered = new long[Math.max(2 * n, 2 * gathered.length)];
          }
          long[] g = gathered;
          for (int e = 0; e < n; e++) {
            int at = 2 * claimPairs[first + e];
            g[2 * e] = record[at];
            g[2 * e + 1] = record[at + 1];
          }
          for (int e = 0; e < n; e++) {
            double d = Double.longBitsToDouble(g[2 * e]);
            if (d > 0.0) {
              long who = g[2 * e + 1];
              order.add(slot[(int) (who >>> 31) & SOURCE_BITS], slot[(int) who & SOURCE_BITS], d,
                  (who & SECOND_ORIGINAL) != 0);
            }
          }
        } else {
          walk(c, from, k);
        }
        order.discount(k, copy, independence, from);
      }

      /**
       * The claim's dependent pairs (x, y), {@code x < y}, in (x, y) order (claim sources ascend,
       * and so do partners), found by looking up every pair or by walking the partners, whichever
       * is fewer steps.
       */
      private void walk(int c, int from, int k) {
        long partners = 0;
        for (int x = 0; x < k; x++) {
          int s = graph.claimSources[from + x];
          partners += pairs.upperStart[s + 1] - pairs.upperStart[s];
        }
        boolean lookUp = (long) k * (k - 1) / 2 <= partners;
        for (int x = 0; x < k; x++) {
          int s = graph.claimSources[from + x];
          if (lookUp) {
            for (int y = x + 1; y < k; y++) {
              int pair = pairs.find(s, graph.claimSources[from + y]);
              if (pair >= 0) {
                edge(x, y, pair);
              }
            }
            continue;
          }
          for (int pair = pairs.upperStart[s]; pair < pairs.upperStart[s + 1]; pair++) {
            int t = pairs.second[pair];
            if (slotClaim[t] == c) {
              edge(x, slot[t], pair);
            }
          }
        }
      }

      /** Hands the pair (x, y) of the claim's sources to the ordering (kept if dependent). */
      private void edge(int x, int y, int pair) {
        order.add(x, y, Double.longBitsToDouble(pairRecord[2 * pair]),
            (pairRecord[2 * pair + 1] & SECOND_ORIGINAL) != 0);
      }
    }
  }

  /**
   * PopAccu's replacement of the uniform {@code 1 / n}: if v is true, a source providing another
   * value provides v' with probability {@code Pop(v' | v) = |S(v')| / (m - |S(v)|)}, the share of v'
   * among the item's m provisions other than v's. The term depends only on the counts.
   */
  static void popularity(ClaimGraph graph, double[] out) {
    for (int i = 0; i < graph.itemCount; i++) {
      int first = graph.itemClaimStart[i];
      int end = graph.itemClaimStart[i + 1];
      double m = graph.claimSourceStart[end] - graph.claimSourceStart[first];
      for (int c = first; c < end; c++) {
        double others = m - graph.claimDegree(c);
        double sum = 0.0;
        for (int v = first; v < end; v++) {
          if (v != c) {
            double k = graph.claimDegree(v);
            sum += k * Math.log(k / others);
          }
        }
        out[c] = sum;
      }
    }
  }

  static double clamp(double accuracy) {
    return Formulas.accuClamp(accuracy);
  }

  /** The explanations of one run, computed on demand from its final state. */
  private final class AccuOutcome extends ArrayOutcome {
    private final Run run;
    private final ClaimGraph graph;

    AccuOutcome(Run run, Convergence convergence) {
      super(convergence, run.confidence, run.accuracy);
      this.run = run;
      this.graph = run.graph;
    }

    @Override
    public Explanation explainClaim(int claim) {
      List<Explanation> votes = new ArrayList<>(graph.claimDegree(claim));
      for (int e = graph.claimSourceStart[claim]; e < graph.claimSourceStart[claim + 1]; e++) {
        int s = graph.claimSources[e];
        Explanation accuracyScore = Explanation.leaf(run.score[s],
            (run.popularity.length > 0 ? "accuracy score ln(A(S) / (1 - A(S))) of source "
                : "accuracy score A'(S) = ln(n A(S) / (1 - A(S))) of source ") + graph.sourceId(s)
                + ", A(S) = " + Explain.number(run.used[s]) + " (eq. 23)");
        if (run.pairs == null) {
          votes.add(accuracyScore);
        } else {
          votes.add(Explanation.product("vote of source " + graph.sourceId(s)
                  + ": A'(S) * I(S, v)",
              List.of(accuracyScore, Explanation.leaf(run.independence[e],
                  "I(S, v), the discount of a copied vote: product of (1 - c P(S ~ S')) over the "
                      + "sources S' ordered before S (eq. 11)"))));
        }
      }
      if (run.popularity.length > 0) {
        votes.add(Explanation.leaf(run.popularity[claim], "sum over the item's other values v' of "
            + "|S(v')| ln Pop(v' | v), Pop(v' | v) = |S(v')| / (providers of values other than v)"));
      }
      Explanation total = Explanation.sum(
          run.pairs != null ? "C(v) = sum of A'(S) I(S, v) over its sources (eq. 25)"
              : run.popularity.length > 0
                  ? "C(v) = ln Pr(observations | v true) + constant, false values distributed as "
                      + "observed"
                  : "C(v) = sum of the accuracy scores of its sources (eq. 24)", votes);
      if (run.implications != null) {
        int item = graph.claimItem[claim];
        List<Explanation> related = new ArrayList<>();
        for (int c = graph.itemClaimStart[item]; c < graph.itemClaimStart[item + 1]; c++) {
          double sim = run.implications.supportOf(c, claim);
          if (c != claim && sim > 0) {
            related.add(Explanation.leaf(run.rho * run.vote[c] * sim,
                "rho * C(v') * sim(v, v') with sim = " + Explain.number(sim) + ", C(v') = "
                    + Explain.number(run.vote[c]) + ", v' = " + Explain.describe(graph, c)));
          }
        }
        total = Explanation.sum("C*(v) = C(v) + rho * sum of C(v') sim(v, v') (eq. 26)",
            List.of(total, Explanation.sum("similar values' confidence", related)));
      }
      Explanation logOmega = Explanation.leaf(run.logOmega[graph.claimItem[claim]], "ln Omega");
      if (run.popularity.length > 0) {
        return Explanation.of(run.confidence[claim],
            "P(v) = exp(C(v)) / Omega, Omega = sum of exp(C(v')) over the item's observed values",
            Combination.FORMULA, List.of(total, logOmega));
      }
      return Explanation.of(run.confidence[claim],
          "P(v) = exp(C(v)) / Omega, Omega = sum of exp(C(v')) over the item's n + 1 domain "
              + "values, unobserved ones with C = 0 (eq. 21)",
          Combination.FORMULA,
          List.of(total, logOmega, Explain.parameter(run.n, "false-values (n)")));
    }

    @Override
    public Explanation explainSource(int source) {
      Explanation sum = Explanation.sum("sum of P(v) over the source's values",
          Explain.sourceClaims(graph, source, c -> run.confidence[c], "P(v)"));
      int claims = graph.sourceDegree(source);
      return Explanation.of(run.accuracy[source],
          "A(S) = average probability of the source's values (eq. 18)",
          Combination.FORMULA,
          List.of(sum, Explain.count(claims, "values provided by the source")));
    }

    @Override
    public List<SourceDependence> dependencies() {
      SourcePairs pairs = run.pairs;
      if (pairs == null) {
        return List.of();
      }
      List<Integer> found = new ArrayList<>();
      for (int p = 0; p < pairs.count; p++) {
        if (run.dependence[p] >= REPORTED_DEPENDENCE) {
          found.add(p);
        }
      }
      // most probable first; pairs are numbered in (first id, second id) order
      found.sort((a, b) -> {
        int c = Double.compare(run.dependence[b], run.dependence[a]);
        return c != 0 ? c : Integer.compare(a, b);
      });
      List<SourceDependence> out = new ArrayList<>(found.size());
      for (int p : found) {
        out.add(dependence(p));
      }
      return List.copyOf(out);
    }

    private SourceDependence dependence(int p) {
      SourcePairs pairs = run.pairs;
      String first = graph.sourceId(pairs.first[p]);
      String second = graph.sourceId(pairs.second[p]);
      double probability = run.dependence[p];
      Optional<String> copier = Optional.empty();
      if (!run.uniform) {
        if (run.forward[p] >= 2.0 / 3 * probability && run.forward[p] > run.backward[p]) {
          copier = Optional.of(first);
        } else if (run.backward[p] >= 2.0 / 3 * probability
            && run.backward[p] > run.forward[p]) {
          copier = Optional.of(second);
        }
      }
      double a1 = run.used[pairs.first[p]];
      double a2 = run.used[pairs.second[p]];
      return SourceDependence.of(first, second, probability, copier, () -> Explanation.of(
          probability,
          "Pr(dependent | shared values) by Bayes' rule (eqs. 8, 12-17): prior alpha of "
              + "dependence split evenly between the two directions",
          Combination.FORMULA,
          List.of(
              Explanation.leaf(run.llIndependent[p], "log-likelihood if independent"),
              Explanation.leaf(run.llForward[p], "log-likelihood if " + first + " copies "
                  + second),
              Explanation.leaf(run.llBackward[p], "log-likelihood if " + second + " copies "
                  + first),
              Explanation.leaf(run.forward[p], "posterior that " + first + " copies " + second),
              Explanation.leaf(run.backward[p], "posterior that " + second + " copies " + first),
              Explain.count(pairs.sharedItems[p], "items both sources vote on"),
              Explain.count(pairs.sharedClaims[p], "values both sources provide"),
              Explain.count(pairs.differentItems(p), "items where their values differ"),
              Explanation.leaf(a1, "accuracy of " + first),
              Explanation.leaf(a2, "accuracy of " + second),
              Explain.parameter(run.alpha, "alpha"),
              Explain.parameter(run.copy, "copy-rate (c)"),
              Explain.parameter(run.minShared, "min-shared-items"))));
    }
  }
}
