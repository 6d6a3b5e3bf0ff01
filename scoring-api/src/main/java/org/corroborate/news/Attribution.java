package org.corroborate.news;

import java.util.List;
import java.util.Objects;

/**
 * Who a claim is attributed to, and the chain it came through: "X reported, citing Y, that ..."
 * has speaker Y, via [X].
 *
 * @param speaker the original speaker as written
 * @param via the relays, innermost first
 * @param anonymous whether the speaker is vague ("sources", "officials", "reports")
 */
public record Attribution(String speaker, List<String> via, boolean anonymous) {

  /** Copies the relays and checks the speaker is present. */
  public Attribution {
    Objects.requireNonNull(speaker, "speaker");
    via = List.copyOf(via);
  }
}
