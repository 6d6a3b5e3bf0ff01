package org.corroborate.impl.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.corroborate.impl.clean.CleanText;
import org.corroborate.impl.clean.TextCleaner;
import org.corroborate.impl.extract.AliasTable;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.extract.PatternClaimExtractor;
import org.corroborate.impl.extract.TimeExtractor;
import org.corroborate.impl.independence.Corroboration;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.report.NewsReport;
import org.corroborate.impl.token.Span;
import org.corroborate.model.Document;
import org.corroborate.model.PartialDate;
import org.corroborate.news.Attribution;
import org.corroborate.news.Modality;
import org.corroborate.news.Quantity;
import org.corroborate.news.RelationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End-to-end expectations on the five seed documents. Every expected value below was checked by
 * reading the seed text it quotes; the quoted words are in the files under {@code seeds/}.
 */
class SeedExpectationsTest {
  private static Seeds seeds;
  private static NewsReport report;
  private static Corroboration.Result result;
  private static AliasTable aliases;

  @BeforeAll
  static void score() {
    seeds = Seeds.load();
    report = Seeds.scored();
    result = report.result();
    aliases = new PatternClaimExtractor(Language.english()).extract(
        seeds.documents.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList()).aliases();
  }

  /** The claim of a document whose text contains {@code words}. */
  private static ExtractedClaim claim(String documentPrefix, String words) {
    return result.claims().stream()
        .filter(c -> c.documentId().startsWith(documentPrefix)
            && c.text().replace('\u00A0', ' ').contains(words)) // the seeds hold no-break spaces
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim in " + documentPrefix + " contains '"
            + words + "'"));
  }

  private static Quantity figure(ExtractedClaim c, double value) {
    return c.quantities().stream().filter(q -> q.low() == value || q.value() == value)
        .findFirst().orElseThrow(() -> new AssertionError("no figure " + value + " in "
            + c.quantities() + " of: " + c.text()));
  }

  @Test
  void overAThousandFiveHundred_isALowerBoundOnFighters() {
    // 004: "secured the release of over 1,500 Syrian ISIS fighters"
    Quantity q = figure(claim("004", "over 1,500 Syrian ISIS fighters"), 1500);
    assertThat(q.bound()).isEqualTo(Quantity.Bound.AT_LEAST);
    assertThat(q.counted()).contains("fighters");
  }

  @Test
  void betweenFifteenHundredAndThreeThousand_isARange_citedToUnReports() {
    // 002: "according to UN reports, currently have between 1,500 and 3,000 fighters"
    ExtractedClaim c = claim("002", "between 1,500 and 3,000 fighters");
    Quantity q = figure(c, 1500);
    assertThat(q.bound()).isEqualTo(Quantity.Bound.RANGE);
    assertThat(q.high()).isEqualTo(3000);
    assertThat(q.counted()).contains("fighters");
    assertThat(c.attribution()).hasValueSatisfying(a -> {
      assertThat(a.speaker()).isEqualTo("UN");
      assertThat(a.anonymous()).isFalse();
    });
  }

  @Test
  void rudawCitingTheSdf_isAChainWithTheSdfAsSpeaker() {
    // 002: the Kurdish website “Rudaw” reported, citing the Syrian Democratic Forces (SDF), that
    // approximately 1,500 of the most dangerous members of ISIS ... had escaped
    ExtractedClaim c = claim("002", "reported, citing the Syrian Democratic Forces");
    assertThat(c.attribution()).hasValueSatisfying(a -> {
      assertThat(a.speaker()).isEqualTo("Syrian Democratic Forces");
      assertThat(a.via()).containsExactly("Rudaw");
    });
    Quantity q = figure(c, 1500);
    assertThat(q.approximate()).isTrue();
    assertThat(q.counted()).contains("members");
    assertThat(c.modality()).isEqualTo(Modality.REPORTED);
  }

  @Test
  void estimatedBetweenThreeAndFiveThousand_countsTheMembersNamedBefore() {
    // 001: "its members are estimated between 3,000 and 5,000"
    Quantity q = figure(claim("001", "estimated between 3,000 and 5,000"), 3000);
    assertThat(q.bound()).isEqualTo(Quantity.Bound.RANGE);
    assertThat(q.high()).isEqualTo(5000);
    assertThat(q.approximate()).isTrue();
    assertThat(q.counted()).contains("members");
  }

  @Test
  void compoundUnits_areKilometres() {
    // 003: "constructing a 160-kilometer concrete barrier"; "its 599-kilometer-longborder"
    assertThat(figure(claim("003", "160-kilometer concrete barrier"), 160).unit()).isEqualTo("km");
    assertThat(figure(claim("003", "599-kilometer-long"), 599).unit()).isEqualTo("km");
  }

  @Test
  void moreThanAHundred_andARangeWithHyphen() {
    // 001: "more than 100 others were arrested"; 003: "an estimated 200-300 militantsentering"
    Quantity hundred = figure(claim("001", "more than 100 others"), 100);
    assertThat(hundred.bound()).isEqualTo(Quantity.Bound.AT_LEAST);
    Quantity range = figure(claim("003", "an estimated 200-300"), 200);
    assertThat(range.bound()).isEqualTo(Quantity.Bound.RANGE);
    assertThat(range.high()).isEqualTo(300);
    assertThat(range.approximate()).isTrue();
  }

  @Test
  void numberWords_areRead() {
    // 000: "approximately two thousand detained ISIS members"
    Quantity q = figure(claim("000", "approximately two thousand detained"), 2000);
    assertThat(q.approximate()).isTrue();
    assertThat(q.counted()).contains("members");
  }

  @Test
  void jolani_spellingsAndHisOriginalName_areOneEntity() {
    // 000 and 001: "Abu Mohammad al-Jolani"; 000: "Abu Muhammad al-Jolani"; 001: "he said using
    // the original name of al-Jolani" after quoting "Al-Sharaa's response"
    String key = aliases.key("Abu Mohammad al-Jolani");
    assertThat(aliases.key("Abu Muhammad al-Jolani")).isEqualTo(key);
    assertThat(aliases.key("al-Jolani")).isEqualTo(key);
    assertThat(aliases.key("Al-Sharaa")).isEqualTo(key);
    assertThat(aliases.canonical("al-Jolani")).isEqualTo("Abu Mohammad al-Jolani");
  }

  @Test
  void sudani_transliterations_areOneEntity() {
    // 000: "Mohammed Shia al-Sudani"; 001: "Muhammad Shia al-Sudani"
    assertThat(aliases.key("Mohammed Shia al-Sudani"))
        .isEqualTo(aliases.key("Muhammad Shia al-Sudani"));
  }

  @Test
  void acronyms_mergeWithTheirExpansions_andIraqStaysApartFromIran() {
    // 000: "Syrian Democratic Forces (SDF)", "Popular Mobilization Forces (PMF)"; 004:
    // "Autonomous Administration of North and East Syria (AANES)"
    assertThat(aliases.key("SDF")).isEqualTo(aliases.key("Syrian Democratic Forces"));
    assertThat(aliases.key("PMF")).isEqualTo(aliases.key("Popular Mobilization Forces"));
    assertThat(aliases.key("AANES"))
        .isEqualTo(aliases.key("Autonomous Administration of North and East Syria"));
    assertThat(aliases.canonical("SDF")).isEqualTo("Syrian Democratic Forces");
    assertThat(aliases.key("Iraq")).isNotEqualTo(aliases.key("Iran"));
  }

  @Test
  void shaddadiPrison_spellings_areOneEntity() {
    // 000: "Al-Shaddadi prison" and "Al-Shadadi prison"; 002: "al-Shaddadi prison"
    assertThat(aliases.key("Al-Shadadi")).isEqualTo(aliases.key("al-Shaddadi"));
    assertThat(aliases.key("Shaddadi")).isEqualTo(aliases.key("Al-Shaddadi"));
  }

  @Test
  void alHolAndAlHawl_areOnePlace() {
    // 000: "the families of terrorists living in the Al-Hawl camp"; 002 and 003: "al-Hol"
    assertThat(aliases.key("Al-Hawl")).isEqualTo(aliases.key("al-Hol"));
  }

  @Test
  void theIswReport_andAlBandawisDenial_conflictInsideOneDocument() {
    // 003: "A report from the Institute for the Study of War (ISW) indicated that certain Iraqi
    // armed groups, including Kata'ib Hezbollah, have crossed into Syria" ... "In response to
    // these claims, al-Bandawi firmly rejected them": two speakers of one document, one answering
    int isw = result.claims().indexOf(claim("003", "Institute for the Study of War"));
    int denial = result.claims().indexOf(claim("003", "In response to these claims"));
    assertThat(result.claims().get(isw).attribution().orElseThrow().speaker()).isEqualTo("ISW");
    assertThat(result.claims().get(denial).attribution().orElseThrow().speaker())
        .isEqualTo("al-Bandawi");
    assertThat(result.relations()).anySatisfy(r -> {
      assertThat(List.of(r.a(), r.b())).containsExactlyInAnyOrder(isw, denial);
      assertThat(r.type()).isEqualTo(RelationType.CONFLICTS);
      assertThat(r.explanation().toString()).contains("these claims");
    });
    Corroboration.Cluster cluster = result.clusters().stream()
        .filter(c -> c.claims().contains(isw)).findFirst().orElseThrow();
    assertThat(cluster.claims()).contains(denial);
    assertThat(cluster.status()).isEqualTo(org.corroborate.news.ClusterStatus.CONTESTED);
    assertThat(cluster.positions()).noneSatisfy(p -> assertThat(p).contains(isw, denial));
  }

  @Test
  void severalPropositions_areHeldByTwoOrMoreOutlets_theBorderReinforcementByThree() {
    // the floor: at least six propositions carried by two or more outlets, among them
    // the escape (above) and the border reinforcement held by at least three outlets, said in
    // other words each time: 000 "security forces have been deployed along the Syrian border",
    // 002 "Iraqi authorities ... have reinforced their borders with Syria with trenches", 004
    // "Iraq boosts security on Syrian border after US proxies free hundreds of ISIS fighters"
    // (one frame: DEPLOY, with Iraq and Syria taking part)
    assertThat(result.clusters().stream().filter(c -> c.sources().size() >= 2).count())
        .isGreaterThanOrEqualTo(6);
    int deployed = result.claims().indexOf(
        claim("000", "security forces have been deployed along the Syrian border"));
    int trenches = result.claims().indexOf(claim("002", "have reinforced their borders with Syria"));
    int boosts = result.claims().indexOf(claim("004", "Iraq boosts security on Syrian border"));
    Corroboration.Cluster border = result.clusters().stream()
        .filter(c -> c.claims().contains(trenches)).findFirst().orElseThrow();
    assertThat(border.claims()).contains(deployed, boosts);
    assertThat(border.sources()).hasSizeGreaterThanOrEqualTo(3);
    // the reason shown names the frame's participants as the claims spell them, not by key
    assertThat(result.relations()).anySatisfy(r -> {
      assertThat(List.of(r.a(), r.b())).containsExactlyInAnyOrder(deployed, trenches);
      assertThat(r.type()).isEqualTo(RelationType.AGREES);
      assertThat(r.explanation().toString())
          .contains("[DEPLOY] with [Iraq, Syrian], and [DEPLOY] with [Iraqi, Syria]");
    });
  }

  @Test
  void voices_areShownByTheirNames_notByTheKeysTheyAreCountedBy() {
    List<String> voices = report.report().clusters().stream()
        .flatMap(c -> c.voices().stream()).toList();
    // the key of al-Sudani's spellings is "muhamad shia sudani"; the report shows his name
    assertThat(voices).contains("speaker:Mohammed Shia al-Sudani")
        .doesNotContain("speaker:muhamad shia sudani");
    // every name shown is spelled as a seed spells it, or is the display name of an alias group
    String texts = seeds.documents.stream()
        .map(d -> d.title().orElse("") + "\n" + d.text()).reduce("", String::concat);
    assertThat(voices).filteredOn(v -> v.startsWith("speaker:"))
        .hasSizeGreaterThan(10)
        .map(v -> v.substring("speaker:".length()))
        .allMatch(name -> texts.contains(name)
            || aliases.canonical(name).equals(name) && !aliases.key(name).equals(name),
            "spelled as in the seeds or an alias group's name");
  }

  @Test
  void sharifiToldShafaq_isSpeakerAndRelay() {
    // 004: "...attacks,” Ahmad al-Sharifi, a strategic expert, told Shafaq News Agency on 1 August"
    ExtractedClaim c = claim("004", "Ahmad al-Sharifi, a strategic expert, told");
    assertThat(c.attribution()).hasValueSatisfying(a -> {
      assertThat(a.speaker()).isEqualTo("Ahmad al-Sharifi");
      assertThat(a.via()).containsExactly("Shafaq News Agency");
    });
  }

  @Test
  void accordingToShafaq_aMemberStated_isSpeakerViaOutlet() {
    // 001: "According to Shafaq News, Yasser Watut, a member of the Parliament's Security and
    // Defense Commission, stated on Monday that ..."
    ExtractedClaim c = claim("001", "According to Shafaq News, Yasser Watut");
    assertThat(c.attribution()).hasValueSatisfying(a -> {
      assertThat(a.speaker()).isEqualTo("Yasser Watut");
      assertThat(a.via()).containsExactly("Shafaq News");
    });
  }

  @Test
  void quotationThenRemarkedName_isThatSpeaker() {
    // 003: "“The presence of both US and Iranianforces in Syria adds a layer of unpredictability.
    // Iraq must manage thisdelicate situation carefully," remarked David Pollock, a senior fellow"
    ExtractedClaim c = claim("003", "The presence of both US and Iranian");
    assertThat(c.attribution()).map(Attribution::speaker).contains("David Pollock");
  }

  @Test
  void vagueSources_areAnonymous() {
    // 004: "Kurdish officials said the amnesty was based “on the recommendation” of ..."
    ExtractedClaim c = claim("004", "Kurdish officials said the amnesty");
    assertThat(c.attribution()).hasValueSatisfying(a -> {
      assertThat(a.speaker()).isEqualTo("Kurdish officials");
      assertThat(a.anonymous()).isTrue();
    });
    // 000: "recent reports talked about 1,500 ISIS fighters escaping"
    assertThat(claim("000", "recent reports talked about").attribution())
        .hasValueSatisfying(a -> assertThat(a.anonymous()).isTrue());
  }

  @Test
  void denialAndQuestion_haveTheirModality() {
    // 003: "the government has consistently denied anyformal involvement in the Syrian conflict"
    assertThat(claim("003", "consistently denied").modality()).isEqualTo(Modality.NEGATED);
    // 004: "Now that the SDF has released these fighters, where will they go?"
    assertThat(claim("004", "where will they go?").modality()).isEqualTo(Modality.QUESTIONED);
    // 004: the amnesty claim quotes "did not participate directly in combat": not a denial
    assertThat(claim("004", "issued a general amnesty").modality()).isNotEqualTo(Modality.NEGATED);
  }

  @Test
  void theEscapeOfFifteenHundred_isCorroboratedAcrossOutlets() {
    // 000: "recent reports talked about 1,500 ISIS fighters escaping Al-Shaddadi prison";
    // 002: Rudaw citing the SDF: "approximately 1,500 ... had escaped" from "al-Shaddadi prison"
    int a = result.claims().indexOf(claim("000", "recent reports talked about 1,500"));
    int b = result.claims().indexOf(claim("002", "reported, citing the Syrian Democratic Forces"));
    assertThat(result.relations()).anySatisfy(r -> {
      assertThat(List.of(r.a(), r.b())).containsExactlyInAnyOrder(a, b);
      assertThat(r.type()).isEqualTo(RelationType.AGREES);
    });
    Corroboration.Cluster cluster = result.clusters().stream()
        .filter(c -> c.claims().contains(a)).findFirst().orElseThrow();
    assertThat(cluster.claims()).contains(b);
    assertThat(cluster.sources()).contains("ahlulbayt-news-agency", "strategic-council-online");
    assertThat(cluster.voices().size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void theEscapeAndTheAmnestyRelease_areKeptApart() {
    // 000: 1,500 escaped Al-Shaddadi; 004: an amnesty "secured the release of over 1,500"
    int escape = result.claims().indexOf(claim("000", "recent reports talked about 1,500"));
    int release = result.claims().indexOf(claim("004", "issued a general amnesty"));
    assertThat(result.relations()).anySatisfy(r -> {
      assertThat(List.of(r.a(), r.b())).containsExactlyInAnyOrder(escape, release);
      assertThat(r.type()).isEqualTo(RelationType.UNRELATED);
      assertThat(r.keptApart()).isTrue();
      assertThat(r.explanation().toString()).contains("different events");
    });
    assertThat(result.clusters().stream().filter(c -> c.claims().contains(escape)).findFirst()
        .orElseThrow().claims()).doesNotContain(release);
  }

  @Test
  void cleaning_readsLeadLines_andDropsChrome() {
    TextCleaner cleaner = TextCleaner.defaults();
    Document aletho = seeds.document("004");
    CleanText c = cleaner.clean(aletho.text());
    assertThat(c.outlet()).contains("Aletho News");
    assertThat(c.credit()).contains("The Cradle");
    assertThat(c.dateline()).contains(new PartialDate(2024, 8, 1));
    String kept = content(c);
    assertThat(kept).doesNotContain("Posted by").doesNotContain("Leave a comment")
        .doesNotContain("Akismet").doesNotContain("ΑΛΗΘΩΣ").contains("The Iraqi armed forces");
    CleanText shafaq = cleaner.clean(seeds.document("003").text());
    assertThat(shafaq.outlet()).contains("Shafaq News");
    assertThat(shafaq.dateline()).contains(new PartialDate(2025, 3, 11));
    assertThat(content(shafaq)).startsWith("As northeastern Syriaplunges");
    CleanText ahlulbayt = cleaner.clean(seeds.document("000").text());
    assertThat(ahlulbayt.outlet()).contains("AhlulBayt News Agency");
    assertThat(content(ahlulbayt)).startsWith("Concerns about").doesNotContain("/129")
        .doesNotContain("Your Comment");
    CleanText opinion = cleaner.clean(seeds.document("002").text());
    assertThat(opinion.outlet()).contains("Strategic Council Online");
    assertThat(opinion.label()).contains("Opinion");
    assertThat(content(opinion)).startsWith("Numerous documents").doesNotContain("Post a Comment");
    assertThat(cleaner.clean(seeds.document("001").text()).outlet()).contains("Alwaght");
  }

  private static String content(CleanText c) {
    StringBuilder b = new StringBuilder();
    for (Span s : c.content()) {
      b.append(s.of(c.text())).append('\n');
    }
    return b.toString();
  }

  @Test
  void relativeDates_areAnchoredOnTheDocumentDate() {
    // 004 (August 1, 2024): "In mid-July" is July 2024; "held in Hasakah on 25 May" is 2024-05-25
    ExtractedClaim amnesty = claim("004", "issued a general amnesty");
    assertThat(amnesty.times()).anySatisfy(t -> {
      assertThat(t.date()).isEqualTo(new PartialDate(2024, 7, 0));
      assertThat(t.relative()).isTrue();
    });
    TimeExtractor times = new TimeExtractor();
    String s = "The forum was held in Hasakah on 25 May.";
    assertThat(times.extract(s, new Span(0, s.length()), Optional.of(new PartialDate(2024, 8, 1))))
        .singleElement().satisfies(t -> assertThat(t.date()).isEqualTo(new PartialDate(2024, 5, 25)));
    assertThat(times.extract(s, new Span(0, s.length()), Optional.empty())).isEmpty();
  }

  @Test
  void republishedDocument_speaksWithTheOriginalOutletsVoice() {
    // manifest: 004 is Aletho News republishing The Cradle; its unattributed claims are The Cradle's
    int title = result.claims().indexOf(claim("004", "Iraq boosts security on Syrian border"));
    assertThat(result.voices().get(title)).isEqualTo("source:the-cradle");
  }

  @Test
  void gluedWords_stillGiveTheirCleanWords() {
    // 003: "WithISIS exploiting the turmoil ... on the rise,Baghdad is racing to fortify"
    ExtractedClaim c = claim("003", "WithISIS exploiting the turmoil");
    // content words are Porter2 stems: step 1a drops a final "s" when a vowel comes before the
    // letter that precedes it, so "isis" gives "isi"
    assertThat(c.words()).contains("isi", "baghdad", "turmoil");
    assertThat(c.entityKeys()).contains(aliases.key("ISIS"), aliases.key("Baghdad"));
  }
}
