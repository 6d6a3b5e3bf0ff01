package org.corroborate.impl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.impl.clean.Dates;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.token.Span;
import org.corroborate.impl.token.Token;
import org.corroborate.news.Quantity;

/**
 * Finds figures in a sentence with a left-to-right scan over its {@link Token}s (linear; no
 * regular expressions).
 *
 * <p><b>Numbers</b>: digits with separators ({@code 1,500}, {@code 2.5}, parsed the same in every
 * locale), scaled by a following "hundred", "thousand", "million" or "billion"; number words
 * ("two thousand", "twenty-five", "a dozen"). <b>Vague plurals</b> are approximate ranges from their
 * unit to twice the next order, to allow their loose use ("hundreds" for 1,500): "dozens" 24 to
 * 200, "hundreds" 100 to 2,000, "thousands" 1,000 to 20,000, "tens of thousands" 10,000 to
 * 200,000, "hundreds of thousands" 100,000 to 2,000,000, "millions" 1 to 20 million; the value is
 * the geometric mean of the ends.
 *
 * <p><b>Ranges</b>: "between X and Y", "from X to Y", "X-Y", "X to Y". <b>Bounds</b>: "more than",
 * "over", "at least", "upwards of", "in excess of", "exceeding" give AT_LEAST; "up to", "less
 * than", "fewer than", "at most", "under", "as many as", "nearly", "almost" give AT_MOST (the last
 * two also approximate). <b>Approximations</b>: "about", "around", "roughly", "approximately",
 * "some", "estimated", "an estimated", "approx", "nearly", "almost"; "about" after a verb of
 * speech or knowledge ("talked about 1,500") is the topic, not an approximation.
 *
 * <p><b>Units</b>: {@code %}/percent/per cent; km/kilometer(s)/kilometre(s) as a word or a compound
 * ("160-kilometer", "599-kilometer-long"); mi/mile(s); m/meter(s)/metre(s); {@code $}/dollars as
 * usd; tons/tonnes as t. <b>Counted</b>: the first word of {@code counted.txt} within five tokens
 * after the figure ("1,500 Syrian ISIS fighters", "1,500 of the most dangerous members"), else the
 * first plural-looking lower-case word within three; failing both, a word of {@code counted.txt}
 * within six tokens before it ("its members are estimated between 3,000 and 5,000").
 *
 * <p><b>Not figures</b>: years (four digits 1800 to 2100 without separator, unless a counted noun
 * follows), days of months ("1 August", "January 20th"), ordinals, clock times, ISO dates, list
 * markers ("One:"), and a bare number with no unit, no counted noun and no modifier (a name such
 * as "Kurdistan 24", a lone "one").
 */
final class QuantityExtractor {
  private static final Map<String, Integer> UNITS_WORDS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90));
  private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3,
      "million", 1e6, "billion", 1e9, "trillion", 1e12);
  private static final Map<String, Double> VAGUE = Map.of("dozens", 12.0, "hundreds", 100.0,
      "thousands", 1000.0, "millions", 1e6, "billions", 1e9);
  private static final Set<String> APPROXIMATE = Set.of("about", "around", "roughly",
      "approximately", "some", "estimated", "approx", "nearly", "almost", "circa", "reportedly");
  private static final Set<String> NOT_APPROXIMATE_BEFORE_ABOUT = Set.of("talked", "talk",
      "talks", "talking", "spoke", "speak", "speaks", "speaking", "wrote", "write", "writes",
      "reported", "report", "reports", "know", "knew", "learned", "heard", "asked", "asks",
      "concerns", "concern", "worried", "worry", "thinking", "think", "thought", "said", "says",
      "news", "story", "stories", "questions", "question", "information", "details", "warned");
  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("%", "%"), Map.entry("percent", "%"), Map.entry("km", "km"),
      Map.entry("kilometer", "km"), Map.entry("kilometers", "km"), Map.entry("kilometre", "km"),
      Map.entry("kilometres", "km"), Map.entry("mi", "mi"), Map.entry("mile", "mi"),
      Map.entry("miles", "mi"), Map.entry("m", "m"), Map.entry("meter", "m"),
      Map.entry("meters", "m"), Map.entry("metre", "m"), Map.entry("metres", "m"),
      Map.entry("dollars", "usd"), Map.entry("dollar", "usd"), Map.entry("usd", "usd"),
      Map.entry("tons", "t"), Map.entry("tonnes", "t"), Map.entry("ton", "t"));
  private static final Set<String> NOT_COUNTED = Set.of("of", "the", "them", "those", "these",
      "which", "who", "whom", "that", "its", "their", "his", "her", "our", "and", "or", "in", "on",
      "at", "to", "for", "from", "by", "with", "was", "were", "is", "are", "has", "have", "had",
      "years", "days", "months", "weeks", "hours", "minutes", "times", "ago", "this");

  private final MatchingLexicon lexicon;

  QuantityExtractor(MatchingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A number read at a token position: its range, where it ends, and whether it is vague. */
  private record Read(double low, double high, int next, boolean vague) {}

  List<Quantity> extract(String text, Span within) {
    return extract(Token.of(text, within.start(), within.end()));
  }

  /** The figures among the tokens of a sentence. */
  List<Quantity> extract(List<Token> t) {
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Read first = read(t, i);
      if (first == null) {
        i++;
        continue;
      }
      if (notAFigure(t, i, first)) {
        // a run of number words is skipped whole, so that no token is read twice ("one one ...:")
        i = t.get(i).isNumber() ? i + 1 : first.next;
        continue;
      }
      int exprStart = i;
      int next = first.next;
      double low = first.low;
      double high = first.high;
      boolean approximate = first.vague;
      Quantity.Bound bound = first.vague ? Quantity.Bound.RANGE : Quantity.Bound.EXACT;
      String unit = "";
      // modifiers before
      int m = i - 1;
      if (m >= 0 && t.get(m).is("between") || (m >= 0 && t.get(m).is("from"))) {
        String joiner = t.get(m).is("between") ? "and" : "to";
        Read second = next + 1 < t.size() && t.get(next).is(joiner) ? read(t, next + 1) : null;
        if (second == null && next < t.size() && isUnitWord(t.get(next)) && next + 2 < t.size()
            && t.get(next + 1).is(joiner)) {
          second = read(t, next + 2);
        }
        if (second != null && second.high >= low) {
          high = second.high;
          next = second.next;
          bound = Quantity.Bound.RANGE;
          exprStart = m;
          m--;
        }
      }
      if (bound == Quantity.Bound.EXACT && next + 1 < t.size()
          && (t.get(next).is("-") || t.get(next).is("–") || t.get(next).is("to"))) {
        Read second = read(t, next + 1);
        if (second != null && second.low >= high && !second.vague) {
          high = second.high;
          next = second.next;
          bound = Quantity.Bound.RANGE;
        }
      }
      if (m >= 0 && m == exprStart - 1 && t.get(m).is("$")) {
        unit = "usd"; // "more than $5 million": the modifier is before the sign
        exprStart = m;
        m--;
      }
      Modifier mod = modifier(t, m);
      if (mod != null) {
        exprStart = mod.start;
        approximate |= mod.approximate;
        if (mod.bound != null && bound == Quantity.Bound.EXACT) {
          bound = mod.bound;
        }
      }
      if (unit.isEmpty() && exprStart > 0 && t.get(exprStart - 1).is("$")) {
        unit = "usd";
        exprStart--;
      }
      // unit after: "%", "percent", "per cent", "km", "-kilometer(-long)"
      if (next < t.size()) {
        Token u = t.get(next);
        if ((u.is("-") || u.is("‑")) && !u.spaceBefore() && next + 1 < t.size()
            && UNITS.containsKey(t.get(next + 1).lower()) && !t.get(next + 1).spaceBefore()) {
          unit = UNITS.get(t.get(next + 1).lower());
          next += 2;
          if (next + 1 < t.size() && t.get(next).is("-") && t.get(next + 1).isWord()
              && (t.get(next + 1).is("long") || t.get(next + 1).is("wide")
                  || t.get(next + 1).is("high") || t.get(next + 1).is("deep"))) {
            next += 2;
          }
        } else if (u.is("per") && next + 1 < t.size() && t.get(next + 1).is("cent")) {
          unit = "%";
          next += 2;
        } else if (UNITS.containsKey(u.lower()) && unit.isEmpty()) {
          unit = UNITS.get(u.lower());
          next++;
        }
      }
      Optional<String> counted = countedAfter(t, next);
      if (counted.isEmpty() && unit.isEmpty()) {
        counted = countedBefore(t, exprStart);
      }
      boolean modified = mod != null || bound != Quantity.Bound.EXACT || first.vague;
      if (counted.isEmpty() && unit.isEmpty() && !modified) {
        i = next;
        continue; // a bare number: a name, a lone "one"
      }
      if (isYear(t.get(i)) && counted.isEmpty() && unit.isEmpty()) {
        i = next;
        continue;
      }
      double value = first.vague ? Math.sqrt(low * high) : (low + high) / 2;
      if (bound == Quantity.Bound.AT_LEAST || bound == Quantity.Bound.AT_MOST) {
        value = low;
        high = low;
      }
      if (Double.isFinite(low) && Double.isFinite(high) && low <= value && value <= high) {
        out.add(new Quantity(value, low, high, unit, approximate, bound, counted));
      }
      i = next;
    }
    return out;
  }

  private record Modifier(int start, Quantity.Bound bound, boolean approximate) {}

  /** The bound or approximation words ending at token {@code m}, or null. */
  private static Modifier modifier(List<Token> t, int m) {
    if (m < 0 || !t.get(m).isWord()) {
      return null;
    }
    String w = t.get(m).lower();
    String w2 = m >= 1 ? t.get(m - 1).lower() + " " + w : "";
    String w3 = m >= 2 ? t.get(m - 2).lower() + " " + w2 : "";
    if (w3.equals("in excess of")) {
      return new Modifier(m - 2, Quantity.Bound.AT_LEAST, false);
    }
    if (w3.equals("as many as")) {
      return new Modifier(m - 2, Quantity.Bound.AT_MOST, false);
    }
    switch (w2) {
      case "more than", "at least", "upwards of", "no fewer", "greater than" -> {
        return new Modifier(m - 1, Quantity.Bound.AT_LEAST, false);
      }
      case "up to", "less than", "fewer than", "at most", "no more" -> {
        return new Modifier(m - 1, Quantity.Bound.AT_MOST, false);
      }
      case "an estimated" -> {
        return new Modifier(m - 1, null, true);
      }
      default -> { }
    }
    switch (w) {
      case "over", "exceeding" -> {
        return new Modifier(m, Quantity.Bound.AT_LEAST, false);
      }
      case "under" -> {
        return new Modifier(m, Quantity.Bound.AT_MOST, false);
      }
      case "nearly", "almost" -> {
        return new Modifier(m, Quantity.Bound.AT_MOST, true);
      }
      default -> { }
    }
    if (APPROXIMATE.contains(w)) {
      if (w.equals("about") && m >= 1 && NOT_APPROXIMATE_BEFORE_ABOUT.contains(t.get(m - 1).lower())) {
        return null; // "talked about 1,500": the topic, not an approximation
      }
      return new Modifier(m, null, true);
    }
    return null;
  }

  /** Reads a number starting at token {@code i}, or null. */
  private static Read read(List<Token> t, int i) {
    Token a = t.get(i);
    if (a.isNumber()) {
      double v = parse(a.text());
      if (!Double.isFinite(v)) {
        return null;
      }
      int next = i + 1;
      if (next < t.size() && SCALES.containsKey(t.get(next).lower())) {
        v *= SCALES.get(t.get(next).lower());
        next++;
      }
      return new Read(v, v, next, false);
    }
    if (!a.isWord()) {
      return null;
    }
    // vague plurals: "hundreds", "tens of thousands", "hundreds of thousands", "dozens"
    if (a.is("tens") && i + 2 < t.size() && t.get(i + 1).is("of")
        && VAGUE.containsKey(t.get(i + 2).lower())) {
      double unit = VAGUE.get(t.get(i + 2).lower()) * 10;
      return new Read(unit, 20 * unit, i + 3, true);
    }
    if (VAGUE.containsKey(a.lower())) {
      double unit = VAGUE.get(a.lower());
      int next = i + 1;
      if (a.is("hundreds") && i + 2 < t.size() && t.get(i + 1).is("of")
          && t.get(i + 2).is("thousands")) {
        unit = 1e5;
        next = i + 3;
      }
      double low = a.is("dozens") ? 24 : unit;
      double high = a.is("dozens") ? 200 : 20 * unit;
      return new Read(low, high, next, true);
    }
    // "a dozen", "two dozen", "a hundred", "a thousand"
    int j = i;
    double total = 0;
    double current = 0;
    boolean any = false;
    if ((a.is("a") || a.is("an")) && i + 1 < t.size()
        && (SCALES.containsKey(t.get(i + 1).lower()) || t.get(i + 1).is("dozen"))) {
      current = 1;
      any = true;
      j = i + 1;
    }
    while (j < t.size()) {
      Token w = t.get(j);
      Integer units = UNITS_WORDS.get(w.lower());
      if (units != null) {
        current += units;
        any = true;
        j++;
        // twenty-five
        if (units >= 20 && j + 1 < t.size() && t.get(j).is("-") && !t.get(j).spaceBefore()) {
          Integer ones = UNITS_WORDS.get(t.get(j + 1).lower());
          if (ones != null && ones < 10) {
            current += ones;
            j += 2;
          }
        }
        continue;
      }
      if (any && w.is("dozen")) {
        current *= 12;
        j++;
        continue;
      }
      if (any && SCALES.containsKey(w.lower())) {
        double s = SCALES.get(w.lower());
        if (s == 100) {
          current *= 100;
        } else {
          total += current * s;
          current = 0;
        }
        j++;
        continue;
      }
      if (any && w.is("and") && j + 1 < t.size() && UNITS_WORDS.containsKey(t.get(j + 1).lower())
          && current >= 100) {
        j++;
        continue;
      }
      break;
    }
    if (!any) {
      return null;
    }
    double v = total + current;
    return new Read(v, v, j, false);
  }

  private static double parse(String digits) {
    // "1,500" and "12,000" group thousands; "2.5" is a decimal; "1.500.000" groups with dots
    String s = digits;
    int commas = count(s, ',');
    int dots = count(s, '.');
    if (commas > 0 && dots <= 1) {
      s = s.replace(",", "");
    } else if (dots > 1 && commas == 0) {
      s = s.replace(".", "");
    } else if (commas > 0) {
      return Double.NaN;
    }
    if (s.length() > 18) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static boolean isYear(Token token) {
    return token.isNumber() && token.text().length() == 4 && Dates.isInt(token.text(), 1800, 2100);
  }

  private static boolean isUnitWord(Token token) {
    return UNITS.containsKey(token.lower());
  }

  /** Dates, times, ordinals and list markers are not figures. */
  private static boolean notAFigure(List<Token> t, int i, Read read) {
    Token a = t.get(i);
    Token next = read.next < t.size() ? t.get(read.next) : null;
    if (a.isNumber()) {
      if (next != null && !next.spaceBefore()
          && (next.is("th") || next.is("st") || next.is("nd") || next.is("rd"))) {
        return true; // 20th
      }
      if (next != null && (next.is(":")) && read.next + 1 < t.size()
          && t.get(read.next + 1).isNumber() && !t.get(read.next + 1).spaceBefore()) {
        return true; // 09:50
      }
      if (next != null && next.is("-") && !next.spaceBefore() && read.next + 1 < t.size()
          && t.get(read.next + 1).isNumber() && read.next + 2 < t.size()
          && t.get(read.next + 2).is("-")) {
        return true; // 2025-03-11
      }
      if (i > 0 && t.get(i - 1).is("-") && !a.spaceBefore() && i > 1 && t.get(i - 2).isNumber()) {
        return true; // the tail of a date or range already read
      }
      boolean dayNumber = Dates.isInt(a.text(), 1, 31);
      if (dayNumber && ((next != null && Dates.monthName(next.text()) > 0)
          || (i > 0 && Dates.monthName(t.get(i - 1).text()) > 0))) {
        return true; // 1 August, August 1
      }
      return false;
    }
    // number words: "One:" list markers; "one of"
    if (next != null && next.is(":")) {
      return true;
    }
    return a.is("one") && next != null && next.is("of");
  }

  private Optional<String> countedAfter(List<Token> t, int from) {
    String plural = null;
    for (int k = from; k < t.size() && k < from + 5; k++) {
      Token w = t.get(k);
      if (!w.isWord()) {
        if (w.is("-") && !w.spaceBefore()) {
          continue; // "terrorism-related"
        }
        break;
      }
      if (lexicon.counted().containsKey(w.lower())) {
        return Optional.of(w.lower());
      }
      if (NOT_COUNTED.contains(w.lower()) && !w.is("of") && !w.is("the")) {
        break;
      }
      if (plural == null && k < from + 3 && !w.capitalised() && w.lower().length() > 3
          && w.lower().endsWith("s") && !w.lower().endsWith("ss") && !NOT_COUNTED.contains(w.lower())) {
        plural = w.lower();
      }
    }
    return Optional.ofNullable(plural);
  }

  private Optional<String> countedBefore(List<Token> t, int exprStart) {
    for (int k = exprStart - 1; k >= 0 && k >= exprStart - 6; k--) {
      Token w = t.get(k);
      if (!w.isWord()) {
        break;
      }
      if (lexicon.counted().containsKey(w.lower())) {
        return Optional.of(w.lower());
      }
    }
    return Optional.empty();
  }
}
