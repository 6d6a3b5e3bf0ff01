package org.corroborate.impl.reliability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.match.ClaimStatistics;
import org.corroborate.impl.relate.AgreementScorer;
import org.corroborate.impl.relate.AgreementSettings;
import org.corroborate.news.Quantity;
import org.corroborate.news.RelationType;

/**
 * Finds figures that disagree inside one document: the matcher relates claims of different
 * documents only, so the claims with figures of each document are related here, pair by pair,
 * with the same {@link AgreementScorer}.
 *
 * <p>Cost: claims are compared only with claims of the same document counting the same thing
 * (the counted noun, else the unit), at most {@link #MAX_GROUP} of them per group (the first in
 * text order), so the work is at most {@code MAX_GROUP^2 / 2} relations per group and linear in
 * the corpus.
 */
public final class SelfConsistency {
  static final int MAX_GROUP = 50;

  private SelfConsistency() {}

  /** Per document id, how many of its claims with figures conflict with another of its claims. */
  public static Map<String, Integer> conflicting(
      List<ExtractedClaim> claims, AgreementSettings settings, MatchingLexicon lexicon) {
    Map<String, Map<String, List<Integer>>> groups = new TreeMap<>();
    for (int i = 0; i < claims.size(); i++) {
      ExtractedClaim c = claims.get(i);
      Set<String> keys = new HashSet<>();
      for (Quantity q : c.quantities()) {
        keys.add(q.counted().orElse("unit:" + q.unit()));
      }
      for (String key : keys) {
        List<Integer> group = groups.computeIfAbsent(c.documentId(), k -> new TreeMap<>())
            .computeIfAbsent(key, k -> new ArrayList<>());
        if (group.size() < MAX_GROUP) {
          group.add(i);
        }
      }
    }
    Map<String, Integer> out = new TreeMap<>();
    if (groups.isEmpty()) {
      return out;
    }
    AgreementScorer scorer = new AgreementScorer(settings, lexicon, new ClaimStatistics(claims));
    for (Map.Entry<String, Map<String, List<Integer>>> document : groups.entrySet()) {
      Set<Integer> involved = new HashSet<>();
      for (List<Integer> group : document.getValue().values()) {
        for (int x = 0; x < group.size(); x++) {
          for (int y = x + 1; y < group.size(); y++) {
            int a = group.get(x);
            int b = group.get(y);
            RelationType type = scorer.relate(a, claims.get(a), b, claims.get(b)).type();
            if (type.sameProposition() && !type.samePosition()) {
              involved.add(a);
              involved.add(b);
            }
          }
        }
      }
      if (!involved.isEmpty()) {
        out.put(document.getKey(), involved.size());
      }
    }
    return out;
  }
}
