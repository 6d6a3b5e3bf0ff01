package org.corroborate.impl.extract;

import java.util.Objects;
import org.corroborate.impl.token.Span;
import org.corroborate.model.PartialDate;

/**
 * A date, month or year found in text, resolved to a calendar date where possible.
 *
 * @param date the date meant, to the precision the text gives ("2014" is a year, "mid-July" with a
 *     known document year a month)
 * @param relative whether the text gave it relative to the document's date ("last year", "on
 *     Monday") and it was resolved against that anchor
 * @param span where the expression lies in the original text
 */
public record TimeMention(PartialDate date, boolean relative, Span span) {
  /** Checks the components as the record's description states. */
  public TimeMention {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(span, "span");
  }
}
