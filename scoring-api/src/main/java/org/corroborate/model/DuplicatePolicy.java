package org.corroborate.model;

/**
 * What an {@link ObservationSet} does when one source makes more than one claim about one item.
 *
 * <p>A source repeating the identical value for an item is always one claim, whatever the policy:
 * a bookstore listing the same book twice is not two witnesses. The policies differ only when a
 * source gives different values for the same item.
 */
public enum DuplicatePolicy {
  /**
   * Keeps the first value, in input order, that a source gives for an item and drops its later,
   * different values; the set counts them in {@link ObservationSet#conflictingCount()}. The default:
   * the single-truth algorithms assume one claim per source and item.
   */
  FIRST,
  /** Keeps every distinct value a source gives for an item, each as a separate claim. */
  ALL,
  /** Refuses the second, different value with an {@link IllegalArgumentException}. */
  REJECT
}
