package org.corroborate.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The documents to score and the sources that published them.
 *
 * <p>Immutable; sources and documents are kept in id order, so the order they were added in
 * changes nothing. Built with {@link #builder()}, which checks each part as it arrives: ids are
 * unique, a source declared twice must be declared the same way, every document's source is
 * declared, and a republication names a document of the corpus.
 *
 * <p>A source may have no documents (it is reported with a neutral reliability and says why).
 */
public final class Corpus {
  private final List<Source> sources;
  private final List<Document> documents;
  private final Map<String, String> republishedFrom;
  private final List<String> skipped;

  private Corpus(Builder b) {
    List<Source> s = new ArrayList<>(b.sources.values());
    List<Document> d = new ArrayList<>(b.documents.values());
    d.sort(Comparator.comparing(Document::id));
    this.sources = List.copyOf(s);
    this.documents = List.copyOf(d);
    this.republishedFrom = Collections.unmodifiableMap(new TreeMap<>(b.republishedFrom));
    this.skipped = List.copyOf(b.skipped);
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The sources, in id order. */
  public List<Source> sources() {
    return sources;
  }

  /** The documents, in id order. */
  public List<Document> documents() {
    return documents;
  }

  /**
   * For each document that declares it republishes another outlet's text, that outlet's id (which
   * need not be among the sources), by document id.
   */
  public Map<String, String> republishedFrom() {
    return republishedFrom;
  }

  /**
   * Documents that could not be read and were left out while the corpus was loaded, each with
   * where and why; a report carries them as warnings.
   */
  public List<String> skipped() {
    return skipped;
  }

  /** Returns the source with this id, if the corpus has it. */
  public Optional<Source> source(String id) {
    for (Source s : sources) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Corpus that
        && sources.equals(that.sources)
        && documents.equals(that.documents)
        && republishedFrom.equals(that.republishedFrom)
        && skipped.equals(that.skipped);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sources, documents, republishedFrom, skipped);
  }

  @Override
  public String toString() {
    return "Corpus{" + sources.size() + " sources, " + documents.size() + " documents, "
        + republishedFrom.size() + " republications}";
  }

  /** Collects sources and documents, checking each on arrival. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Source> sources = new TreeMap<>();
    private final Map<String, Document> documents = new TreeMap<>();
    private final Map<String, String> republishedFrom = new TreeMap<>();
    private final List<String> skipped = new ArrayList<>();

    private Builder() {}

    /**
     * Records a document left out while loading (a file that is not UTF-8 text), with where and
     * why; the report carries it as a warning.
     */
    public Builder skipped(String why) {
      skipped.add(Checks.nonBlank(why, "skipped"));
      return this;
    }

    /**
     * Adds a source. Declaring the same source again (equal in every field) is allowed, as two
     * manifests may both name an outlet.
     *
     * @throws IllegalArgumentException naming the field when a source with this id was declared
     *     differently
     */
    public Builder source(Source source) {
      Objects.requireNonNull(source, "source");
      Source known = sources.putIfAbsent(source.id(), source);
      if (known != null && !known.equals(source)) {
        String field = !known.name().equals(source.name()) ? "name"
            : !known.priorReliability().equals(source.priorReliability()) ? "priorReliability"
            : !known.domain().equals(source.domain()) ? "domain" : "kind";
        throw new IllegalArgumentException("sources[" + source.id() + "]." + field
            + ": declared twice, differently (" + describe(known, field) + " and "
            + describe(source, field) + ")");
      }
      return this;
    }

    private static String describe(Source s, String field) {
      switch (field) {
        case "name":
          return "'" + s.name() + "'";
        case "priorReliability":
          return s.priorReliability().isPresent()
              ? Double.toString(s.priorReliability().getAsDouble()) : "none";
        case "domain":
          return s.domain().orElse("none");
        default:
          return s.kind().name();
      }
    }

    /**
     * Adds a document; its source must be added too, before or after.
     *
     * @throws IllegalArgumentException when a document with this id was already added
     */
    public Builder document(Document document) {
      Objects.requireNonNull(document, "document");
      if (documents.putIfAbsent(document.id(), document) != null) {
        throw new IllegalArgumentException(
            "documents[" + document.id() + "].id: appears twice");
      }
      return this;
    }

    /**
     * Declares that the document republishes the text of another outlet, so that it does not
     * count as an independent voice.
     *
     * @param documentId a document of this corpus (added before or after)
     * @param sourceId the outlet whose text it republishes; it need not be a source of the corpus
     * @throws IllegalArgumentException when this document already declares another origin
     */
    public Builder republishedFrom(String documentId, String sourceId) {
      Checks.nonBlank(documentId, "documentId");
      Checks.nonBlank(sourceId, "sourceId");
      String known = republishedFrom.putIfAbsent(documentId, sourceId);
      if (known != null && !known.equals(sourceId)) {
        throw new IllegalArgumentException("republishedFrom[" + documentId
            + "]: declared twice, differently ('" + known + "' and '" + sourceId + "')");
      }
      return this;
    }

    /**
     * Returns the corpus.
     *
     * @throws IllegalArgumentException naming the field when a document's source was never added
     *     or a republication names a document that was never added
     */
    public Corpus build() {
      for (Document d : documents.values()) {
        if (!sources.containsKey(d.sourceId())) {
          throw new IllegalArgumentException("documents[" + d.id() + "].sourceId: '"
              + d.sourceId() + "' is not among the sources");
        }
      }
      for (String id : republishedFrom.keySet()) {
        if (!documents.containsKey(id)) {
          throw new IllegalArgumentException(
              "republishedFrom[" + id + "]: no document with this id");
        }
      }
      return new Corpus(this);
    }
  }
}
