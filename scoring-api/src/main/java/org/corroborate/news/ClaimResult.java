package org.corroborate.news;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim found in a document, located by UTF-16 offsets into the document's original text.
 *
 * @param id the claim's id, {@code documentId#n} numbered from 1 in text order; {@code
 *     documentId#0} is the document's title when its text does not hold it (then {@code start}
 *     and {@code end} are 0)
 * @param documentId the document that states it
 * @param sourceId that document's source
 * @param text the claim as written
 * @param start offset of its first character
 * @param end offset one past its last character
 * @param quantities the figures it states
 * @param attribution who it is attributed to, or empty when the text asserts it unattributed
 * @param modality how it is put forward
 * @param entities the canonical names of the entities it names, in order of first mention
 * @param time the first date it names, ISO-8601 to the precision stated ({@code 2025-03}), if any
 * @param checkWorthiness how far its sentence states something checkable, in [0, 1]; a sentence
 *     is a claim when this reaches {@link ScoringConfig#checkWorthinessThreshold()}, a title or
 *     headline whatever it is
 */
public record ClaimResult(
    String id, String documentId, String sourceId, String text, int start, int end,
    List<Quantity> quantities, Optional<Attribution> attribution, Modality modality,
    List<String> entities, Optional<String> time, double checkWorthiness) {

  /** Copies the lists and checks the offsets and the check-worthiness. */
  public ClaimResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "claims[" + id + "]: offsets must satisfy 0 <= start <= end, were " + start + ", " + end);
    }
    quantities = List.copyOf(quantities);
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(modality, "modality");
    entities = List.copyOf(entities);
    Objects.requireNonNull(time, "time");
    if (!(checkWorthiness >= 0.0 && checkWorthiness <= 1.0)) {
      throw new IllegalArgumentException(
          "claims[" + id + "].checkWorthiness: must be in [0, 1], was " + checkWorthiness);
    }
  }

  /**
   * A claim with check-worthiness 1, for hosts that build claims themselves (the form before the
   * score existed).
   */
  public ClaimResult(
      String id, String documentId, String sourceId, String text, int start, int end,
      List<Quantity> quantities, Optional<Attribution> attribution, Modality modality,
      List<String> entities, Optional<String> time) {
    this(id, documentId, sourceId, text, start, end, quantities, attribution, modality, entities,
        time, 1.0);
  }
}
