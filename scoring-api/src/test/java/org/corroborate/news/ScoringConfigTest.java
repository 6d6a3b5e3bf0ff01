package org.corroborate.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The matching, relating and independence settings of {@link ScoringConfig}. */
class ScoringConfigTest {

  /** A setting: how to set it, how to read it, values it refuses and one it takes. */
  private record Setting(
      ObjDoubleConsumer<ScoringConfig.Builder> set, ToDoubleFunction<ScoringConfig> get,
      List<Double> refused, double taken) {}

  private static final List<Double> OUTSIDE_UNIT =
      List.of(-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY);

  private static Map<String, Setting> settings() {
    Map<String, Setting> s = new LinkedHashMap<>();
    s.put("matchWordWeight", new Setting(ScoringConfig.Builder::matchWordWeight,
        ScoringConfig::matchWordWeight, OUTSIDE_UNIT, 0.6));
    s.put("matchEntityWeight", new Setting(ScoringConfig.Builder::matchEntityWeight,
        ScoringConfig::matchEntityWeight, OUTSIDE_UNIT, 0.25));
    s.put("matchEventWeight", new Setting(ScoringConfig.Builder::matchEventWeight,
        ScoringConfig::matchEventWeight, OUTSIDE_UNIT, 0.15));
    s.put("sameThreshold", new Setting(ScoringConfig.Builder::sameThreshold,
        ScoringConfig::sameThreshold, OUTSIDE_UNIT, 0.9));
    s.put("topicThreshold", new Setting(ScoringConfig.Builder::topicThreshold,
        ScoringConfig::topicThreshold, OUTSIDE_UNIT, 0.0));
    s.put("polarityThreshold", new Setting(ScoringConfig.Builder::polarityThreshold,
        ScoringConfig::polarityThreshold, OUTSIDE_UNIT, 1.0));
    s.put("gateFactor", new Setting(ScoringConfig.Builder::gateFactor,
        ScoringConfig::gateFactor, OUTSIDE_UNIT, 1.0));
    s.put("exactTolerance", new Setting(ScoringConfig.Builder::exactTolerance,
        ScoringConfig::exactTolerance, OUTSIDE_UNIT, 0.05));
    s.put("approximateTolerance", new Setting(ScoringConfig.Builder::approximateTolerance,
        ScoringConfig::approximateTolerance, OUTSIDE_UNIT, 0.25));
    s.put("unverifiedAgreement", new Setting(ScoringConfig.Builder::unverifiedAgreement,
        ScoringConfig::unverifiedAgreement, OUTSIDE_UNIT, 0.7));
    s.put("maxBlockSize", new Setting((b, v) -> b.maxBlockSize((int) v),
        ScoringConfig::maxBlockSize, List.of(1.0, 0.0, -5.0), 2));
    s.put("maxCandidatesPerClaim", new Setting((b, v) -> b.maxCandidatesPerClaim((int) v),
        ScoringConfig::maxCandidatesPerClaim, List.of(0.0, -1.0), 1));
    s.put("copyThreshold", new Setting(ScoringConfig.Builder::copyThreshold,
        ScoringConfig::copyThreshold, List.of(0.0, -0.5, 1.01, Double.NaN), 1.0));
    s.put("maxShinglePostings", new Setting((b, v) -> b.maxShinglePostings((int) v),
        ScoringConfig::maxShinglePostings, List.of(1.0, 0.0), 2));
    s.put("voiceWeight", new Setting(ScoringConfig.Builder::voiceWeight,
        ScoringConfig::voiceWeight, List.of(0.0, 1.0, -0.1, Double.NaN), 0.9));
    s.put("maxSentenceChars", new Setting((b, v) -> b.maxSentenceChars((int) v),
        ScoringConfig::maxSentenceChars, List.of(99.0, 0.0, -1.0), 100));
    s.put("checkWorthinessThreshold", new Setting(ScoringConfig.Builder::checkWorthinessThreshold,
        ScoringConfig::checkWorthinessThreshold, OUTSIDE_UNIT, 0.75));
    return s;
  }

  @Test
  void everySetting_refusesABadValue_namingTheSettingAndTheValue() {
    settings().forEach((name, setting) -> {
      for (double bad : setting.refused()) {
        assertThatThrownBy(() -> setting.set().accept(ScoringConfig.builder(), bad))
            .as(name + " = " + bad)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(name + ":")
            .hasMessageContaining("was " + (isInteger(name) ? String.valueOf((int) bad)
                : String.valueOf(bad)));
      }
    });
  }

  @Test
  void everySetting_refusesASecondSet_namingTheValueAlreadySet() {
    settings().forEach((name, setting) -> {
      ScoringConfig.Builder b = ScoringConfig.builder();
      setting.set().accept(b, setting.taken());
      assertThatThrownBy(() -> setting.set().accept(b, setting.taken()))
          .as(name)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(name + ": already set to");
    });
  }

  @Test
  void everySetting_reachesTheConfig_andItsToStringEqualsAndHashCode() {
    ScoringConfig defaults = ScoringConfig.defaults();
    settings().forEach((name, setting) -> {
      if (name.startsWith("match")) {
        return; // the weights must add up to 1: see matchWeights_notAddingUpToOne_areRefused
      }
      ScoringConfig.Builder b = ScoringConfig.builder();
      setting.set().accept(b, setting.taken());
      ScoringConfig config = b.build();
      assertThat(setting.get().applyAsDouble(config)).as(name).isEqualTo(setting.taken());
      assertThat(config).as(name).isNotEqualTo(defaults);
      ScoringConfig.Builder again = ScoringConfig.builder();
      setting.set().accept(again, setting.taken());
      assertThat(again.build()).as(name).isEqualTo(config).hasSameHashCodeAs(config);
      String value = isInteger(name) ? String.valueOf((int) setting.taken())
          : String.valueOf(setting.taken());
      assertThat(config.toString()).as(name).contains(name + "=" + value);
    });
  }

  @Test
  void defaults_areTheNumbersThePipelineWasTunedWith() {
    ScoringConfig d = ScoringConfig.defaults();
    assertThat(d.matchWordWeight()).isEqualTo(0.6);
    assertThat(d.matchEntityWeight()).isEqualTo(0.25);
    assertThat(d.matchEventWeight()).isEqualTo(0.15);
    assertThat(d.sameThreshold()).isEqualTo(0.35);
    assertThat(d.topicThreshold()).isEqualTo(0.5);
    assertThat(d.polarityThreshold()).isEqualTo(0.5);
    assertThat(d.gateFactor()).isEqualTo(0.1);
    assertThat(d.exactTolerance()).isEqualTo(0.02);
    assertThat(d.approximateTolerance()).isEqualTo(0.15);
    assertThat(d.unverifiedAgreement()).isEqualTo(0.8);
    assertThat(d.maxBlockSize()).isEqualTo(100);
    assertThat(d.maxCandidatesPerClaim()).isEqualTo(100);
    assertThat(d.copyThreshold()).isEqualTo(0.5);
    assertThat(d.maxShinglePostings()).isEqualTo(10);
    assertThat(d.voiceWeight()).isEqualTo(0.5);
    assertThat(d.maxSentenceChars()).isEqualTo(2_000);
    assertThat(d.checkWorthinessThreshold()).isEqualTo(0.5);
    assertThat(d.toString()).contains("matchWordWeight=0.6", "sameThreshold=0.35",
        "maxBlockSize=100", "copyThreshold=0.5", "maxShinglePostings=10", "voiceWeight=0.5");
    assertThat(ScoringConfig.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);
  }

  @Test
  void matchWeights_notAddingUpToOne_areRefused_namingAllThree() {
    ScoringConfig.Builder alone = ScoringConfig.builder().matchWordWeight(0.5);
    assertThatThrownBy(alone::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("matchWordWeight + matchEntityWeight + matchEventWeight")
        .hasMessageContaining("must add up to 1")
        .hasMessageContaining("0.5 + 0.25 + 0.15 = 0.9");
    assertThatThrownBy(() -> ScoringConfig.builder().matchWordWeight(0.6)
        .matchEntityWeight(0.3).matchEventWeight(0.15).build())
        .hasMessageContaining("must add up to 1");
  }

  @Test
  void matchWeights_addingUpToOne_areTaken() {
    ScoringConfig c = ScoringConfig.builder().matchWordWeight(0.5).matchEntityWeight(0.3)
        .matchEventWeight(0.2).build();
    assertThat(c.matchWordWeight()).isEqualTo(0.5);
    assertThat(c.matchEntityWeight()).isEqualTo(0.3);
    assertThat(c.matchEventWeight()).isEqualTo(0.2);
    // one weight moved, another moved back: the defaults fill the third
    ScoringConfig d = ScoringConfig.builder().matchWordWeight(0.7).matchEntityWeight(0.15).build();
    assertThat(d.matchEventWeight()).isEqualTo(0.15);
    assertThat(d.toString()).contains("matchWordWeight=0.7", "matchEntityWeight=0.15");
  }

  @Test
  void pipelineDoc_listsEverySetting_withItsDefault() throws IOException {
    String doc =
        Files.readString(Path.of("..", "docs", "news-pipeline.md"), StandardCharsets.UTF_8);
    ScoringConfig defaults = ScoringConfig.defaults();
    settings().forEach((name, setting) -> {
      double value = setting.get().applyAsDouble(defaults);
      String shown = isInteger(name) ? String.valueOf((int) value)
          : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
              .replaceFirst("^0\\.", ".");
      assertThat(doc).as(name).containsPattern(
          "\\n\\| `" + name + "` \\|[^\\n]*\\| " + Pattern.quote(shown) + " \\|");
    });
  }

  private static boolean isInteger(String name) {
    return name.startsWith("max");
  }
}
