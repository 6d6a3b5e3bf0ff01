package org.corroborate.model;

/**
 * A checkable statement made in a document, located by character offsets into its text.
 *
 * <p>Immutable. {@code start} and {@code end} are UTF-16 offsets into {@link Document#text()} with
 * {@code 0 <= start <= end}; {@code text} is the claim as stated there.
 *
 * @param id non-blank identifier, unique within a corpus
 * @param documentId the document that states the claim
 * @param sourceId the source of that document
 * @param text the statement as written
 * @param start offset of the first character in the document text
 * @param end offset one past the last character
 */
public record Claim(
    String id, String documentId, String sourceId, String text, int start, int end) {

  /** Validates every component; see the record description for the rules. */
  public Claim {
    id = Checks.nonBlank(id, "id");
    documentId = Checks.nonBlank(documentId, "documentId");
    sourceId = Checks.nonBlank(sourceId, "sourceId");
    Checks.nonBlank(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "offsets must satisfy 0 <= start <= end, were start=" + start + ", end=" + end);
    }
  }
}
