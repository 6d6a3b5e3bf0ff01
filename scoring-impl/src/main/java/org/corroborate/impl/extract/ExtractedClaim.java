package org.corroborate.impl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.corroborate.Explanation;
import org.corroborate.impl.token.SortedArraySet;
import org.corroborate.impl.token.Span;
import org.corroborate.news.Attribution;
import org.corroborate.news.Modality;
import org.corroborate.news.Quantity;

/**
 * A claim pulled out of a document together with everything the matcher and the agreement scorer
 * read: its figures, who said it, how it is put forward, the entities and times it names, the
 * events it is about and its content words.
 *
 * <p>Immutable; the collections are copied in.
 */
public final class ExtractedClaim {
  private final String id;
  private final String documentId;
  private final String sourceId;
  private final Span span;
  private final String text;
  private final List<Quantity> quantities;
  private final Optional<Attribution> attribution;
  private final Modality modality;
  private final List<EntityMention> entities;
  private final List<TimeMention> times;
  private final SortedSet<String> events;
  private final SortedSet<String> words;
  private final SortedSet<String> entityKeys;
  private final SortedSet<Integer> years;
  private final Explanation checkWorthiness;
  private final Optional<Frame> frame;

  /**
   * Creates a claim.
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
   * @param checkWorthiness the check-worthiness of its sentence ({@link CheckWorthiness}), a
   *     value in [0, 1]
   * @param frame the event of its own statement and the names taking part in it, if it names one
   * @throws IllegalArgumentException when {@code checkWorthiness}' value is outside [0, 1]
   */
  public ExtractedClaim(
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
      SortedSet<String> words,
      Explanation checkWorthiness,
      Optional<Frame> frame) {
    this.frame = Objects.requireNonNull(frame, "frame");
    this.id = Objects.requireNonNull(id, "id");
    this.documentId = Objects.requireNonNull(documentId, "documentId");
    this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
    this.span = Objects.requireNonNull(span, "span");
    this.text = Objects.requireNonNull(text, "text");
    this.quantities = List.copyOf(quantities);
    this.attribution = Objects.requireNonNull(attribution, "attribution");
    this.modality = Objects.requireNonNull(modality, "modality");
    this.entities = List.copyOf(entities);
    this.times = List.copyOf(times);
    this.events = SortedArraySet.copyOf(events);
    this.words = SortedArraySet.copyOf(words);
    List<String> keys = new ArrayList<>(this.entities.size());
    for (EntityMention e : this.entities) {
      keys.add(e.key());
    }
    this.entityKeys = SortedArraySet.copyOf(keys);
    List<Integer> y = new ArrayList<>(this.times.size());
    for (TimeMention t : this.times) {
      y.add(t.date().year());
    }
    this.years = SortedArraySet.copyOf(y);
    this.checkWorthiness = Objects.requireNonNull(checkWorthiness, "checkWorthiness");
    if (!(checkWorthiness.value() >= 0.0 && checkWorthiness.value() <= 1.0)) {
      throw new IllegalArgumentException(
          "checkWorthiness: must be in [0, 1], was " + checkWorthiness.value());
    }
  }

  /** The claim's id, unique in its corpus. */
  public String id() {
    return id;
  }

  /** The id of the document the claim comes from. */
  public String documentId() {
    return documentId;
  }

  /** The id of the source that published the document. */
  public String sourceId() {
    return sourceId;
  }

  /** Where the claim lies in its document's original text. */
  public Span span() {
    return span;
  }

  /** The claim's sentence, as it stands in the original text. */
  public String text() {
    return text;
  }

  /** The figures of the claim, in text order. */
  public List<Quantity> quantities() {
    return quantities;
  }

  /** Who the claim is attributed to, if anyone. */
  public Optional<Attribution> attribution() {
    return attribution;
  }

  /** How the claim is put: asserted, hedged, negated, questioned or reported. */
  public Modality modality() {
    return modality;
  }

  /** The names the claim mentions, in text order. */
  public List<EntityMention> entities() {
    return entities;
  }

  /** The dates the claim mentions, in text order. */
  public List<TimeMention> times() {
    return times;
  }

  /** The event types the claim names (from the events word list). */
  public SortedSet<String> events() {
    return events;
  }

  /** The claim's normalised content words. */
  public SortedSet<String> words() {
    return words;
  }

  /** The distinct alias keys of the entities, sorted. */
  public SortedSet<String> entityKeys() {
    return entityKeys;
  }

  /** The distinct years the claim names, sorted. */
  public SortedSet<Integer> years() {
    return years;
  }

  /** The event of the claim's own statement and the names taking part in it, if it names one. */
  public Optional<Frame> frame() {
    return frame;
  }

  /** How far the claim's sentence states something checkable, in [0, 1]. */
  public double checkWorthiness() {
    return checkWorthiness.value();
  }

  /** How {@link #checkWorthiness()} was computed: the cues found and their weights. */
  public Explanation checkWorthinessExplanation() {
    return checkWorthiness;
  }

  @Override
  public String toString() {
    return id + " " + text;
  }
}
