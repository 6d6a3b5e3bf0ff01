package org.corroborate.impl.extract;

import java.util.List;
import java.util.Objects;
import org.corroborate.impl.token.Span;

/**
 * Who a claim is attributed to, and the chain it came through.
 *
 * <p>"Outlet X reported, citing group Y, that ..." has speaker Y and via [X]: the speaker is the
 * original voice, {@code via} lists the relays from the nearest upstream to the outermost one.
 *
 * @param speaker the original speaker as written ("Farhad Shami", "the SDF", "sources")
 * @param via the relays, innermost first
 * @param anonymous whether the speaker is vague ("reports", "sources said", "officials")
 * @param span the attribution phrase in the original text
 */
public record Attribution(String speaker, List<String> via, boolean anonymous, Span span) {
  /** Checks the components as the record's description states. */
  public Attribution {
    Objects.requireNonNull(speaker, "speaker");
    via = List.copyOf(via);
    Objects.requireNonNull(span, "span");
  }
}
