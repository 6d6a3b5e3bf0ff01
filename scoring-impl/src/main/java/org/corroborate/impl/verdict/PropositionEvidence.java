package org.corroborate.impl.verdict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.independence.Corroboration;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.news.Modality;
import org.corroborate.news.Republication;

/**
 * The {@link Evidence} of each proposition of an analysis: one item per document stating one of
 * its claims, with the document's stance toward the proposition's leading position, whether it is
 * a copy, and its outlet's trust and prior.
 *
 * <p><b>Stance of a claim</b>, relative to the leading position (the one whose first claim
 * ClaimReview reviews). The positions are the authority: the relations put claims that agree in
 * one position and never two claims that conflict, and a denial that answers a claim ({@code
 * Answers}) in a position of its own, so a claim of another position states what the leading one
 * excludes.
 *
 * <ul>
 *   <li>HEDGED or QUESTIONED, or attributed to an unnamed speaker ("sources said"): OBSERVING,
 *       in any position: the outlet passes it on without taking a side;
 *   <li>in the leading position: REPORTED (relayed speech) is OBSERVING; ASSERTED and NEGATED are
 *       FOR. A negation inside the leading position is the claim's own wording ("there is no
 *       monitoring"), which the relations found to agree with the position, not a denial of it;
 *   <li>in any other position (ASSERTED, NEGATED or REPORTED): AGAINST: a denial answering the
 *       claim, or a conflicting figure, reported or stated, contradicts the leading position.
 * </ul>
 *
 * <p><b>Stance of a document</b>: FOR if some claim is FOR and none AGAINST, AGAINST if some claim
 * is AGAINST and none FOR, else OBSERVING (one that carries both sides, or only relays). A
 * document counts once however many of the proposition's claims it states; two documents of one
 * outlet are two items, as the training data's articles are.
 *
 * <p><b>Copies</b> count 0 and never move a verdict: a document the analysis found to republish
 * another's text ({@link Corroboration.Result#copies()}) whose origin document is among the
 * proposition's items; a document declared to republish an outlet that has a document of its own
 * here, or that another declared republication of the same outlet already stands for; and a
 * document whose text repeats an earlier item's word for word ({@link
 * Evidence.Builder}). Originals come first: documents are taken in id order, found copies after
 * all the others.
 *
 * <p><b>Weight</b> (see {@link Evidence.Item#weight()}): the trust given for the outlet the engine
 * saw the document under (the declared origin outlet for a declared republication, else its own),
 * else the outlet's reliability prior from the corpus, else 1. The news pipeline gives each
 * source's reliability (stage 7: the engine's trust, the prior and the content signals combined),
 * not the engine's trust alone: the engine chose the leading position from these same claims, and
 * {@code accu} trusts an outlet that only dissents about 1e-6, so its denial would weigh nothing.
 */
public final class PropositionEvidence {
  private final List<ExtractedClaim> claims;
  private final Map<String, Document> documents = new HashMap<>();
  private final Map<String, Source> sources = new HashMap<>();
  private final Map<String, String> republishedFrom;
  private final Map<String, String> foundOrigin = new TreeMap<>();
  private final Map<String, String> textKey = new HashMap<>();
  private final Map<String, Double> trust;

  /**
   * The evidence of the propositions of {@code result}.
   *
   * @param result the analysis
   * @param documents the documents analysed (their texts and sources)
   * @param sources the sources, with their priors
   * @param republishedFrom declared republications: a document's id to the outlet it republishes
   * @param trust each outlet's trust in [0, 1], by source id (an outlet absent weighs its prior)
   */
  public PropositionEvidence(Corroboration.Result result, List<Document> documents,
      List<Source> sources, Map<String, String> republishedFrom, Map<String, Double> trust) {
    this.claims = Objects.requireNonNull(result, "result").claims();
    for (Document d : documents) {
      this.documents.put(d.id(), d);
    }
    for (Source s : sources) {
      this.sources.put(s.id(), s);
    }
    this.republishedFrom = Map.copyOf(republishedFrom);
    // each text's words are read once, not once per proposition: a long document states many
    Map<String, String> keyOfWords = new HashMap<>();
    for (Document d : documents) {
      String words = Evidence.Builder.words(d.text());
      textKey.put(d.id(), words.isEmpty() ? ""
          : keyOfWords.computeIfAbsent(words, w -> "text " + keyOfWords.size()));
    }
    for (Republication copy : result.copies()) {
      foundOrigin.putIfAbsent(copy.documentId(), copy.originDocumentId());
    }
    this.trust = Map.copyOf(trust);
  }

  /**
   * The evidence of one proposition.
   *
   * @throws IllegalArgumentException if a claim's document is not among the documents given
   */
  public Evidence of(Corroboration.Cluster cluster) {
    Set<Integer> inLead = new HashSet<>(cluster.positions().get(0));
    Map<String, Set<Evidence.Stance>> byDocument = new TreeMap<>();
    for (int i : cluster.claims()) {
      ExtractedClaim c = claims.get(i);
      byDocument.computeIfAbsent(c.documentId(), k -> new HashSet<>())
          .add(stance(c, inLead.contains(i)));
    }
    List<String> order = new ArrayList<>();
    List<String> copies = new ArrayList<>();
    for (String id : byDocument.keySet()) {
      (foundOrigin.containsKey(id) ? copies : order).add(id);
    }
    order.addAll(copies);
    Set<String> ownOutlets = new HashSet<>();
    for (String id : order) {
      if (!republishedFrom.containsKey(id)) {
        ownOutlets.add(document(id).sourceId());
      }
    }
    Set<String> declaredSeen = new HashSet<>();
    Evidence.Builder evidence = Evidence.builder();
    for (String id : order) {
      Document d = document(id);
      String origin = foundOrigin.get(id);
      String declared = republishedFrom.get(id);
      boolean republished = origin != null && byDocument.containsKey(origin)
          || declared != null && (ownOutlets.contains(declared) || !declaredSeen.add(declared));
      String seenAs = declared != null ? declared : d.sourceId();
      Double t = trust.getOrDefault(seenAs, trust.get(d.sourceId()));
      Source s = sources.get(d.sourceId());
      evidence.addKeyed(d.sourceId(), combine(byDocument.get(id)), textKey.get(id),
          t == null ? OptionalDouble.empty() : OptionalDouble.of(t),
          s == null ? OptionalDouble.empty() : s.priorReliability(), republished, id);
    }
    return evidence.build();
  }

  private Document document(String id) {
    Document d = documents.get(id);
    if (d == null) {
      throw new IllegalArgumentException("documents: no document '" + id + "' for its claims");
    }
    return d;
  }

  /** The stance of one claim toward the leading position (see the class comment). */
  static Evidence.Stance stance(ExtractedClaim claim, boolean leading) {
    Modality m = claim.modality();
    boolean unnamed = claim.attribution().isPresent() && claim.attribution().get().anonymous();
    if (m == Modality.HEDGED || m == Modality.QUESTIONED || unnamed) {
      return Evidence.Stance.OBSERVING;
    }
    if (!leading) {
      return Evidence.Stance.AGAINST;
    }
    return m == Modality.REPORTED ? Evidence.Stance.OBSERVING : Evidence.Stance.FOR;
  }

  /** A document's stance from its claims' (see the class comment). */
  static Evidence.Stance combine(Set<Evidence.Stance> stances) {
    boolean forIt = stances.contains(Evidence.Stance.FOR);
    boolean against = stances.contains(Evidence.Stance.AGAINST);
    if (forIt != against) {
      return forIt ? Evidence.Stance.FOR : Evidence.Stance.AGAINST;
    }
    return Evidence.Stance.OBSERVING;
  }
}
