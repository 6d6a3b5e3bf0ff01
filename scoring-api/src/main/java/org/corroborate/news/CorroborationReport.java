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
 * @param schemaVersion the JSON report's schema version, {@value #SCHEMA_VERSION}
 * @param sources every source of the corpus, in id order
 * @param documents every document, in id order
 * @param claims every claim
 * @param clusters the propositions
 * @param relations relations between claims: all but UNRELATED, plus UNRELATED pairs that looked
 *     alike before being kept apart
 * @param republications documents found to copy another's text
 * @param warnings documents left out (not text), each with the reason
 */
public record CorroborationReport(
    int schemaVersion, List<SourceResult> sources, List<DocumentResult> documents,
    List<ClaimResult> claims, List<ClusterResult> clusters, List<RelationResult> relations,
    List<Republication> republications, List<String> warnings) {

  /** The schema version this library writes. */
  public static final int SCHEMA_VERSION = 1;

  /** Copies the lists. */
  public CorroborationReport {
    if (schemaVersion != SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "schemaVersion: must be " + SCHEMA_VERSION + ", was " + schemaVersion);
    }
    sources = List.copyOf(sources);
    documents = List.copyOf(documents);
    claims = List.copyOf(claims);
    clusters = List.copyOf(clusters);
    relations = List.copyOf(relations);
    republications = List.copyOf(republications);
    warnings = List.copyOf(warnings);
    for (String w : warnings) {
      Objects.requireNonNull(w, "warnings");
    }
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
}
