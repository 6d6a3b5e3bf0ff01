package org.corroborate.model;

/**
 * A structured claim: source {@code sourceId} says that item {@code itemId} has {@code value}.
 *
 * @param sourceId non-blank id of the source making the claim
 * @param itemId non-blank id of the data item (an object and attribute, e.g. a book's authors)
 * @param value what the source says
 */
public record Observation(String sourceId, String itemId, Value value) {

  /** Validates every component. */
  public Observation {
    sourceId = Checks.nonBlank(sourceId, "sourceId");
    itemId = Checks.nonBlank(itemId, "itemId");
    java.util.Objects.requireNonNull(value, "value");
  }
}
