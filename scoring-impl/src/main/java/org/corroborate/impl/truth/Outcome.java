package org.corroborate.impl.truth;

import java.util.List;
import org.corroborate.Explanation;
import org.corroborate.truth.SourceDependence;

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

  /**
   * Whether the algorithm decides truth claim by claim, so that an item may have several true
   * values (or none); false for the single-truth algorithms, whose choice is the shared rule.
   */
  default boolean multiTruth() {
    return false;
  }

  /** For a multi-truth outcome: whether the claim is judged true. */
  default boolean isTrue(int claim) {
    return false;
  }

  /** Dependent source pairs found by a copy-aware algorithm, most probable first. */
  default List<SourceDependence> dependencies() {
    return List.of();
  }
}
