package org.corroborate.impl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import org.corroborate.impl.clean.Dates;
import org.corroborate.impl.clean.MonthNames;
import org.corroborate.impl.lang.Language;
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
  private final Map<String, Integer> unitsWords;
  private final Map<String, Double> scales;
  private final Map<String, Double> vague;
  private final Map<String, SortedSet<String>> modifiers;
  private final Map<String, String> units;
  private final Set<String> dimensions;
  private final Set<String> countSkip;
  private final Set<String> countStop;
  private final MatchingLexicon lexicon;
  private final MonthNames months;

  /**
   * An extractor with the {@code numbers}, {@code quantities} and {@code units} lists of {@code
   * language}, counted nouns of {@code lexicon} and month names of {@code months}.
   *
   * @throws IllegalArgumentException naming the list and group when a value is not a number
   */
  QuantityExtractor(Language language, MatchingLexicon lexicon, MonthNames months) {
    this.lexicon = lexicon;
    this.months = months;
    Map<String, Integer> numbers = new TreeMap<>();
    language.byGroup("numbers").forEach((value, words) -> {
      int v = (int) number("numbers", value);
      words.forEach(w -> numbers.put(w, v));
    });
    this.unitsWords = Map.copyOf(numbers);
    Map<String, Double> scale = new TreeMap<>();
    Map<String, Double> vagues = new TreeMap<>();
    language.byGroup("quantities").forEach((group, words) -> {
      if (group.startsWith("SCALE_")) {
        double v = number("quantities", group.substring(6));
        words.forEach(w -> scale.put(w, v));
      } else if (group.startsWith("VAGUE_")) {
        double v = number("quantities", group.substring(6));
        words.forEach(w -> vagues.put(w, v));
      }
    });
    this.scales = Map.copyOf(scale);
    this.vague = Map.copyOf(vagues);
    this.modifiers = language.groups("quantities");
    Map<String, String> unit = new TreeMap<>();
    language.byGroup("units").forEach((symbol, words) -> words.forEach(w -> unit.put(w, symbol)));
    this.units = Map.copyOf(unit);
    this.dimensions = Set.copyOf(language.group("quantities", "DIMENSION"));
    this.countSkip = Set.copyOf(language.group("quantities", "COUNT_SKIP"));
    this.countStop = Set.copyOf(language.group("quantities", "COUNT_STOP"));
  }

  private static double number(String list, String value) {
    try {
      double v = Double.parseDouble(value);
      if (Double.isFinite(v) && v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(list + ": group '" + value + "' is not a number");
  }

  private boolean in(String group, String word) {
    SortedSet<String> groups = modifiers.get(word);
    return groups != null && groups.contains(group);
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
            && units.containsKey(t.get(next + 1).lower()) && !t.get(next + 1).spaceBefore()) {
          unit = units.get(t.get(next + 1).lower());
          next += 2;
          if (next + 1 < t.size() && t.get(next).is("-") && t.get(next + 1).isWord()
              && dimensions.contains(t.get(next + 1).lower())) {
            next += 2;
          }
        } else if (next + 1 < t.size()
            && units.containsKey(u.lower() + "_" + t.get(next + 1).lower())) {
          unit = units.get(u.lower() + "_" + t.get(next + 1).lower()); // "per cent"
          next += 2;
        } else if (units.containsKey(u.lower()) && unit.isEmpty()) {
          unit = units.get(u.lower());
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

  /**
   * The bound or approximation words ending at token {@code m}, or null: the longest phrase of
   * three, two or one words in AT_LEAST, AT_MOST or APPROXIMATE.
   */
  private Modifier modifier(List<Token> t, int m) {
    if (m < 0 || !t.get(m).isWord()) {
      return null;
    }
    String w = t.get(m).lower();
    String w2 = m >= 1 ? t.get(m - 1).lower() + "_" + w : "";
    String w3 = m >= 2 ? t.get(m - 2).lower() + "_" + w2 : "";
    String[] phrases = {w3, w2, w};
    for (int k = 0; k < phrases.length; k++) {
      String p = phrases[k];
      if (p.isEmpty()) {
        continue;
      }
      Quantity.Bound bound = in("AT_LEAST", p) ? Quantity.Bound.AT_LEAST
          : in("AT_MOST", p) ? Quantity.Bound.AT_MOST : null;
      boolean approximate = in("APPROXIMATE", p);
      if (bound == null && approximate && in("TOPIC_MARKER", p) && m >= 1
          && in("TOPIC_VERB", t.get(m - 1).lower())) {
        return null; // "talked about 1,500": the topic, not an approximation
      }
      if (bound != null || approximate) {
        return new Modifier(m - (2 - k), bound, approximate);
      }
    }
    return null;
  }

  /** Reads a number starting at token {@code i}, or null. */
  private Read read(List<Token> t, int i) {
    Token a = t.get(i);
    if (a.isNumber()) {
      double v = parse(a.text());
      if (!Double.isFinite(v)) {
        return null;
      }
      int next = i + 1;
      if (next < t.size() && scales.containsKey(t.get(next).lower())) {
        v *= scales.get(t.get(next).lower());
        next++;
      }
      return new Read(v, v, next, false);
    }
    if (!a.isWord()) {
      return null;
    }
    // vague plurals: "hundreds", "tens of thousands", "hundreds of thousands", "dozens"
    if (a.is("tens") && i + 2 < t.size() && t.get(i + 1).is("of")
        && vague.containsKey(t.get(i + 2).lower())) {
      double unit = vague.get(t.get(i + 2).lower()) * 10;
      return new Read(unit, 20 * unit, i + 3, true);
    }
    if (vague.containsKey(a.lower())) {
      double unit = vague.get(a.lower());
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
        && (scales.containsKey(t.get(i + 1).lower()) || t.get(i + 1).is("dozen"))) {
      current = 1;
      any = true;
      j = i + 1;
    }
    while (j < t.size()) {
      Token w = t.get(j);
      Integer units = unitsWords.get(w.lower());
      if (units != null) {
        current += units;
        any = true;
        j++;
        // twenty-five
        if (units >= 20 && j + 1 < t.size() && t.get(j).is("-") && !t.get(j).spaceBefore()) {
          Integer ones = unitsWords.get(t.get(j + 1).lower());
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
      if (any && scales.containsKey(w.lower())) {
        double s = scales.get(w.lower());
        if (s == 100) {
          current *= 100;
        } else {
          total += current * s;
          current = 0;
        }
        j++;
        continue;
      }
      if (any && w.is("and") && j + 1 < t.size() && unitsWords.containsKey(t.get(j + 1).lower())
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

  private boolean isUnitWord(Token token) {
    return units.containsKey(token.lower());
  }

  /** Dates, times, ordinals and list markers are not figures. */
  private boolean notAFigure(List<Token> t, int i, Read read) {
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
      if (dayNumber && ((next != null && months.monthName(next.text()) > 0)
          || (i > 0 && months.monthName(t.get(i - 1).text()) > 0))) {
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
      if (countStop.contains(w.lower())) {
        break;
      }
      if (plural == null && k < from + 3 && !w.capitalised() && w.lower().length() > 3
          && w.lower().endsWith("s") && !w.lower().endsWith("ss") && !countSkip.contains(w.lower())) {
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
