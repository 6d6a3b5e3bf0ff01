package org.corroborate.model;

/**
 * What a source says about a data item: a text, a number with an optional unit, a set of strings
 * (an author list) or a date or time.
 *
 * <p>Values are immutable and compare equal exactly when their {@link #canonical()} forms are equal
 * and they are of the same kind. How loosely two different values agree (a numeric tolerance, an
 * author-list normalisation) is decided by a comparison, not by the value.
 */
public sealed interface Value permits TextValue, NumberValue, StringSetValue, TemporalValue {

  /**
   * Returns a stable text form: equal values have equal forms, and the form reads back to an equal
   * value of the same kind. Used for exact comparison, sorting and output.
   */
  String canonical();

  /** Returns a text value. */
  static TextValue text(String text) {
    return new TextValue(text);
  }

  /** Returns a number with no unit. */
  static NumberValue number(double number) {
    return new NumberValue(number, java.util.Optional.empty());
  }

  /** Returns a number with a unit such as {@code km} or {@code people}. */
  static NumberValue number(double number, String unit) {
    return new NumberValue(number, java.util.Optional.of(unit));
  }
}
