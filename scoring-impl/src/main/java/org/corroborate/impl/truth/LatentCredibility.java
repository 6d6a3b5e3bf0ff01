package org.corroborate.impl.truth;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ProgressListener;

/**
 * SimpleLCA and GuessLCA (Pasternack and Roth, 'Latent Credibility Analysis', WWW 2013, sections
 * 3.2-3.4), fitted by EM to the maximum a posteriori honesty of each source.
 *
 * <p>Each item is a mutual exclusion set {@code m} whose claims are the candidate values of the
 * latent true claim {@code y_m}. A source voting on {@code m} has {@code w_{s,m} = 1} and {@code
 * b_{s,c} = 1} for each claim {@code c} it asserts there.
 *
 * <ul>
 *   <li>SimpleLCA (section 3.3): with probability {@code H_s} a source asserts the true claim,
 *       otherwise one of the other {@code |m| - 1} claims uniformly: {@code P(X_{s,m} | y_m) =
 *       H_s^{b_{s,y_m}} ((1 - H_s) / (|m| - 1))^{1 - b_{s,y_m}}}.
 *   <li>GuessLCA (section 3.4): with probability {@code H_s} it knows and asserts the truth,
 *       otherwise it guesses claim {@code c} with probability {@code P_g(c | s)}: {@code P(X_{s,m} |
 *       y_m) = (H_s + (1 - H_s) P_g(y_m | s))^{b_{s,y_m}} prod_{c != y_m} ((1 - H_s) P_g(c |
 *       s))^{b_{s,c}}}.
 * </ul>
 *
 * <p>E-step (section 3.2): {@code P(y_m = c | X, theta^t) = P(y_m = c) prod_s P(X_{s,m} | y_m = c)
 * / sum_v (same for v)}, computed in log space. M-step with the uniform parameter priors of the
 * Books experiment (section 4.1): SimpleLCA's closed form {@code H_s = sum_m sum_c P(y_m = c | X)
 * w_{s,m} b_{s,c} / sum_m w_{s,m}} (end of 3.3); for GuessLCA the expected log-likelihood of each
 * {@code H_s} is concave, so its maximiser is the root of the gradient of section 3.4, {@code sum_c
 * [P_c (1 - g_c) / (H + (1 - H) g_c) - (1 - P_c) / (1 - H)] = 0} over the claims {@code c} of
 * {@code s} ({@code P_c} the posterior, {@code g_c} the guess prior), found by bisection on [0, 1]
 * to machine precision instead of the paper's gradient ascent (same maximiser, no step size).
 *
 * <p>Priors as in the Books experiment (section 4.1): claim priors {@code P(c)} and guess priors
 * {@code P_g(c | s)} are "voted", the share of the item's sources asserting {@code c}: {@code |{t :
 * b_{t,c} = 1}| / sum_{v in m} |{t : b_{t,v} = 1}|}, the same for every source. The paper does not
 * state a starting point; EM here starts every source at the expected share of true claims under
 * the claim priors, {@code sum_c b_{s,c} P(c) / sum_m w_{s,m}} (SimpleLCA's M-step with the
 * posteriors replaced by the priors), or at its configured prior honesty where one is given. For
 * GuessLCA this is deliberately not GuessLCA's own M-step: with posteriors equal to the voted guess
 * priors its gradient vanishes at {@code H = 0} (every assertion explained as a guess with the
 * crowd), a fixed point EM would never leave.
 * The run stops when no honesty changes by more than the tolerance (default 1e-6) or after 100
 * iterations (the paper's runs converged within 50). In the likelihoods {@code H_s} is held inside
 * {@code [1e-9, 1 - 1e-9]} so that a perfectly honest source contradicted by another cannot make
 * every claim impossible; an item with one claim has posterior 1. A source asserting several
 * claims of one item contributes {@code b_{s,c} = 1} for each, as the joint of section 3.3 reads.
 * A GuessLCA source whose every claim is unanimous ({@code g_c = 1}) has a likelihood that does not
 * depend on {@code H_s}; its honesty keeps its previous value.
 */
final class LatentCredibility extends Algorithm {
  static final double EPS = 1e-9;
  private static final int BISECTIONS = 100;
  private final boolean guess;

  LatentCredibility(boolean guess) {
    super(new AlgorithmInfo(
        guess ? "guess-lca" : "simple-lca",
        guess ? "GuessLCA" : "SimpleLCA",
        "Pasternack and Roth, 'Latent Credibility Analysis', WWW 2013, section "
            + (guess ? "3.4" : "3.3") + " with the E and M steps of 3.2 and the voted priors of 4.1",
        100,
        1e-6,
        List.of(),
        true));
    this.guess = guess;
  }

  @Override
  public Outcome run(ClaimGraph graph, Settings settings, ProgressListener progress) {
    int claims = graph.claimCount;
    int sources = graph.sourceCount;
    double[] prior = new double[claims];
    for (int i = 0; i < graph.itemCount; i++) {
      int total = 0;
      for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
        total += graph.claimDegree(c);
      }
      for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
        prior[c] = graph.claimDegree(c) / (double) total;
      }
    }
    int[] sourceItems = new int[sources];
    for (int s = 0; s < sources; s++) {
      int previous = -1;
      for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
        int item = graph.claimItem[graph.sourceClaims[e]];
        if (item != previous) {
          sourceItems[s]++;
          previous = item;
        }
      }
    }
    double[] honesty = new double[sources];
    double[] posterior = new double[claims];
    double[] used = new double[claims]; // the posterior of the last M-step
    double[] logLikelihood = new double[claims];
    for (int s = 0; s < sources; s++) {
      double sum = 0.0;
      for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
        sum += prior[graph.sourceClaims[e]];
      }
      honesty[s] = settings.prior(s, Math.min(1.0, sum / sourceItems[s]));
    }
    double[] previous = new double[sources];
    Convergence convergence = iterate(settings, progress, iteration -> {
      expect(graph, honesty, prior, posterior, logLikelihood);
      System.arraycopy(posterior, 0, used, 0, claims);
      System.arraycopy(honesty, 0, previous, 0, sources);
      maximise(graph, used, prior, sourceItems, honesty);
      double change = 0.0;
      for (int s = 0; s < sources; s++) {
        change = Math.max(change, Math.abs(honesty[s] - previous[s]));
      }
      return change;
    });
    expect(graph, honesty, prior, posterior, logLikelihood);
    return new ArrayOutcome(convergence, posterior, honesty) {

      @Override
      public Explanation explainClaim(int claim) {
        int item = graph.claimItem[claim];
        double best = Double.NEGATIVE_INFINITY;
        for (int c = graph.itemClaimStart[item]; c < graph.itemClaimStart[item + 1]; c++) {
          best = Math.max(best, logLikelihood[c] + Math.log(prior[c]));
        }
        List<Explanation> details = new ArrayList<>();
        details.add(Explanation.leaf(prior[claim],
            "voted claim prior P(c): share of the item's sources asserting it"));
        details.add(Explanation.leaf(logLikelihood[claim],
            "log P(X_m | y_m = c): log-likelihood of the item's assertions if this claim is true"));
        details.add(Explanation.leaf(Math.log(prior[claim]) + logLikelihood[claim] - best,
            "log of P(c) P(X_m | c) relative to the item's most probable claim"));
        details.add(Explain.count(graph.itemVoters(item), "sources voting on the item"));
        details.add(Explanation.sum("honesty H_s of the sources asserting it (sum)",
            Explain.claimSources(graph, claim, s -> honesty[s], "H_s")));
        return Explanation.of(posterior[claim],
            "P(y_m = c | X) = P(c) P(X_m | c) / sum over the item's claims v of P(v) P(X_m | v) "
                + "(E-step, section 3.2)",
            Combination.FORMULA, details);
      }

      @Override
      public Explanation explainSource(int source) {
        Explanation sum = Explanation.sum(
            "expected number of true claims: sum of P(y_m = c | X) over the source's claims",
            Explain.sourceClaims(graph, source, c -> used[c], "P(y_m = c | X)"));
        Explanation items = Explain.count(sourceItems[source], "items the source votes on");
        if (!guess) {
          return Explanation.of(honesty[source],
              "H_s = expected share of true claims (closed-form M-step, section 3.3)",
              Combination.FORMULA, List.of(sum, items));
        }
        return Explanation.of(honesty[source],
            "H_s maximising the expected log-likelihood: root of sum_c [P_c (1 - g_c) / (H + "
                + "(1 - H) g_c) - (1 - P_c) / (1 - H)] (M-step, section 3.4)",
            Combination.FORMULA,
            List.of(sum, items, Explanation.sum("voted guess priors g_c of the source's claims",
                Explain.sourceClaims(graph, source, c -> prior[c], "P_g(c | s)"))));
      }
    };
  }

  /** E-step: the posterior of every claim given the honesties, and its log-likelihood. */
  private void expect(
      ClaimGraph graph, double[] honesty, double[] prior, double[] posterior, double[] logLikelihood) {
    // per-source logs once per step, not once per edge
    double[] logHonest = new double[graph.sourceCount];
    double[] logDishonest = new double[graph.sourceCount];
    for (int s = 0; s < graph.sourceCount; s++) {
      logHonest[s] = Math.log(clamp(honesty[s]));
      logDishonest[s] = Math.log1p(-clamp(honesty[s]));
    }
    for (int i = 0; i < graph.itemCount; i++) {
      int first = graph.itemClaimStart[i];
      int end = graph.itemClaimStart[i + 1];
      if (end - first == 1) {
        posterior[first] = 1.0;
        logLikelihood[first] = 0.0;
        continue;
      }
      // the log-likelihood of the item's assertions if the true claim were none of them ...
      double base = 0.0;
      double others = Math.log(end - first - 1.0);
      if (guess) {
        for (int c = first; c < end; c++) {
          double logGuess = Math.log(prior[c]);
          for (int e = graph.claimSourceStart[c]; e < graph.claimSourceStart[c + 1]; e++) {
            base += logDishonest[graph.claimSources[e]] + logGuess;
          }
        }
      } else {
        for (int k = graph.itemSourceStart[i]; k < graph.itemSourceStart[i + 1]; k++) {
          base += logDishonest[graph.itemSources[k]] - others;
        }
      }
      // ... corrected, claim by claim, for the sources that assert the true claim
      double best = Double.NEGATIVE_INFINITY;
      for (int c = first; c < end; c++) {
        double log = base;
        double logGuess = Math.log(prior[c]);
        for (int e = graph.claimSourceStart[c]; e < graph.claimSourceStart[c + 1]; e++) {
          int s = graph.claimSources[e];
          if (guess) {
            double h = clamp(honesty[s]);
            log += Math.log(h + (1.0 - h) * prior[c]) - logDishonest[s] - logGuess;
          } else {
            log += logHonest[s] - logDishonest[s] + others;
          }
        }
        logLikelihood[c] = log;
        best = Math.max(best, log + Math.log(prior[c]));
      }
      double total = 0.0;
      for (int c = first; c < end; c++) {
        posterior[c] = Math.exp(logLikelihood[c] + Math.log(prior[c]) - best);
        total += posterior[c];
      }
      for (int c = first; c < end; c++) {
        posterior[c] /= total;
      }
    }
  }

  /** M-step under uniform honesty priors. */
  private void maximise(
      ClaimGraph graph, double[] posterior, double[] guessPrior, int[] sourceItems,
      double[] honesty) {
    for (int s = 0; s < graph.sourceCount; s++) {
      int from = graph.sourceClaimStart[s];
      int to = graph.sourceClaimStart[s + 1];
      if (!guess) {
        double sum = 0.0;
        for (int e = from; e < to; e++) {
          sum += posterior[graph.sourceClaims[e]];
        }
        honesty[s] = Math.min(1.0, sum / sourceItems[s]);
        continue;
      }
      boolean allTrue = true;
      boolean flat = true;
      for (int e = from; e < to; e++) {
        allTrue &= posterior[graph.sourceClaims[e]] >= 1.0;
        flat &= guessPrior[graph.sourceClaims[e]] >= 1.0;
      }
      if (flat) {
        continue; // only unanimous claims: the likelihood does not depend on H_s; keep it
      }
      if (allTrue) {
        honesty[s] = 1.0; // the gradient is positive up to H = 1
        continue;
      }
      if (gradient(graph, s, 0.0, posterior, guessPrior) <= 0.0) {
        honesty[s] = 0.0;
        continue;
      }
      double low = 0.0;
      double high = 1.0;
      for (int k = 0; k < BISECTIONS && high - low > 1e-15; k++) {
        double middle = 0.5 * (low + high);
        if (gradient(graph, s, middle, posterior, guessPrior) > 0.0) {
          low = middle;
        } else {
          high = middle;
        }
      }
      honesty[s] = 0.5 * (low + high);
    }
  }

  /** GuessLCA: derivative of the source's expected log-likelihood at honesty h ({@code h < 1}). */
  private static double gradient(
      ClaimGraph graph, int s, double h, double[] posterior, double[] guessPrior) {
    double sum = 0.0;
    for (int e = graph.sourceClaimStart[s]; e < graph.sourceClaimStart[s + 1]; e++) {
      int c = graph.sourceClaims[e];
      double p = posterior[c];
      double g = guessPrior[c];
      sum += p * (1.0 - g) / (h + (1.0 - h) * g) - (1.0 - p) / (1.0 - h);
    }
    return sum;
  }

  static double clamp(double honesty) {
    return Math.min(1.0 - EPS, Math.max(EPS, honesty));
  }
}
