package org.corroborate.impl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.impl.lang.WordLists;

/**
 * The entities of a corpus merged into groups: every spelling of one name shares a group, whose
 * key identifies the entity in claims and whose canonical name is shown in reports.
 *
 * <p>Names join a group when (in this order, by union-find over {@link AliasNormaliser} keys):
 *
 * <ol>
 *   <li>their keys are equal (transliteration variants);
 *   <li>they are declared aliases ({@code aliases.txt} and {@link Builder#declare});
 *   <li>the text defines one as the other: "Syrian Democratic Forces (SDF)" and "SDF (Syrian
 *       Democratic Forces)" when the acronym's letters follow the initials of the expansion's
 *       words; "X, also known as Y", "X (aka Y)", "X, known as Y", "using the original name of Y"
 *       ({@link EntityExtractor} finds these);
 *   <li>both have the same number of words (two or more), the same last word, and every other
 *       word one edit apart ("Mohammed Shia al-Sudani", "Muhammad Shia al-Sudani");
 *   <li>a one-word name equals the last word of exactly one multi-word name without connector
 *       words ("of", "and", "for") in the same document ("Sharifi" after "Ahmad al-Sharifi"), or
 *       anywhere in the corpus when it was written with an article ("al-Jolani"); declared names
 *       never take part in this rule.
 * </ol>
 *
 * <p>A group's canonical name is its surface form with the most words, ties broken by frequency
 * and then by lexicographic order; its key is the smallest key in the group. Deterministic and
 * independent of the order names were added. Serializable, so that a cluster can send it to its
 * tasks.
 */
public final class AliasTable implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> groupOf;
  private final Map<String, String> canonical;
  private final Map<String, SortedSet<String>> members;

  private final AliasNormaliser normaliser;

  private AliasTable(AliasNormaliser normaliser, Map<String, String> groupOf,
      Map<String, String> canonical, Map<String, SortedSet<String>> members) {
    this.normaliser = normaliser;
    this.groupOf = groupOf;
    this.canonical = canonical;
    this.members = members;
  }

  /** The group key of a name (its own spelling key when the table never saw it). */
  public String key(String surfaceOrKey) {
    String direct = groupOf.get(surfaceOrKey);
    if (direct != null) {
      return direct;
    }
    String k = normaliser.key(surfaceOrKey);
    return groupOf.getOrDefault(k, k);
  }

  /** The canonical display name of the group a name or key belongs to. */
  public String canonical(String surfaceOrKey) {
    String group = key(surfaceOrKey);
    return canonical.getOrDefault(group, surfaceOrKey);
  }

  /** The spelling keys merged into the group of a name, sorted. */
  SortedSet<String> members(String surfaceOrKey) {
    return members.getOrDefault(key(surfaceOrKey), new TreeSet<>(Set.of(key(surfaceOrKey))));
  }

  static Builder builder(AliasNormaliser normaliser, Set<String> surnameBlock) {
    return new Builder(normaliser, surnameBlock);
  }

  /**
   * Collects declarations and a {@link CorpusVocabulary}, then merges them. A builder holding
   * only declarations also makes each document's contribution to a vocabulary ({@link #mention},
   * {@link #link}, {@link #surnames}), which needs the declared names (rule 5 leaves them out).
   */
  static final class Builder {
    private final AliasNormaliser normaliser;
    private final Set<String> surnameBlock;
    private final List<String[]> links = new ArrayList<>();
    private final Set<String> declared = new TreeSet<>();
    private final Map<String, String> declaredCanonical = new TreeMap<>();
    private final CorpusVocabulary vocabulary = new CorpusVocabulary();

    private Builder(AliasNormaliser normaliser, Set<String> surnameBlock) {
      this.normaliser = normaliser;
      // keys hold folded words: fold the list's words the same way
      Set<String> folded = new TreeSet<>();
      for (String w : surnameBlock) {
        folded.add(AliasNormaliser.fold(w));
      }
      this.surnameBlock = Set.copyOf(folded);
    }

    /** Adds the declared groups of {@code aliases.txt}-format lines. */
    Builder declareAll(List<String> lines) {
      for (WordLists.Entry e : WordLists.entries("aliases", lines, "Canonical: alias | alias")) {
        List<String> aliases = new ArrayList<>();
        for (String a : e.value().split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(a.strip());
          }
        }
        declare(e.key(), aliases.toArray(new String[0]));
      }
      return this;
    }

    /** Declares that {@code aliases} name {@code canonicalName}, which reports then show. */
    Builder declare(String canonicalName, String... aliases) {
      Objects.requireNonNull(canonicalName, "canonicalName");
      String ck = normaliser.key(canonicalName);
      if (ck.isEmpty()) {
        throw new IllegalArgumentException("declared name has no letters: '" + canonicalName + "'");
      }
      declared.add(ck);
      declaredCanonical.put(ck, canonicalName);
      for (String a : aliases) {
        String k = normaliser.key(a);
        if (!k.isEmpty()) {
          declared.add(k);
          links.add(new String[] {ck, k});
        }
      }
      return this;
    }

    /** Adds the names, definitions and surnames of a corpus's documents. */
    Builder vocabulary(CorpusVocabulary v) {
      vocabulary.addAll(v);
      return this;
    }

    /**
     * Records a mention of {@code surface} in {@code into}; returns its spelling key, empty (and
     * nothing recorded) for a name without letters or digits.
     */
    String mention(CorpusVocabulary into, String surface, boolean articlePrefixed) {
      String k = normaliser.key(surface);
      if (k.isEmpty()) {
        return k;
      }
      into.surface(k, surface);
      if (articlePrefixed && k.indexOf(' ') < 0) {
        into.withArticle(k);
      }
      return k;
    }

    /** Records in {@code into} that the text says two names name the same entity. */
    void link(CorpusVocabulary into, String a, String b) {
      String ka = normaliser.key(a);
      String kb = normaliser.key(b);
      if (!ka.isEmpty() && !kb.isEmpty()) {
        into.link(ka, kb);
      }
    }

    /**
     * Rule 5 inside one document: records in {@code into} each one-word name of {@code
     * documentKeys} (the spelling keys of one document's names) that is the last word of exactly
     * one of its multi-word names without connector words, declared names left out.
     */
    void surnames(CorpusVocabulary into, SortedSet<String> documentKeys) {
      Map<String, List<String>> candidates = new TreeMap<>();
      for (String k : documentKeys) {
        String[] w = k.split(" ");
        if (w.length >= 2 && w.length <= 4 && !declared.contains(k) && !hasConnector(w)) {
          candidates.computeIfAbsent(w[w.length - 1], x -> new ArrayList<>()).add(k);
        }
      }
      for (String k : documentKeys) {
        if (k.indexOf(' ') >= 0 || declared.contains(k)) {
          continue;
        }
        List<String> full = candidates.get(k);
        if (full != null && full.size() == 1) {
          into.surname(k, full.get(0));
        }
      }
    }

    AliasTable build() {
      Map<String, TreeMap<String, Integer>> surfaces = vocabulary.surfaces();
      TreeSet<String> all = new TreeSet<>(surfaces.keySet());
      for (String[] l : links) {
        all.add(l[0]);
        all.add(l[1]);
      }
      for (Map.Entry<String, TreeSet<String>> l : vocabulary.links().entrySet()) {
        all.add(l.getKey());
        all.addAll(l.getValue());
      }
      List<String> keys = new ArrayList<>(all);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        index.put(keys.get(i), i);
      }
      DisjointSets sets = new DisjointSets(keys.size());
      for (String[] l : links) {
        sets.union(index.get(l[0]), index.get(l[1]));
      }
      for (Map.Entry<String, TreeSet<String>> l : vocabulary.links().entrySet()) {
        for (String b : l.getValue()) {
          sets.union(index.get(l.getKey()), index.get(b));
        }
      }
      // rule 4: same length, same last word, other words one edit apart
      Map<String, List<String>> byLast = new TreeMap<>();
      for (String k : keys) {
        String[] w = k.split(" ");
        if (w.length >= 2) {
          byLast.computeIfAbsent(w.length + "|" + w[w.length - 1], x -> new ArrayList<>()).add(k);
        }
      }
      for (List<String> group : byLast.values()) {
        for (int x = 0; x < group.size(); x++) {
          for (int y = x + 1; y < group.size() && y < x + 64; y++) {
            if (wordsOneEditApart(group.get(x), group.get(y))) {
              sets.union(index.get(group.get(x)), index.get(group.get(y)));
            }
          }
        }
      }
      // rule 5: surnames, found in each document (surnames)
      for (Map.Entry<String, TreeSet<String>> one : vocabulary.surnames().entrySet()) {
        for (String full : one.getValue()) {
          sets.union(index.get(one.getKey()), index.get(full));
        }
      }
      Map<String, List<String>> corpusCandidates = new TreeMap<>();
      for (String k : keys) {
        String[] w = k.split(" ");
        if (w.length >= 2 && w.length <= 4 && !declared.contains(k) && !hasConnector(w)) {
          corpusCandidates.computeIfAbsent(w[w.length - 1], x -> new ArrayList<>()).add(k);
        }
      }
      for (String k : vocabulary.withArticle()) {
        List<String> full = corpusCandidates.get(k);
        if (!declared.contains(k) && full != null) {
          TreeSet<Integer> roots = new TreeSet<>();
          for (String f : full) {
            roots.add(sets.find(index.get(f)));
          }
          if (roots.size() == 1) {
            sets.union(index.get(k), roots.first());
          }
        }
      }
      // groups, keys and canonical names
      Map<Integer, TreeSet<String>> groups = new TreeMap<>();
      for (String k : keys) {
        groups.computeIfAbsent(sets.find(index.get(k)), x -> new TreeSet<>()).add(k);
      }
      Map<String, String> groupOf = new HashMap<>();
      Map<String, String> canonical = new HashMap<>();
      Map<String, SortedSet<String>> members = new HashMap<>();
      for (TreeSet<String> group : groups.values()) {
        String groupKey = group.first();
        members.put(groupKey, java.util.Collections.unmodifiableSortedSet(group));
        String best = null;
        int bestWords = -1;
        int bestCount = -1;
        for (String k : group) {
          if (declaredCanonical.containsKey(k)) {
            best = declaredCanonical.get(k);
            bestWords = Integer.MAX_VALUE;
            break;
          }
        }
        for (String k : group) {
          if (bestWords == Integer.MAX_VALUE) {
            break;
          }
          for (Map.Entry<String, Integer> s
              : surfaces.getOrDefault(k, new TreeMap<>()).entrySet()) {
            int words = AliasNormaliser.words(s.getKey()).size();
            boolean better = words > bestWords
                || (words == bestWords && s.getValue() > bestCount)
                || (words == bestWords && s.getValue() == bestCount && s.getKey().compareTo(best) < 0);
            if (better) {
              best = s.getKey();
              bestWords = words;
              bestCount = s.getValue();
            }
          }
        }
        if (best == null) {
          best = groupKey;
        }
        for (String k : group) {
          groupOf.put(k, groupKey);
        }
        canonical.put(groupKey, best);
      }
      return new AliasTable(normaliser, groupOf, canonical, members);
    }

    private boolean hasConnector(String[] words) {
      for (String w : words) {
        if (surnameBlock.contains(w)) {
          return true;
        }
      }
      return false;
    }

    private static boolean wordsOneEditApart(String a, String b) {
      String[] wa = a.split(" ");
      String[] wb = b.split(" ");
      for (int i = 0; i < wa.length - 1; i++) {
        if (wa[i].length() < 4 || wb[i].length() < 4) {
          if (!wa[i].equals(wb[i])) {
            return false;
          }
        } else if (!AliasNormaliser.oneEditApart(wa[i], wb[i])) {
          return false;
        }
      }
      return true;
    }
  }
}
