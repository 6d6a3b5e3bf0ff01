package org.corroborate.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corroborate.Explanation;

/**
 * A proposition: claims about the same thing, grouped into positions (claims that agree with each
 * other), with the confidence that its leading position is true (from its corroboration) and the
 * verdict on it (from how the outlets carry it).
 *
 * @param id the cluster's id
 * @param claimIds its claims
 * @param confidence the confidence in [0, 1] that the leading position is true
 * @param sourceIds the sources whose claims it holds
 * @param voices the independent voices among them: sources that republish another's text, and
 *     claims traced to the same upstream speaker, count once
 * @param positions the claim ids of each position, the leading one first
 * @param status corroborated, contested or standing alone
 * @param explanation how the confidence was computed; its value equals {@code confidence}
 * @param verdict whether the leading position is true: TRUE, FALSE or UNVERIFIED with its
 *     probability, counts and explanation
 */
public record ClusterResult(
    String id, List<String> claimIds, double confidence, List<String> sourceIds,
    List<String> voices, List<List<String>> positions, ClusterStatus status,
    Explanation explanation, PropositionVerdict verdict) {

  /** Checks the score and its explanation and copies the lists. */
  public ClusterResult {
    Objects.requireNonNull(id, "id");
    claimIds = List.copyOf(claimIds);
    Results.unit(confidence, "clusters[" + id + "].confidence");
    sourceIds = List.copyOf(sourceIds);
    voices = List.copyOf(voices);
    List<List<String>> copied = new ArrayList<>();
    for (List<String> p : positions) {
      copied.add(List.copyOf(p));
    }
    positions = List.copyOf(copied);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(explanation, "explanation")
        .requireExplains(confidence, "clusters[" + id + "].confidence");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** The number of sources, {@code sourceIds().size()}. */
  public int sources() {
    return sourceIds.size();
  }

  /** The number of independent voices, {@code voices().size()}. */
  public int independentSources() {
    return voices.size();
  }
}
