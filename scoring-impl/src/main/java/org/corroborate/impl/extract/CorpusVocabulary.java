package org.corroborate.impl.extract;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What documents contribute to the corpus-wide tables of extraction, the {@link AliasTable} and
 * the glue vocabulary of {@link org.corroborate.impl.token.GluedWords}: for each name's spelling
 * key the surface forms written and how often, the pairs of keys the texts define as one name, the
 * one-word names written with an article, the surname pairs found inside one document (rule 5 of
 * {@link AliasTable}), and how often each word of three or more characters occurs.
 *
 * <p>Every part is a count or a set, so contributions add up to the same vocabulary in any order
 * and any grouping: one document's ({@link PatternClaimExtractor#contribution}), a partition's or a
 * whole corpus's. A mutable accumulator, serializable so that a cluster's tasks can send their
 * partial sums; sorted maps throughout, so that equal vocabularies serialize and print alike.
 */
public final class CorpusVocabulary implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Spelling key, then surface form, then how many times it was written. */
  private final TreeMap<String, TreeMap<String, Integer>> surfaces = new TreeMap<>();
  /** Key to the keys the texts define as naming the same entity. */
  private final TreeMap<String, TreeSet<String>> links = new TreeMap<>();
  /** One-word key to the multi-word key it is the surname of, inside one document. */
  private final TreeMap<String, TreeSet<String>> surnames = new TreeMap<>();
  /** One-word keys written with an article ("al-Jolani"). */
  private final TreeSet<String> withArticle = new TreeSet<>();
  /**
   * Word, lower case, to its number of occurrences: every token of the corpus is counted here, so
   * a hash map (counts do not depend on order, and nothing iterates them in an order that shows).
   */
  private final HashMap<String, Integer> words = new HashMap<>();

  /** An empty vocabulary. */
  public CorpusVocabulary() {}

  /** Adds everything {@code other} holds to this vocabulary (counts summed, sets joined); returns this. */
  public CorpusVocabulary addAll(CorpusVocabulary other) {
    Objects.requireNonNull(other, "other");
    for (Map.Entry<String, TreeMap<String, Integer>> e : other.surfaces.entrySet()) {
      TreeMap<String, Integer> own = surfaces.computeIfAbsent(e.getKey(), k -> new TreeMap<>());
      for (Map.Entry<String, Integer> s : e.getValue().entrySet()) {
        own.merge(s.getKey(), s.getValue(), Integer::sum);
      }
    }
    for (Map.Entry<String, TreeSet<String>> e : other.links.entrySet()) {
      links.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).addAll(e.getValue());
    }
    for (Map.Entry<String, TreeSet<String>> e : other.surnames.entrySet()) {
      surnames.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).addAll(e.getValue());
    }
    withArticle.addAll(other.withArticle);
    for (Map.Entry<String, Integer> w : other.words.entrySet()) {
      words.merge(w.getKey(), w.getValue(), Integer::sum);
    }
    return this;
  }

  void surface(String key, String surface) {
    surfaces.computeIfAbsent(key, k -> new TreeMap<>()).merge(surface, 1, Integer::sum);
  }

  void link(String a, String b) {
    links.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
  }

  void surname(String oneWord, String full) {
    surnames.computeIfAbsent(oneWord, k -> new TreeSet<>()).add(full);
  }

  void withArticle(String key) {
    withArticle.add(key);
  }

  /** The word counts, for {@link org.corroborate.impl.token.GluedWords#learn(Map)}. */
  Map<String, Integer> words() {
    return words;
  }

  Map<String, TreeMap<String, Integer>> surfaces() {
    return surfaces;
  }

  Map<String, TreeSet<String>> links() {
    return links;
  }

  Map<String, TreeSet<String>> surnames() {
    return surnames;
  }

  TreeSet<String> withArticle() {
    return withArticle;
  }

  /** How many distinct spelling keys and distinct words it holds, for logs and tests. */
  @Override
  public String toString() {
    return "CorpusVocabulary[" + surfaces.size() + " name keys, " + words.size() + " words]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorpusVocabulary v && surfaces.equals(v.surfaces) && links.equals(v.links)
        && surnames.equals(v.surnames) && withArticle.equals(v.withArticle)
        && words.equals(v.words);
  }

  @Override
  public int hashCode() {
    return Objects.hash(surfaces, links, surnames, withArticle, words);
  }
}
