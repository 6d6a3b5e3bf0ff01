package org.corroborate.impl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.impl.lang.Language;
import org.corroborate.model.Document;
import org.junit.jupiter.api.Test;

/** A claim's frame: the event of its own statement and the names outside its background clauses. */
class FrameTest {
  /** Every sentence a claim (threshold 0), so that each example is extracted. */
  private static final PatternClaimExtractor ALL =
      new PatternClaimExtractor(Language.english(), List.of(), 2_000, 0.0);

  private static Frame frameOf(String sentence) {
    PatternClaimExtractor.Extraction x = ALL.extract(List.of(Document.of("d", "wire", sentence)));
    assertThat(x.claims()).hasSize(1);
    return x.claims().get(0).frame().orElse(null);
  }

  private static String key(String sentence, String name) {
    return ALL.extract(List.of(Document.of("d", "wire", sentence))).aliases().key(name);
  }

  private static Frame frame(Set<String> events, String... participants) {
    return new Frame(new TreeSet<>(events), new TreeSet<>(List.of(participants)));
  }

  @Test
  void aClauseOpenedByAfter_isTheBackground_notTheStatement() {
    String headline = "Iraq boosts security on Syrian border after US proxies free hundreds of"
        + " ISIS fighters";
    Frame f = frameOf(headline);
    // "boosts" (DEPLOY) is the statement; "free" (RELEASE), US and ISIS are the background
    assertThat(f.events()).containsExactly("DEPLOY");
    assertThat(f.participants()).containsExactlyInAnyOrder(
        key(headline, "Iraq"), key(headline, "Syrian"));
    assertThat(f.participants()).doesNotContain(key(headline, "ISIS"), key(headline, "US"));
  }

  @Test
  void aLeadingClause_endsAtItsComma() {
    String sentence = "After the Kurdish forces freed hundreds of fighters, Iraq reinforced its"
        + " border with Syria.";
    Frame f = frameOf(sentence);
    assertThat(f.events()).containsExactly("DEPLOY");
    assertThat(f.participants()).containsExactlyInAnyOrder(
        key(sentence, "Iraq"), key(sentence, "Syria"));
  }

  @Test
  void aHyphenInsideAWord_doesNotEndTheClause() {
    // "US-backed" is one word: the clause opened by "after" runs on to the end, Syria with it
    String sentence = "Iraq reinforced its border after US-backed forces freed fighters in Syria.";
    Frame f = frameOf(sentence);
    assertThat(f.events()).containsExactly("DEPLOY");
    assertThat(f.participants()).containsExactly(key(sentence, "Iraq"));
  }

  @Test
  void namesBetweenAndAfterSeveralClauses_areTakenOrLeftByWhereTheyStart() {
    String sentence = "After Turkey shelled the villages, Iraq reinforced its border with Syria"
        + " following attacks by Hezbollah, officials in Baghdad said.";
    Frame f = frameOf(sentence);
    assertThat(f.events()).containsExactly("DEPLOY");
    assertThat(f.participants()).contains(key(sentence, "Iraq"), key(sentence, "Syria"),
        key(sentence, "Baghdad"));
    assertThat(f.participants()).doesNotContain(key(sentence, "Turkey"),
        key(sentence, "Hezbollah"));
  }

  @Test
  void theFirstEventWord_isTheMainEvent() {
    // deployed (DEPLOY) comes before infiltrations (INFILTRATE)
    Frame f = frameOf("Security forces have been deployed along the Syrian border, watching for"
        + " terrorist infiltrations into Iraq.");
    assertThat(f.events()).containsExactly("DEPLOY");
  }

  @Test
  void aSentenceWithoutAnEventWord_hasNoFrame() {
    assertThat(frameOf("Iraq's position is clear and it protects its borders shared with Syria."))
        .isNull();
  }

  @Test
  void anEventWordInsideTheBackgroundOnly_givesNoFrame() {
    assertThat(frameOf("Iraq is on alert after the release of hundreds of fighters in Syria."))
        .isNull();
  }

  @Test
  void sameEvent_needsASharedEventType() {
    assertThat(frame(Set.of("DEPLOY"), "iraq", "syria")
        .sameEvent(frame(Set.of("RELEASE"), "iraq", "syria"))).isFalse();
    assertThat(frame(Set.of("DEPLOY", "BUILD"), "iraq", "syria")
        .sameEvent(frame(Set.of("BUILD"), "iraq", "syria"))).isTrue();
  }

  @Test
  void sameEvent_needsTheSameParticipants_atLeastTwo() {
    Frame iraq = frame(Set.of("DEPLOY"), "iraq", "syria");
    assertThat(iraq.sameEvent(frame(Set.of("DEPLOY"), "syria", "iraq"))).isTrue();
    // one name in common is not enough: "Iraq deploys" says nothing about where
    assertThat(frame(Set.of("DEPLOY"), "iraq").sameEvent(frame(Set.of("DEPLOY"), "iraq")))
        .isFalse();
    // a name more is another role or another event of the same kind, both ways round: "ISIS
    // leader killed in US airstrikes" is not "ISIS kills US journalist James Foley"
    Frame leader = frame(Set.of("KILL"), "isis", "us");
    Frame foley = frame(Set.of("KILL"), "isis", "us", "james foley");
    assertThat(leader.sameEvent(foley)).isFalse();
    assertThat(foley.sameEvent(leader)).isFalse();
    assertThat(frame(Set.of("DEPLOY"), "iraq", "turkey").sameEvent(iraq)).isFalse();
  }

  @Test
  void aFrame_hasAnEvent() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> frame(Set.of(), "iraq"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events");
  }
}
