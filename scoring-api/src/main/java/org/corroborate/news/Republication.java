package org.corroborate.news;

import java.util.Objects;

/**
 * A document found to republish another's text, from the word sequences they share. (A
 * republication declared in the corpus is in {@link DocumentResult#republishedFrom()}.)
 *
 * @param documentId the republishing document
 * @param originDocumentId the document it copies
 * @param originSourceId the outlet it copies
 * @param containment the share in [0, 1] of its 8-word sequences found in the origin
 */
public record Republication(
    String documentId, String originDocumentId, String originSourceId,
    double containment) {

  /** Checks the parts. */
  public Republication {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(originDocumentId, "originDocumentId");
    Objects.requireNonNull(originSourceId, "originSourceId");
    Results.unit(containment, "republications[" + documentId + "].containment");
  }
}
