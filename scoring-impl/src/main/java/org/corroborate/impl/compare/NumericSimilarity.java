package org.corroborate.impl.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.NumberValue;
import org.corroborate.model.TemporalValue;
import org.corroborate.model.TextValue;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;

/**
 * Numeric comparison within an absolute or relative tolerance, for numbers and for dates and times
 * (in minutes).
 *
 * <p>Design note. With {@code d = |a - b|} and {@code tol} the absolute tolerance, or the relative
 * tolerance times {@code max(|a|, |b|)}: support is {@code max(0, 1 - d / (2 tol))} (1 at equality,
 * 1/2 at the tolerance, 0 from twice the tolerance on), or, when {@code tol == 0}, 1 for {@code d
 * == 0} and 0 otherwise; {@link #matches} is {@code d <= tol}. Numbers compare only with numbers of
 * the same unit (or both without), temporals only with temporals of the same type, through {@link
 * TemporalValue#minutes()}: <b>for dates and times the tolerance is in minutes</b>. Two times of day
 * ({@code LocalTime}) are compared on the 24-hour circle, so 23:55 and 00:05 are 10 minutes apart.
 * Values of different kinds or units agree only when their keys are equal.
 *
 * <p>The key is the value kind followed by the canonical form of the parsed value, so {@code 7:10
 * a.m.}, {@code 7:10 AM} and {@code 07:10} are one claim, as are {@code 1,234} and {@code 1234.0}.
 * Text values are re-parsed with {@link #parse} before comparison; text that is neither a number
 * nor a time stays text and is compared exactly.
 *
 * <p>{@link #parse} reads, in this order: a number (optional sign, digits with optional
 * thousands separators in groups of three such as {@code 1,234,567}, optional decimals and
 * exponent, optionally followed by one unit word such as {@code km} or {@code %}); a time of day as
 * flight-status sites write it ({@code 7:10 a.m.}, {@code 7:10 AM}, {@code 7:10am}, {@code 7:10a},
 * {@code 19:10}, {@code 12:00noon}), with any date context around it ({@code Dec 02 6:55 a.m.},
 * {@code 12/2/11 5:11 a.m.}, {@code 7:10aDec 1}, {@code 6:55 a.m. Fri 02-Dec-2011}, {@code Thu
 * 22:15}) and status annotations ({@code (Estimated runway)}, {@code Delayed}, {@code On Time})
 * dropped, because the compared item is the time of day; an ISO-8601 date, date-time or offset
 * date-time. {@code NaN}, infinities and numbers too large for a double are rejected. All parsing
 * is hand-written single passes over the text, linear in its length.
 */
final class NumericSimilarity implements ValueSimilarity {

  private static final double MINUTES_PER_DAY = 1440.0;

  private static final Set<String> MONTHS = Set.of(
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "january", "february", "march", "april", "june", "july", "august", "september", "october",
      "november", "december");
  private static final Set<String> WEEKDAYS = Set.of(
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> STATUS_WORDS = Set.of(
      "delayed", "on", "time", "estimated", "runway", "scheduled", "actual", "landed", "departed",
      "arrived", "expected", "nbsp", "at", "gate");
  private static final Set<String> NON_FINITE = Set.of(
      "nan", "inf", "infinity", "+inf", "-inf", "+infinity", "-infinity", "+nan", "-nan");

  private final double tolerance;
  private final boolean relative;

  /**
   * Creates a numeric comparison.
   *
   * @param tolerance absolute tolerance, or a fraction of the larger magnitude when {@code
   *     relative}; finite and {@code >= 0}
   * @param relative whether the tolerance is relative
   */
  NumericSimilarity(double tolerance, boolean relative) {
    if (!(tolerance >= 0.0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be finite and >= 0, was " + tolerance);
    }
    this.tolerance = tolerance;
    this.relative = relative;
  }

  @Override
  public Value parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("text must not be blank, was '" + text + "'");
    }
    if (NON_FINITE.contains(s.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("not a finite number: '" + text + "'");
    }
    NumberValue number = parseNumber(s, text);
    if (number != null) {
      return number;
    }
    LocalTime time = parseTimeOfDay(s);
    if (time != null) {
      return new TemporalValue(time);
    }
    TemporalValue iso = parseIso(s);
    if (iso != null) {
      return iso;
    }
    return new TextValue(s);
  }

  @Override
  public String key(Value value) {
    Value v = normalize(value);
    return Similarities.kindPrefix(v) + v.canonical();
  }

  @Override
  public double support(Value from, Value to) {
    Value a = normalize(from);
    Value b = normalize(to);
    OptionalDistance d = distance(a, b);
    if (d == null) {
      return key(a).equals(key(b)) ? 1.0 : 0.0;
    }
    double tol = d.tolerance;
    if (tol == 0.0) {
      return d.distance == 0.0 ? 1.0 : 0.0;
    }
    double s = 1.0 - d.distance / (2.0 * tol);
    return s > 0.0 ? Math.min(1.0, s) : 0.0;
  }

  @Override
  public boolean matches(Value candidate, Value truth) {
    Value a = normalize(candidate);
    Value b = normalize(truth);
    OptionalDistance d = distance(a, b);
    if (d == null) {
      return key(a).equals(key(b));
    }
    return d.distance <= d.tolerance;
  }

  /** A distance between two comparable values and the tolerance that applies to them. */
  private static final class OptionalDistance {
    final double distance;
    final double tolerance;

    OptionalDistance(double distance, double tolerance) {
      this.distance = distance;
      this.tolerance = tolerance;
    }
  }

  /** Returns the distance and tolerance, or null when the values are not numerically comparable. */
  private OptionalDistance distance(Value a, Value b) {
    double x;
    double y;
    double d;
    if (a instanceof NumberValue na && b instanceof NumberValue nb) {
      if (!na.unit().equals(nb.unit())) {
        return null;
      }
      x = na.number();
      y = nb.number();
      d = Math.abs(x - y);
    } else if (a instanceof TemporalValue ta && b instanceof TemporalValue tb) {
      if (ta.temporal().getClass() != tb.temporal().getClass()) {
        return null;
      }
      x = ta.minutes();
      y = tb.minutes();
      d = Math.abs(x - y);
      if (ta.temporal() instanceof LocalTime) {
        d = Math.min(d, MINUTES_PER_DAY - d);
      }
    } else {
      return null;
    }
    if (!Double.isFinite(d)) {
      // two huge numbers of opposite sign: as far apart as can be
      d = Double.MAX_VALUE;
    }
    double tol = relative ? tolerance * Math.max(Math.abs(x), Math.abs(y)) : tolerance;
    return new OptionalDistance(d, tol);
  }

  /** Re-reads text values; text that is not a number or a time (or is not finite) stays text. */
  private Value normalize(Value value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof TextValue text) {
      try {
        return parse(text.text());
      } catch (IllegalArgumentException e) {
        return value;
      }
    }
    return value;
  }

  // ---------------------------------------------------------------- numbers

  /** Returns the number, null if {@code s} is not written as a number, or throws on overflow. */
  private static NumberValue parseNumber(String s, String original) {
    int n = s.length();
    int i = 0;
    StringBuilder digits = new StringBuilder(n);
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      digits.append(s.charAt(i));
      i++;
    }
    int intStart = i;
    int groupLength = 0;
    boolean grouped = false;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
        groupLength++;
        i++;
      } else if (c == ',' && i + 1 < n && isDigit(s.charAt(i + 1))) {
        // thousands separator: first group 1-3 digits, later groups exactly 3
        if (groupLength == 0 || (grouped ? groupLength != 3 : groupLength > 3)) {
          return null;
        }
        grouped = true;
        groupLength = 0;
        i++;
      } else {
        break;
      }
    }
    if (grouped && groupLength != 3) {
      return null;
    }
    int intDigits = i - intStart;
    int fracDigits = 0;
    if (i < n && s.charAt(i) == '.') {
      digits.append('.');
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        digits.append(s.charAt(i));
        fracDigits++;
        i++;
      }
    }
    if (intDigits == 0 && fracDigits == 0) {
      return null;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      StringBuilder exp = new StringBuilder("e");
      if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        exp.append(s.charAt(j));
        j++;
      }
      int expStart = j;
      while (j < n && isDigit(s.charAt(j))) {
        exp.append(s.charAt(j));
        j++;
      }
      if (j > expStart && (j == n || !Character.isLetter(s.charAt(j)))) {
        digits.append(exp);
        i = j;
      }
    }
    String unit = null;
    if (i < n) {
      int j = i;
      while (j < n && Character.isWhitespace(s.charAt(j))) {
        j++;
      }
      String rest = s.substring(j);
      if (!isUnit(rest)) {
        return null;
      }
      unit = rest;
    }
    // digits holds only a sign, digits, a point and an exponent: valid for parseDouble, which
    // rounds correctly and reads long digit strings in linear time (BigDecimal does not)
    double value;
    try {
      value = Double.parseDouble(digits.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a finite number: '" + original + "'", e);
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("number out of range: '" + original + "'");
    }
    return new NumberValue(value, Optional.ofNullable(unit));
  }

  private static boolean isUnit(String rest) {
    if (rest.isEmpty() || rest.length() > 16) {
      return false;
    }
    String lower = rest.toLowerCase(Locale.ROOT);
    if (lower.equals("a") || lower.equals("p") || lower.startsWith("am") || lower.startsWith("pm")
        || lower.startsWith("a.m") || lower.startsWith("p.m") || lower.equals("noon")
        || lower.equals("midnight")) {
      return false;
    }
    for (int k = 0; k < rest.length(); k++) {
      char c = rest.charAt(k);
      if (!(Character.isLetter(c) || c == '%' || c == '°' || c == '/' || c == '²' || c == '³')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // ---------------------------------------------------------------- times of day

  /**
   * Returns the time of day written in {@code s} with only date context and status annotations
   * around it, or null.
   */
  static LocalTime parseTimeOfDay(String s) {
    String text = dropParenthesised(s);
    int n = text.length();
    LocalTime found = null;
    StringBuilder context = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean atTokenStart = i == 0 || !(isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == ':');
      if (isDigit(c) && atTokenStart) {
        int h = i;
        while (h < n && isDigit(text.charAt(h))) {
          h++;
        }
        if (h - i <= 2 && h + 2 < n && text.charAt(h) == ':' && isDigit(text.charAt(h + 1))
            && isDigit(text.charAt(h + 2)) && (h + 3 == n || !isDigit(text.charAt(h + 3)))) {
          int hour = Integer.parseInt(text.substring(i, h));
          int minute = Integer.parseInt(text.substring(h + 1, h + 3));
          int second = 0;
          int j = h + 3;
          if (j + 2 < n && text.charAt(j) == ':' && isDigit(text.charAt(j + 1))
              && isDigit(text.charAt(j + 2)) && (j + 3 == n || !isDigit(text.charAt(j + 3)))) {
            second = Integer.parseInt(text.substring(j + 1, j + 3));
            j += 3;
          }
          int k = j;
          while (k < n && text.charAt(k) == ' ') {
            k++;
          }
          int[] meridiem = readMeridiem(text, k);
          if (meridiem != null) {
            j = meridiem[1];
          }
          if (found != null) {
            return null; // two clock times: not a single time of day
          }
          found = toTime(hour, minute, second, meridiem == null ? -1 : meridiem[0]);
          if (found == null) {
            return null;
          }
          context.append(' ');
          i = j;
          continue;
        }
      }
      context.append(c);
      i++;
    }
    if (found == null || !isDateContext(context)) {
      return null;
    }
    return found;
  }

  /**
   * Reads a meridiem marker at {@code k}: returns {kind, end} with kind 0 = a.m., 1 = p.m., 2 =
   * noon, 3 = midnight, or null. A marker must end the text or be followed by a non-letter or by
   * an upper-case letter (as in {@code 7:10aDec 1}).
   */
  private static int[] readMeridiem(String text, int k) {
    int n = text.length();
    if (k >= n) {
      return null;
    }
    String rest = text.substring(k, Math.min(n, k + 8)).toLowerCase(Locale.ROOT);
    int kind;
    int len;
    if (rest.startsWith("noon")) {
      kind = 2;
      len = 4;
    } else if (rest.startsWith("midnight")) {
      kind = 3;
      len = 8;
    } else if (rest.startsWith("a.m.") || rest.startsWith("p.m.")) {
      kind = rest.charAt(0) == 'a' ? 0 : 1;
      len = 4;
    } else if (rest.startsWith("a.m") || rest.startsWith("p.m")) {
      kind = rest.charAt(0) == 'a' ? 0 : 1;
      len = 3;
    } else if (rest.startsWith("am") || rest.startsWith("pm")) {
      kind = rest.charAt(0) == 'a' ? 0 : 1;
      len = 2;
    } else if (rest.startsWith("a") || rest.startsWith("p")) {
      kind = rest.charAt(0) == 'a' ? 0 : 1;
      len = 1;
    } else {
      return null;
    }
    int end = k + len;
    if (end < n) {
      char next = text.charAt(end);
      if (Character.isLetter(next) && !Character.isUpperCase(next)) {
        return null;
      }
      if (Character.isUpperCase(next) && len < 4 && Character.isUpperCase(text.charAt(end - 1))) {
        return null; // "7:10 AMX": an upper-case word, not a marker
      }
    }
    return new int[] {kind, end};
  }

  private static LocalTime toTime(int hour, int minute, int second, int meridiem) {
    if (minute > 59 || second > 59) {
      return null;
    }
    switch (meridiem) {
      case -1:
        return hour <= 23 ? LocalTime.of(hour, minute, second) : null;
      case 0:
      case 1:
        if (hour < 1 || hour > 12) {
          return null;
        }
        return LocalTime.of(hour % 12 + (meridiem == 1 ? 12 : 0), minute, second);
      case 2:
        return hour == 12 ? LocalTime.of(12, minute, second) : null;
      default:
        return hour == 12 || hour == 0 ? LocalTime.of(0, minute, second) : null;
    }
  }

  /** Replaces parenthesised groups (annotations such as "(Estimated runway)") by a space. */
  private static String dropParenthesised(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
        if (depth == 0) {
          out.append(' ');
        }
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return depth == 0 ? out.toString() : s;
  }

  /**
   * Whether the text around the time holds only date context: month and weekday names, numeric
   * dates ({@code 12/2/11}, {@code 02-Dec-2011}, {@code 11/30}), day and year numbers, HTML
   * non-breaking spaces and flight-status words.
   */
  private static boolean isDateContext(CharSequence context) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i <= context.length(); i++) {
      char c = i < context.length() ? context.charAt(i) : ' ';
      boolean boundary = Character.isWhitespace(c) || c == ',' || c == '&' || c == ';'
          || c == '\u00a0';
      // a lower-case letter followed by an upper-case one starts a new word: "aDec"
      if (!boundary && token.length() > 0 && Character.isUpperCase(c)
          && Character.isLetter(token.charAt(token.length() - 1))
          && !Character.isUpperCase(token.charAt(token.length() - 1))) {
        tokens.add(token.toString());
        token.setLength(0);
      }
      if (boundary) {
        if (token.length() > 0) {
          tokens.add(token.toString());
          token.setLength(0);
        }
      } else {
        token.append(c);
      }
    }
    for (String t : tokens) {
      if (!isDateToken(t.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDateToken(String t) {
    String word = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    if (MONTHS.contains(word) || WEEKDAYS.contains(word) || STATUS_WORDS.contains(word)) {
      return true;
    }
    // numeric or mixed dates: 2, 02, 2011, 12/2/11, 11/30, 02-Dec-2011, 12-01-11
    int parts = 0;
    int i = 0;
    while (i < t.length()) {
      int start = i;
      while (i < t.length() && Character.isLetterOrDigit(t.charAt(i))) {
        i++;
      }
      String part = t.substring(start, i);
      boolean numeric = !part.isEmpty() && part.length() <= 4 && allDigits(part);
      if (!numeric && !MONTHS.contains(part)) {
        return false;
      }
      parts++;
      if (i < t.length()) {
        char sep = t.charAt(i);
        if (sep != '/' && sep != '-' && sep != '.') {
          return false;
        }
        i++;
        if (i == t.length()) {
          return false;
        }
      }
    }
    return parts >= 1 && parts <= 3;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- ISO dates

  private static TemporalValue parseIso(String s) {
    if (s.length() > 64 || s.isEmpty() || !isDigit(s.charAt(0))) {
      return null;
    }
    try {
      return new TemporalValue(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      // not a date: try the next form
    }
    try {
      return new TemporalValue(LocalDateTime.parse(s));
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return new TemporalValue(OffsetDateTime.parse(s));
    } catch (DateTimeParseException e) {
      // not an offset date-time
    }
    try {
      return new TemporalValue(LocalTime.parse(s));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return relative
        ? "numeric:" + BigDecimal.valueOf(tolerance * 100).stripTrailingZeros().toPlainString() + "%"
        : "numeric:" + BigDecimal.valueOf(tolerance).stripTrailingZeros().toPlainString();
  }
}
