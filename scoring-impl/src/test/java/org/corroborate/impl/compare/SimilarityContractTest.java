package org.corroborate.impl.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.corroborate.model.StringSetValue;
import org.corroborate.model.TemporalValue;
import org.corroborate.model.TextValue;
import org.corroborate.model.Value;
import org.corroborate.truth.ValueSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link ValueSimilarity} contract, checked for every built-in similarity on seeded random
 * values biased to edge cases, and on adversarial input that must complete with a defined result.
 */
class SimilarityContractTest {

  private static final long SEED = 20261123L;

  static Stream<ValueSimilarity> similarities() {
    return Stream.of(
        ExactSimilarity.INSTANCE,
        TextSimilarity.INSTANCE,
        AuthorListSimilarity.INSTANCE,
        new NumericSimilarity(0.0, false),
        new NumericSimilarity(5.0, false),
        new NumericSimilarity(0.02, true));
  }

  private static final String[] PIECES = {
    "Knuth, Donald E.", "Donald Knuth", "7:10 a.m.", "7:15 AM", "1,234", "1234", "-0", "0",
    "Not Available", "Widom, Jennifer; Ceri, Stefano", "İSTANBUL", "ıi", "Crème", "&amp;",
    "\u200b", "\u200f", "😀", "(Editor)", "et al", ",", ";", " and ", "1e308", "2011-12-01",
    "McGraw, GaryViega", "Ø", "ß", "a", "Z", "12:00noon", "NaN", "Inf",
  };

  private static List<Value> randomValues(SplittableRandom random, int count) {
    List<Value> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(10);
      if (kind == 0) {
        values.add(Value.number(random.nextInt(-1000, 1000) / 8.0));
      } else if (kind == 1) {
        values.add(new TemporalValue(LocalTime.of(random.nextInt(24), random.nextInt(60))));
      } else if (kind == 2) {
        values.add(StringSetValue.of(PIECES[random.nextInt(PIECES.length)], "Ceri, Stefano"));
      } else {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int p = 0; p < parts; p++) {
          b.append(PIECES[random.nextInt(PIECES.length)]);
          if (random.nextBoolean()) {
            b.append(' ');
          }
        }
        String s = b.toString();
        values.add(new TextValue(s.isBlank() ? "x" + s : s));
      }
    }
    return values;
  }

  @ParameterizedTest
  @MethodSource("similarities")
  void support_finiteInUnitInterval_andKeyEqualityImpliesFullSupportAndMatch(ValueSimilarity sim) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Value> values = randomValues(random, 120);
    for (Value a : values) {
      assertThat(sim.support(a, a)).as("support(v, v) for %s (seed %d)", a, SEED).isEqualTo(1.0);
      assertThat(sim.matches(a, a)).as("matches(v, v) for %s", a).isTrue();
      for (Value b : values) {
        double s = sim.support(a, b);
        assertThat(s).as("support(%s, %s) seed %d", a, b, SEED).isBetween(0.0, 1.0);
        assertThat(Double.isFinite(s)).isTrue();
        if (sim.key(a).equals(sim.key(b))) {
          assertThat(s).as("equal keys %s / %s", a, b).isEqualTo(1.0);
          assertThat(sim.matches(a, b)).as("equal keys %s / %s", a, b).isTrue();
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("similarities")
  void key_sameUnderTurkishAndRootLocale(ValueSimilarity sim) {
    List<Value> values = randomValues(new SplittableRandom(SEED + 1), 60);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      List<String> turkish = values.stream().map(sim::key).toList();
      Locale.setDefault(Locale.ROOT);
      List<String> root = values.stream().map(sim::key).toList();
      assertThat(turkish).isEqualTo(root);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void key_turkishDottedCapitalI_foldsLikeRoot() {
    assertThat(AuthorListSimilarity.INSTANCE.key(new TextValue("INCE, IRFAN")))
        .isEqualTo("ince i");
  }

  static Stream<String> adversarial() {
    return Stream.of(
        "a".repeat(100_000),
        "Knuth, Donald ".repeat(7_000),
        "A, B ".repeat(20_000),
        ",".repeat(100_000),
        ";/&|".repeat(25_000),
        "(".repeat(50_000) + ")".repeat(50_000),
        "(".repeat(100_000),
        "&amp".repeat(25_000),
        "\u00c3".repeat(100_000),
        "😀".repeat(50_000),
        "\u200f\u202e".repeat(50_000),
        "\u200b".repeat(100_000),
        "aB".repeat(50_000),
        "Smithsonian".repeat(9_000),
        "7:10 a.m. ".repeat(10_000),
        "1,".repeat(50_000) + "000",
        "9".repeat(100_000),
        "Shah, A" + "a".repeat(3) + "; Shah, Ab".repeat(10_000));
  }

  @ParameterizedTest
  @MethodSource("adversarial")
  void everyOperation_adversarialInput_completesWithDefinedResult(String input) {
    Value v = new TextValue(input);
    Value other = new TextValue("Knuth, Donald E.");
    similarities().forEach(sim -> {
      assertThat(sim.key(v)).isNotNull();
      assertThat(sim.support(v, other)).isBetween(0.0, 1.0);
      assertThat(sim.support(other, v)).isBetween(0.0, 1.0);
      assertThat(sim.support(v, v)).isEqualTo(1.0);
      assertThat(sim.matches(v, v)).isTrue();
    });
  }

  @Test
  void authorKey_onlySeparatorsOrInvisibleCharacters_unknown() {
    for (String s : List.of(";;;", ", , ,", "\u200b\u200f", "😀😀", "()", "et al", "and & and")) {
      assertThat(AuthorListSimilarity.INSTANCE.key(new TextValue(s))).as(s)
          .isEqualTo(AuthorListSimilarity.UNKNOWN);
    }
  }

  @Test
  void authorKey_zeroWidthAndBidiMarksInsideNames_ignored() {
    assertThat(AuthorListSimilarity.INSTANCE.key(new TextValue("Kn\u200buth, \u200fDonald")))
        .isEqualTo("knuth d");
  }
}
