package org.corroborate.truth;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which built-in value comparison to use, or a custom {@link ValueSimilarity}; the truth-discovery
 * service turns it into a similarity with {@link TruthDiscovery#similarity(ValueComparison)}.
 *
 * <p>Text form, as the command line takes it: {@code exact}, {@code numeric} (tolerance 0), {@code
 * numeric:0.5} (absolute), {@code numeric:2%} (relative), {@code text}, {@code authors}.
 */
public final class ValueComparison {

  /** The kinds of comparison. */
  public enum Kind {
    /** Values are the same claim exactly when their canonical forms are equal. */
    EXACT,
    /**
     * Numbers (and dates and times, in minutes) agree within an absolute or relative tolerance;
     * support falls linearly from 1 at equality to 0 at twice the tolerance.
     */
    NUMERIC,
    /** Text compared after case, accent, punctuation and space normalisation, with similarity. */
    TEXT,
    /** Author lists compared as sets of normalised person names. */
    AUTHORS,
    /** A caller-supplied {@link ValueSimilarity}. */
    CUSTOM
  }

  private final Kind kind;
  private final double tolerance;
  private final boolean relative;
  private final ValueSimilarity custom;

  private ValueComparison(Kind kind, double tolerance, boolean relative, ValueSimilarity custom) {
    this.kind = kind;
    this.tolerance = tolerance;
    this.relative = relative;
    this.custom = custom;
  }

  /** Exact comparison of canonical forms. */
  public static ValueComparison exact() {
    return new ValueComparison(Kind.EXACT, 0.0, false, null);
  }

  /**
   * Numeric comparison with an absolute tolerance (in minutes for dates and times).
   *
   * @throws IllegalArgumentException if the tolerance is negative, NaN or infinite
   */
  public static ValueComparison numeric(double absoluteTolerance) {
    return new ValueComparison(
        Kind.NUMERIC, checkTolerance(absoluteTolerance, "absoluteTolerance"), false, null);
  }

  /**
   * Numeric comparison with a tolerance relative to the larger magnitude, e.g. 0.02 for 2%.
   *
   * @throws IllegalArgumentException if the tolerance is negative, NaN, infinite or above 1
   */
  public static ValueComparison numericRelative(double relativeTolerance) {
    checkTolerance(relativeTolerance, "relativeTolerance");
    if (relativeTolerance > 1.0) {
      throw new IllegalArgumentException(
          "relativeTolerance must be at most 1, was " + relativeTolerance);
    }
    return new ValueComparison(Kind.NUMERIC, relativeTolerance, true, null);
  }

  /** Normalised text comparison. */
  public static ValueComparison text() {
    return new ValueComparison(Kind.TEXT, 0.0, false, null);
  }

  /** Author-list comparison. */
  public static ValueComparison authors() {
    return new ValueComparison(Kind.AUTHORS, 0.0, false, null);
  }

  /** A caller-supplied comparison. */
  public static ValueComparison custom(ValueSimilarity similarity) {
    return new ValueComparison(
        Kind.CUSTOM, 0.0, false, Objects.requireNonNull(similarity, "similarity"));
  }

  /**
   * Parses the text form described in the class comment.
   *
   * @throws IllegalArgumentException naming the text if it is not a known form
   */
  public static ValueComparison parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    String s = spec.trim().toLowerCase(Locale.ROOT);
    switch (s) {
      case "exact":
        return exact();
      case "text":
        return text();
      case "authors":
        return authors();
      case "numeric":
        return numeric(0.0);
      default:
        break;
    }
    if (s.startsWith("numeric:")) {
      String amount = s.substring("numeric:".length());
      try {
        if (amount.endsWith("%")) {
          return numericRelative(Double.parseDouble(amount.substring(0, amount.length() - 1)) / 100);
        }
        return numeric(Double.parseDouble(amount));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "comparison '" + spec + "': tolerance '" + amount + "' is not a number", e);
      }
    }
    throw new IllegalArgumentException(
        "unknown comparison '" + spec
            + "': expected exact, numeric, numeric:TOLERANCE, numeric:PERCENT%, text or authors");
  }

  /** The kind of comparison. */
  public Kind kind() {
    return kind;
  }

  /** The numeric tolerance: absolute, or a fraction when {@link #relative()}; 0 otherwise. */
  public double tolerance() {
    return tolerance;
  }

  /** Whether the numeric tolerance is relative to the larger magnitude. */
  public boolean relative() {
    return relative;
  }

  /** The caller's similarity, for {@link Kind#CUSTOM}. */
  public Optional<ValueSimilarity> custom() {
    return Optional.ofNullable(custom);
  }

  private static double checkTolerance(double tolerance, String field) {
    if (!(tolerance >= 0.0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException(field + " must be finite and >= 0, was " + tolerance);
    }
    return tolerance;
  }

  /** Returns the text form accepted by {@link #parse}, or {@code custom} for a custom similarity. */
  @Override
  public String toString() {
    switch (kind) {
      case NUMERIC:
        if (relative) {
          return "numeric:" + stripZeros(tolerance * 100) + "%";
        }
        return tolerance == 0.0 ? "numeric" : "numeric:" + stripZeros(tolerance);
      case CUSTOM:
        return "custom";
      default:
        return kind.name().toLowerCase(Locale.ROOT);
    }
  }

  private static String stripZeros(double d) {
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValueComparison that
        && kind == that.kind
        && Double.compare(tolerance, that.tolerance) == 0
        && relative == that.relative
        && Objects.equals(custom, that.custom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, tolerance, relative, custom);
  }
}
