package org.corroborate.impl.truth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ParameterInfo;
import org.corroborate.truth.ProgressListener;

/**
 * Dawid-Skene (Dawid and Skene, "Maximum Likelihood Estimation of Observer Error-Rates Using the
 * EM Algorithm", Applied Statistics 28(1), 1979, section 2): expectation-maximisation over the
 * unknown true value of each item, with an error-rate (confusion) matrix per source.
 *
 * <p><b>Full model</b>, used when the data set has at most {@code max-classes} distinct values
 * (keys) over all items, the crowd-labelling case: the classes are those values; M-step (eq. 2.3
 * and 2.4) {@code pi_s[k][l] = sum_i T_ik n_il^s / sum_l sum_i T_ik n_il^s} and class priors
 * {@code p_k = sum_i T_ik / I}; E-step (eq. 2.5) {@code T_ik proportional to p_k prod_s prod_l
 * pi_s[k][l]^(n_il^s)}, where {@code n_il^s} is how often source s gave value l on item i.
 *
 * <p><b>One-coin reduction</b>, used otherwise (items with many distinct values, where a matrix
 * over every value could not be estimated): each source has one accuracy {@code a_s} and spreads
 * its errors uniformly over the item's other values, {@code pi_s[k][l] = a_s} if {@code l = k},
 * else {@code (1 - a_s) / (m_i - 1)} with {@code m_i} the item's number of distinct values; class
 * priors are uniform over the item's values (values are not shared between items, so there is no
 * class to pool a prior over). M-step: {@code a_s} = the expected share of the source's claims that
 * are true.
 *
 * <p>Interpretations. The true value of an item is one of its claimed values: the E-step
 * normalises over those only (a result must choose a claimed value). Every count in the M-step gets
 * a pseudo-count {@code smoothing} (default 0.01; {@code a_s = (sum T + smoothing) / (claims + 2
 * smoothing)}, {@code pi} and {@code p} likewise over their K cells) so no estimate is exactly 0 or
 * 1 and the logarithms stay finite. Initialisation is deterministic, from the majority vote as in
 * the paper (section 3): {@code T_ik} starts at the share of the item's observations giving value
 * k. Each iteration is an M-step followed by an E-step; the run stops when no posterior moves by
 * more than the tolerance. Reported confidence is the posterior {@code T_ik}; a source's trust is
 * its estimated accuracy: in the full model the probability that it gives the true value, {@code
 * sum_k p_k pi_s[k][k]} (from the last M-step); in the one-coin form the expected share of its
 * claims that are true under the final posteriors ({@code sum of T over its claims / claims},
 * which is {@code a_s} of the next M-step without the pseudo-counts).
 */
final class DawidSkene extends Algorithm {

  DawidSkene() {
    super(new AlgorithmInfo(
        "dawid-skene",
        "Dawid-Skene",
        "Dawid and Skene, 'Maximum Likelihood Estimation of Observer Error-Rates Using the EM "
            + "Algorithm', Applied Statistics 28(1) 1979, eq. 2.3-2.5",
        100,
        1e-6,
        List.of(
            new ParameterInfo("max-classes", 10.0, 2.0, 100.0,
                "largest number of distinct values over the data set for full confusion matrices; "
                    + "above it each source is one-coin (accuracy plus uniform error)"),
            new ParameterInfo("smoothing", 0.01, 1e-9, 100.0,
                "pseudo-count added to every cell of the M-step estimates")),
        false));
  }

  @Override
  public Outcome run(ClaimGraph graph, Settings settings, ProgressListener progress) {
    State st = new State(graph, settings);
    Convergence convergence = iterate(settings, progress, iteration -> st.step());
    double[] trust = new double[graph.sourceCount];
    for (int s = 0; s < graph.sourceCount; s++) {
      trust[s] = st.full ? Vectors.unit(st.modelAccuracy(s))
          : Vectors.unit(ItemSums.overSourceClaims(graph, s, st.posterior)
              / graph.sourceDegree(s));
    }
    return new ArrayOutcome(convergence, st.posterior, trust) {

      @Override
      public Explanation explainClaim(int claim) {
        return st.explainClaim(claim);
      }

      @Override
      public Explanation explainSource(int source) {
        if (st.full) {
          List<Explanation> terms = new ArrayList<>();
          for (int k = 0; k < st.classes; k++) {
            terms.add(Explanation.leaf(st.accuracyTerm(source, k),
                "p_k * pi_s[k][k] for value '" + st.keys[k] + "'"));
          }
          return Explanation.of(trust[source],
              "estimated accuracy = sum over values k of p_k * pi_s[k][k], the probability that "
                  + "the source gives the true value",
              Combination.FORMULA,
              List.of(Explanation.sum("sum over values k of p_k * pi_s[k][k]", terms)));
        }
        int claims = graph.sourceDegree(source);
        Explanation sum = Explanation.sum("sum of the posteriors of the source's claims",
            Explain.sourceClaims(graph, source, c -> st.posterior[c], "posterior"));
        return Explanation.of(trust[source],
            "estimated accuracy = expected share of the source's claims that are true",
            Combination.FORMULA,
            List.of(sum, Explain.count(claims, "claims made by the source")));
      }
    };
  }

  private static final class State {
    final ClaimGraph graph;
    final double beta;
    final boolean full;
    /** Class (global value index) of claim c, in key order; used by the full model. */
    final int[] label;
    final int classes;
    /**
     * Full model: the observations of claims of classes below k, at k, which are the maximisation's
     * work by given class.
     */
    final int[] givenWork;
    /** Full model: the claims of each class in claim order, class k's from {@code classStart[k]}. */
    final int[] classClaims;
    final int[] classStart;
    final String[] keys;
    final double[] posterior;
    final double[] previous;
    final double[] logScore;
    final double[] logNorm;
    /**
     * Full model: log pi_s[k][l] (true class k, given class l) at {@code (s * K + l) * K + k}, and
     * log p_k. Given class before true class: a source's observation of one claim is read for
     * every claim of the item as the true one, and those entries are then side by side.
     */
    final double[] logPi;
    final double[] logPrior;
    /** One-coin model: a_s. */
    final double[] accuracy;
    final double[] logAccuracy;
    final double[] logError;
    /**
     * The run's threads: items in the expectation; sources in the one-coin maximisation, given
     * classes in the full one.
     */
    final Parallel parallel;

    State(ClaimGraph graph, Settings settings) {
      this.graph = graph;
      this.parallel = settings.parallel();
      this.beta = settings.parameter("smoothing");
      this.keys = Arrays.stream(graph.claimKey).distinct().sorted().toArray(String[]::new);
      this.classes = keys.length;
      this.full = classes <= settings.parameter("max-classes");
      this.label = new int[graph.claimCount];
      this.givenWork = new int[full ? classes + 1 : 0];
      this.classStart = new int[full ? classes + 1 : 0];
      this.classClaims = new int[full ? graph.claimCount : 0];
      if (full) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < keys.length; k++) {
          index.put(keys[k], k);
        }
        for (int c = 0; c < graph.claimCount; c++) {
          label[c] = index.get(graph.claimKey[c]);
          givenWork[label[c] + 1] += graph.claimDegree(c);
          classStart[label[c] + 1]++;
        }
        for (int k = 0; k < classes; k++) {
          givenWork[k + 1] += givenWork[k];
          classStart[k + 1] += classStart[k];
        }
        int[] cursor = Arrays.copyOf(classStart, classes);
        for (int c = 0; c < graph.claimCount; c++) {
          classClaims[cursor[label[c]]++] = c;
        }
      }
      posterior = new double[graph.claimCount];
      previous = new double[graph.claimCount];
      logScore = new double[graph.claimCount];
      logNorm = new double[graph.itemCount];
      logPi = full ? new double[graph.sourceCount * classes * classes] : new double[0];
      logPrior = full ? new double[classes] : new double[0];
      accuracy = full ? new double[0] : new double[graph.sourceCount];
      logAccuracy = new double[accuracy.length];
      logError = new double[accuracy.length];
      // majority-vote start: the share of the item's observations giving each value
      for (int i = 0; i < graph.itemCount; i++) {
        int from = graph.itemClaimStart[i];
        int to = graph.itemClaimStart[i + 1];
        double observations = graph.claimSourceStart[to] - graph.claimSourceStart[from];
        for (int c = from; c < to; c++) {
          posterior[c] = graph.claimDegree(c) / observations;
        }
      }
    }

    double step() {
      Vectors.copy(posterior, previous, parallel);
      if (full) {
        fullMaximisation();
      } else {
        oneCoinMaximisation();
      }
      parallel.rows(graph.itemCount, (from, to) -> {
        for (int i = from; i < to; i++) {
          expectation(i);
        }
      });
      return Vectors.maxAbsDifference(posterior, previous, parallel);
    }

    void fullMaximisation() {
      int k2 = classes * classes;
      double[] counts = logPi; // counts first, turned into logarithms in place
      Arrays.fill(logPrior, 0.0);
      for (int c = 0; c < graph.claimCount; c++) {
        logPrior[label[c]] += posterior[c];
      }
      // the counts of a given class l are apart from the others', so each thread takes a range of
      // given classes and walks their claims: each count gets its terms in the order of one walk
      // over all the items, whatever the thread count
      parallel.ranges(classes, givenWork, (fromClass, toClass) -> {
        for (int s = 0; s < graph.sourceCount; s++) {
          Arrays.fill(counts, s * k2 + fromClass * classes, s * k2 + toClass * classes, 0.0);
        }
        for (int l = fromClass; l < toClass; l++) {
          for (int g = classStart[l]; g < classStart[l + 1]; g++) {
            int given = classClaims[g];
            int item = graph.claimItem[given];
            int from = graph.itemClaimStart[item];
            int to = graph.itemClaimStart[item + 1];
            for (int e = graph.claimSourceStart[given]; e < graph.claimSourceStart[given + 1];
                e++) {
              int base = graph.claimSources[e] * k2 + l * classes;
              for (int c = from; c < to; c++) {
                counts[base + label[c]] += posterior[c];
              }
            }
          }
        }
      });
      double priorTotal = graph.itemCount + classes * beta;
      for (int k = 0; k < classes; k++) {
        logPrior[k] = Math.log((logPrior[k] + beta) / priorTotal);
      }
      // each row pi_s[k][.] over the given classes l, at (s K + l) K + k
      parallel.rows(graph.sourceCount * classes, (fromRow, toRow) -> {
        for (int row = fromRow; row < toRow; row++) {
          int base = row / classes * k2 + row % classes;
          double total = classes * beta;
          for (int l = 0; l < classes; l++) {
            total += counts[base + l * classes];
          }
          for (int l = 0; l < classes; l++) {
            counts[base + l * classes] = Math.log((counts[base + l * classes] + beta) / total);
          }
        }
      });
    }

    void oneCoinMaximisation() {
      parallel.rows(graph.sourceCount, graph.sourceClaimStart, (from, to) -> {
        for (int s = from; s < to; s++) {
          double sum = 0.0;
          for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
            sum += posterior[graph.sourceClaims[e]];
          }
          accuracy[s] = (sum + beta) / (graph.sourceDegree(s) + 2 * beta);
          logAccuracy[s] = Math.log(accuracy[s]);
          logError[s] = Math.log1p(-accuracy[s]);
        }
      });
    }

    double accuracyTerm(int s, int k) {
      return Math.exp(logPrior[k]) * Math.exp(logPi[(s * classes + k) * classes + k]);
    }

    /** Full model: the probability that source s gives the true value, sum_k p_k pi_s[k][k]. */
    double modelAccuracy(int s) {
      double sum = 0.0;
      for (int k = 0; k < classes; k++) {
        sum += accuracyTerm(s, k);
      }
      return sum;
    }

    /** Log-likelihood that source s, giving claim {@code given}, would do so if c were true. */
    double term(int s, int c, int given, int values) {
      if (full) {
        return logPi[(s * classes + label[given]) * classes + label[c]];
      }
      if (values == 1) {
        return 0.0; // the only value: every observation is certain to agree with it
      }
      if (given == c) {
        return Math.log(accuracy[s]);
      }
      return Math.log((1.0 - accuracy[s]) / (values - 1));
    }

    double logPrior(int c, int values) {
      return full ? logPrior[label[c]] : -Math.log(values);
    }

    void expectation(int i) {
      int from = graph.itemClaimStart[i];
      int to = graph.itemClaimStart[i + 1];
      int values = to - from;
      double max = Double.NEGATIVE_INFINITY;
      if (full) {
        // every claim's score gathers the item's observations in the same order (claim given,
        // then source), walked once for all the claims rather than once per claim
        for (int c = from; c < to; c++) {
          logScore[c] = logPrior(c, values);
        }
        for (int given = from; given < to; given++) {
          for (int e = graph.claimSourceStart[given]; e < graph.claimSourceStart[given + 1]; e++) {
            int row = (graph.claimSources[e] * classes + label[given]) * classes;
            for (int c = from; c < to; c++) {
              logScore[c] += logPi[row + label[c]];
            }
          }
        }
        for (int c = from; c < to; c++) {
          max = Math.max(max, logScore[c]);
        }
      } else {
        // one-coin in O(observations): every observation is an error unless it gives c
        double errors = 0.0;
        for (int e = graph.claimSourceStart[from]; values > 1 && e < graph.claimSourceStart[to];
            e++) {
          errors += logError[graph.claimSources[e]] - Math.log(values - 1);
        }
        for (int c = from; c < to; c++) {
          double score = -Math.log(values);
          if (values > 1) {
            score += errors;
            for (int e = graph.claimSourceStart[c]; e < graph.claimSourceStart[c + 1]; e++) {
              int s = graph.claimSources[e];
              score += logAccuracy[s] - (logError[s] - Math.log(values - 1));
            }
          }
          logScore[c] = score;
          max = Math.max(max, score);
        }
      }
      double sum = 0.0;
      for (int c = from; c < to; c++) {
        sum += Math.exp(logScore[c] - max);
      }
      logNorm[i] = max + Math.log(sum);
      for (int c = from; c < to; c++) {
        posterior[c] = Vectors.unit(Math.exp(logScore[c] - logNorm[i]));
      }
    }

    Explanation explainClaim(int claim) {
      int item = graph.claimItem[claim];
      int from = graph.itemClaimStart[item];
      int to = graph.itemClaimStart[item + 1];
      int values = to - from;
      List<Explanation> terms = new ArrayList<>();
      terms.add(Explanation.leaf(logPrior(claim, values), full
          ? "log p_k, the class prior of the value"
          : "log (1 / values of the item), uniform prior"));
      for (int given = from; given < to; given++) {
        for (int e = graph.claimSourceStart[given]; e < graph.claimSourceStart[given + 1]; e++) {
          int s = graph.claimSources[e];
          terms.add(Explanation.leaf(term(s, claim, given, values),
              (full ? "log pi_s[k][l]" : given == claim ? "log a_s" : "log ((1 - a_s) / (m - 1))")
                  + " for source " + graph.sourceId(s) + " giving '"
                  + graph.claimValue(given).canonical() + "'"
                  + (full ? "" : ", a_s = " + Explain.number(accuracy[s]))));
        }
      }
      return Explanation.of(
          posterior[claim],
          "posterior T = exp(log score - log normaliser) (Dawid-Skene eq. 2.5"
              + (full ? ")" : ", one-coin form)"),
          Combination.FORMULA,
          List.of(
              Explanation.sum("log score: log prior + log-likelihood of every observation of the "
                  + "item if this value were true", terms),
              Explanation.leaf(logNorm[item],
                  "log normaliser: log of the sum of exp(log score) over the item's values")));
    }
  }
}
