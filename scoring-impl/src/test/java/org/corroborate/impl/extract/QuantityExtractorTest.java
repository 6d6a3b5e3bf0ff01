package org.corroborate.impl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.impl.clean.MonthNames;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.token.Span;
import org.corroborate.news.Quantity.Bound;
import org.corroborate.news.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Figures read by {@link QuantityExtractor}, each expected value worked out from the rules in its
 * class comment (the counted noun comes from {@code counted.txt}, else the first plural-looking
 * lower-case word within three tokens).
 */
class QuantityExtractorTest {
  private static final QuantityExtractor EXTRACTOR =
      new QuantityExtractor(Language.english(), MatchingLexicon.defaults(),
          new MonthNames(Language.english()));

  private static List<Quantity> figures(String sentence) {
    return EXTRACTOR.extract(sentence, new Span(0, sentence.length()));
  }

  private static Quantity only(String sentence) {
    List<Quantity> found = figures(sentence);
    assertThat(found).as(sentence).hasSize(1);
    return found.get(0);
  }

  private static Quantity exact(double value, String unit, boolean approximate, Bound bound,
      String counted) {
    return new Quantity(value, value, value, unit, approximate, bound, Optional.ofNullable(counted));
  }

  @Test
  void extract_thousandsSeparator_isOneExactFigureWithItsCountedNoun() {
    assertThat(figures("Officials said 1,500 fighters escaped."))
        .containsExactly(exact(1500, "", false, Bound.EXACT, "fighters"));
    // two groups: 1,234,567
    assertThat(only("The census found 1,234,567 residents.").value()).isEqualTo(1_234_567);
  }

  @Test
  void extract_decimalsAndScaleWords_multiply() {
    // 2.5 is a decimal (one dot, no comma); "million" scales it
    assertThat(figures("The war displaced 2.5 million people."))
        .containsExactly(exact(2_500_000, "", false, Bound.EXACT, "people"));
    // dots only, more than one: grouping, 1.500.000
    assertThat(only("Some 1.500.000 refugees returned.").value()).isEqualTo(1_500_000);
  }

  @Test
  void extract_betweenAnd_isARangeWithItsMidpoint_andTheCountedNounBefore() {
    // "estimated" before "between" makes it approximate; no noun follows, "members" is within six
    // tokens before the expression
    assertThat(figures("Its members are estimated between 3,000 and 5,000."))
        .containsExactly(new Quantity(4000, 3000, 5000, "", true, Bound.RANGE,
            Optional.of("members")));
  }

  @Test
  void extract_hyphenAndToRanges_areClosedRanges() {
    assertThat(figures("The clashes killed 200-300 people."))
        .containsExactly(new Quantity(250, 200, 300, "", false, Bound.RANGE, Optional.of("people")));
    assertThat(figures("Shelling killed 10 to 15 civilians."))
        .containsExactly(new Quantity(12.5, 10, 15, "", false, Bound.RANGE,
            Optional.of("civilians")));
    // "from X to Y" with a unit after the second figure
    assertThat(figures("Prices rose from 10 to 15 dollars."))
        .containsExactly(new Quantity(12.5, 10, 15, "usd", false, Bound.RANGE, Optional.empty()));
  }

  @Test
  void extract_descendingBetween_isNotARange() {
    // the second figure must not be below the first: "between 5,000 and 3,000" is two figures,
    // neither a range
    assertThat(figures("Between 5,000 and 3,000 fighters.")).extracting(Quantity::bound)
        .doesNotContain(Bound.RANGE);
  }

  @Test
  void extract_lowerBounds_areAtLeastWithLowEqualToHigh() {
    assertThat(figures("More than 1,500 prisoners escaped."))
        .containsExactly(exact(1500, "", false, Bound.AT_LEAST, "prisoners"));
    // the counted noun after two capitalised words, within five tokens (the seed's wording)
    assertThat(figures("Over 1,500 Syrian ISIS fighters fled."))
        .containsExactly(exact(1500, "", false, Bound.AT_LEAST, "fighters"));
    assertThat(only("At least 12 soldiers died.").bound()).isEqualTo(Bound.AT_LEAST);
    assertThat(only("It cost in excess of 300 dollars.")).isEqualTo(
        exact(300, "usd", false, Bound.AT_LEAST, null));
  }

  @Test
  void extract_upperBounds_areAtMost_andNearlyIsAlsoApproximate() {
    assertThat(figures("Support is up to 40%."))
        .containsExactly(exact(40, "%", false, Bound.AT_MOST, null));
    assertThat(figures("Nearly 40 people died."))
        .containsExactly(exact(40, "", true, Bound.AT_MOST, "people"));
    assertThat(figures("As many as 200 civilians fled."))
        .containsExactly(exact(200, "", false, Bound.AT_MOST, "civilians"));
    assertThat(only("Fewer than 10 soldiers remain.").bound()).isEqualTo(Bound.AT_MOST);
  }

  @Test
  void extract_approximationWords_keepAnExactBound() {
    assertThat(figures("About 10,000 people fled."))
        .containsExactly(exact(10_000, "", true, Bound.EXACT, "people"));
    assertThat(figures("The army sent around 300 soldiers."))
        .containsExactly(exact(300, "", true, Bound.EXACT, "soldiers"));
    assertThat(figures("An estimated 5,000 people returned."))
        .containsExactly(exact(5000, "", true, Bound.EXACT, "people"));
  }

  @Test
  void extract_aboutAfterAVerbOfSpeech_isTheTopicNotAnApproximation() {
    assertThat(figures("The minister talked about 1,500 fighters."))
        .containsExactly(exact(1500, "", false, Bound.EXACT, "fighters"));
  }

  @Test
  void extract_vaguePlurals_spanTheirUnitToTwiceTheNextOrder_atTheGeometricMean() {
    // hundreds: 100 to 2,000, value sqrt(100 * 2000) = 447.21
    Quantity hundreds = only("Hundreds of people protested.");
    assertThat(hundreds.low()).isEqualTo(100);
    assertThat(hundreds.high()).isEqualTo(2000);
    assertThat(hundreds.value()).isCloseTo(447.21, within(0.01));
    assertThat(hundreds.approximate()).isTrue();
    assertThat(hundreds.bound()).isEqualTo(Bound.RANGE);
    assertThat(hundreds.counted()).contains("people");
    // dozens: 24 to 200, sqrt(4800) = 69.28
    Quantity dozens = only("Dozens of soldiers were wounded.");
    assertThat(dozens.low()).isEqualTo(24);
    assertThat(dozens.high()).isEqualTo(200);
    assertThat(dozens.value()).isCloseTo(69.28, within(0.01));
    // tens of thousands: 10,000 to 200,000, sqrt(2e9) = 44,721.36
    Quantity tens = only("Tens of thousands of refugees fled.");
    assertThat(tens.low()).isEqualTo(10_000);
    assertThat(tens.high()).isEqualTo(200_000);
    assertThat(tens.value()).isCloseTo(44_721.36, within(0.01));
    assertThat(tens.counted()).contains("refugees");
    // hundreds of thousands: 100,000 to 2,000,000
    Quantity hundredsOfThousands = only("Hundreds of thousands of people fled.");
    assertThat(hundredsOfThousands.low()).isEqualTo(100_000);
    assertThat(hundredsOfThousands.high()).isEqualTo(2_000_000);
  }

  @Test
  void extract_percentInEverySpelling_isPercentSign() {
    assertThat(only("Turnout was 40 per cent.")).isEqualTo(exact(40, "%", false, Bound.EXACT, null));
    assertThat(only("Turnout was 40 percent.")).isEqualTo(exact(40, "%", false, Bound.EXACT, null));
    assertThat(only("Turnout was 40%.")).isEqualTo(exact(40, "%", false, Bound.EXACT, null));
  }

  @Test
  void extract_distanceUnits_wordsAndCompounds() {
    assertThat(only("The convoy travelled 160 km.").unit()).isEqualTo("km");
    assertThat(only("The convoy travelled 30 kilometres.").unit()).isEqualTo("km");
    assertThat(only("The convoy travelled 12 miles.").unit()).isEqualTo("mi");
    assertThat(only("The wall is 3 metres high.").unit()).isEqualTo("m");
    // compounds glued by hyphens, "-long" consumed: one figure of 599 km, nothing counted
    assertThat(figures("They built a 599-kilometer-long wall."))
        .containsExactly(exact(599, "km", false, Bound.EXACT, null));
    assertThat(figures("They share a 160-kilometer border."))
        .containsExactly(exact(160, "km", false, Bound.EXACT, null));
  }

  @Test
  void extract_moneyAndWeight_areUsdAndT() {
    assertThat(figures("The deal is worth $5 million."))
        .containsExactly(exact(5_000_000, "usd", false, Bound.EXACT, null));
    assertThat(only("He paid 50 dollars.").unit()).isEqualTo("usd");
    assertThat(figures("They shipped 20 tons of wheat."))
        .containsExactly(exact(20, "t", false, Bound.EXACT, null));
    assertThat(only("They shipped 20 tonnes.").unit()).isEqualTo("t");
  }

  @Test
  void extract_everyUnitWritten_isOneTheApiDocuments() {
    String[] sentences = {
      "It rose 40 per cent.", "It rose 40 percent.", "It rose 40%.", "They walked 5 km.",
      "They walked 5 kilometers.", "They walked 5 kilometre.", "They walked 5 miles.",
      "They walked 5 mi.", "They climbed 5 meters.", "They climbed 5 metre.", "It cost $5.",
      "It cost 5 dollars.", "It cost 5 usd.", "It weighs 5 tons.", "It weighs 5 tonnes.",
      "It weighs a 5-ton load.", "They freed 5 prisoners."};
    Set<String> units = new TreeSet<>();
    List<Quantity> all = new ArrayList<>();
    for (String s : sentences) {
      all.addAll(figures(s));
    }
    all.forEach(q -> units.add(q.unit()));
    assertThat(all).hasSize(sentences.length);
    Set<String> allowed = new TreeSet<>(Quantity.UNITS);
    allowed.add("");
    assertThat(allowed).containsAll(units);
    // and every documented unit is actually produced
    assertThat(units).containsAll(Quantity.UNITS).contains("");
  }

  @Test
  void extract_countedNoun_fromTheListOrAPlural_skippingOfThe() {
    // "of the most dangerous" is skipped: "members" is within five tokens
    assertThat(only("He freed 1,500 of the most dangerous members.").counted()).contains("members");
    // not in counted.txt but plural-looking, lower case, within three tokens
    assertThat(only("The strike hit 40 vehicles.").counted()).contains("vehicles");
    // "years" is never a counted noun: a bare "3" with no modifier is no figure at all
    assertThat(figures("He served 3 years in prison.")).isEmpty();
  }

  @Test
  void extract_numberWords_compose() {
    assertThat(figures("Two thousand soldiers arrived."))
        .containsExactly(exact(2000, "", false, Bound.EXACT, "soldiers"));
    assertThat(figures("The attack killed twenty-five people."))
        .containsExactly(exact(25, "", false, Bound.EXACT, "people"));
    assertThat(figures("Police held a dozen civilians."))
        .containsExactly(exact(12, "", false, Bound.EXACT, "civilians"));
    // "three hundred and fifty": 3 * 100 + 50
    assertThat(figures("Guards freed three hundred and fifty prisoners."))
        .containsExactly(exact(350, "", false, Bound.EXACT, "prisoners"));
  }

  @Test
  void extract_oneOfAndListMarkersAndALoneOne_areNotFigures() {
    assertThat(figures("One of the prisoners escaped.")).isEmpty();
    assertThat(figures("One: the prisoners escaped.")).isEmpty();
    assertThat(figures("He was the one.")).isEmpty();
  }

  @Test
  void extract_years_areNotFigures_evenWithAnApproximation() {
    assertThat(figures("In 2019 the war ended.")).isEmpty();
    // "around" makes it modified, but a year with no unit and no counted noun is still skipped
    assertThat(figures("The prison was built around 1990.")).isEmpty();
    // a four-digit year-like number with a counted noun after it is a figure
    assertThat(figures("The group had 2000 fighters."))
        .containsExactly(exact(2000, "", false, Bound.EXACT, "fighters"));
  }

  @Test
  void extract_daysOfMonthsClockTimesOrdinalsAndIsoDates_areNotFigures() {
    // only the 300 prisoners: "1 August" is a date
    assertThat(figures("On 1 August 300 prisoners escaped."))
        .containsExactly(exact(300, "", false, Bound.EXACT, "prisoners"));
    // "January 20th": a month before and an ordinal suffix
    assertThat(figures("The attack on January 20th killed 12 soldiers."))
        .containsExactly(exact(12, "", false, Bound.EXACT, "soldiers"));
    // 09:50 is a time; its "50" is left as a bare number
    assertThat(figures("At 09:50 about 20 soldiers arrived."))
        .containsExactly(exact(20, "", true, Bound.EXACT, "soldiers"));
    assertThat(figures("The 3rd battalion moved.")).isEmpty();
    assertThat(figures("Published 2025-03-11 with 40 casualties."))
        .containsExactly(exact(40, "", false, Bound.EXACT, "casualties"));
  }

  @Test
  void extract_bareNumberWithoutUnitNounOrModifier_isAName() {
    assertThat(figures("Kurdistan 24 reported the attack.")).isEmpty();
  }

  @Test
  void extract_plainText_findsNothing() {
    assertThat(figures("The ministry denied the report.")).isEmpty();
    assertThat(figures("")).isEmpty();
  }

  @Test
  void extract_hugeDigitRun_returnsNoFigure() {
    // 200,000 characters of "1,": one number token too long to parse (more than 18 digits)
    String digits = "1,".repeat(100_000) + "1 people";
    assertThat(figures(digits)).isEmpty();
  }

  @Test
  void extract_boundBeforeDollarSign_wasReadAsExact() {
    assertThat(figures("The deal is worth more than $5 million."))
        .containsExactly(exact(5_000_000, "usd", false, Bound.AT_LEAST, null));
    assertThat(figures("Damage reached about $300."))
        .containsExactly(exact(300, "usd", true, Bound.EXACT, null));
  }

  @Test
  void extract_longRunOfNumberWordsBeforeAColon_wasQuadratic() {
    // each start of the run was read to its end and then refused as a list marker: 100,000 words
    // took a minute
    String words = "one ".repeat(100_000) + "one: the end.";
    assertThat(figures(words)).isEmpty();
  }

  @Test
  void extract_longSentenceOfFigures_returnsEveryOne() {
    // 20,000 times "about 5 people, " : 20,000 approximate figures of 5 people
    String text = "about 5 people, ".repeat(20_000);
    List<Quantity> found = figures(text);
    assertThat(found).hasSize(20_000).allMatch(q -> q.value() == 5 && q.approximate());
  }
}
