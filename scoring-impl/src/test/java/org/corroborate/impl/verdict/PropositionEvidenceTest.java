package org.corroborate.impl.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.corroborate.Explanation;
import org.corroborate.impl.extract.Claims;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.independence.Corroboration;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.news.ClusterStatus;
import org.corroborate.news.Modality;
import org.corroborate.news.Republication;
import org.junit.jupiter.api.Test;

/** The evidence of a proposition: stances from positions and modality, copies, weights. */
class PropositionEvidenceTest {
  private static final Evidence.Stance FOR = Evidence.Stance.FOR;
  private static final Evidence.Stance AGAINST = Evidence.Stance.AGAINST;
  private static final Evidence.Stance OBSERVING = Evidence.Stance.OBSERVING;

  private static ExtractedClaim claim(Modality m) {
    return Claims.claim("d", "s", "The dam collapsed.").modality(m).build(1);
  }

  @Test
  void stance_ofEachModality_inTheLeadingPositionAndInAnother() {
    // leading position: stated (or its own negation) is FOR, relayed or hedged only observes
    assertThat(PropositionEvidence.stance(claim(Modality.ASSERTED), true)).isEqualTo(FOR);
    assertThat(PropositionEvidence.stance(claim(Modality.NEGATED), true)).isEqualTo(FOR);
    assertThat(PropositionEvidence.stance(claim(Modality.REPORTED), true)).isEqualTo(OBSERVING);
    assertThat(PropositionEvidence.stance(claim(Modality.HEDGED), true)).isEqualTo(OBSERVING);
    assertThat(PropositionEvidence.stance(claim(Modality.QUESTIONED), true)).isEqualTo(OBSERVING);
    // another position contradicts the leading one, stated or relayed; hedged or asked observes
    assertThat(PropositionEvidence.stance(claim(Modality.ASSERTED), false)).isEqualTo(AGAINST);
    assertThat(PropositionEvidence.stance(claim(Modality.NEGATED), false)).isEqualTo(AGAINST);
    assertThat(PropositionEvidence.stance(claim(Modality.REPORTED), false)).isEqualTo(AGAINST);
    assertThat(PropositionEvidence.stance(claim(Modality.HEDGED), false)).isEqualTo(OBSERVING);
    assertThat(PropositionEvidence.stance(claim(Modality.QUESTIONED), false))
        .isEqualTo(OBSERVING);
    // "sources said" distances the outlet wherever it stands; a named speaker does not
    ExtractedClaim unnamed = Claims.claim("d", "s", "The dam collapsed, sources said.")
        .saidBySomeone("sources").build(1);
    ExtractedClaim named = Claims.claim("d", "s", "The dam collapsed, the mayor said.")
        .said("the mayor").build(1);
    assertThat(PropositionEvidence.stance(unnamed, true)).isEqualTo(OBSERVING);
    assertThat(PropositionEvidence.stance(unnamed, false)).isEqualTo(OBSERVING);
    assertThat(PropositionEvidence.stance(named, true)).isEqualTo(FOR);
    assertThat(PropositionEvidence.stance(named, false)).isEqualTo(AGAINST);
  }

  @Test
  void combine_aDocumentCarryingBothSides_observes() {
    assertThat(PropositionEvidence.combine(Set.of(FOR))).isEqualTo(FOR);
    assertThat(PropositionEvidence.combine(Set.of(FOR, OBSERVING))).isEqualTo(FOR);
    assertThat(PropositionEvidence.combine(Set.of(AGAINST))).isEqualTo(AGAINST);
    assertThat(PropositionEvidence.combine(Set.of(AGAINST, OBSERVING))).isEqualTo(AGAINST);
    assertThat(PropositionEvidence.combine(Set.of(FOR, AGAINST))).isEqualTo(OBSERVING);
    assertThat(PropositionEvidence.combine(EnumSet.allOf(Evidence.Stance.class)))
        .isEqualTo(OBSERVING);
    assertThat(PropositionEvidence.combine(Set.of(OBSERVING))).isEqualTo(OBSERVING);
  }

  private static Document document(String id, String source, String text) {
    return new Document(id, source, Optional.empty(), Optional.empty(), Genre.NEWS, text);
  }

  private static Source source(String id, OptionalDouble prior) {
    return new Source(id, id, Optional.empty(), SourceKind.UNKNOWN, prior);
  }

  @Test
  void of_oneItemPerDocument_copiesCountZero_originalsFirst_weightsFromTrustThenPrior() {
    List<Document> documents = List.of(
        document("a0", "mirror", "The dam collapsed. A copy found by its shingles."),
        document("d1", "alpha", "The dam collapsed. Alpha's own report."),
        document("d2", "alpha", "The dam collapsed and the valley flooded. Alpha again."),
        document("d3", "gamma", "The dam collapsed. Gamma republishes alpha."),
        document("d4", "delta", "The dam collapsed. Delta republishes omega."),
        document("d5", "eps", "The dam collapsed. Eps republishes omega too."),
        document("d6", "zeta", "The dam did not collapse. Zeta denies it."),
        document("d7", "eta", "The dam collapsed. The dam did not collapse. Eta has both."),
        document("d8", "theta", "The dam collapsed. Theta word for word."),
        document("d9", "iota", "The dam collapsed. Theta word for word."));
    List<ExtractedClaim> claims = new ArrayList<>();
    String[][] spec = { // document, source, text, position (0 leading, 1 the other)
      {"a0", "mirror", "The dam collapsed.", "0"}, {"d1", "alpha", "The dam collapsed.", "0"},
      {"d2", "alpha", "The dam collapsed and the valley flooded.", "0"},
      {"d3", "gamma", "The dam collapsed.", "0"}, {"d4", "delta", "The dam collapsed.", "0"},
      {"d5", "eps", "The dam collapsed.", "0"}, {"d6", "zeta", "The dam did not collapse.", "1"},
      {"d7", "eta", "The dam collapsed.", "0"}, {"d7", "eta", "The dam did not collapse.", "1"},
      {"d8", "theta", "The dam collapsed.", "0"}, {"d9", "iota", "The dam collapsed.", "0"}};
    List<Integer> leading = new ArrayList<>();
    List<Integer> other = new ArrayList<>();
    for (int i = 0; i < spec.length; i++) {
      claims.add(Claims.claim(spec[i][0], spec[i][1], spec[i][2])
          .modality(spec[i][3].equals("1") ? Modality.NEGATED : Modality.ASSERTED).build(i + 1));
      (spec[i][3].equals("0") ? leading : other).add(i);
    }
    List<Integer> all = new ArrayList<>(leading);
    all.addAll(other);
    all.sort(null);
    Corroboration.Cluster cluster = new Corroboration.Cluster("c1", all,
        List.of(leading, other), List.of(), List.of(), List.of(), ClusterStatus.CONTESTED, 0.5,
        Explanation.leaf(0.5, "confidence"));
    // a0 copies d1 (found by shingles), although its id sorts first
    Corroboration.Result result = new Corroboration.Result(claims, List.of(), List.of(),
        List.of(cluster), Map.of(), List.of(new Republication("a0", "d1", "alpha", 0.9)), null);
    List<Source> sources = List.of(source("mirror", OptionalDouble.empty()),
        source("alpha", OptionalDouble.empty()), source("gamma", OptionalDouble.empty()),
        source("delta", OptionalDouble.empty()), source("eps", OptionalDouble.empty()),
        source("zeta", OptionalDouble.of(0.6)), source("eta", OptionalDouble.empty()),
        source("theta", OptionalDouble.empty()), source("iota", OptionalDouble.empty()));
    Map<String, Double> trust = Map.of("alpha", 0.8, "omega", 0.3, "eta", 0.5, "mirror", 0.9);
    Evidence evidence = new PropositionEvidence(result, documents, sources,
        Map.of("d3", "alpha", "d4", "omega", "d5", "omega"), trust).of(cluster);

    List<String> order = new ArrayList<>();
    for (Evidence.Item item : evidence.items()) {
      order.add(item.document() + " " + item.stance() + (item.copy() ? " copy" : "") + " "
          + item.weight());
    }
    assertThat(order).containsExactly(
        "d1 FOR 0.8", // alpha's trust
        "d2 FOR 0.8", // alpha's second document: another item
        "d3 FOR copy 0.0", // declared republication of alpha, which has documents here
        "d4 FOR 0.3", // declared republication of omega, absent: counts, with omega's trust
        "d5 FOR copy 0.0", // a second republication of omega
        "d6 AGAINST 0.6", // a denial in the other position: zeta's prior, no trust
        "d7 OBSERVING 0.5", // both sides in one document
        "d8 FOR 1.0", // no trust, no prior
        "d9 FOR copy 0.0", // theta's text word for word
        "a0 FOR copy 0.0"); // found copy of d1: after the originals, 0 whatever mirror's trust
    VerdictFeatures.Counts counts = VerdictFeatures.counts(evidence);
    assertThat(counts.forCount()).isCloseTo(0.8 + 0.8 + 0.3 + 1.0,
        org.assertj.core.api.Assertions.within(1e-12));
    assertThat(counts.against()).isEqualTo(0.6);
    assertThat(counts.observing()).isEqualTo(0.5);
    assertThat(counts.independent()).isEqualTo(6);
  }
}
