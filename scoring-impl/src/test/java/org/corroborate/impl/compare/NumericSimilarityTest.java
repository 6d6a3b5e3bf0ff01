package org.corroborate.impl.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.corroborate.model.NumberValue;
import org.corroborate.model.TemporalValue;
import org.corroborate.model.TextValue;
import org.corroborate.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericSimilarityTest {

  private final NumericSimilarity exact = new NumericSimilarity(0.0, false);
  private final NumericSimilarity ten = new NumericSimilarity(10.0, false);
  private final NumericSimilarity tenPercent = new NumericSimilarity(0.1, true);
  private final NumericSimilarity fiveMinutes = new NumericSimilarity(5.0, false);

  private static Value n(double x) {
    return Value.number(x);
  }

  private static Value t(String s) {
    return new TextValue(s);
  }

  @Test
  void support_absoluteTolerance_fallsLinearlyToZeroAtTwiceTolerance() {
    assertThat(ten.support(n(100), n(100))).isEqualTo(1.0);
    assertThat(ten.support(n(100), n(105))).isEqualTo(0.75); // 1 - 5/20
    assertThat(ten.support(n(100), n(110))).isEqualTo(0.5); // 1 - 10/20
    assertThat(ten.support(n(100), n(120))).isEqualTo(0.0);
    assertThat(ten.support(n(100), n(1000))).isEqualTo(0.0);
  }

  @Test
  void matches_absoluteTolerance_inclusiveEdge() {
    assertThat(ten.matches(n(100), n(110))).isTrue();
    assertThat(ten.matches(n(100), n(110.001))).isFalse();
  }

  @Test
  void support_relativeTolerance_usesLargerMagnitude() {
    // tol = 0.1 * 100 = 10, d = 10
    assertThat(tenPercent.support(n(90), n(100))).isEqualTo(0.5, within(1e-12));
    assertThat(tenPercent.matches(n(90), n(100))).isTrue();
    assertThat(tenPercent.matches(n(-90), n(-100))).isTrue();
    assertThat(tenPercent.support(n(0), n(0))).isEqualTo(1.0);
  }

  @Test
  void support_zeroTolerance_onlyEquality() {
    assertThat(exact.support(n(5), n(5))).isEqualTo(1.0);
    assertThat(exact.support(n(5), n(5.0001))).isEqualTo(0.0);
    assertThat(exact.matches(n(5), n(5.0001))).isFalse();
  }

  @Test
  void support_differentUnits_onlyByKey() {
    assertThat(ten.support(Value.number(5, "km"), Value.number(5, "mi"))).isEqualTo(0.0);
    assertThat(ten.matches(Value.number(5, "km"), Value.number(6, "km"))).isTrue();
    assertThat(ten.support(n(5), t("Not Available"))).isEqualTo(0.0);
  }

  @Test
  void support_timesOfDay_toleranceInMinutes() {
    assertThat(fiveMinutes.support(t("7:10 a.m."), t("7:15 AM"))).isEqualTo(0.5); // 1 - 5/10
    assertThat(fiveMinutes.matches(t("7:10 a.m."), t("7:15 AM"))).isTrue();
    assertThat(fiveMinutes.matches(t("7:10 a.m."), t("7:16 AM"))).isFalse();
  }

  @Test
  void support_timesAcrossMidnight_circularDistance() {
    // 23:58 and 00:02 are 4 minutes apart: 1 - 4/10
    assertThat(fiveMinutes.support(t("11:58 p.m."), t("12:02 a.m."))).isEqualTo(0.6, within(1e-12));
  }

  @Test
  void key_sameTimeWrittenDifferently_sameClaim() {
    String expected = "time:07:10";
    assertThat(exact.key(t("7:10 a.m."))).isEqualTo(expected);
    assertThat(exact.key(t("7:10 AM"))).isEqualTo(expected);
    assertThat(exact.key(t("7:10am"))).isEqualTo(expected);
    assertThat(exact.key(new TemporalValue(LocalTime.of(7, 10)))).isEqualTo(expected);
    assertThat(exact.key(t("1,234"))).isEqualTo(exact.key(n(1234.0))).isEqualTo("number:1234");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "7:10 a.m.|07:10",
    "7:10 AM|07:10",
    "7:10am|07:10",
    "7:10a|07:10",
    "19:10|19:10",
    "12:05 p.m.|12:05",
    "12:21 a.m.|00:21",
    "Dec 01 7:10 a.m.|07:10",
    "7:10aDec 1|07:10",
    "5:50 a.m.Dec 02|05:50",
    "12:21 a.m. Dec 02|00:21",
    "12:21 a.m.  Fri 02-Dec-2011|00:21",
    "12/2/11 5:11 a.m.|05:11",
    "11/30 8:00 p.m.|20:00",
    "12/02/2011 6:55 a.m.|06:55",
    "Fri Dec 2 12:29 a.m.|00:29",
    "6:47 p.m. (Estimated runway)|18:47",
    "1:50 p.m. (+8:00)|13:50",
    "1:32 p.m.            Delayed|13:32",
    "11:08 p.m.            On Time|23:08",
    "Thu  22:15|22:15",
    "2:45P 12-01-11|14:45",
    "10:34A 12-01-11|10:34",
    "12:00noon|12:00",
    "10:39 p.m.&nbsp(Estimated)|22:39",
  })
  void parse_flightTimes(String text, String expected) {
    assertThat(exact.parse(text)).isEqualTo(new TemporalValue(LocalTime.parse(expected)));
  }

  @Test
  void parse_numbers() {
    assertThat(exact.parse("1,234,567")).isEqualTo(n(1234567));
    assertThat(exact.parse("-1.5e3")).isEqualTo(n(-1500));
    assertThat(exact.parse("+42")).isEqualTo(n(42));
    assertThat(exact.parse(" .5 ")).isEqualTo(n(0.5));
    assertThat(exact.parse("5 km")).isEqualTo(Value.number(5, "km"));
    assertThat(exact.parse("2.5E-2")).isEqualTo(n(0.025));
  }

  @Test
  void parse_isoDates() {
    assertThat(exact.parse("2011-12-01")).isEqualTo(new TemporalValue(LocalDate.of(2011, 12, 1)));
    assertThat(exact.parse("2011-12-01T07:10"))
        .isEqualTo(new TemporalValue(LocalDateTime.of(2011, 12, 1, 7, 10)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Not Available", "Contact Airline", "1,23", "13:10 p.m.", "25:00",
      "7:10 a.m. 8:10 a.m.", "7:61", "12/2/11", "--5", "1.2.3"})
  void parse_neitherNumberNorTime_staysText(String text) {
    assertThat(exact.parse(text)).isInstanceOf(TextValue.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e400", "-1e99999"})
  void parse_nonFinite_rejectedNamingText(String text) {
    assertThatThrownBy(() -> exact.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }

  @Test
  void parse_blank_rejected() {
    assertThatThrownBy(() -> exact.parse("  ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void key_nonFiniteText_staysText() {
    assertThat(exact.key(t("NaN"))).isEqualTo("text:NaN");
  }

  @Test
  void constructor_negativeTolerance_rejected() {
    assertThatThrownBy(() -> new NumericSimilarity(-1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThat(new NumberValue(1, java.util.Optional.empty())).isEqualTo(n(1));
  }
}
