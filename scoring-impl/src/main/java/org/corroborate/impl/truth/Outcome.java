package org.corroborate.impl.truth;

import org.corroborate.Explanation;

/**
 * The final state of one run on a {@link ClaimGraph}: confidence of each claim and trust of each
 * source, both in [0, 1], and the explanation of each, computed on demand from the same state.
 */
interface Outcome {
  int iterations();

  boolean converged();

  double claimConfidence(int claim);

  double sourceTrust(int source);

  Explanation explainClaim(int claim);

  Explanation explainSource(int source);
}
