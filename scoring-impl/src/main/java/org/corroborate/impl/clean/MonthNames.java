package org.corroborate.impl.clean;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.token.ContentWords;
import org.corroborate.model.PartialDate;

/**
 * The month names of a language ({@code months.txt}: {@code NUMBER: name name ...}) and the
 * written dates that use them. Immutable.
 */
public final class MonthNames {
  private final Map<String, Integer> months;

  /**
   * The month names of {@code language}.
   *
   * @throws IllegalArgumentException when a group of {@code months} is not a number from 1 to 12
   */
  public MonthNames(Language language) {
    Map<String, Integer> byName = new TreeMap<>();
    for (Map.Entry<String, SortedSet<String>> e : language.byGroup("months").entrySet()) {
      if (!Dates.isInt(e.getKey(), 1, 12)) {
        throw new IllegalArgumentException("months: group '" + e.getKey()
            + "' is not a month number from 1 to 12");
      }
      for (String name : e.getValue()) {
        byName.put(name, Integer.parseInt(e.getKey()));
      }
    }
    this.months = Map.copyOf(byName);
  }

  /** The month number of a month name or its abbreviation (any case), or 0. */
  int month(String word) {
    Integer m = months.get(word.toLowerCase(Locale.ROOT));
    return m == null ? 0 : m;
  }

  /** A month name written with a capital only ("May", not "may" the verb when lower case), or 0. */
  public int monthName(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return 0;
    }
    return month(word);
  }

  /**
   * The first "Month D, YYYY" or "D Month YYYY" date in {@code s}, if any; tokens are runs of
   * letters or digits.
   */
  Optional<PartialDate> firstWrittenDate(String s) {
    List<String> tokens = ContentWords.tokens(s, 0, s.length());
    for (int i = 0; i + 2 < tokens.size(); i++) {
      int m = month(tokens.get(i));
      if (m > 0 && Dates.isInt(tokens.get(i + 1), 1, 31)
          && Dates.isInt(tokens.get(i + 2), 1000, 9999)) {
        Optional<PartialDate> d = Dates.date(Integer.parseInt(tokens.get(i + 2)), m,
            Integer.parseInt(tokens.get(i + 1)));
        if (d.isPresent()) {
          return d;
        }
      }
      int m2 = month(tokens.get(i + 1));
      if (m2 > 0 && Dates.isInt(tokens.get(i), 1, 31)
          && Dates.isInt(tokens.get(i + 2), 1000, 9999)) {
        Optional<PartialDate> d = Dates.date(Integer.parseInt(tokens.get(i + 2)), m2,
            Integer.parseInt(tokens.get(i)));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }
}
