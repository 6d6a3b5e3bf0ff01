package org.corroborate.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A publisher or provider of documents or observations.
 *
 * <p>Immutable; identity is the {@code id}. A prior reliability, when given, is the caller's belief
 * in [0, 1] before any evidence and is combined with discovered trust by the algorithms that accept
 * priors.
 *
 * @param id non-blank identifier, unique within a corpus
 * @param name display name, non-blank
 * @param domain the web domain, if known
 * @param kind what kind of source this is
 * @param priorReliability prior belief in [0, 1], or empty
 */
public record Source(
    String id,
    String name,
    Optional<String> domain,
    SourceKind kind,
    OptionalDouble priorReliability) {

  /** Validates every component; see the record description for the rules. */
  public Source {
    id = Checks.nonBlank(id, "id");
    name = Checks.nonBlank(name, "name");
    Objects.requireNonNull(domain, "domain");
    domain.ifPresent(d -> Checks.nonBlank(d, "domain"));
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(priorReliability, "priorReliability");
    if (priorReliability.isPresent()) {
      Checks.probability(priorReliability.getAsDouble(), "priorReliability");
    }
  }

  /** Returns a source of unknown kind, with no domain and no prior, named after its id. */
  public static Source of(String id) {
    return new Source(id, id, Optional.empty(), SourceKind.UNKNOWN, OptionalDouble.empty());
  }

  /** Returns a copy of this source with the given prior reliability in [0, 1]. */
  public Source withPriorReliability(double prior) {
    return new Source(id, name, domain, kind, OptionalDouble.of(prior));
  }
}
