package org.corroborate.impl.extract;

import java.util.Objects;
import org.corroborate.impl.token.Span;

/**
 * A named entity (person, organisation, place, group) or acronym found in text.
 *
 * @param surface the characters as written
 * @param key the alias key: equal for every spelling of the same name (transliteration variants,
 *     acronym and expansion, declared aliases); the canonical display name is looked up from it
 * @param span where the mention lies in the original text
 */
public record EntityMention(String surface, String key, Span span) {
  /** Checks the components as the record's description states. */
  public EntityMention {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(span, "span");
  }
}
