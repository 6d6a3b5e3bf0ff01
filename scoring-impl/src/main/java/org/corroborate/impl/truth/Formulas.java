package org.corroborate.impl.truth;

/**
 * The per-claim, per-source and per-item update formulas of the iterative algorithms, as pure
 * functions of numbers, shared by the single-machine engine and the Spark module ({@code
 * scoring-spark}) so that the two cannot drift: both call these very methods, so each entry is
 * the same operations on the same inputs and, with the sums added in the same order, the same
 * double to the last bit.
 *
 * <p>Not part of the API: the package is exported only to Corroborate's own modules. Each method
 * names the algorithm and the equation it implements; the loops over the graph (which sums in
 * which order) stay with the algorithms.
 */
public final class Formulas {
  private Formulas() {}

  /**
   * Divides by the largest value of a vector, capped at 1; the value unchanged when that largest
   * value is not positive (the max-normalisation of Sums, Average-Log and Investment).
   */
  public static double scaled(double value, double max) {
    return max > 0.0 ? Math.min(1.0, value * (1.0 / max)) : value;
  }

  /** A ratio that is 0 when the denominator is 0. */
  public static double ratio(double numerator, double denominator) {
    return denominator == 0.0 ? 0.0 : numerator / denominator;
  }

  /** Clamps into [0, 1]. */
  public static double unit(double value) {
    return value < 0.0 ? 0.0 : (value > 1.0 ? 1.0 : value);
  }

  /**
   * Majority vote's confidence of a claim: the share of the item's distinct sources asserting it,
   * {@code votes / voters}, clamped into [0, 1].
   */
  public static double voteShare(int votes, int voters) {
    return unit((double) votes / voters);
  }

  /**
   * Majority vote's trust of a source: the share of its claims on items decided without a tie
   * that won, 0.5 when it has no such claim.
   */
  public static double voteTrust(int wins, int decided) {
    return decided == 0 ? 0.5 : (double) wins / decided;
  }

  /** Sums' raw trust of a source: the sum of its claims' beliefs (Pasternack and Roth 2010). */
  public static double sumsTrust(int claims, double beliefSum) {
    return beliefSum;
  }

  /**
   * Average-Log's raw trust of a source: {@code ln|C(s)| * sum of beliefs / |C(s)|} (Pasternack
   * and Roth 2010).
   */
  public static double averageLogTrust(int claims, double beliefSum) {
    return Math.log(claims) * beliefSum / claims;
  }

  /** Investment's stake of a source in each of its claims: {@code T(s) / |C(s)|}. */
  public static double investmentStake(double trust, int claims) {
    return trust / claims;
  }

  /**
   * Investment's return to a source from one claim: the claim's belief times the source's share
   * of all stakes in it, {@code B(c) * stake / H(c)} (0 when nothing was invested).
   */
  public static double investmentReturn(double belief, double stake, double invested) {
    return belief * ratio(stake, invested);
  }

  /** Investment's raw belief of a claim: {@code G(H) = H^g} of the trust invested in it. */
  public static double investmentBelief(double invested, double growth) {
    return Math.pow(invested, growth);
  }

  /**
   * PooledInvestment's raw belief of a claim: {@code H * G(H) / sum of G over the item's claims}
   * (0 when that pool is 0).
   */
  public static double pooledBelief(double invested, double grown, double pool) {
    return ratio(invested * grown, pool);
  }

  /**
   * TruthFinder's trust score {@code tau(w) = -ln(1 - t(w))} (Yin et al. 2007, eq. 3), with the
   * trust capped at {@code 1 - 1e-9} to keep it finite.
   */
  public static double truthFinderTau(double trust) {
    return -Math.log1p(-Math.min(trust, TruthFinder.MAX_TRUST));
  }

  /**
   * TruthFinder's adjusted confidence score {@code sigma*(f) = sigma(f) + rho * (supported -
   * base-sim * (itemSigma - sigma(f)))} (eq. 6 with {@code imp = support - base-sim}), where
   * {@code supported} is the sum of {@code sigma(f') * support(f' -> f)} over the claims that
   * support f (0 under exact comparison) and {@code itemSigma} the sum of sigma over the item's
   * claims.
   */
  public static double truthFinderAdjusted(
      double sigma, double supported, double itemSigma, double rho, double baseSim) {
    return sigma + rho * (supported - baseSim * (itemSigma - sigma));
  }

  /** TruthFinder's dampened logistic {@code 1 / (1 + exp(-gamma * score))} (eq. 8). */
  public static double logistic(double gamma, double score) {
    return 1.0 / (1.0 + Math.exp(-gamma * score));
  }

  /**
   * 1 minus the cosine similarity of two vectors, each sum added in index order; 0 when both are
   * all zeros, 1 when only one is (TruthFinder's convergence test on successive trust vectors).
   */
  public static double cosineDistance(double[] a, double[] b) {
    double dot = 0.0;
    double na = 0.0;
    double nb = 0.0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    if (na == 0.0 || nb == 0.0) {
      return na == nb ? 0.0 : 1.0;
    }
    return Math.max(0.0, 1.0 - dot / Math.sqrt(na * nb));
  }

  /**
   * 2- and 3-Estimates' weight lambda of the min-max part of Algorithm 3's normalisation (Galland
   * et al., WSDM 2010): 1 at the first iteration, falling linearly to 0 at the last ({@code
   * maxIterations}); 1 when there is a single iteration.
   */
  public static double estimatesLambda(int iteration, int maxIterations) {
    return maxIterations == 1 ? 1.0 : 1.0 - (iteration - 1) / (double) (maxIterations - 1);
  }

  /** Error factors at or below this count as exactly zero in 2- and 3-Estimates. */
  public static final double ESTIMATES_ZERO = 1e-9;

  /** 2- and 3-Estimates' {@code 1 / x}, 0 for an error factor that counts as zero. */
  public static double estimatesInverse(double x) {
    return x > ESTIMATES_ZERO ? 1.0 / x : 0.0;
  }

  /** 1 for an error factor that does not count as zero, else 0 (the terms of a count). */
  public static double estimatesNonZero(double x) {
    return x > ESTIMATES_ZERO ? 1.0 : 0.0;
  }

  /**
   * 2- and 3-Estimates' raw truth of a claim (Algorithms 2 and 4): {@code (sum over its sources
   * of (1 - eps(V) d) + sum over the item's other voters of eps(V) d) / voters}, from the claim's
   * source count, the item's voter count, the sum of eps(V) over the claim's sources and over the
   * item's voters, and the claim's difficulty {@code d} (1 for 2-Estimates).
   */
  public static double estimatesTruth(int sources, int voters, double claimError,
      double itemError, double difficulty) {
    double positive = sources - difficulty * claimError;
    double negative = difficulty * (itemError - claimError);
    return (positive + negative) / voters;
  }

  /**
   * 3-Estimates' raw difficulty of a claim (Algorithm 4): {@code ((1 - W) * sum over its sources
   * of 1 / eps(V) + W * sum over the item's other voters of 1 / eps(V)) / count}, the sums and
   * the count over voters with a non-zero error; {@code previous} when that count is 0.
   */
  public static double estimatesDifficulty(double truth, double claimInverse,
      double itemInverse, double count, double previous) {
    return count == 0.0
        ? previous
        : ((1.0 - truth) * claimInverse + truth * (itemInverse - claimInverse)) / count;
  }

  /** A source's error term on a claim it asserts: {@code (1 - W) / eps(f)}. */
  public static double estimatesAgainst(double truth, double difficulty) {
    return (1.0 - truth) * estimatesInverse(difficulty);
  }

  /** A claim's weighted truth: {@code W / eps(f)}. */
  public static double estimatesFor(double truth, double difficulty) {
    return truth * estimatesInverse(difficulty);
  }

  /**
   * 2- and 3-Estimates' raw error of a source (Algorithms 2 and 4): {@code (sum over its claims
   * of (1 - W) / eps(f) + sum over its items' other claims of W / eps(f)) / statements}, from the
   * first sum, the sum of {@code W / eps(f)} over its own claims and over all claims of its items,
   * and its statements (claims of its items with {@code eps(f) != 0}); {@code previous} when it
   * has no statement.
   */
  public static double estimatesError(double against, double assertedTruth,
      double itemsTruth, double statements, double previous) {
    if (statements == 0.0) {
      return previous;
    }
    return (against + (itemsTruth - assertedTruth)) / statements;
  }

  /**
   * Algorithm 3's normalisation: {@code lambda * (raw - min) / (max - min) + (1 - lambda) *
   * round(raw)} (the raw value itself for the first part when {@code max <= min}), clamped into
   * [0, 1].
   */
  public static double estimatesMixed(double raw, double min, double max, double lambda) {
    double linear = max > min ? (raw - min) / (max - min) : raw;
    double rounded = raw >= 0.5 ? 1.0 : 0.0;
    return unit(lambda * linear + (1.0 - lambda) * rounded);
  }

  /** Min-max scaling to [0, 1] (3-Estimates' error), the raw value when {@code max <= min}. */
  public static double estimatesRange(double raw, double min, double max) {
    return unit(max > min ? (raw - min) / (max - min) : raw);
  }

  /**
   * A source's share of statements that disagree with the final truths, {@code (claims -
   * asserted + itemsTruth - asserted) / statements}: its claims, the sum of W over them, the sum
   * of W over all claims of its items and the number of those claims (the dual-solution test
   * averages it over sources).
   */
  public static double estimatesDisagreement(int claims, double asserted, double itemsTruth,
      double statements) {
    return (claims - asserted + itemsTruth - asserted) / statements;
  }

  /** Accu's bound on accuracies: they are kept in {@code [1e-6, 1 - 1e-6]}. */
  public static final double ACCU_EDGE = 1e-6;

  /**
   * An accuracy clamped into {@code [1e-6, 1 - 1e-6]}, so that Accu's score stays finite (Dong
   * et al., VLDB 2009, the caution after Theorem 4.1).
   */
  public static double accuClamp(double accuracy) {
    return Math.max(ACCU_EDGE, Math.min(1 - ACCU_EDGE, accuracy));
  }

  /**
   * Accu's accuracy score of a source, {@code A'(S) = ln(n A(S) / (1 - A(S)))} (eq. 23), from its
   * clamped accuracy and the number {@code n} of false values per item ({@code ln(A / (1 - A))}
   * when {@code n} is 0, as in PopAccu).
   */
  public static double accuScore(double clampedAccuracy, double n) {
    return Math.log((n > 0 ? n : 1.0) * clampedAccuracy / (1 - clampedAccuracy));
  }

  /**
   * Accu's {@code ln Omega} of an item (eq. 21): the log of the sum of {@code exp(C(v))} over the
   * item's {@code n + 1} domain values, the claims' confidences {@code C} being {@code
   * adjusted[from .. to - 1]} (in claim order) and the unobserved values' 0; computed from the
   * largest {@code C} so that no exponential overflows.
   */
  public static double accuLogOmega(double[] adjusted, int from, int to, double n) {
    double unobserved = Math.max(0.0, n + 1 - (to - from)); // PopAccu: none (n = 0)
    double max = unobserved > 0 ? 0.0 : Double.NEGATIVE_INFINITY; // unobserved: C = 0
    for (int c = from; c < to; c++) {
      max = Math.max(max, adjusted[c]);
    }
    double sum = unobserved > 0 ? unobserved * Math.exp(-max) : 0.0;
    for (int c = from; c < to; c++) {
      sum += Math.exp(adjusted[c] - max);
    }
    return max + Math.log(sum);
  }

  /** Accu's probability of a value, {@code P(v) = exp(C(v)) / Omega} (eq. 21), at most 1. */
  public static double accuProbability(double adjusted, double logOmega) {
    return Math.min(1.0, Math.exp(adjusted - logOmega));
  }

  /**
   * AccuCopy's log-likelihood term of one value two independent sources share (Dong et al., VLDB
   * 2009, eqs. 12-13): {@code ln(p Pt + (1 - p) Pf)} with {@code Pt = A1 A2} (both true) and
   * {@code Pf = (1 - A1)(1 - A2) / n} (the same false value), the value true with probability
   * {@code p}; {@code a1}, {@code a2} the sources' clamped accuracies.
   */
  public static double accuCopyIndependentTerm(double p, double a1, double a2, double n) {
    double pt = a1 * a2;
    double pf = (1 - a1) * (1 - a2) / n;
    return Math.log(p * pt + (1 - p) * pf);
  }

  /**
   * AccuCopy's log-likelihood term of one shared value when one source copies the other (eqs.
   * 15-16): {@code ln(p (A_o c + Pt (1 - c)) + (1 - p) ((1 - A_o) c + Pf (1 - c)))}, {@code
   * original} being the accuracy {@code A_o} of the source copied from (the second's when the
   * first copies the second), {@code c} the copy rate.
   */
  public static double accuCopyCopiedTerm(double p, double original, double a1, double a2,
      double n, double copy) {
    double pt = a1 * a2;
    double pf = (1 - a1) * (1 - a2) / n;
    return Math.log(p * (original * copy + pt * (1 - copy))
        + (1 - p) * ((1 - original) * copy + pf * (1 - copy)));
  }

  /** The length of {@link #accuCopyPosterior}'s output. */
  public static final int ACCU_COPY_POSTERIOR_SIZE = 6;

  /**
   * AccuCopy's posterior dependence of a pair of sources (eqs. 8, 14, 17; Bayes' rule with prior
   * {@code alpha} of dependence split evenly between the two directions), from the summed terms
   * over their shared values ({@link #accuCopyIndependentTerm}, {@link #accuCopyCopiedTerm}:
   * independent, first copies second, second copies first), the number of items on which their
   * values differ ({@code Pd = 1 - Pt - Pf} each, times {@code 1 - c} if copying) and their
   * clamped accuracies. Writes to {@code out}: the three log-likelihoods with the differing items
   * added, the posterior that the first copies the second, that the second copies the first, and
   * their sum capped at 1 (the dependence).
   */
  public static void accuCopyPosterior(double llIndependent, double llForward,
      double llBackward, int different, double a1, double a2, double n, double alpha,
      double copy, double[] out) {
    double priorIndependent = Math.log(1 - alpha);
    double priorDirection = Math.log(alpha / 2);
    double pd = 1 - a1 * a2 - (1 - a1) * (1 - a2) / n;
    if (different > 0) {
      llIndependent += different * Math.log(pd);
      double copied = different * Math.log(pd * (1 - copy));
      llForward += copied;
      llBackward += copied;
    }
    double l0 = priorIndependent + llIndependent;
    double l1 = priorDirection + llForward;
    double l2 = priorDirection + llBackward;
    double max = Math.max(l0, Math.max(l1, l2));
    double e0 = Math.exp(l0 - max);
    double e1 = Math.exp(l1 - max);
    double e2 = Math.exp(l2 - max);
    double z = e0 + e1 + e2;
    out[0] = llIndependent;
    out[1] = llForward;
    out[2] = llBackward;
    out[3] = e1 / z;
    out[4] = e2 / z;
    out[5] = Math.min(1.0, (e1 + e2) / z);
  }

  /** The mean {@code sum / count} (Accu's accuracy of a source: its claims' mean probability). */
  public static double mean(double sum, int count) {
    return sum / count;
  }

  /**
   * CRH's weight of a source (Li et al., SIGMOD 2014, eq. 5), {@code -log(L / sum of L over all
   * sources)}, from its smoothed loss and the sum of all sources' smoothed losses.
   */
  public static double crhWeight(double loss, double totalLoss) {
    return -Math.log(loss / totalLoss);
  }

  /**
   * The reported trust of a loss-weighted source (CRH, CATD): its weight divided by the largest
   * weight, or 1 when no weight is positive.
   */
  public static double lossWeightedTrust(double weight, double maxWeight) {
    return maxWeight > 0.0 ? weight / maxWeight : 1.0;
  }

  /**
   * A categorical claim's weight in CRH's and CATD's weighted vote: the summed trust of its
   * sources, or its source count when every source of its item has trust 0 (item weight 0).
   */
  public static double lossWeightedVote(double claimWeight, double itemWeight, int sources) {
    return itemWeight > 0.0 ? claimWeight : sources;
  }

  /**
   * The total of an item's weighted vote: its claims' summed trust, or its number of
   * observations (source-claim edges) when that is 0.
   */
  public static double lossWeightedVoteTotal(double itemWeight, int observations) {
    return itemWeight > 0.0 ? itemWeight : observations;
  }

  /** A categorical claim's confidence: its vote over the item's total, clamped into [0, 1]. */
  public static double lossWeightedShare(double vote, double total) {
    return unit(vote / total);
  }
}
