package org.corroborate.impl.independence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.corroborate.impl.extract.Claims;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.news.ClusterStatus;
import org.corroborate.news.RelationType;
import org.junit.jupiter.api.Test;

class CorroborationTest {
  private static final UnaryOperator<String> KEY = s -> s.toLowerCase(java.util.Locale.ROOT);

  private static Corroboration.DocumentInfo doc(String id, String source, String text) {
    return new Corroboration.DocumentInfo(id, source, Optional.empty(), Optional.empty(), text);
  }

  private static Corroboration.Result analyse(
      List<Corroboration.DocumentInfo> docs, List<ExtractedClaim> claims) {
    return Corroboration.analyse(docs, claims, Corroboration.Settings.defaults(),
        MatchingLexicon.defaults(), KEY);
  }

  private static ExtractedClaim escape(String doc, String source, double figure) {
    return Claims.claim(doc, source, "Reports said " + (int) figure
            + " ISIS fighters escaped from Al-Shaddadi prison in Hasakah province.")
        .figure(figure, "fighters", false).entity("isis").entity("shaddadi").entity("hasakah")
        .build(0);
  }

  private static ExtractedClaim other(String doc, String source, int n) {
    String[] topics = {
      "Baghdad is constructing a concrete wall along the frontier with drones.",
      "The prime minister directed the armed forces to take decisive action.",
      "Kurdish officials said the amnesty excluded foreigners held in camps.",
      "Turkiye expanded its military campaign against Kurdish groups."};
    return Claims.claim(doc, source, topics[n % topics.length]).build(1 + n);
  }

  @Test
  void independentAgreement_isCorroborated_andCopiesAddNoVoice() {
    List<ExtractedClaim> claims = List.of(
        escape("d1", "alpha", 1500), other("d1", "alpha", 0),
        escape("d2", "beta", 1500), other("d2", "beta", 1),
        escape("d3", "gamma", 1500), other("d3", "gamma", 2));
    List<Corroboration.DocumentInfo> docs = List.of(
        doc("d1", "alpha", "one"), doc("d2", "beta", "two"), doc("d3", "gamma", "three"));
    Corroboration.Result result = analyse(docs, claims);
    Corroboration.Cluster escape = result.clusters().get(0);
    assertThat(escape.claims()).containsExactly(0, 2, 4);
    assertThat(escape.sources()).containsExactly("alpha", "beta", "gamma");
    assertThat(escape.voices()).hasSize(3);
    assertThat(escape.status()).isEqualTo(ClusterStatus.CORROBORATED);
    // every source's trust, iterated by id in any run (Map.copyOf's order is salted per JVM)
    assertThat(result.trust()).isInstanceOf(java.util.SortedMap.class);
    assertThat(result.trust().keySet()).containsExactly("alpha", "beta", "gamma");
    assertThat(escape.confidence()).isEqualTo(escape.explanation().value());
    // 1 - .5^3 = .875 times the engine's confidence, which is at most 1
    assertThat(escape.confidence()).isLessThanOrEqualTo(0.875 + 1e-12).isGreaterThan(0.5);

    // d3 declared a republication of alpha: the three claims now have two voices
    List<Corroboration.DocumentInfo> withCopy = List.of(
        doc("d1", "alpha", "one"), doc("d2", "beta", "two"),
        new Corroboration.DocumentInfo("d3", "gamma", Optional.empty(), Optional.of("alpha"), "x"));
    Corroboration.Cluster copied = analyse(withCopy, claims).clusters().get(0);
    assertThat(copied.sources()).hasSize(3);
    assertThat(copied.voices()).containsExactly("source:alpha", "source:beta");
    assertThat(copied.confidence()).isLessThan(escape.confidence());
  }

  @Test
  void sameSpeakerThroughTwoOutlets_isOneVoice() {
    ExtractedClaim a = Claims.claim("d1", "alpha",
            "The SDF said 1500 ISIS fighters escaped from Al-Shaddadi prison in Hasakah province.")
        .figure(1500, "fighters", false).entity("isis").entity("shaddadi").entity("hasakah")
        .said("SDF").build(0);
    ExtractedClaim b = Claims.claim("d2", "beta",
            "The SDF said 1500 ISIS fighters escaped from Al-Shaddadi prison in Hasakah province.")
        .figure(1500, "fighters", false).entity("isis").entity("shaddadi").entity("hasakah")
        .said("sdf").build(0);
    Corroboration.Result result = analyse(
        List.of(doc("d1", "alpha", "a"), doc("d2", "beta", "b")),
        List.of(a, b, other("d1", "alpha", 0), other("d2", "beta", 1)));
    Corroboration.Cluster c = result.clusters().get(0);
    assertThat(c.sources()).containsExactly("alpha", "beta");
    assertThat(c.voices()).containsExactly("speaker:sdf");
    assertThat(c.status()).isEqualTo(ClusterStatus.UNCORROBORATED);
  }

  @Test
  void conflictingFigures_makeAContestedClusterWithTwoPositions() {
    List<ExtractedClaim> claims = List.of(
        escape("d1", "alpha", 1500), escape("d2", "beta", 1500), escape("d3", "gamma", 120),
        other("d1", "alpha", 0), other("d2", "beta", 1), other("d3", "gamma", 2));
    Corroboration.Result result = analyse(
        List.of(doc("d1", "alpha", "a"), doc("d2", "beta", "b"), doc("d3", "gamma", "c")), claims);
    Corroboration.Cluster c = result.clusters().get(0);
    assertThat(c.status()).isEqualTo(ClusterStatus.CONTESTED);
    assertThat(c.positions()).containsExactly(List.of(0, 1), List.of(2));
    assertThat(result.relations()).anySatisfy(r -> assertThat(r.type())
        .isEqualTo(RelationType.CONFLICTS));
  }

  @Test
  void republishedText_isFound_andTheLaterDocumentIsTheCopy() {
    String article = String.join(" ", Collections.nCopies(3,
        "The Iraqi armed forces have increased security along the border with Syria following the"
            + " release of hundreds of fighters from prison camps controlled by the SDF."));
    List<Corroboration.DocumentInfo> docs = List.of(
        new Corroboration.DocumentInfo("copy", "aletho", Optional.of(
            new org.corroborate.model.PartialDate(2024, 8, 2)), Optional.empty(),
            "Aletho News\n" + article + "\nPosted by Aletho"),
        new Corroboration.DocumentInfo("orig", "cradle", Optional.of(
            new org.corroborate.model.PartialDate(2024, 8, 1)), Optional.empty(), article),
        doc("other", "x", "Baghdad is constructing a concrete wall along its frontier with Syria,"
            + " with watchtowers, thermal cameras and drones watching every kilometre of it."));
    Corroboration.Result result = analyse(docs, List.of(other("copy", "aletho", 0)));
    assertThat(result.copies()).singleElement().satisfies(c -> {
      assertThat(c.documentId()).isEqualTo("copy");
      assertThat(c.originSourceId()).isEqualTo("cradle");
    });
    assertThat(result.voices()).containsExactly("source:cradle");
  }

  @Test
  void claimOrder_changesNoClusterMembership() {
    List<ExtractedClaim> claims = new ArrayList<>(List.of(
        escape("d1", "alpha", 1500), escape("d2", "beta", 1500), escape("d3", "gamma", 120),
        other("d1", "alpha", 0), other("d2", "beta", 1), other("d3", "gamma", 2)));
    List<Corroboration.DocumentInfo> docs =
        List.of(doc("d1", "alpha", "a"), doc("d2", "beta", "b"), doc("d3", "gamma", "c"));
    java.util.Set<java.util.Set<String>> expected = membership(analyse(docs, claims));
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 5; round++) {
      for (int i = claims.size() - 1; i > 0; i--) {
        Collections.swap(claims, i, random.nextInt(i + 1));
      }
      assertThat(membership(analyse(docs, claims))).isEqualTo(expected);
    }
  }

  private static java.util.Set<java.util.Set<String>> membership(Corroboration.Result r) {
    java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
    for (Corroboration.Cluster c : r.clusters()) {
      java.util.Set<String> ids = new java.util.TreeSet<>();
      c.claims().forEach(i -> ids.add(r.claims().get(i).id() + r.claims().get(i).text()));
      out.add(ids);
    }
    return out;
  }
}
