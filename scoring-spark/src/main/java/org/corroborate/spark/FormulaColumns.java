package org.corroborate.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.corroborate.impl.truth.ClaimGraph;
import org.corroborate.impl.truth.Formulas;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

/**
 * The engine's {@link Formulas} as Spark columns: each is a user-defined function calling the
 * very method the engine calls, never a re-statement of the formula in Spark's expressions (whose
 * {@code log} and {@code exp} are {@link StrictMath}'s, not always {@link Math}'s to the last
 * bit).
 */
final class FormulaColumns {
  private FormulaColumns() {}

  private static final UserDefinedFunction SCALED = udf(
      (UDF2<Double, Double, Double>) Formulas::scaled, DataTypes.DoubleType);
  private static final UserDefinedFunction VOTE_SHARE = udf(
      (UDF2<Integer, Integer, Double>) Formulas::voteShare, DataTypes.DoubleType);
  private static final UserDefinedFunction VOTE_TRUST = udf(
      (UDF2<Integer, Integer, Double>) Formulas::voteTrust, DataTypes.DoubleType);
  private static final UserDefinedFunction SUMS_TRUST = udf(
      (UDF2<Integer, Double, Double>) Formulas::sumsTrust, DataTypes.DoubleType);
  private static final UserDefinedFunction AVERAGE_LOG_TRUST = udf(
      (UDF2<Integer, Double, Double>) Formulas::averageLogTrust, DataTypes.DoubleType);
  private static final UserDefinedFunction STAKE = udf(
      (UDF2<Double, Integer, Double>) Formulas::investmentStake, DataTypes.DoubleType);
  private static final UserDefinedFunction RETURN = udf(
      (UDF3<Double, Double, Double, Double>) Formulas::investmentReturn, DataTypes.DoubleType);
  private static final UserDefinedFunction GROWN = udf(
      (UDF2<Double, Double, Double>) Formulas::investmentBelief, DataTypes.DoubleType);
  private static final UserDefinedFunction POOLED = udf(
      (UDF3<Double, Double, Double, Double>) Formulas::pooledBelief, DataTypes.DoubleType);
  private static final UserDefinedFunction TAU = udf(
      (UDF1<Double, Double>) Formulas::truthFinderTau, DataTypes.DoubleType);
  private static final UserDefinedFunction AVERAGE = udf(
      (UDF2<Double, Integer, Double>) (sum, count) -> sum / count, DataTypes.DoubleType);
  private static final UserDefinedFunction TIE_KEY = udf(
      (UDF3<String, String, Long, Long>) ClaimGraph::tieKey, DataTypes.LongType);
  private static final UserDefinedFunction ESTIMATES_INVERSE = udf(
      (UDF1<Double, Double>) Formulas::estimatesInverse, DataTypes.DoubleType);
  private static final UserDefinedFunction ESTIMATES_NON_ZERO = udf(
      (UDF1<Double, Double>) Formulas::estimatesNonZero, DataTypes.DoubleType);
  private static final UserDefinedFunction ESTIMATES_TRUTH = udf(
      (UDF5<Integer, Integer, Double, Double, Double, Double>) Formulas::estimatesTruth,
      DataTypes.DoubleType);
  private static final UserDefinedFunction ESTIMATES_DIFFICULTY = udf(
      (UDF5<Double, Double, Double, Double, Double, Double>) Formulas::estimatesDifficulty,
      DataTypes.DoubleType);
  private static final UserDefinedFunction ESTIMATES_AGAINST = udf(
      (UDF2<Double, Double, Double>) Formulas::estimatesAgainst, DataTypes.DoubleType);
  private static final UserDefinedFunction ESTIMATES_FOR = udf(
      (UDF2<Double, Double, Double>) Formulas::estimatesFor, DataTypes.DoubleType);
  private static final UserDefinedFunction ESTIMATES_ERROR = udf(
      (UDF5<Double, Double, Double, Double, Double, Double>) Formulas::estimatesError,
      DataTypes.DoubleType);
  private static final UserDefinedFunction ESTIMATES_MIXED = udf(
      (UDF4<Double, Double, Double, Double, Double>) Formulas::estimatesMixed,
      DataTypes.DoubleType);
  private static final UserDefinedFunction ESTIMATES_RANGE = udf(
      (UDF3<Double, Double, Double, Double>) Formulas::estimatesRange, DataTypes.DoubleType);
  private static final UserDefinedFunction ESTIMATES_DISAGREEMENT = udf(
      (UDF4<Integer, Double, Double, Double, Double>) Formulas::estimatesDisagreement,
      DataTypes.DoubleType);
  private static final UserDefinedFunction ACCU_PROBABILITY = udf(
      (UDF2<Double, Double, Double>) Formulas::accuProbability, DataTypes.DoubleType);
  private static final UserDefinedFunction MEAN = udf(
      (UDF2<Double, Integer, Double>) Formulas::mean, DataTypes.DoubleType);
  private static final UserDefinedFunction CRH_WEIGHT = udf(
      (UDF2<Double, Double, Double>) Formulas::crhWeight, DataTypes.DoubleType);
  private static final UserDefinedFunction LOSS_WEIGHTED_TRUST = udf(
      (UDF2<Double, Double, Double>) Formulas::lossWeightedTrust, DataTypes.DoubleType);
  private static final UserDefinedFunction LOSS_WEIGHTED_VOTE = udf(
      (UDF3<Double, Double, Integer, Double>) Formulas::lossWeightedVote, DataTypes.DoubleType);
  private static final UserDefinedFunction LOSS_WEIGHTED_VOTE_TOTAL = udf(
      (UDF2<Double, Integer, Double>) Formulas::lossWeightedVoteTotal, DataTypes.DoubleType);
  private static final UserDefinedFunction LOSS_WEIGHTED_SHARE = udf(
      (UDF2<Double, Double, Double>) Formulas::lossWeightedShare, DataTypes.DoubleType);
  private static final UserDefinedFunction BLANK = udf(
      (UDF1<String, Boolean>) text -> text == null || text.isBlank(), DataTypes.BooleanType);

  static Column scaled(Column value, Column max) {
    return SCALED.apply(value, max);
  }

  static Column voteShare(Column votes, Column voters) {
    return VOTE_SHARE.apply(votes, voters);
  }

  static Column voteTrust(Column wins, Column decided) {
    return VOTE_TRUST.apply(wins, decided);
  }

  static Column sumsTrust(Column claims, Column beliefSum) {
    return SUMS_TRUST.apply(claims, beliefSum);
  }

  static Column averageLogTrust(Column claims, Column beliefSum) {
    return AVERAGE_LOG_TRUST.apply(claims, beliefSum);
  }

  static Column investmentStake(Column trust, Column claims) {
    return STAKE.apply(trust, claims);
  }

  static Column investmentReturn(Column belief, Column stake, Column invested) {
    return RETURN.apply(belief, stake, invested);
  }

  static Column investmentBelief(Column invested, double growth) {
    return GROWN.apply(invested, lit(growth));
  }

  static Column pooledBelief(Column invested, Column grown, Column pool) {
    return POOLED.apply(invested, grown, pool);
  }

  static Column truthFinderTau(Column trust) {
    return TAU.apply(trust);
  }

  /** TruthFinder's confidence under exact comparison, where no claim supports another. */
  static Column truthFinderConfidence(Column sigma, Column itemSigma, double rho, double baseSim,
      double gamma) {
    UserDefinedFunction confidence = udf(
        (UDF2<Double, Double, Double>) (s, total) -> Formulas.logistic(gamma,
            Formulas.truthFinderAdjusted(s, 0.0, total, rho, baseSim)),
        DataTypes.DoubleType);
    return confidence.apply(sigma, itemSigma);
  }

  /** The mean, {@code sum / count}, as the engine divides (TruthFinder's trust). */
  static Column average(Column sum, Column count) {
    return AVERAGE.apply(sum, count);
  }

  /** The engine's seeded tie key of the claim (item, text value). */
  static Column tieKey(Column item, Column value, long seed) {
    return TIE_KEY.apply(item, value, lit(seed));
  }

  static Column estimatesInverse(Column error) {
    return ESTIMATES_INVERSE.apply(error);
  }

  static Column estimatesNonZero(Column error) {
    return ESTIMATES_NON_ZERO.apply(error);
  }

  static Column estimatesTruth(Column sources, Column voters, Column claimError,
      Column itemError, Column difficulty) {
    return ESTIMATES_TRUTH.apply(sources, voters, claimError, itemError, difficulty);
  }

  static Column estimatesDifficulty(Column truth, Column claimInverse, Column itemInverse,
      Column count, Column previous) {
    return ESTIMATES_DIFFICULTY.apply(truth, claimInverse, itemInverse, count, previous);
  }

  static Column estimatesAgainst(Column truth, Column difficulty) {
    return ESTIMATES_AGAINST.apply(truth, difficulty);
  }

  static Column estimatesFor(Column truth, Column difficulty) {
    return ESTIMATES_FOR.apply(truth, difficulty);
  }

  static Column estimatesError(Column against, Column assertedTruth, Column itemsTruth,
      Column statements, Column previous) {
    return ESTIMATES_ERROR.apply(against, assertedTruth, itemsTruth, statements, previous);
  }

  static Column estimatesMixed(Column raw, double min, double max, double lambda) {
    return ESTIMATES_MIXED.apply(raw, lit(min), lit(max), lit(lambda));
  }

  static Column estimatesRange(Column raw, double min, double max) {
    return ESTIMATES_RANGE.apply(raw, lit(min), lit(max));
  }

  static Column estimatesDisagreement(Column claims, Column asserted, Column itemsTruth,
      Column statements) {
    return ESTIMATES_DISAGREEMENT.apply(claims, asserted, itemsTruth, statements);
  }

  /** Accu's score of a source from its accuracy, clamped first, with n false values per item. */
  static Column accuScore(Column accuracy, double n) {
    UserDefinedFunction score = udf(
        (UDF1<Double, Double>) a -> Formulas.accuScore(Formulas.accuClamp(a), n),
        DataTypes.DoubleType);
    return score.apply(accuracy);
  }

  static Column accuProbability(Column confidence, Column logOmega) {
    return ACCU_PROBABILITY.apply(confidence, logOmega);
  }

  /** {@code sum / count}, as {@link Formulas#mean}. */
  static Column mean(Column sum, Column count) {
    return MEAN.apply(sum, count);
  }

  static Column crhWeight(Column loss, double totalLoss) {
    return CRH_WEIGHT.apply(loss, lit(totalLoss));
  }

  static Column lossWeightedTrust(Column weight, double maxWeight) {
    return LOSS_WEIGHTED_TRUST.apply(weight, lit(maxWeight));
  }

  static Column lossWeightedVote(Column claimWeight, Column itemWeight, Column sources) {
    return LOSS_WEIGHTED_VOTE.apply(claimWeight, itemWeight, sources);
  }

  static Column lossWeightedVoteTotal(Column itemWeight, Column observations) {
    return LOSS_WEIGHTED_VOTE_TOTAL.apply(itemWeight, observations);
  }

  static Column lossWeightedShare(Column vote, Column total) {
    return LOSS_WEIGHTED_SHARE.apply(vote, total);
  }

  /** Whether the text is null or blank, as {@link String#isBlank()} says. */
  static Column blank(Column text) {
    return BLANK.apply(text);
  }
}
