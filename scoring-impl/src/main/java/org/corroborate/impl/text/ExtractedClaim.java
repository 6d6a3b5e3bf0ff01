package org.corroborate.impl.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A claim pulled out of a document together with everything the matcher and the agreement scorer
 * read: its figures, who said it, how it is put forward, the entities and times it names, the
 * events it is about and its content words.
 *
 * @param id claim id, unique in a corpus ({@code documentId#n})
 * @param documentId the document it comes from
 * @param sourceId the document's source
 * @param span where the claim lies in the document's original text
 * @param text the original characters of {@code span}
 * @param quantities figures, in text order
 * @param attribution the speaker and relays, if the text names any
 * @param modality how the claim is put forward
 * @param entities entity mentions, in text order
 * @param times dates and years, in text order
 * @param events event types the claim is about ({@code ESCAPE}, {@code RELEASE}, ...), sorted
 * @param words content words, normalised (lower case, stemmed, glued words split), sorted
 */
record ExtractedClaim(
    String id,
    String documentId,
    String sourceId,
    Span span,
    String text,
    List<Quantity> quantities,
    Optional<Attribution> attribution,
    Modality modality,
    List<EntityMention> entities,
    List<TimeMention> times,
    SortedSet<String> events,
    SortedSet<String> words) {

  ExtractedClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    quantities = List.copyOf(quantities);
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(modality, "modality");
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    events = unmodifiableSorted(events);
    words = unmodifiableSorted(words);
  }

  /** The distinct alias keys of the entities, sorted. */
  SortedSet<String> entityKeys() {
    TreeSet<String> keys = new TreeSet<>();
    for (EntityMention e : entities) {
      keys.add(e.key());
    }
    return keys;
  }

  /** The distinct years the claim names, sorted. */
  SortedSet<Integer> years() {
    TreeSet<Integer> years = new TreeSet<>();
    for (TimeMention t : times) {
      years.add(t.date().year());
    }
    return years;
  }

  private static SortedSet<String> unmodifiableSorted(Set<String> values) {
    return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }
}
