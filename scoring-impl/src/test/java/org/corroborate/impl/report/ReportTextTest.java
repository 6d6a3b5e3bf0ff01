package org.corroborate.impl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.Explanation;
import org.corroborate.model.Genre;
import org.corroborate.news.ClaimResult;
import org.corroborate.news.ClusterResult;
import org.corroborate.news.ClusterStatus;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.DocumentResult;
import org.corroborate.news.Modality;
import org.corroborate.news.PropositionVerdict;
import org.corroborate.news.RelationResult;
import org.corroborate.news.RelationType;
import org.corroborate.news.SourceResult;
import org.corroborate.news.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The text report on a report built by hand: corroborated propositions first, then contested,
 * then one line counting those that stand alone (listed with listAll), each pair kept apart once,
 * and no line wider than 100 columns.
 */
class ReportTextTest {

  private static ClaimResult claim(String id, String source, String text) {
    return new ClaimResult(id, id.substring(0, id.indexOf('#')), source, text, 0, text.length(),
        List.of(), Optional.empty(), Modality.ASSERTED, List.of(), Optional.empty(), 0.9);
  }

  private static ClusterResult cluster(String id, ClusterStatus status, double confidence,
      List<List<String>> positions, List<String> sources, List<String> voices) {
    List<String> ids = new ArrayList<>();
    positions.forEach(ids::addAll);
    return new ClusterResult(id, ids, confidence, sources, voices, positions, status,
        Explanation.leaf(confidence, "confidence"), new PropositionVerdict(Verdict.UNVERIFIED,
            0.25, Explanation.leaf(0.25, "P(true)"), 1.0, 0.0, 0.5, 2));
  }

  private static RelationResult apart(String a, String b) {
    Explanation gate = Explanation.of(0.05, "P(same)", org.corroborate.Combination.PRODUCT,
        List.of(Explanation.leaf(0.1, "different events: [ESCAPE] vs [RELEASE] (gateFactor)"),
            Explanation.leaf(0.5, "similarity")));
    return new RelationResult(a, b, RelationType.UNRELATED, 0.95,
        Explanation.of(0.95, "1 - P(same)", org.corroborate.Combination.FORMULA, List.of(gate)));
  }

  /**
   * Three documents; propositions: c1 alone (a#1), c2 contested (a#2 against b#1), c3 alone
   * (b#2), c4 corroborated by two voices (a#3, c#1), c5 corroborated by three (a#4, b#3, c#2).
   * Kept apart: a#1 and b#2, given both ways, and c#3 with b#2, whose sentences repeat a#1's and
   * b#2's (a copy).
   */
  private static CorroborationReport report() {
    String longText = "Officials said the convoy that left the northern crossing at dawn carried"
        + " food, medicine and winter clothing for the families held in the camp, and that a"
        + " second convoy would follow within the week once the road was cleared of mines.";
    List<ClaimResult> claims = List.of(
        claim("a#1", "wire-a", "The 1,500 escaped from al-Shaddadi."),
        claim("a#2", "wire-a", "300 fighters crossed the border."),
        claim("a#3", "wire-a", "Iraq sent troops to the border."),
        claim("a#4", "wire-a", longText),
        claim("b#1", "wire-b", "900 fighters crossed the border."),
        claim("b#2", "wire-b", "The 1,500 were released under an amnesty."),
        claim("b#3", "wire-b", "The convoy carried food and medicine."),
        claim("c#1", "wire-c", "Baghdad reinforced the border with troops."),
        claim("c#2", "wire-c", "A convoy brought food to the camp."),
        claim("c#3", "wire-c", "The 1,500 escaped from al-Shaddadi."));
    List<ClusterResult> clusters = List.of(
        cluster("c1", ClusterStatus.UNCORROBORATED, 0.5, List.of(List.of("a#1")),
            List.of("wire-a"), List.of("source:wire-a")),
        cluster("c2", ClusterStatus.CONTESTED, 0.4, List.of(List.of("a#2"), List.of("b#1")),
            List.of("wire-a", "wire-b"), List.of("source:wire-a", "source:wire-b")),
        cluster("c3", ClusterStatus.UNCORROBORATED, 0.5, List.of(List.of("b#2")),
            List.of("wire-b"), List.of("source:wire-b")),
        cluster("c4", ClusterStatus.CORROBORATED, 0.75, List.of(List.of("a#3", "c#1")),
            List.of("wire-a", "wire-c"), List.of("source:wire-a", "source:wire-c")),
        cluster("c5", ClusterStatus.CORROBORATED, 0.875,
            List.of(List.of("a#4", "b#3", "c#2")), List.of("wire-a", "wire-b", "wire-c"),
            List.of("source:wire-a", "source:wire-b", "source:wire-c")),
        cluster("c6", ClusterStatus.UNCORROBORATED, 0.5, List.of(List.of("c#3")),
            List.of("wire-c"), List.of("source:wire-c")));
    List<RelationResult> relations = List.of(
        new RelationResult("a#2", "b#1", RelationType.CONFLICTS, 0.6,
            Explanation.leaf(0.6, "conflicting figures")),
        apart("a#1", "b#2"), apart("b#2", "a#1"), apart("c#3", "b#2"));
    List<SourceResult> sources = new ArrayList<>();
    List<DocumentResult> documents = new ArrayList<>();
    for (String s : List.of("a", "b", "c")) {
      sources.add(new SourceResult("wire-" + s, "Wire " + s, 0.5, Explanation.leaf(0.5, "r"),
          Map.of(), 1, 3));
      documents.add(new DocumentResult(s, "wire-" + s, Optional.empty(), Optional.empty(),
          Genre.NEWS, Optional.empty(), Map.of(), 100, 20, 1, s.equals("a") ? 4 : 3,
          s.equals("a") ? 6 : 3, s.equals("a") ? 2 : 0));
    }
    return CorroborationReport.builder().sources(sources).documents(documents).claims(claims)
        .clusters(clusters).relations(relations).build();
  }

  private static String text(CorroborationReport report, boolean listAll) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportText.write(report, out, listAll);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void corroboratedComeFirst_mostVoicesFirst_thenContested_thenACountOfWhatStandsAlone()
      throws IOException {
    String text = text(report(), false);
    int corroborated = text.indexOf("\nCorroborated by independent sources\n");
    int c5 = text.indexOf("\n  c5  confidence 0.875, 3 sources, 3 independent voices");
    int c4 = text.indexOf("\n  c4  confidence 0.750, 2 sources, 2 independent voices");
    int contested = text.indexOf("\nContested\n");
    int c2 = text.indexOf("\n  c2  confidence 0.400");
    int alone = text.indexOf("\nStanding alone: 3 propositions with a single voice"
        + " (--all lists them)\n");
    int sources = text.indexOf("\nSources, most reliable first");
    assertThat(List.of(corroborated, c5, c4, contested, c2, alone, sources))
        .doesNotContain(-1).isSorted();
    // counted, not listed
    assertThat(text).doesNotContain("  c1  ", "  c3  ", "  c6  ");
    assertThat(text).contains("2 sentences below the check-worthiness threshold, not claims\n");
  }

  @Test
  void listAll_listsWhatStandsAlone() throws IOException {
    String text = text(report(), true);
    assertThat(text).contains("\nStanding alone: 3 propositions with a single voice\n"
        + "  c1  a#1 wire-a [0-35] ASSERTED \"The 1,500 escaped from al-Shaddadi.\","
        + " verdict Unverified (p=0.25;\n"
        + "      for 1, against 0, observing 0.5)\n"
        + "  c3  b#2 wire-b [0-41] ASSERTED \"The 1,500 were released under an amnesty.\","
        + " verdict Unverified\n"
        + "      (p=0.25; for 1, against 0, observing 0.5)\n"
        + "  c6  c#3 wire-c [0-35] ASSERTED \"The 1,500 escaped from al-Shaddadi.\","
        + " verdict Unverified (p=0.25;\n"
        + "      for 1, against 0, observing 0.5)\n");
  }

  @Test
  void keptApart_showsEachPairOnce() throws IOException {
    String text = text(report(), false);
    // a#1-b#2 is given both ways; c#3-b#2 repeats its two sentences: one pair shown, one more
    // counted with it
    assertThat(text).contains("\nKept apart: alike on the surface, about different events"
        + " (1 closest of 1 pair)\n"
        + "  a#1 wire-a [0-35] ASSERTED \"The 1,500 escaped from al-Shaddadi.\"\n"
        + "  b#2 wire-b [0-41] ASSERTED \"The 1,500 were released under an amnesty.\"\n"
        + "    different events: [ESCAPE] vs [RELEASE] (gateFactor) (+1 pair with the same"
        + " sentences)\n");
  }

  @Test
  void noLineIsWiderThan100Columns_andLongLinesWrapAtBlanksWithAHangingIndent()
      throws IOException {
    String text = text(report(), false);
    for (String line : text.split("\n", -1)) {
      assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(100);
    }
    // the long quote of a#4 (233 characters, cut to 220; 4 spaces in) continues 8 spaces in
    assertThat(text).contains("    a#4 wire-a [0-233] ASSERTED \"Officials said the convoy that"
        + " left the northern crossing at dawn\n        carried food, ");
  }

  @Test
  void wrap_breaksAtTheLastBlankThatFits_andCutsOnlyAWordWiderThanTheLine() {
    assertThat(ReportText.wrap("aaa bbb ccc", 7)).isEqualTo("aaa bbb\n   ccc");
    assertThat(ReportText.wrap("  aaa bbb ccc", 9)).isEqualTo("  aaa bbb\n    ccc");
    assertThat(ReportText.wrap("short\nline", 7)).isEqualTo("short\nline");
    // a word of 12 letters in a width of 10: cut, the rest hangs
    assertThat(ReportText.wrap("abcdefghijkl xy", 10)).isEqualTo("abcdefghij\n    kl xy");
    // a code point beyond the BMP counts once and is never split
    String emoji = "\uD83D\uDE00";
    assertThat(ReportText.wrap(emoji.repeat(6), 4))
        .isEqualTo(emoji.repeat(4) + "\n  " + emoji.repeat(2));
  }
}
