package org.corroborate.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.Corroborate;
import org.corroborate.impl.stance.Stance;
import org.corroborate.impl.stance.StanceClassifier;
import org.corroborate.impl.stance.StanceResult;
import org.corroborate.impl.verdict.Evidence;
import org.corroborate.impl.verdict.VerdictModel;
import org.corroborate.impl.verdict.VerdictResult;
import org.corroborate.news.ClaimSimilarity;

/**
 * The verdict on each claim from the articles that carry it: each article is assigned to a claim
 * (its {@code claimId}, or the matcher's choice), its stance is read (given, or predicted by the
 * stance classifier), and the claim's {@link Evidence} (word-for-word copies marked, so they count
 * 0) is judged by a {@link VerdictModel}.
 *
 * <p><b>Matching</b> an article without a claim id: the claims' texts and the articles' headlines
 * form one corpus for the lexical claim similarity ({@code "lexical"}: character n-gram and word
 * TF-IDF cosines, IDF from this corpus); the article goes to the claim whose text is most similar
 * to its headline (the first in file order on a tie), when that similarity reaches {@link
 * #MATCH_THRESHOLD} (the lexical similarity's grouping threshold); below it the article is
 * unmatched and reported. On emergent-train with every claim id hidden, 1740 of the 2071 articles
 * (84.0%) land on their own claim, 302 on another and 29 on none; the shipped stance classifier
 * then drops 132 of the placed ones as unrelated (80 wrongly placed, 52 rightly), so that 1688 of
 * the 1910 articles that count (88.4%) count on their own claim. (The stance classifier's
 * P(related) alone would cost one classification per claim and article, against one cheap cosine.)
 *
 * <p><b>Stance</b>: the document is the headline, or the headline and the body ({@link
 * ClaimFiles.Article#document()}); the classifier's AGREE is for, DISAGREE against, DISCUSS
 * observing. An article the classifier finds UNRELATED is dropped from the evidence when the
 * matcher placed it (the classifier vetoes the match); an article whose claim id was given is
 * about its claim by the file's word, so it takes the likeliest of the three related stances. The
 * documents are analysed as one batch of distinct texts: a word-for-word copy adds nothing to the
 * batch, so it cannot move the inverse document frequencies, and so the stance, of any other
 * article.
 *
 * <p><b>Strongest evidence</b>: the article that is not a copy whose removal moves the claim's
 * probability most (the first in file order on a tie), with that move.
 */
final class Verifier {
  /** The least lexical similarity at which the matcher places an article on a claim. */
  static final double MATCH_THRESHOLD = 0.08;

  /**
   * One article as evidence on its claim.
   *
   * @param article the article
   * @param stance its stance as evidence, empty when dropped as unrelated
   * @param predicted the classifier's result, empty when the stance was given
   * @param matched true when the matcher, not the file, put it on its claim
   * @param copy true when it is a word-for-word copy of an earlier article on the claim
   * @param weight what it counts, its outlet's track record ({@link OutletRecords}), in [0, 1]
   */
  record Judged(ClaimFiles.Article article, Optional<Evidence.Stance> stance,
      Optional<StanceResult> predicted, boolean matched, boolean copy, double weight) {}

  /**
   * The verdict on one claim.
   *
   * @param claim the claim
   * @param result the verdict model's result
   * @param outlets the number of distinct outlets among the articles that are not copies
   * @param articles every article on the claim, in file order (dropped ones included)
   * @param strongest the strongest evidence, if any article counts
   * @param shift the probability with the strongest article minus without it (0 when none)
   */
  record ClaimVerdict(ClaimFiles.Claim claim, VerdictResult result, int outlets,
      List<Judged> articles, Optional<Judged> strongest, double shift) {}

  /**
   * All verdicts, in the order of the claims file, and the articles the matcher could place on no
   * claim.
   */
  record Outcome(List<ClaimVerdict> verdicts, List<ClaimFiles.Article> unmatched) {}

  private Verifier() {}

  /**
   * Judges every claim.
   *
   * @param classifier the stance classifier, or null to use the articles' given stances
   * @param model the verdict model
   */
  static Outcome verify(ClaimFiles.Input input, StanceClassifier classifier, VerdictModel model) {
    return verify(input, classifier, model, OutletRecords.NONE);
  }

  /**
   * Judges every claim, each article weighing its outlet's track record in {@code records} (the
   * claim's own articles left out of it).
   *
   * @param classifier the stance classifier, or null to use the articles' given stances
   * @param model the verdict model
   */
  static Outcome verify(ClaimFiles.Input input, StanceClassifier classifier, VerdictModel model,
      OutletRecords records) {
    Map<String, String> claimOf = new HashMap<>();
    Set<String> matched = new java.util.HashSet<>();
    List<ClaimFiles.Article> unmatched = new ArrayList<>();
    Map<String, String> found = match(input.claims(), input.articles());
    for (ClaimFiles.Article a : input.articles()) {
      if (!a.claimId().isEmpty()) {
        claimOf.put(a.id(), a.claimId());
      } else if (found.containsKey(a.id())) {
        claimOf.put(a.id(), found.get(a.id()));
        matched.add(a.id());
      } else {
        unmatched.add(a);
      }
    }
    Map<String, ClaimFiles.Claim> claims = new HashMap<>();
    for (ClaimFiles.Claim c : input.claims()) {
      claims.put(c.id(), c);
    }
    Map<String, List<ClaimFiles.Article>> byClaim = new LinkedHashMap<>();
    for (ClaimFiles.Article a : input.articles()) {
      String c = claimOf.get(a.id());
      if (c != null) {
        byClaim.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
      }
    }
    StancePredictor predictor =
        classifier == null ? null : new StancePredictor(classifier, input.articles());
    List<ClaimVerdict> verdicts = new ArrayList<>();
    for (ClaimFiles.Claim claim : input.claims()) {
      List<Judged> judged = new ArrayList<>();
      for (ClaimFiles.Article a : byClaim.getOrDefault(claim.id(), List.of())) {
        boolean placed = matched.contains(a.id());
        double weight = records.weight(a.outlet(), claim.id());
        if (predictor == null) {
          judged.add(new Judged(a, a.stance(), Optional.empty(), placed, false, weight));
        } else {
          StanceResult r = predictor.classify(claim.text(), a);
          judged.add(new Judged(a, evidence(r, placed), Optional.of(r), placed, false, weight));
        }
      }
      verdicts.add(judge(claim, judged, model));
    }
    return new Outcome(List.copyOf(verdicts), List.copyOf(unmatched));
  }

  /** The stance as evidence: for, against, observing; an unrelated match is dropped. */
  static Optional<Evidence.Stance> evidence(StanceResult r, boolean matched) {
    Stance label = r.label();
    if (label == Stance.UNRELATED) {
      if (matched) {
        return Optional.empty();
      }
      label = Stance.AGREE;
      for (Stance s : new Stance[] {Stance.DISAGREE, Stance.DISCUSS}) {
        if (r.scores().get(s) > r.scores().get(label)) {
          label = s;
        }
      }
    }
    return Optional.of(switch (label) {
      case AGREE -> Evidence.Stance.FOR;
      case DISAGREE -> Evidence.Stance.AGAINST;
      default -> Evidence.Stance.OBSERVING;
    });
  }

  /** The classifier's stance of each article, over one batch of the articles' distinct texts. */
  static final class StancePredictor {
    private final StanceClassifier.Batch batch;
    private final Map<String, String> documentOf = new HashMap<>();

    StancePredictor(StanceClassifier classifier, List<ClaimFiles.Article> articles) {
      Map<String, String> idOfText = new LinkedHashMap<>();
      for (ClaimFiles.Article a : articles) {
        String id = idOfText.computeIfAbsent(a.document(), text -> a.id());
        documentOf.put(a.id(), id);
      }
      Map<String, String> documents = new LinkedHashMap<>();
      idOfText.forEach((text, id) -> documents.put(id, text));
      this.batch = classifier.batch(documents);
    }

    StanceResult classify(String claim, ClaimFiles.Article article) {
      return batch.classify(claim, documentOf.get(article.id()));
    }
  }

  /** The verdict on a claim from its articles, copies marked in file order. */
  static ClaimVerdict judge(ClaimFiles.Claim claim, List<Judged> articles, VerdictModel model) {
    List<Integer> counted = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i).stance().isPresent()) {
        counted.add(i);
      }
    }
    Evidence evidence = evidence(articles);
    List<Judged> marked = new ArrayList<>(articles);
    Set<String> outlets = new LinkedHashSet<>();
    for (int k = 0; k < counted.size(); k++) {
      Evidence.Item item = evidence.items().get(k);
      int i = counted.get(k);
      Judged j = marked.get(i);
      marked.set(i, new Judged(j.article(), j.stance(), j.predicted(), j.matched(), item.copy(),
          j.weight()));
      if (!item.copy()) {
        outlets.add(item.outlet());
      }
    }
    VerdictResult result = model.judge(evidence);
    Judged strongest = null;
    double shift = 0.0;
    for (int k = 0; k < counted.size(); k++) {
      if (evidence.items().get(k).copy()) {
        continue;
      }
      List<Evidence.Item> without = new ArrayList<>(evidence.items());
      without.remove(k);
      double move = result.probability() - model.judge(Evidence.of(without)).probability();
      if (strongest == null || Math.abs(move) > Math.abs(shift)) {
        strongest = marked.get(counted.get(k));
        shift = move;
      }
    }
    return new ClaimVerdict(claim, result, outlets.size(), List.copyOf(marked),
        Optional.ofNullable(strongest), shift);
  }

  /** The evidence of a claim's articles that have a stance, copies marked in file order. */
  static Evidence evidence(List<Judged> articles) {
    Evidence.Builder builder = Evidence.builder();
    for (Judged j : articles) {
      if (j.stance().isPresent()) {
        builder.add(j.article().outlet(), j.stance().get(), j.article().document(),
            java.util.OptionalDouble.of(j.weight()), java.util.OptionalDouble.empty());
      }
    }
    return builder.build();
  }

  /**
   * The claim of each article without a claim id whose headline is lexically most similar to a
   * claim's text, at least {@link #MATCH_THRESHOLD}; article id to claim id.
   */
  static Map<String, String> match(List<ClaimFiles.Claim> claims,
      List<ClaimFiles.Article> articles) {
    List<ClaimFiles.Article> open = new ArrayList<>();
    for (ClaimFiles.Article a : articles) {
      if (a.claimId().isEmpty()) {
        open.add(a);
      }
    }
    Map<String, String> out = new HashMap<>();
    if (open.isEmpty()) {
      return out;
    }
    List<String> texts = new ArrayList<>();
    for (ClaimFiles.Claim c : claims) {
      texts.add(c.text());
    }
    for (ClaimFiles.Article a : open) {
      texts.add(a.headline());
    }
    ClaimSimilarity similarity = Corroborate.claimSimilarity("lexical");
    ClaimSimilarity.Scorer scorer = similarity.prepare(texts);
    int n = claims.size();
    for (int i = 0; i < open.size(); i++) {
      int best = -1;
      double bestScore = MATCH_THRESHOLD;
      for (int c = 0; c < n; c++) {
        double s = scorer.score(n + i, c);
        if (s >= bestScore && (best < 0 || s > bestScore)) {
          best = c;
          bestScore = s;
        }
      }
      if (best >= 0) {
        out.put(open.get(i).id(), claims.get(best).id());
      }
    }
    return out;
  }
}
