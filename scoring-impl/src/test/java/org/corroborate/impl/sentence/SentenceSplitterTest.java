package org.corroborate.impl.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.impl.clean.CleanText;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.token.Span;
import org.junit.jupiter.api.Test;

/** Sentence ends and headings by the rules of {@link SentenceSplitter}'s class comment. */
class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(Language.english());

  /** Every line of {@code text} is content, as the cleaner would leave a text with no chrome. */
  private static List<Sentence> split(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i > start) {
          lines.add(new Span(start, i));
        }
        start = i + 1;
      }
    }
    return SPLITTER.split(new CleanText(text, lines, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty()));
  }

  private static List<String> texts(String text) {
    return split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void split_periodBeforeACapital_endsASentence() {
    assertThat(texts("The prison was attacked. Guards fled."))
        .containsExactly("The prison was attacked.", "Guards fled.");
  }

  @Test
  void split_titleAbbreviations_doNotEnd() {
    assertThat(texts("Mr. Smith arrived. Dr. Jones left."))
        .containsExactly("Mr. Smith arrived.", "Dr. Jones left.");
  }

  @Test
  void split_dottedAbbreviationAndInitials_doNotEnd() {
    // "U." is an initial (one capital), "U.S." a listed abbreviation; "J." an initial
    assertThat(texts("The U.S. Army denied it. J. Smith agreed."))
        .containsExactly("The U.S. Army denied it.", "J. Smith agreed.");
  }

  @Test
  void split_decimal_doesNotEnd() {
    assertThat(texts("Inflation hit 3.5 percent. Prices rose."))
        .containsExactly("Inflation hit 3.5 percent.", "Prices rose.");
  }

  @Test
  void split_periodBeforeADigit_ends() {
    // a digit starts a sentence; only digits on both sides of an unspaced period make a decimal
    assertThat(texts("The count rose. 300 more fled."))
        .containsExactly("The count rose.", "300 more fled.");
  }

  @Test
  void split_closingQuoteAfterTheEnd_staysWithTheSentence() {
    assertThat(texts("He said, \"We will win.\" Then he left."))
        .containsExactly("He said, \"We will win.\"", "Then he left.");
    assertThat(texts("She said: “It is over.” Officials agreed."))
        .containsExactly("She said: “It is over.”", "Officials agreed.");
  }

  @Test
  void split_quotationThatGoesOnInLowerCase_doesNotEnd() {
    assertThat(texts("\"Did they escape?\" he asked. Nobody answered."))
        .containsExactly("\"Did they escape?\" he asked.", "Nobody answered.");
  }

  @Test
  void split_openingQuoteAfterTheEnd_startsTheNextSentence() {
    assertThat(texts("The guards fled. \"We had no choice,\" one said."))
        .containsExactly("The guards fled.", "\"We had no choice,\" one said.");
  }

  @Test
  void split_ellipsis_endsBeforeACapitalOnly() {
    assertThat(texts("The talks stalled... Then fighting resumed."))
        .containsExactly("The talks stalled...", "Then fighting resumed.");
    assertThat(texts("The talks stalled… then fighting resumed."))
        .containsExactly("The talks stalled… then fighting resumed.");
    assertThat(texts("Wait… What happened?")).containsExactly("Wait…", "What happened?");
  }

  @Test
  void split_questionAndExclamationMarks_end() {
    assertThat(texts("Who fired first? Nobody knows! The inquiry goes on."))
        .containsExactly("Who fired first?", "Nobody knows!", "The inquiry goes on.");
  }

  @Test
  void split_gluedPeriod_endsBetweenLowerAndCapitalisedWords() {
    assertThat(texts("Fighting spread to rural areas.Recent developments worried officials."))
        .containsExactly("Fighting spread to rural areas.", "Recent developments worried officials.");
    // glued inside an abbreviation: not an end
    assertThat(texts("The U.S.Army moved.")).containsExactly("The U.S.Army moved.");
  }

  @Test
  void split_everyLineEndsASentence() {
    assertThat(texts("The first line has no period\nThe second line has one."))
        .containsExactly("The first line has no period", "The second line has one.");
  }

  @Test
  void split_shortLineWithoutEndPunctuation_isAHeading() {
    List<Sentence> s = split("ISIS fighters escape Syrian prison\n"
        + "More than 1,500 fighters escaped. The SDF confirmed it.");
    assertThat(s).extracting(Sentence::heading).containsExactly(true, false, false);
  }

  @Test
  void split_lineEndingInPunctuationOrLongerThanFifteenWords_isNoHeading() {
    assertThat(split("The prison was attacked.").get(0).heading()).isFalse();
    assertThat(split("The title ends with a colon:").get(0).heading()).isFalse();
    // sixteen words, no end punctuation: running prose cut short, not a title
    String sixteen = "one two three four five six seven eight nine ten eleven twelve thirteen"
        + " fourteen fifteen sixteen";
    assertThat(split(sixteen).get(0).heading()).isFalse();
    assertThat(split(sixteen.substring(0, sixteen.lastIndexOf(' '))).get(0).heading()).isTrue();
  }

  @Test
  void split_listItems_areOneSentenceEach() {
    assertThat(texts("- Release the prisoners\n- Close the camps\n• Hold talks"))
        .containsExactly("- Release the prisoners", "- Close the camps", "• Hold talks");
  }

  @Test
  void split_spansIndexTheOriginalText_trimmed_andIndexesRunAcrossLines() {
    String text = "  First one.  Second one.\n\nThird one.";
    List<Sentence> s = split(text);
    assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 2);
    // "First one." at 2..12, "Second one." at 14..25, "Third one." after the blank line at 27
    assertThat(s).extracting(Sentence::span)
        .containsExactly(new Span(2, 12), new Span(14, 25), new Span(27, 37));
    for (Sentence x : s) {
      assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
    }
  }

  @Test
  void split_contentSpanLeavingOutAPrefix_startsAtTheSpan() {
    // the cleaner leaves an outlet prefix out of the line's span: "Outlet: " is 8 characters
    String text = "Outlet: The attack began. It ended.";
    List<Sentence> s = SPLITTER.split(new CleanText(text, List.of(new Span(8, text.length())),
        Optional.of("Outlet"), Optional.empty(), Optional.empty(), Optional.empty()));
    assertThat(s).extracting(Sentence::text).containsExactly("The attack began.", "It ended.");
    assertThat(s.get(0).start()).isEqualTo(8);
  }

  @Test
  void split_emptyOrBlank_hasNoSentences() {
    assertThat(split("")).isEmpty();
    assertThat(split("   \n\t \n")).isEmpty();
  }

  @Test
  void aLineWithNoSentenceEnd_isCutIntoPiecesOfAtMostTheLimit_atABlank() {
    String word = "prisoners ";
    String line = word.repeat(100_000).strip(); // a megabyte with no sentence end
    SentenceSplitter splitter = new SentenceSplitter(Language.english(), 105);
    SentenceSplitter.Split split = splitter.splitCounting(new CleanText(line,
        List.of(new Span(0, line.length())), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty()));
    assertThat(split.cut()).isEqualTo(1);
    assertThat(split.sentences()).hasSize(10_000)
        .allSatisfy(s -> assertThat(s.text()).isEqualTo(word.repeat(10).strip()));
    assertThat(split.sentences().get(9_999).index()).isEqualTo(9_999);
  }

  @Test
  void aSentenceWithNoBlank_isCutAtTheLimit_neverInsideASurrogatePair() {
    String line = "\uD83D\uDE00".repeat(500); // 1,000 chars, 500 emoji
    SentenceSplitter splitter = new SentenceSplitter(Language.english(), 101);
    List<Sentence> sentences = splitter.split(new CleanText(line,
        List.of(new Span(0, line.length())), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty()));
    assertThat(sentences).allSatisfy(s -> {
      assertThat(s.text().length()).isEqualTo(s.end() - s.start()).isLessThanOrEqualTo(101);
      assertThat(s.text().codePoints().count() * 2).isEqualTo(s.text().length());
    });
    assertThat(String.join("", sentences.stream().map(Sentence::text).toList())).isEqualTo(line);
  }

  @Test
  void sentencesWithinTheLimit_areNotCut() {
    assertThat(SPLITTER.splitCounting(new CleanText("Guards fled.", List.of(new Span(0, 12)),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).cut()).isZero();
  }
}
