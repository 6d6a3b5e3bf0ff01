package org.corroborate;

/**
 * How an {@link Explanation} node's value is obtained from its details.
 *
 * <p>The combination documents the arithmetic; the node's own {@code value} is always the number it
 * explains, so a reader can check a tree without re-running the computation.
 */
public enum Combination {
  /** The value is the sum of the details' values. */
  SUM,
  /** The value is the product of the details' values. */
  PRODUCT,
  /** The value is the smallest of the details' values. */
  MIN,
  /** The value comes from a formula named in the description, applied to the details. */
  FORMULA,
  /** The value is an input: a count, a parameter or a prior; it has no details. */
  LEAF
}
