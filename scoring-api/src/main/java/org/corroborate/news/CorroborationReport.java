package org.corroborate.news;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the news pipeline found in a corpus: sources with their reliability, documents with
 * their signals, claims, clusters (propositions), relations between claims, republications found,
 * and warnings about documents left out.
 *
 * <p>Immutable, and equal to itself written to JSON and read back ({@link
 * NewsScoring#readJson}): numbers are kept to the ten decimal places the JSON report carries.
 * Lists are in a fixed order (sources and documents by id, claims by document then position,
 * clusters by first claim, relations by claim), so the same corpus gives an equal report.
 *
 * <p>A final class built with {@link #builder()}, so that fields added later break no caller.
 */
public final class CorroborationReport {
  /** The schema version this library writes. */
  public static final int SCHEMA_VERSION = 1;

  private final int schemaVersion;
  private final List<SourceResult> sources;
  private final List<DocumentResult> documents;
  private final List<ClaimResult> claims;
  private final List<ClusterResult> clusters;
  private final List<RelationResult> relations;
  private final List<Republication> republications;
  private final List<String> warnings;

  private CorroborationReport(Builder b) {
    this.schemaVersion = b.schemaVersion;
    this.sources = b.sources;
    this.documents = b.documents;
    this.claims = b.claims;
    this.clusters = b.clusters;
    this.relations = b.relations;
    this.republications = b.republications;
    this.warnings = b.warnings;
  }

  /** Returns a builder for a report of schema version {@value #SCHEMA_VERSION}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The JSON report's schema version, {@value #SCHEMA_VERSION}. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** Every source of the corpus, in id order. */
  public List<SourceResult> sources() {
    return sources;
  }

  /** Every document, in id order. */
  public List<DocumentResult> documents() {
    return documents;
  }

  /** Every claim, by document and then position. */
  public List<ClaimResult> claims() {
    return claims;
  }

  /** The propositions, by first claim. */
  public List<ClusterResult> clusters() {
    return clusters;
  }

  /** Relations between claims: all but UNRELATED, plus UNRELATED pairs that looked alike before being kept apart; by claim. */
  public List<RelationResult> relations() {
    return relations;
  }

  /** Documents found to copy another's text. */
  public List<Republication> republications() {
    return republications;
  }

  /** Documents left out (not text), each with the reason. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * How many sentences of all documents were below the check-worthiness threshold and not
   * claims: the sum of {@link DocumentResult#sentencesBelowThreshold()}.
   */
  public int sentencesBelowThreshold() {
    int total = 0;
    for (DocumentResult d : documents) {
      total += d.sentencesBelowThreshold();
    }
    return total;
  }

  /** Returns the source result with this id, if any. */
  public Optional<SourceResult> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Returns the claim with this id, if any. */
  public Optional<ClaimResult> claim(String id) {
    return claims.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Returns the cluster holding the claim with this id, if any. */
  public Optional<ClusterResult> clusterOf(String claimId) {
    return clusters.stream().filter(c -> c.claimIds().contains(claimId)).findFirst();
  }

  /** Two reports are equal when every part is. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CorroborationReport that
        && schemaVersion == that.schemaVersion
        && sources.equals(that.sources)
        && documents.equals(that.documents)
        && claims.equals(that.claims)
        && clusters.equals(that.clusters)
        && relations.equals(that.relations)
        && republications.equals(that.republications)
        && warnings.equals(that.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schemaVersion, sources, documents, claims, clusters, relations, republications, warnings);
  }

  /** A short summary: the schema version and the size of each part. */
  @Override
  public String toString() {
    return "CorroborationReport{schemaVersion=" + schemaVersion
        + ", sources=" + sources.size()
        + ", documents=" + documents.size()
        + ", claims=" + claims.size()
        + ", clusters=" + clusters.size()
        + ", relations=" + relations.size()
        + ", republications=" + republications.size()
        + ", warnings=" + warnings.size() + "}";
  }

  /**
   * Collects the parts of a report; each list is copied when given, must hold no null and may be
   * given once; a part not given is empty. Not thread-safe.
   */
  public static final class Builder {
    private int schemaVersion = SCHEMA_VERSION;
    private boolean versionSet;
    private List<SourceResult> sources = List.of();
    private boolean sourcesSet;
    private List<DocumentResult> documents = List.of();
    private boolean documentsSet;
    private List<ClaimResult> claims = List.of();
    private boolean claimsSet;
    private List<ClusterResult> clusters = List.of();
    private boolean clustersSet;
    private List<RelationResult> relations = List.of();
    private boolean relationsSet;
    private List<Republication> republications = List.of();
    private boolean republicationsSet;
    private List<String> warnings = List.of();
    private boolean warningsSet;

    private Builder() {}

    /**
     * Sets the schema version, which must be {@value #SCHEMA_VERSION} (the one this library
     * reads and writes).
     *
     * @throws IllegalArgumentException for another version
     * @throws IllegalStateException if the version was already set
     */
    public Builder schemaVersion(int version) {
      if (version != SCHEMA_VERSION) {
        throw new IllegalArgumentException(
            "schemaVersion: must be " + SCHEMA_VERSION + ", was " + version);
      }
      versionSet = once(versionSet, "schemaVersion");
      this.schemaVersion = version;
      return this;
    }

    /**
     * Sets every source of the corpus, in id order.
     *
     * @throws NullPointerException if the list or one of its elements is null
     * @throws IllegalStateException if already set
     */
    public Builder sources(List<SourceResult> sources) {
      sourcesSet = once(sourcesSet, "sources");
      this.sources = List.copyOf(sources);
      return this;
    }

    /**
     * Sets every document, in id order.
     *
     * @throws NullPointerException if the list or one of its elements is null
     * @throws IllegalStateException if already set
     */
    public Builder documents(List<DocumentResult> documents) {
      documentsSet = once(documentsSet, "documents");
      this.documents = List.copyOf(documents);
      return this;
    }

    /**
     * Sets every claim, by document and then position.
     *
     * @throws NullPointerException if the list or one of its elements is null
     * @throws IllegalStateException if already set
     */
    public Builder claims(List<ClaimResult> claims) {
      claimsSet = once(claimsSet, "claims");
      this.claims = List.copyOf(claims);
      return this;
    }

    /**
     * Sets the propositions, by first claim.
     *
     * @throws NullPointerException if the list or one of its elements is null
     * @throws IllegalStateException if already set
     */
    public Builder clusters(List<ClusterResult> clusters) {
      clustersSet = once(clustersSet, "clusters");
      this.clusters = List.copyOf(clusters);
      return this;
    }

    /**
     * Sets relations between claims: all but UNRELATED, plus UNRELATED pairs that looked alike before being kept apart; by claim.
     *
     * @throws NullPointerException if the list or one of its elements is null
     * @throws IllegalStateException if already set
     */
    public Builder relations(List<RelationResult> relations) {
      relationsSet = once(relationsSet, "relations");
      this.relations = List.copyOf(relations);
      return this;
    }

    /**
     * Sets documents found to copy another's text.
     *
     * @throws NullPointerException if the list or one of its elements is null
     * @throws IllegalStateException if already set
     */
    public Builder republications(List<Republication> republications) {
      republicationsSet = once(republicationsSet, "republications");
      this.republications = List.copyOf(republications);
      return this;
    }

    /**
     * Sets documents left out (not text), each with the reason.
     *
     * @throws NullPointerException if the list or one of its elements is null
     * @throws IllegalStateException if already set
     */
    public Builder warnings(List<String> warnings) {
      warningsSet = once(warningsSet, "warnings");
      this.warnings = List.copyOf(warnings);
      return this;
    }

    /** Returns the report. */
    public CorroborationReport build() {
      return new CorroborationReport(this);
    }

    private static boolean once(boolean set, String part) {
      if (set) {
        throw new IllegalStateException(part + ": already set");
      }
      return true;
    }
  }
}
