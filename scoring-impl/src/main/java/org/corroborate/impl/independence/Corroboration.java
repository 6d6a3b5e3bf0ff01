package org.corroborate.impl.independence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.corroborate.Combination;
import org.corroborate.Corroborate;
import org.corroborate.Explanation;
import org.corroborate.impl.extract.DisjointSets;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.match.ClaimMatcher;
import org.corroborate.impl.match.ClaimStatistics;
import org.corroborate.impl.relate.AgreementScorer;
import org.corroborate.impl.relate.AgreementSettings;
import org.corroborate.impl.relate.ClaimRelation;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Value;
import org.corroborate.news.ClusterStatus;
import org.corroborate.news.RelationType;
import org.corroborate.news.Republication;
import org.corroborate.news.ScoringConfig;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueConfidence;

/**
 * From extracted claims to corroboration: candidate pairs by blocking ({@link ClaimMatcher}),
 * relations ({@link AgreementScorer}), clusters of claims about the same proposition, the
 * independent voices behind each, and cluster confidence and source trust from the
 * truth-discovery engine.
 *
 * <p><b>Repeats.</b> Claims with the same letters and digits (case aside) are matched once: each
 * later copy is linked to the first by an AGREES relation of score 1 ("one claim repeated") and
 * shares its position, so that a text republished many times costs matching once.
 *
 * <p><b>Clusters.</b> Claims linked by AGREES, REFINES or CONFLICTS are one proposition (connected
 * components); a claim linked to nothing is a proposition of its own. Inside a cluster, claims
 * linked by AGREES or REFINES hold the same <i>position</i>; a CONFLICTS link separates positions.
 *
 * <p><b>Voices.</b> A claim attributed to a named speaker is that speaker's voice (two outlets
 * quoting the SDF are one voice: the SDF). Otherwise it is its document's origin: the outlet a
 * document declares it republishes, else for documents that share most of their text ({@link
 * RepublicationFinder}) the source of the earliest of them, else the document's own source. {@code
 * independentSources} counts distinct voices.
 *
 * <p><b>Engine.</b> Each cluster is an item, each position a value, each document's source a
 * source, except that a document republishing another's text (declared, or found) observes
 * under its origin's id, so that a copy repeats the origin's observations instead of adding a
 * witness (and a source all of whose documents are copies gets no trust from the engine); the
 * configured algorithm (default {@code accu}) gives every position a confidence and
 * every source a trust. <b>Cluster confidence</b> is {@code conf(leading position) * (1 - (1 -
 * voiceWeight)^k)}, {@code k} the independent voices of the leading position: with {@code
 * voiceWeight = .5} one voice gives .5, two .75, three .875; copies add nothing.
 */
public final class Corroboration {
  /** Words in the sequences (shingles) compared to find a republished text. */
  public static final int SHINGLE_WORDS = RepublicationFinder.SHINGLE;

  /** A document as the analysis sees it. */
  public record DocumentInfo(
      String id, String sourceId, Optional<PartialDate> published, Optional<String> republishedFrom,
      String text) {
    /** Checks the components as the record's description states. */
    public DocumentInfo {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(sourceId, "sourceId");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(republishedFrom, "republishedFrom");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * One proposition.
   *
   * @param id {@code c1}, {@code c2}, ... in order of first claim
   * @param claims indices of its claims, ascending
   * @param positions the claims of each position, ascending; the leading position first
   * @param sources distinct source ids, sorted
   * @param voices distinct voices, sorted
   * @param leadingVoices distinct voices of the leading position, sorted
   * @param status corroborated, contested or uncorroborated
   * @param confidence conf(leading position) times the corroboration of its voices
   * @param explanation how {@code confidence} was computed
   */
  public record Cluster(
      String id, List<Integer> claims, List<List<Integer>> positions, List<String> sources,
      List<String> voices, List<String> leadingVoices, ClusterStatus status, double confidence,
      Explanation explanation) {}

  /**
   * Everything the analysis found.
   *
   * @param claims the claims, as given
   * @param voices the voice of each claim
   * @param relations relations other than UNRELATED, plus UNRELATED pairs that looked alike
   *     before the gates kept them apart; sorted by claim indices
   * @param clusters the propositions, in order of first claim
   * @param trust the engine's trust of each source, by source id
   * @param copies documents found to republish another's text
   * @param blocking the matcher's statistics
   */
  public record Result(
      List<ExtractedClaim> claims, List<String> voices, List<ClaimRelation> relations,
      List<Cluster> clusters, Map<String, SourceTrust> trust, List<Republication> copies,
      ClaimMatcher.Result blocking) {}

  /**
   * The analysis settings, as a {@link ScoringConfig} sets them ({@link #of}).
   *
   * @param agreement weights and thresholds of the agreement scorer
   * @param algorithm truth-discovery algorithm over clusters ({@link ScoringConfig#algorithm()})
   * @param voiceWeight how much one independent voice adds to a cluster's confidence ({@link
   *     ScoringConfig#voiceWeight()})
   * @param maxBlock largest block the matcher compares ({@link ScoringConfig#maxBlockSize()})
   * @param maxCandidates most candidate partners kept per claim ({@link
   *     ScoringConfig#maxCandidatesPerClaim()})
   * @param copyThreshold containment from which a document republishes another ({@link
   *     ScoringConfig#copyThreshold()})
   * @param maxShinglePostings most documents one shared shingle pairs all of ({@link
   *     ScoringConfig#maxShinglePostings()})
   */
  public record Settings(
      AgreementSettings agreement, String algorithm, double voiceWeight, int maxBlock,
      int maxCandidates, double copyThreshold, int maxShinglePostings) {
    /** Checks the components as the record's description states. */
    public Settings {
      Objects.requireNonNull(agreement, "agreement");
      Objects.requireNonNull(algorithm, "algorithm");
      if (!(voiceWeight > 0 && voiceWeight < 1)) {
        throw new IllegalArgumentException("voiceWeight must be in (0, 1), was " + voiceWeight);
      }
      if (!(copyThreshold > 0 && copyThreshold <= 1)) {
        throw new IllegalArgumentException("copyThreshold must be in (0, 1], was " + copyThreshold);
      }
      if (maxShinglePostings < 2) {
        throw new IllegalArgumentException(
            "maxShinglePostings must be at least 2, was " + maxShinglePostings);
      }
    }

    /** The settings of {@code config}. */
    public static Settings of(ScoringConfig config) {
      return new Settings(AgreementSettings.of(config), config.algorithm(), config.voiceWeight(),
          config.maxBlockSize(), config.maxCandidatesPerClaim(), config.copyThreshold(),
          config.maxShinglePostings());
    }

    /** The settings of {@link ScoringConfig#defaults()}. */
    public static Settings defaults() {
      return of(ScoringConfig.defaults());
    }
  }

  private Corroboration() {}

  /** Matches, relates and clusters {@code claims}, counts the independent voices behind each cluster and runs the engine over the clusters. */
  public static Result analyse(
      List<DocumentInfo> documents, List<ExtractedClaim> claims, Settings settings,
      MatchingLexicon lexicon, UnaryOperator<String> speakerKey) {
    // a claim repeated word for word (a republished text, a wire copy) is matched once: its
    // copies join the first occurrence's position through an AGREES "same text" relation
    List<ClaimRelation> relations = new ArrayList<>();
    DisjointSets propositions = new DisjointSets(claims.size());
    DisjointSets positions = new DisjointSets(claims.size());
    Map<String, Integer> firstWithText = new HashMap<>();
    List<Integer> distinct = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Integer first = firstWithText.putIfAbsent(ClaimMatcher.squeezed(claims.get(i).text()), i);
      if (first == null) {
        distinct.add(i);
        continue;
      }
      relations.add(new ClaimRelation(first, i, RelationType.AGREES, 1.0,
          Explanation.leaf(1.0, "AGREES: the same text as " + claims.get(first).id()
              + " (letters and digits, case aside): one claim repeated"), false));
      propositions.union(first, i);
      positions.union(first, i);
    }
    List<ExtractedClaim> matched = new ArrayList<>(distinct.size());
    for (int i : distinct) {
      matched.add(claims.get(i));
    }
    ClaimStatistics statistics = new ClaimStatistics(matched);
    AgreementScorer scorer = new AgreementScorer(settings.agreement(), lexicon, statistics);
    ClaimMatcher.Result blocking = new ClaimMatcher(settings.maxBlock(), settings.maxCandidates(),
        lexicon).candidates(matched);
    for (int[] pair : blocking.pairs()) {
      int a = distinct.get(pair[0]);
      int b = distinct.get(pair[1]);
      Optional<ClaimRelation> reported = scorer.reported(a, claims.get(a), b, claims.get(b));
      if (reported.isEmpty()) {
        continue; // a plain UNRELATED, which is not reported
      }
      ClaimRelation r = reported.get();
      relations.add(r);
      if (!r.type().sameProposition()) {
        continue; // kept apart
      }
      propositions.union(r.a(), r.b());
      if (r.type().samePosition()) {
        positions.union(r.a(), r.b());
      }
    }
    relations.sort(Comparator.comparingInt((ClaimRelation r) -> Math.min(r.a(), r.b()))
        .thenComparingInt(r -> Math.max(r.a(), r.b())));

    List<Republication> copies =
        copies(documents, settings.copyThreshold(), settings.maxShinglePostings());
    Map<String, String> origin = origins(documents, copies);
    List<String> voices = new ArrayList<>(claims.size());
    for (ExtractedClaim c : claims) {
      voices.add(voice(c, origin, speakerKey));
    }

    // group claims into clusters and positions, in order of first claim
    TreeMap<Integer, TreeMap<Integer, List<Integer>>> grouped = new TreeMap<>();
    for (int i = 0; i < claims.size(); i++) {
      grouped.computeIfAbsent(propositions.find(i), k -> new TreeMap<>())
          .computeIfAbsent(positions.find(i), k -> new ArrayList<>()).add(i);
    }
    List<String> clusterIds = new ArrayList<>();
    ObservationSet.Builder observations = ObservationSet.builder();
    int n = 0;
    for (TreeMap<Integer, List<Integer>> cluster : grouped.values()) {
      String id = "c" + (++n);
      clusterIds.add(id);
      for (Map.Entry<Integer, List<Integer>> position : cluster.entrySet()) {
        for (int claim : position.getValue()) {
          // a republished document's claims are its origin's observations, not a second witness
          ExtractedClaim c = claims.get(claim);
          observations.add(origin.getOrDefault(c.documentId(), c.sourceId()), id,
              Value.text(positionLabel(claims, position.getValue())));
        }
      }
    }
    Map<String, SourceTrust> trust = new TreeMap<>();
    TruthDiscoveryResult engine = null;
    if (!claims.isEmpty()) {
      engine = Corroborate.truthDiscovery()
          .discover(observations.build(), TruthDiscoveryConfig.of(settings.algorithm()));
      for (SourceTrust t : engine.sources()) {
        trust.put(t.sourceId(), t);
      }
    }

    List<Cluster> clusters = new ArrayList<>();
    int k = 0;
    for (TreeMap<Integer, List<Integer>> cluster : grouped.values()) {
      String id = clusterIds.get(k++);
      ItemResult item = engine.item(id).orElseThrow();
      clusters.add(cluster(id, cluster, item, claims, voices, settings.voiceWeight()));
    }
    return new Result(List.copyOf(claims), List.copyOf(voices), List.copyOf(relations),
        List.copyOf(clusters), Map.copyOf(trust), copies, blocking);
  }

  /** The value label of a position: the id of its first claim. */
  private static String positionLabel(List<ExtractedClaim> claims, List<Integer> members) {
    return "position of " + claims.get(members.get(0)).id();
  }

  private static Cluster cluster(
      String id, TreeMap<Integer, List<Integer>> grouped, ItemResult item,
      List<ExtractedClaim> claims, List<String> voices, double voiceWeight) {
    List<List<Integer>> positions = new ArrayList<>();
    List<Integer> members = new ArrayList<>();
    String chosen = item.chosen().canonical();
    List<Integer> leading = null;
    for (List<Integer> position : grouped.values()) {
      members.addAll(position);
      if (positionLabel(claims, position).equals(chosen)) {
        leading = position;
      } else {
        positions.add(List.copyOf(position));
      }
    }
    Objects.requireNonNull(leading, "engine chose a value that is no position: " + chosen);
    positions.add(0, List.copyOf(leading));
    members.sort(null);
    TreeSet<String> sources = new TreeSet<>();
    TreeSet<String> allVoices = new TreeSet<>();
    for (int c : members) {
      sources.add(claims.get(c).sourceId());
      allVoices.add(voices.get(c));
    }
    TreeSet<String> leadingVoices = new TreeSet<>();
    for (int c : leading) {
      leadingVoices.add(voices.get(c));
    }
    ValueConfidence leadingValue = item.values().stream()
        .filter(v -> v.value().canonical().equals(chosen)).findFirst().orElseThrow();
    int kVoices = leadingVoices.size();
    double corroboration = 1.0 - StrictMath.pow(1.0 - voiceWeight, kVoices);
    Explanation voicesNode = Explanation.of(corroboration,
        "corroboration 1 - (1 - voiceWeight)^k over the independent voices of the leading position "
            + leadingVoices,
        Combination.FORMULA,
        List.of(Explanation.leaf(kVoices, "k, independent voices"),
            Explanation.leaf(voiceWeight, "voiceWeight")));
    Explanation confidence = Explanation.product(
        "cluster confidence = engine confidence of the leading position * corroboration",
        List.of(leadingValue.explanation(), voicesNode));
    ClusterStatus status = positions.size() > 1
        ? ClusterStatus.CONTESTED
        : kVoices >= 2 ? ClusterStatus.CORROBORATED : ClusterStatus.UNCORROBORATED;
    return new Cluster(id, List.copyOf(members), List.copyOf(positions), List.copyOf(sources),
        List.copyOf(allVoices), List.copyOf(leadingVoices), status, confidence.value(), confidence);
  }

  private static String voice(
      ExtractedClaim claim, Map<String, String> origin, UnaryOperator<String> speakerKey) {
    if (claim.attribution().isPresent() && !claim.attribution().get().anonymous()) {
      return "speaker:" + speakerKey.apply(claim.attribution().get().speaker());
    }
    return "source:" + origin.getOrDefault(claim.documentId(), claim.sourceId());
  }

  private static List<Republication> copies(
      List<DocumentInfo> documents, double threshold, int maxPostings) {
    List<String> texts = new ArrayList<>();
    for (DocumentInfo d : documents) {
      texts.add(d.text());
    }
    List<Republication> copies = new ArrayList<>();
    for (RepublicationFinder.Pair p : RepublicationFinder.find(texts, threshold, maxPostings)) {
      DocumentInfo a = documents.get(p.a());
      DocumentInfo b = documents.get(p.b());
      // the later (or, undated, the second) document copies the earlier one
      boolean aFirst = compareDates(a.published(), b.published()) <= 0;
      DocumentInfo original = aFirst ? a : b;
      DocumentInfo copy = aFirst ? b : a;
      copies.add(new Republication(copy.id(), original.id(), original.sourceId(), p.containment()));
    }
    return List.copyOf(copies);
  }

  private static int compareDates(Optional<PartialDate> a, Optional<PartialDate> b) {
    if (a.isPresent() && b.isPresent()) {
      return a.get().compareTo(b.get());
    }
    return 0;
  }

  /**
   * The voice-giving origin of each document: the outlet it declares it republishes; else, for
   * documents joined by found copies (union-find over the copy pairs), the origin of the group's
   * earliest document (by date, then by position); else its own source. Linear in the documents
   * and copy pairs.
   */
  private static Map<String, String> origins(List<DocumentInfo> documents, List<Republication> copies) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      index.put(documents.get(i).id(), i);
    }
    DisjointSets groups = new DisjointSets(documents.size());
    for (Republication c : copies) {
      groups.union(index.get(c.documentId()), index.get(c.originDocumentId()));
    }
    int[] earliest = new int[documents.size()];
    java.util.Arrays.fill(earliest, -1);
    for (int i = 0; i < documents.size(); i++) {
      int root = groups.find(i);
      int best = earliest[root];
      if (best < 0 || compareDates(documents.get(i).published(), documents.get(best).published()) < 0) {
        earliest[root] = i;
      }
    }
    Map<String, String> origin = new TreeMap<>();
    for (int i = 0; i < documents.size(); i++) {
      DocumentInfo d = documents.get(i);
      DocumentInfo first = documents.get(earliest[groups.find(i)]);
      origin.put(d.id(), d.republishedFrom()
          .orElse(first.republishedFrom().orElse(first.sourceId())));
    }
    return origin;
  }

}
