package org.corroborate.impl.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.news.SignalInfo;
import org.junit.jupiter.api.Test;

/**
 * The numbers of the content signals are stated once, as {@link ContentSignals}' constants: the
 * formulas {@link SourceReliability#SIGNALS} lists and the ones docs/reliability.md prints are
 * the ones the code computes with.
 */
class SignalFormulasTest {
  private static final Map<String, SignalInfo> SIGNALS = SourceReliability.SIGNALS.stream()
      .collect(Collectors.toMap(SignalInfo::name, Function.identity()));

  @Test
  void signalDescriptions_printTheConstantsTheCodeUses() {
    assertThat(ContentSignals.ATTRIBUTION_FORMULA)
        .isEqualTo(".55 x named/n + .15 x quoted/n + .15 x roles/n + .15 x (1 - anonymous/n)");
    assertThat(ContentSignals.CALIBRATION_FORMULA)
        .isEqualTo("(hedged + sourced sweeping + 1) / (hedged + sweeping + 2)");
    assertThat(ContentSignals.LOADED_FORMULA).isEqualTo("min(1, 25 x loaded words / words)");
    assertThat(ContentSignals.OPINION_DENSITY).isEqualTo("min(1, 5 x ");
    assertThat(ContentSignals.SPECIFICITY_FORMULA).endsWith(") / 4");
    assertThat(ContentSignals.SEQUENCES).isEqualTo("8-word sequences");

    assertThat(SIGNALS.get("attribution").formula()).startsWith(ContentSignals.ATTRIBUTION_FORMULA);
    assertThat(SIGNALS.get("calibration").formula()).startsWith(ContentSignals.CALIBRATION_FORMULA);
    assertThat(SIGNALS.get("loadedLanguage").formula()).startsWith(ContentSignals.LOADED_FORMULA);
    assertThat(SIGNALS.get("opinionSeparation").formula())
        .contains("1 - " + ContentSignals.OPINION_DENSITY);
    assertThat(SIGNALS.get("specificity").formula()).isEqualTo(ContentSignals.SPECIFICITY_FORMULA);
    assertThat(SIGNALS.get("republishing").formula()).contains(ContentSignals.SEQUENCES);
  }

  @Test
  void reliabilityDoc_printsTheSameFormulasAndWeights() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "reliability.md"), StandardCharsets.UTF_8);
    String prose = doc.replaceAll("\\s+", " ");
    assertThat(prose).contains(
        "| `attribution` | " + ContentSignals.ATTRIBUTION_FORMULA + " | ",
        "| `calibration` | " + ContentSignals.CALIBRATION_FORMULA + ", over sentences | ",
        "| `loadedLanguage` | " + ContentSignals.LOADED_FORMULA + " | ",
        "else 1 - " + ContentSignals.OPINION_DENSITY + "marked sentences / sentences) | ",
        "| `specificity` | " + ContentSignals.SPECIFICITY_FORMULA + " | ",
        "share of the document's " + ContentSignals.SEQUENCES,
        "at most " + SelfConsistency.MAX_GROUP + " per document and counted noun",
        "Four loaded words in a hundred saturate it");
    assertThat(100 / ContentSignals.LOADED_FACTOR).as("loaded words in a hundred").isEqualTo(4);
    for (SignalInfo s : SourceReliability.SIGNALS) {
      String weight = ContentSignals.text(s.defaultWeight());
      String shown = weight.length() == 2 && weight.startsWith(".") ? weight + "0" : weight;
      assertThat(doc).as(s.name()).containsPattern(
          "\\| `" + s.name() + "` \\|[^\\n]*\\| " + java.util.regex.Pattern.quote(shown) + " \\|");
    }
  }
}
