package org.corroborate.impl.truth;

import java.util.List;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ParameterInfo;

/**
 * Average·Log (Pasternack and Roth, COLING 2010): like {@link Sums}, but a source's trust is the
 * average belief of its claims times the logarithm of how many it makes, {@code T^i(s) = log|C(s)|
 * * sum_{c in C(s)} B^{i-1}(c) / |C(s)|}, so that many claims count without letting volume alone
 * win. A source with a single claim gets raw trust {@code log 1 = 0}: it neither helps nor hurts.
 * If every source has one claim, every belief is 0 and the choice falls to the tie-breaks (most
 * sources), which is the vote.
 */
final class AverageLog extends Sums {

  AverageLog() {
    super(new AlgorithmInfo(
        "average-log",
        "Average-Log",
        "Pasternack and Roth, COLING 2010 (T(s) = log|C(s)| * average belief of its claims, "
            + "B(c) = sum of trust of its sources); compared in Pasternack and Roth, WWW 2013",
        20,
        1e-6,
        List.<ParameterInfo>of(),
        true));
  }

  @Override
  double rawTrust(int claimCount, double beliefSum) {
    return Formulas.averageLogTrust(claimCount, beliefSum);
  }

  @Override
  String trustFormula() {
    return "trust = ln(claims made) * (sum of the beliefs of its claims) / claims made, divided by "
        + "the largest such value";
  }
}
