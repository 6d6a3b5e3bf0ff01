package org.corroborate.impl.independence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.corroborate.Combination;
import org.corroborate.Corroborate;
import org.corroborate.Explanation;
import org.corroborate.impl.extract.DisjointSets;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.match.ClaimGrouper;
import org.corroborate.impl.match.ClaimMatcher;
import org.corroborate.impl.match.ClaimStatistics;
import org.corroborate.impl.relate.AgreementScorer;
import org.corroborate.impl.relate.AgreementSettings;
import org.corroborate.impl.relate.ClaimRelation;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Value;
import org.corroborate.news.ClaimSimilarity;
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
   * @param trust the engine's trust of each source, by source id (unmodifiable, iterated in id
   *     order)
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
   * @param similarity how alike two claim texts are, for grouping ({@link
   *     ScoringConfig#similarity()})
   */
  public record Settings(
      AgreementSettings agreement, String algorithm, double voiceWeight, int maxBlock,
      int maxCandidates, double copyThreshold, int maxShinglePostings,
      ClaimSimilarity similarity) {
    /** Checks the components as the record's description states. */
    public Settings {
      Objects.requireNonNull(agreement, "agreement");
      Objects.requireNonNull(similarity, "similarity");
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

    /**
     * The settings of {@code config}.
     *
     * @throws IllegalArgumentException naming the setting when no similarity of that name is
     *     present
     */
    public static Settings of(ScoringConfig config) {
      ClaimSimilarity similarity;
      try {
        similarity = Corroborate.claimSimilarity(config.similarity());
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalArgumentException("similarity: " + e.getMessage(), e);
      }
      return new Settings(AgreementSettings.of(config), config.algorithm(), config.voiceWeight(),
          config.maxBlockSize(), config.maxCandidatesPerClaim(), config.copyThreshold(),
          config.maxShinglePostings(), similarity);
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
    List<String> texts = new ArrayList<>(distinct.size());
    for (int i : distinct) {
      matched.add(claims.get(i));
      texts.add(claims.get(i).text());
    }
    ClaimStatistics statistics = new ClaimStatistics(matched);
    AgreementScorer scorer = new AgreementScorer(settings.agreement(), lexicon, statistics);
    ClaimMatcher.Result blocking = new ClaimMatcher(settings.maxBlock(), settings.maxCandidates(),
        lexicon).candidates(matched);
    ClaimGrouper grouper = ClaimGrouper.of(settings.similarity());
    ClaimGrouper.Graph graph = grouper.graph(texts);
    Grouping grouping = group(claims, distinct, graph, blocking, scorer, grouper,
        Answers.find(claims, distinct, lexicon, speakerKey), speakerKey);
    relations.addAll(grouping.relations());
    for (int[] pair : grouping.sameProposition()) {
      propositions.union(pair[0], pair[1]);
    }
    for (int[] pair : grouping.samePosition()) {
      positions.union(pair[0], pair[1]);
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
    SortedMap<String, SourceTrust> trust = new TreeMap<>();
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
        List.copyOf(clusters), Collections.unmodifiableSortedMap(trust), copies, blocking);
  }

  /**
   * What grouping decided, in claim indices: the relations to report, the pairs found to state
   * one proposition, and the pairs found to hold one position.
   */
  private record Grouping(
      List<ClaimRelation> relations, List<int[]> sameProposition, List<int[]> samePosition) {}

  /**
   * Propositions and positions among the distinct claims.
   *
   * <p>Every candidate pair (similar texts from the grouper's blocking, and pairs sharing a name,
   * event or kind of figure from {@link ClaimMatcher}) is related by the agreement scorer. A pair
   * kept apart by a sign of a different event is no edge; when both claims give figures (the same
   * 1,500 escaped and released under an amnesty) it may never share a proposition at all, however
   * the claims around it tie them (a cannot-link). Any other pair is
   * an edge weighing its text similarity, or its relation's score when that is larger and the
   * relation states one proposition. Two claims of one document are related only when they name
   * two different speakers (or one answers the other, {@link Answers}), and join only through
   * that relation, never through their wording alone.
   * Average-link clustering over these edges gives the
   * propositions. Inside each, positions are formed from the strongest edges down, never joining
   * two claims that CONFLICT; the edges that joined them are the reasons shown, so a claim that
   * joined through its wording alone gets an AGREES relation "the same claim in other words".
   * Last, the claims of one named speaker in one document and proposition join one position
   * unless they conflict.
   */
  private static Grouping group(List<ExtractedClaim> claims, List<Integer> distinct,
      ClaimGrouper.Graph graph, ClaimMatcher.Result blocking, AgreementScorer scorer,
      ClaimGrouper grouper, List<ClaimRelation> answers, UnaryOperator<String> speakerKey) {
    int m = distinct.size();
    Map<Integer, Integer> local = new HashMap<>();
    for (int i = 0; i < m; i++) {
      local.put(distinct.get(i), i);
    }
    Map<Long, ClaimRelation> answered = new HashMap<>();
    for (ClaimRelation r : answers) {
      answered.put(pack(Math.min(local.get(r.a()), local.get(r.b())),
          Math.max(local.get(r.a()), local.get(r.b()))), r);
    }
    // candidates: the graph's pairs, the matcher's and the answers', each once, ascending
    long[] candidates = new long[graph.pairs().length + blocking.pairs().size() + answered.size()];
    int n = 0;
    for (long p : graph.pairs()) {
      candidates[n++] = p;
    }
    for (int[] pair : blocking.pairs()) {
      candidates[n++] = pack(pair[0], pair[1]);
    }
    for (long p : answered.keySet()) {
      candidates[n++] = p;
    }
    Arrays.sort(candidates);
    int unique = 0;
    for (int k = 0; k < n; k++) {
      if (unique == 0 || candidates[k] != candidates[unique - 1]) {
        candidates[unique++] = candidates[k];
      }
    }
    List<ClaimRelation> relations = new ArrayList<>();
    Map<Long, ClaimRelation> reported = new HashMap<>();
    long[] edgePairs = new long[unique];
    double[] edgeWeights = new double[unique];
    long[] apart = new long[unique];
    int edges = 0;
    int kept = 0;
    for (int k = 0; k < unique; k++) {
      long p = candidates[k];
      int i = (int) (p >>> 32);
      int j = (int) p;
      int a = distinct.get(i);
      int b = distinct.get(j);
      ClaimRelation r = answered.get(p);
      if (r == null) {
        if (claims.get(a).documentId().equals(claims.get(b).documentId())
            && !twoSpeakers(claims.get(a), claims.get(b), speakerKey)) {
          continue; // one voice, or an outlet and what it reports: the document's own account
        }
        r = scorer.relate(a, claims.get(a), b, claims.get(b));
      }
      if (r.type() != RelationType.UNRELATED || r.keptApart()) {
        relations.add(r);
        reported.put(p, r);
      }
      if (r.keptApart()) {
        if (!claims.get(a).quantities().isEmpty() && !claims.get(b).quantities().isEmpty()) {
          apart[kept++] = p;
        }
        continue;
      }
      // two claims of one document join through a relation, never through wording alone: a
      // long article's sentences share its topic's words, and one voice corroborates nothing
      double weight = claims.get(a).documentId().equals(claims.get(b).documentId())
          ? 0.0 : similarity(graph, p);
      if (r.type().sameProposition()) {
        weight = Math.max(weight, r.score());
      }
      if (weight >= grouper.minEdge() && weight > 0) {
        edgePairs[edges] = p;
        edgeWeights[edges++] = weight;
      }
    }
    int[] group = grouper.cluster(m, Arrays.copyOf(edgePairs, edges),
        Arrays.copyOf(edgeWeights, edges), Arrays.copyOf(apart, kept));
    List<int[]> sameProposition = new ArrayList<>();
    int[] first = new int[m];
    Arrays.fill(first, -1);
    for (int i = 0; i < m; i++) {
      if (first[group[i]] < 0) {
        first[group[i]] = i;
      } else {
        sameProposition.add(new int[] {distinct.get(first[group[i]]), distinct.get(i)});
      }
    }
    // positions: strongest edges first (ties by pair), never joining claims that conflict
    List<Integer> inside = new ArrayList<>();
    for (int e = 0; e < edges; e++) {
      if (group[(int) (edgePairs[e] >>> 32)] == group[(int) edgePairs[e]]) {
        inside.add(e);
      }
    }
    final long[] ep = edgePairs;
    final double[] ew = edgeWeights;
    inside.sort((x, y) -> ew[x] != ew[y] ? Double.compare(ew[y], ew[x]) : Long.compare(ep[x], ep[y]));
    Positions positions = new Positions(m);
    for (ClaimRelation r : relations) {
      if (r.type() == RelationType.CONFLICTS) {
        positions.conflict(local.get(r.a()), local.get(r.b()));
      }
    }
    List<int[]> samePosition = new ArrayList<>();
    for (int e : inside) {
      long p = ep[e];
      int i = (int) (p >>> 32);
      int j = (int) p;
      ClaimRelation r = reported.get(p);
      if (r != null && !r.type().samePosition()) {
        continue;
      }
      if (!positions.join(i, j)) {
        continue;
      }
      int a = distinct.get(i);
      int b = distinct.get(j);
      samePosition.add(new int[] {a, b});
      if (r == null) {
        double weight = ew[e];
        ClaimSimilarity.Scorer similarity = graph.scorer();
        String name = grouper.similarityName();
        relations.add(new ClaimRelation(a, b, RelationType.AGREES, weight,
            () -> Explanation.of(weight, "AGREES: the same claim in other words (" + name
                + " similarity)", Combination.FORMULA, List.of(similarity.explain(i, j))),
            false));
      }
    }
    // one speaker of one document, in one proposition, holds one position unless it contradicts
    // itself (the ISW report and its quotation, both answered by one denial)
    Map<String, Integer> firstOfVoice = new HashMap<>();
    for (int i = 0; i < m; i++) {
      ExtractedClaim c = claims.get(distinct.get(i));
      if (c.attribution().isEmpty() || c.attribution().get().anonymous()) {
        continue;
      }
      String key = group[i] + "\u0000" + c.documentId() + "\u0000"
          + speakerKey.apply(c.attribution().get().speaker());
      Integer earlier = firstOfVoice.putIfAbsent(key, i);
      if (earlier != null && positions.join(earlier, i)) {
        samePosition.add(new int[] {distinct.get(earlier), distinct.get(i)});
      }
    }
    return new Grouping(relations, sameProposition, samePosition);
  }

  /** The similarity of a pair: the graph's score when it is an edge, else scored now. */
  private static double similarity(ClaimGrouper.Graph graph, long pair) {
    int e = Arrays.binarySearch(graph.pairs(), pair);
    return e >= 0 ? graph.scores()[e] : graph.scorer().score((int) (pair >>> 32), (int) pair);
  }

  /** Whether both claims name a speaker (not anonymous), and not the same one. */
  private static boolean twoSpeakers(
      ExtractedClaim a, ExtractedClaim b, UnaryOperator<String> speakerKey) {
    if (a.attribution().isEmpty() || b.attribution().isEmpty()
        || a.attribution().get().anonymous() || b.attribution().get().anonymous()) {
      return false;
    }
    return !speakerKey.apply(a.attribution().get().speaker())
        .equals(speakerKey.apply(b.attribution().get().speaker()));
  }

  private static long pack(int a, int b) {
    return (long) a << 32 | b;
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
