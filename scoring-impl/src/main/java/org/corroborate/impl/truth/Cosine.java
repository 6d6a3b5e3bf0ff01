package org.corroborate.impl.truth;

import java.util.List;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ParameterInfo;
import org.corroborate.truth.ProgressListener;

/**
 * Cosine (Galland, Abiteboul, Marian and Senellart, WSDM 2010, Algorithm 1).
 *
 * <p>Truth values {@code W(f)} and trust {@code T(V)} live in [-1, 1]. A source asserting one claim
 * of an item votes against the item's other claims (the paper's functional-dependency rule). Each
 * iteration sets {@code T(V) <- (1 - eta) T(V) + eta * (sum_pos W - sum_neg W) / sqrt(|S(V)| *
 * sum_{S(V)} W^2)}, the cosine between the source's votes and the current truth, then {@code W(f)
 * <- (sum_pos T^3 - sum_neg T^3) / sum |T|^3} over the sources voting on f. Initially every claim
 * is true ({@code W = 1}) and {@code T(V) = (|pos| - |neg|) / |S(V)|}; a prior p sets {@code T(V) =
 * 2p - 1} instead. Reported in [0, 1] as {@code (W + 1) / 2} and {@code (T + 1) / 2}, the mapping
 * the paper gives. Stops when no value moves by more than the tolerance.
 *
 * <p>An item's sums of {@code T^3} and {@code |T|^3} over its voters are taken over its claims'
 * sources, claim by claim, then added up over its claims, when no source gives the item two
 * values ({@link ItemSums#oneClaimPerVoter}; its voters are then its claims' sources, each once),
 * and over its voter list otherwise. The first way spares each round a walk of the voter lists;
 * the two differ only in the order of the additions, so in the last bits.
 *
 * <p>The model is symmetric under negating every T and W together, and with implicit negative
 * votes the initial trust is negative for any source whose items have more than two values, which
 * drives the run to the mirror image of the sensible solution. As the paper does for 2-Estimates
 * ("we keep the optimistic model"), the solution whose mean trust is not negative is reported: if
 * the mean trust ends negative, every T and W is negated before mapping to [0, 1].
 */
final class Cosine extends Algorithm {

  Cosine() {
    super(new AlgorithmInfo(
        "cosine",
        "Cosine",
        "Galland, Abiteboul, Marian and Senellart, 'Corroborating Information from Disagreeing "
            + "Views', WSDM 2010, Algorithm 1",
        100,
        1e-6,
        List.of(new ParameterInfo("eta", 0.2, 0.0, 1.0,
            "weight of the new cosine in the trust update")),
        true));
  }

  @Override
  public Outcome run(ClaimGraph graph, Settings settings, ProgressListener progress) {
    double eta = settings.parameter("eta");
    double[] trust = new double[graph.sourceCount];
    double[] previousTrust = new double[graph.sourceCount];
    double[] firstTruth = new double[graph.claimCount];
    double[] secondTruth = new double[graph.claimCount];
    double[] itemTruth = new double[graph.itemCount];
    double[] itemSquares = new double[graph.itemCount];
    double[] itemClaims = new double[graph.itemCount];
    double[] sourceTruth = new double[graph.sourceCount];
    double[] sourceSquares = new double[graph.sourceCount];
    double[] sourceStatements = new double[graph.sourceCount];
    double[] sourcePositive = new double[graph.sourceCount];
    // the items' sums over their voters by their claims (see the class comment)
    boolean byClaims = ItemSums.oneClaimPerVoter(graph);
    double[] itemCubes = byClaims ? null : new double[graph.itemCount];
    double[] itemAbsCubes = new double[graph.itemCount]; // both ways: the explanations read it
    double[] claimAbsCubes = byClaims ? new double[graph.claimCount] : null;
    double[] cubes = new double[graph.sourceCount];
    double[] absCubes = new double[graph.sourceCount];
    java.util.Arrays.fill(firstTruth, 1.0);
    ItemSums.overClaims(graph, c -> 1.0, itemClaims);
    ItemSums.toSources(graph, itemClaims, sourceStatements);
    for (int s = 0; s < graph.sourceCount; s++) {
      double statements = sourceStatements[s];
      trust[s] = settings.hasPrior(s)
          ? 2.0 * settings.prior(s, 0.5) - 1.0
          : (2.0 * graph.sourceDegree(s) - statements) / statements;
    }
    // each item's sums of W and W^2, for the first round from the starting W; every later round
    // reads the sums the round before took in the walk that set its W
    double[][] truths = {firstTruth, secondTruth}; // this round's W and the last's, swapped
    ItemSums.overClaims(graph, settings.parallel(), firstTruth, itemTruth);
    ItemSums.overClaims(graph, settings.parallel(), c -> firstTruth[c] * firstTruth[c],
        itemSquares);
    Convergence convergence = iterate(settings, progress, iteration -> {
      System.arraycopy(trust, 0, previousTrust, 0, trust.length);
      double[] before = truths[0];
      double[] after = truths[1];
      truths[0] = after;
      truths[1] = before;
      Parallel parallel = settings.parallel();
      // each source's sums pushed from its items and from its claims, in order, side by side
      parallel.both(
          () -> ItemSums.pushToSources(graph, itemTruth, sourceTruth, itemSquares, sourceSquares),
          () -> ItemSums.pushClaimsToSources(graph, before, sourcePositive));
      for (int s = 0; s < graph.sourceCount; s++) {
        double positive = sourcePositive[s];
        double negative = sourceTruth[s] - positive;
        double norm = Math.sqrt(sourceStatements[s] * sourceSquares[s]);
        trust[s] = clamp((1.0 - eta) * previousTrust[s]
            + eta * Vectors.ratio(positive - negative, norm));
      }
      for (int s = 0; s < graph.sourceCount; s++) {
        cubes[s] = cube(trust[s]);
        absCubes[s] = Math.abs(cubes[s]);
      }
      // per item: the sums of T^3 and |T|^3 over its voters (by its claims, or by its voter
      // list), its claims' W, the sums of W and W^2 the next round pushes, and each block's
      // largest change of W
      double[] change = Vectors.partials(graph.itemCount, 0.0);
      parallel.rows(graph.itemCount, (from, to) -> {
        // the items' sums over their voters and the claims' over their sources (the claims'
        // into W's array, which the loop below overwrites with W), by RowSums
        int firstClaim = graph.itemClaimStart[from];
        int endClaim = graph.itemClaimStart[to];
        if (byClaims) {
          RowSums.sums(graph.claimSourceStart, graph.claimSources, graph.claimSourceMarks, cubes,
              after, absCubes, claimAbsCubes, firstClaim, endClaim);
        } else {
          RowSums.sums(graph.itemSourceStart, graph.itemSources, graph.itemSourceMarks, cubes,
              itemCubes, absCubes, itemAbsCubes, from, to);
          RowSums.sums(graph.claimSourceStart, graph.claimSources, graph.claimSourceMarks, cubes,
              after, firstClaim, endClaim);
        }
        double largest = 0.0;
        for (int i = from; i < to; i++) {
          double sum;
          double absSum;
          if (byClaims) {
            sum = 0.0;
            absSum = 0.0;
            for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
              sum += after[c];
              absSum += claimAbsCubes[c];
            }
            itemAbsCubes[i] = absSum;
          } else {
            sum = itemCubes[i];
            absSum = itemAbsCubes[i];
          }
          double truthSum = 0.0;
          double squares = 0.0;
          for (int c = graph.itemClaimStart[i]; c < graph.itemClaimStart[i + 1]; c++) {
            double positive = after[c];
            double w = clamp(Vectors.ratio(positive - (sum - positive), absSum));
            after[c] = w;
            truthSum += w;
            squares += w * w;
            double d = Math.abs(w - before[c]);
            if (d > largest) {
              largest = d;
            }
          }
          itemTruth[i] = truthSum;
          itemSquares[i] = squares;
        }
        change[from / Parallel.BLOCK] = largest;
      });
      return Math.max(Vectors.maxAbsDifference(trust, previousTrust), Vectors.max(change));
    });
    double[] truth = truths[0];
    double[] previousTruth = truths[1];
    double meanTrust = 0.0;
    for (double t : trust) {
      meanTrust += t;
    }
    double sign = meanTrust < 0.0 ? -1.0 : 1.0;
    return new ArrayOutcome(convergence, truth, trust) {
      @Override
      public double claimConfidence(int claim) {
        return toUnit(sign * truth[claim]);
      }

      @Override
      public double sourceTrust(int source) {
        return toUnit(sign * trust[source]);
      }

      @Override
      public Explanation explainClaim(int claim) {
        Explanation positive = Explanation.sum("sum of T^3 over the sources asserting it",
            Explain.claimSources(graph, claim, s -> cube(trust[s]), "T^3"));
        Explanation negative = Explanation.sum(
            "sum of T^3 over the sources giving another value for the item",
            Explain.opposingSources(graph, claim, s -> cube(trust[s]), "T^3"));
        Explanation norm = Explain.count(itemAbsCubes[graph.claimItem[claim]],
            "sum of |T|^3 over all sources giving a value for the item");
        double w = clamp(Vectors.ratio(positive.value() - negative.value(), norm.value()));
        return Explanation.of(toUnit(sign * w),
            (sign < 0 ? DUAL : "") + "confidence = (W + 1) / 2 with W = (positive - negative) / norm"
                + " (Algorithm 1)",
            Combination.FORMULA, List.of(positive, negative, norm));
      }

      @Override
      public Explanation explainSource(int source) {
        Explanation positive = Explanation.sum("sum of W over the source's claims",
            Explain.sourceClaims(graph, source, c -> previousTruth[c], "W"));
        Explanation negative = Explanation.sum(
            "sum of W over the claims it votes against (other values of its items)",
            Explain.deniedClaims(graph, source, c -> previousTruth[c], "W"));
        Explanation norm = Explain.count(
            Math.sqrt(sourceStatements[source] * sourceSquares[source]),
            "sqrt(statements * sum of W^2 over them)");
        double cosine = Vectors.ratio(positive.value() - negative.value(), norm.value());
        Explanation before = Explain.count(previousTrust[source], "T before the last update");
        double t = clamp((1.0 - eta) * before.value() + eta * cosine);
        return Explanation.of(toUnit(sign * t),
            (sign < 0 ? DUAL : "") + "trust = (T + 1) / 2 with T = (1 - eta) * T_before + eta * (positive - negative) / "
                + "norm (Algorithm 1)",
            Combination.FORMULA,
            List.of(before, positive, negative, norm, Explain.parameter(eta, "eta")));
      }
    };
  }

  private static final String DUAL =
      "dual solution (mean trust was negative, so every T and W is negated): ";

  private static double cube(double x) {
    return x * x * x;
  }

  private static double clamp(double x) {
    return x < -1.0 ? -1.0 : (x > 1.0 ? 1.0 : x);
  }

  private static double toUnit(double x) {
    return Vectors.unit((x + 1.0) / 2.0);
  }
}
