package org.corroborate;

import java.util.List;
import java.util.Objects;

/**
 * An immutable tree that says how a score was computed: the value, a description naming the
 * formula and its inputs, how the value combines its details, and the details themselves.
 *
 * <p>Every score Corroborate returns comes with one of these, and the root's {@link #value()}
 * equals the score. Values are always finite. Instances are immutable and safe to share.
 */
public final class Explanation {
  private final double value;
  private final String description;
  private final Combination combination;
  private final List<Explanation> details;

  private Explanation(
      double value, String description, Combination combination, List<Explanation> details) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "value must be finite, was " + value + " for '" + description + "'");
    }
    this.value = value == 0.0 ? 0.0 : value; // no negative zero in output
    this.description = Objects.requireNonNull(description, "description");
    this.combination = Objects.requireNonNull(combination, "combination");
    this.details = List.copyOf(details);
    if (combination == Combination.LEAF && !this.details.isEmpty()) {
      throw new IllegalArgumentException("a LEAF explanation has no details: " + description);
    }
  }

  /**
   * Returns an input value with no details: a count, a parameter, a prior.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static Explanation leaf(double value, String description) {
    return new Explanation(value, description, Combination.LEAF, List.of());
  }

  /**
   * Returns a node with the given value, combination and details.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or a LEAF has details
   */
  public static Explanation of(
      double value, String description, Combination combination, List<Explanation> details) {
    return new Explanation(value, description, combination, details);
  }

  /**
   * Returns this explanation after checking that its value equals {@code score} (within 1e-9, for
   * summation order).
   *
   * @param score the number this explanation explains
   * @param what names the score in the error message
   * @throws IllegalStateException if the values differ
   */
  public Explanation requireExplains(double score, String what) {
    if (!(Math.abs(value - score) <= 1e-9)) {
      throw new IllegalStateException(
          "explanation of " + what + " has value " + value + " but the score is " + score);
    }
    return this;
  }

  /** Returns a node whose value is the sum of its details' values. */
  public static Explanation sum(String description, List<Explanation> details) {
    double total = 0.0;
    for (Explanation detail : details) {
      total += detail.value;
    }
    return new Explanation(total, description, Combination.SUM, details);
  }

  /** Returns a node whose value is the product of its details' values. */
  public static Explanation product(String description, List<Explanation> details) {
    double total = 1.0;
    for (Explanation detail : details) {
      total *= detail.value;
    }
    return new Explanation(total, description, Combination.PRODUCT, details);
  }

  /** The number this node explains; always finite. */
  public double value() {
    return value;
  }

  /** What the value is: the formula and the meaning of its inputs. */
  public String description() {
    return description;
  }

  /** How the value is obtained from the details. */
  public Combination combination() {
    return combination;
  }

  /** The inputs of this node, in a deterministic order; empty for a leaf. */
  public List<Explanation> details() {
    return details;
  }

  /** Returns the tree as indented text, one node a line, values with six decimals. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    appendTo(out, 0);
    return out.toString();
  }

  private void appendTo(StringBuilder out, int depth) {
    out.append("  ".repeat(depth))
        .append(String.format(java.util.Locale.ROOT, "%.6f", value))
        .append(" = ")
        .append(description);
    if (combination != Combination.LEAF) {
      out.append(" [").append(combination).append(']');
    }
    out.append('\n');
    for (Explanation detail : details) {
      detail.appendTo(out, depth + 1);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Explanation that)) {
      return false;
    }
    return Double.compare(value, that.value) == 0
        && description.equals(that.description)
        && combination == that.combination
        && details.equals(that.details);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, description, combination, details);
  }
}
