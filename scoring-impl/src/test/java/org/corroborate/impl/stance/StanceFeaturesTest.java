package org.corroborate.impl.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.corroborate.impl.lang.Language;
import org.junit.jupiter.api.Test;

/**
 * The features of short documents (headlines), worked out by hand; every word weighs 1 (no
 * inverse document frequencies given).
 */
class StanceFeaturesTest {
  private static final StanceFeatures FEATURES = new StanceFeatures(Language.english());
  private static final String CLAIM = "Giant spider found in tourist's stomach";

  private static double feature(String claim, String document, String name) {
    int i = StanceFeatures.NAMES.indexOf(name);
    assertThat(i).as(name).isNotNegative();
    return FEATURES.of(claim, FEATURES.body(document), Map.of())[i];
  }

  @Test
  void hoaxHeadline_hasTheDenyAndRefuteCuesOn() {
    String headline = "Giant spider in tourist's stomach is a hoax";
    assertThat(feature(CLAIM, headline, "short")).isEqualTo(1.0);
    // one DENY cue ("hoax"), divided by 2
    assertThat(feature(CLAIM, headline, "short-x-deny")).isEqualTo(0.5);
    assertThat(feature(CLAIM, headline, "short-x-refute")).isEqualTo(0.5);
    assertThat(feature(CLAIM, headline, "short-x-reporting")).isZero();
    assertThat(feature(CLAIM, headline, "short-x-question")).isZero();
  }

  @Test
  void reportedlyHeadline_hasTheReportingAndHedgeCuesOn_andNoDenial() {
    String headline = "Giant spider found in tourist's stomach, reportedly";
    assertThat(feature(CLAIM, headline, "short-x-reporting")).isEqualTo(0.5);
    assertThat(feature(CLAIM, headline, "short-x-hedge")).isEqualTo(0.5);
    assertThat(feature(CLAIM, headline, "short-x-deny")).isZero();
    // claim words giant, spider, found, tourist, stomach: all in the headline
    assertThat(feature(CLAIM, headline, "short-x-overlap")).isEqualTo(1.0);
  }

  @Test
  void questionAndAttributionColon_areSeen() {
    assertThat(feature(CLAIM, "Was a giant spider found in a stomach?", "short-x-question"))
        .isEqualTo(1.0);
    assertThat(feature(CLAIM, "Sources: giant spider found in stomach", "short-x-colon"))
        .isEqualTo(1.0);
    assertThat(feature(CLAIM, "Giant spider found in stomach: CNN", "short-x-colon"))
        .isEqualTo(1.0);
    // six words before the colon and four after: a topic, not an attribution
    assertThat(feature(CLAIM, "The giant spider in the stomach: what doctors found inside",
        "short-x-colon")).isZero();
  }

  @Test
  void twoDenyCuesAndTwoNegations_saturate() {
    String headline = "No, the spider story is not true: a fake";
    // DENY: not_true, fake (2 / 2); NEGATION: no, not (2 / 2); the claim has no negation: odd
    assertThat(feature(CLAIM, headline, "short-x-deny")).isEqualTo(1.0);
    assertThat(feature(CLAIM, headline, "short-x-negation")).isEqualTo(1.0);
    assertThat(feature(CLAIM, headline, "short-x-negation-parity")).isZero();
    assertThat(feature("Spider not found in stomach", "Spider found in stomach",
        "short-x-negation-parity")).isEqualTo(1.0);
  }

  @Test
  void aLongBody_hasEveryShortFeatureOff() {
    String body = "It is a hoax, reportedly? ".repeat(11); // 55 words
    double[] x = FEATURES.of(CLAIM, FEATURES.body(body), Map.of());
    for (int i = 0; i < x.length; i++) {
      if (StanceFeatures.NAMES.get(i).startsWith("short")) {
        assertThat(x[i]).as(StanceFeatures.NAMES.get(i)).isZero();
      }
    }
    assertThat(feature(CLAIM, "It is a hoax, reportedly? ".repeat(10), "short")).isEqualTo(1.0);
  }
}
