package org.corroborate.impl.verdict;

/** What the evidence says of a proposition. */
public enum Verdict {
  /** The probability that the proposition is true lies above the model's undecided band. */
  TRUE,
  /** The probability lies below the band. */
  FALSE,
  /** The probability lies inside the band around one half, or there is no independent evidence. */
  UNVERIFIED
}
