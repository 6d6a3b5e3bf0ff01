package org.corroborate.impl.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.Optional;
import org.corroborate.impl.clean.Dates;
import org.corroborate.impl.clean.MonthNames;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.token.Span;
import org.corroborate.impl.token.Token;
import org.corroborate.model.PartialDate;

/**
 * Finds dates, months and years in a sentence with one scan over its {@link Token}s.
 *
 * <p>Absolute: "August 1, 2024", "1 August 2024", ISO "2025-03-11", "July 2024", and years
 * 1800 to 2100 written as four digits ("in 2014", "from 2014 to 2017"; a year followed by a
 * counted noun is a figure, not a year, and is left to {@link QuantityExtractor}). With an
 * anchor (the document's date): "August 1" and "1 August" and "January 20th" take the anchor's
 * year; "mid-July", "in July" give the month in the anchor's year; "last year", "the past year",
 * "this year", "next year", "last month", "this month", "yesterday", "today", "on Monday" (the
 * most recent Monday before the anchor day, or the anchor itself) and "N years ago" are resolved
 * and marked relative. Without an anchor, expressions that need one are skipped.
 */
public final class TimeExtractor {
  private final MonthNames months;
  private final Map<String, SortedSet<String>> weekdays;
  private final MatchingLexicon lexicon;

  /** A date extractor with the English lists. */
  public TimeExtractor() {
    this(Language.english(), MatchingLexicon.defaults());
  }

  /**
   * A date extractor with the {@code months} and {@code weekdays} lists of {@code language} and
   * the counted nouns of {@code lexicon}.
   *
   * @throws IllegalArgumentException when a group of {@code weekdays} is not a day (MONDAY to
   *     SUNDAY)
   */
  public TimeExtractor(Language language, MatchingLexicon lexicon) {
    this.months = new MonthNames(language);
    this.weekdays = language.groups("weekdays");
    for (String day : language.byGroup("weekdays").keySet()) {
      try {
        DayOfWeek.valueOf(day);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("weekdays: group '" + day
            + "' is not a day (MONDAY to SUNDAY)", e);
      }
    }
    this.lexicon = lexicon;
  }

  /** The dates mentioned in {@code text[within]}, relative ones resolved against {@code anchor} when given. */
  public List<TimeMention> extract(String text, Span within, Optional<PartialDate> anchor) {
    return extract(Token.of(text, within.start(), within.end()), anchor);
  }

  /** The dates among the tokens of a sentence. */
  public List<TimeMention> extract(List<Token> t, Optional<PartialDate> anchor) {
    List<TimeMention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int consumed = match(t, i, anchor, out);
      i += Math.max(consumed, 1);
    }
    return out;
  }

  /** Tries every pattern at token {@code i}; returns the tokens consumed (0 if none matched). */
  private int match(List<Token> t, int i, Optional<PartialDate> anchor, List<TimeMention> out) {
    Token a = t.get(i);
    // ISO date: 2025 - 03 - 11
    if (a.isNumber() && a.text().length() == 4 && i + 4 < t.size() && t.get(i + 1).is("-")
        && t.get(i + 2).isNumber() && t.get(i + 3).is("-") && t.get(i + 4).isNumber()
        && !t.get(i + 1).spaceBefore() && !t.get(i + 3).spaceBefore()) {
      Optional<PartialDate> d = Dates.date(Integer.parseInt(a.text()),
          intOr(t.get(i + 2).text()), intOr(t.get(i + 4).text()));
      if (d.isPresent()) {
        out.add(new TimeMention(d.get(), false, span(t, i, i + 5)));
        return 5;
      }
    }
    int month = months.monthName(a.text());
    if (month > 0 && !(a.is("may") && !nextIsDayOrYear(t, i))) {
      // Month D(th)?, YYYY | Month D(th)? | Month YYYY | Month
      int j = i + 1;
      int day = 0;
      if (j < t.size() && t.get(j).isNumber() && Dates.isInt(t.get(j).text(), 1, 31)) {
        day = Integer.parseInt(t.get(j).text());
        j++;
        if (j < t.size() && ordinal(t.get(j))) {
          j++;
        }
        if (j < t.size() && t.get(j).is(",")) {
          j++;
        }
      }
      int year = 0;
      if (j < t.size() && isYear(t.get(j))) {
        year = Integer.parseInt(t.get(j).text());
        j++;
      } else if (day > 0 && j > i + 2 && t.get(j - 1).is(",")) {
        j--; // the comma belongs to the sentence
      }
      boolean mid = i >= 2 && t.get(i - 1).is("-") && (t.get(i - 2).is("mid")
          || t.get(i - 2).is("early") || t.get(i - 2).is("late"));
      int start = mid ? i - 2 : i;
      return emit(out, t, start, j, year, month, day, anchor);
    }
    if (a.isNumber() && Dates.isInt(a.text(), 1, 31) && i + 1 < t.size()) {
      int j = i + 1;
      if (ordinal(t.get(j))) {
        j++;
      }
      if (j < t.size() && t.get(j).is("of")) {
        j++;
      }
      if (j < t.size() && months.monthName(t.get(j).text()) > 0) {
        int m = months.monthName(t.get(j).text());
        int day = Integer.parseInt(a.text());
        j++;
        int year = 0;
        if (j < t.size() && isYear(t.get(j))) {
          year = Integer.parseInt(t.get(j).text());
          j++;
        }
        return emit(out, t, i, j, year, m, day, anchor);
      }
    }
    if (isYear(a) && !followedByCounted(t, i)) {
      out.add(new TimeMention(new PartialDate(Integer.parseInt(a.text()), 0, 0), false,
          span(t, i, i + 1)));
      return 1;
    }
    if (anchor.isEmpty()) {
      return 0;
    }
    PartialDate at = anchor.get();
    String w = a.lower();
    String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
    if ((w.equals("last") || w.equals("past") || w.equals("this") || w.equals("next"))
        && (next.equals("year") || next.equals("month"))) {
      int shift = w.equals("next") ? 1 : w.equals("this") ? 0 : -1;
      if (next.equals("year")) {
        out.add(new TimeMention(new PartialDate(at.year() + shift, 0, 0), true, span(t, i, i + 2)));
      } else if (at.month() > 0) {
        LocalDate d = LocalDate.of(at.year(), at.month(), 1).plusMonths(shift);
        out.add(new TimeMention(new PartialDate(d.getYear(), d.getMonthValue(), 0), true,
            span(t, i, i + 2)));
      }
      return 2;
    }
    if ((w.equals("yesterday") || w.equals("today")) && at.day() > 0) {
      LocalDate d = LocalDate.of(at.year(), at.month(), at.day()).minusDays(w.equals("today") ? 0 : 1);
      out.add(new TimeMention(new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
          true, span(t, i, i + 1)));
      return 1;
    }
    if (w.equals("on") && i + 1 < t.size() && at.day() > 0) {
      DayOfWeek dow = dayOfWeek(t.get(i + 1).text());
      if (dow != null) {
        LocalDate d = LocalDate.of(at.year(), at.month(), at.day());
        while (d.getDayOfWeek() != dow) {
          d = d.minusDays(1);
        }
        out.add(new TimeMention(new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
            true, span(t, i + 1, i + 2)));
        return 2;
      }
    }
    if (a.isNumber() && Dates.isInt(a.text(), 1, 200) && i + 2 < t.size()
        && (next.equals("years") || next.equals("year")) && t.get(i + 2).is("ago")) {
      out.add(new TimeMention(new PartialDate(at.year() - Integer.parseInt(a.text()), 0, 0), true,
          span(t, i, i + 3)));
      return 3;
    }
    return 0;
  }

  private static int emit(List<TimeMention> out, List<Token> t, int start, int end, int year,
      int month, int day, Optional<PartialDate> anchor) {
    boolean relative = false;
    if (year == 0) {
      if (anchor.isEmpty()) {
        return end - start;
      }
      year = anchor.get().year();
      relative = true;
    }
    Optional<PartialDate> d = Dates.date(year, month, day);
    d.ifPresent(date -> out.add(new TimeMention(date, false, span(t, start, end))));
    if (relative && d.isPresent()) {
      TimeMention last = out.remove(out.size() - 1);
      out.add(new TimeMention(last.date(), true, last.span()));
    }
    return end - start;
  }

  private static boolean nextIsDayOrYear(List<Token> t, int i) {
    return i + 1 < t.size() && t.get(i + 1).isNumber();
  }

  private static boolean ordinal(Token t) {
    return !t.spaceBefore() && (t.is("th") || t.is("st") || t.is("nd") || t.is("rd"));
  }

  private static boolean isYear(Token t) {
    return t.isNumber() && t.text().length() == 4 && Dates.isInt(t.text(), 1800, 2100);
  }

  private boolean followedByCounted(List<Token> t, int i) {
    if (i + 1 >= t.size()) {
      return false;
    }
    String next = t.get(i + 1).lower();
    return lexicon.counted().containsKey(next);
  }

  private static int intOr(String s) {
    return Dates.isInt(s, 0, 99) ? Integer.parseInt(s) : 0;
  }

  private DayOfWeek dayOfWeek(String word) {
    SortedSet<String> days = weekdays.get(word.toLowerCase(Locale.ROOT));
    return days == null ? null : DayOfWeek.valueOf(days.first());
  }

  private static Span span(List<Token> t, int from, int to) {
    return new Span(t.get(from).start(), t.get(Math.min(to, t.size()) - 1).end());
  }
}
