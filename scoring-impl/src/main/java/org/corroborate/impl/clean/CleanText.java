package org.corroborate.impl.clean;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.impl.token.Span;
import org.corroborate.model.PartialDate;

/**
 * A document's text with its page chrome located, never modified: offsets in {@link #content}
 * index the original text.
 *
 * @param text the original text
 * @param content the spans that hold the document's own words, sorted, not overlapping; a lead
 *     line's outlet prefix ("AhlulBayt News Agency: ") is left out of its line's span
 * @param outlet the outlet a lead line names ("Outlet: ...", "From: Outlet", a first line that is
 *     only a name), if any
 * @param credit the outlet a credit line names ("The Cradle | August 1, 2024"), if it differs from
 *     {@code outlet}
 * @param dateline the date a lead or credit line gives, if any
 * @param label a genre label in the lead ("Opinion", "Editorial", "Analysis"), if any
 */
public record CleanText(
    String text,
    List<Span> content,
    Optional<String> outlet,
    Optional<String> credit,
    Optional<PartialDate> dateline,
    Optional<String> label) {

  /** Checks the components as the record's description states. */
  public CleanText {
    Objects.requireNonNull(text, "text");
    content = List.copyOf(content);
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(label, "label");
  }
}
