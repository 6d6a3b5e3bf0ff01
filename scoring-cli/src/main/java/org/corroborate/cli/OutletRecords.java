package org.corroborate.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.impl.verdict.Evidence;
import org.corroborate.news.Verdict;

/**
 * Each outlet's track record on the claims whose truth is known: how often its stated stance was
 * right (for on a true claim, against on a false one) out of the times it took a side, and the
 * weight that gives its article: {@code min(1, 2 (right + 1) / (sides + 2))}. An outlet with no
 * record weighs 1, as every article weighed when the verdict model was fitted on Emergent; one
 * whose record is mostly wrong weighs less (a satire site that states false rumours as fact), and
 * none weighs more than 1. The record of a claim's own articles is left out when that claim is
 * judged, so a claim's gold truth never weighs its own evidence.
 *
 * <p>Stances are the articles' given ones (the file's stance column); an article without one,
 * or only observing, adds nothing to the record.
 */
final class OutletRecords {
  /** No record: every outlet weighs 1. */
  static final OutletRecords NONE = new OutletRecords(Map.of(), Map.of());

  /** Outlet to {right, sides} over all the resolved claims. */
  private final Map<String, int[]> totals;
  /** Claim id to outlet to {right, sides} of that claim's articles. */
  private final Map<String, Map<String, int[]>> byClaim;

  private OutletRecords(Map<String, int[]> totals, Map<String, Map<String, int[]>> byClaim) {
    this.totals = totals;
    this.byClaim = byClaim;
  }

  /** The records of the outlets on the resolved claims of {@code input} (gold TRUE or FALSE). */
  static OutletRecords of(ClaimFiles.Input input) {
    Map<String, Verdict> truth = new HashMap<>();
    for (ClaimFiles.Claim c : input.claims()) {
      c.truth().filter(t -> t != Verdict.UNVERIFIED).ifPresent(t -> truth.put(c.id(), t));
    }
    Map<String, int[]> totals = new HashMap<>();
    Map<String, Map<String, int[]>> byClaim = new HashMap<>();
    for (ClaimFiles.Article a : input.articles()) {
      Verdict t = truth.get(a.claimId());
      if (t == null || a.stance().isEmpty() || a.stance().get() == Evidence.Stance.OBSERVING) {
        continue;
      }
      boolean right = (a.stance().get() == Evidence.Stance.FOR) == (t == Verdict.TRUE);
      add(totals, a.outlet(), right);
      add(byClaim.computeIfAbsent(a.claimId(), k -> new HashMap<>()), a.outlet(), right);
    }
    return new OutletRecords(totals, byClaim);
  }

  private static void add(Map<String, int[]> records, String outlet, boolean right) {
    int[] r = records.computeIfAbsent(outlet, k -> new int[2]);
    r[0] += right ? 1 : 0;
    r[1]++;
  }

  /** The weight of {@code outlet}'s article on claim {@code claimId}, that claim's record left out. */
  double weight(String outlet, String claimId) {
    int[] total = totals.get(outlet);
    if (total == null) {
      return 1.0;
    }
    int right = total[0];
    int sides = total[1];
    int[] own = byClaim.getOrDefault(claimId, Map.of()).get(outlet);
    if (own != null) {
      right -= own[0];
      sides -= own[1];
    }
    return Math.min(1.0, 2.0 * (right + 1) / (sides + 2));
  }

  /** The outlets with a record, for tests. */
  List<String> outlets() {
    return totals.keySet().stream().sorted().toList();
  }
}
