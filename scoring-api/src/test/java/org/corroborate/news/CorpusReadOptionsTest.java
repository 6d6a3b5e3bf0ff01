package org.corroborate.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The settings of {@link CorpusReadOptions}: checked on arrival, set once, safe defaults. */
class CorpusReadOptionsTest {
  @Test
  void defaults_areSafe_notStrict_insideFilesOnly_withTheDocumentedLimits() {
    CorpusReadOptions d = CorpusReadOptions.defaults();
    assertThat(d.strict()).isFalse();
    assertThat(d.allowOutsideFiles()).isFalse();
    assertThat(d.maxDocumentBytes()).isEqualTo(32L << 20);
    assertThat(d.maxCorpusBytes()).isEqualTo(256L << 20);
    assertThat(d.maxDocuments()).isEqualTo(100_000);
    assertThat(CorpusReadOptions.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d).hasToString("CorpusReadOptions{strict=false, allowOutsideFiles=false,"
        + " maxDocumentBytes=33554432, maxCorpusBytes=268435456, maxDocuments=100000}");
  }

  @Test
  void everyLimit_refusesBelowOne_andASecondSet_namingTheSettingAndTheValue() {
    assertThatThrownBy(() -> CorpusReadOptions.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentBytes: must be at least 1, was 0");
    assertThatThrownBy(() -> CorpusReadOptions.builder().maxCorpusBytes(-5))
        .hasMessage("maxCorpusBytes: must be at least 1, was -5");
    assertThatThrownBy(() -> CorpusReadOptions.builder().maxDocuments(0))
        .hasMessage("maxDocuments: must be at least 1, was 0");
    assertThatThrownBy(() -> CorpusReadOptions.builder().maxDocuments(3).maxDocuments(4))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("maxDocuments: already set to 3");
    assertThatThrownBy(() -> CorpusReadOptions.builder().allowOutsideFiles(true)
        .allowOutsideFiles(true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("allowOutsideFiles: already set to true");
    assertThatThrownBy(() -> CorpusReadOptions.builder().strict(false).strict(true))
        .hasMessage("strict: already set to false");
  }

  @Test
  void everySetting_reachesTheOptions_andTheirEqualsAndToString() {
    CorpusReadOptions o = CorpusReadOptions.builder().strict(true).allowOutsideFiles(true)
        .maxDocumentBytes(10).maxCorpusBytes(20).maxDocuments(3).build();
    assertThat(o.strict()).isTrue();
    assertThat(o.allowOutsideFiles()).isTrue();
    assertThat(o.maxDocumentBytes()).isEqualTo(10);
    assertThat(o.maxCorpusBytes()).isEqualTo(20);
    assertThat(o.maxDocuments()).isEqualTo(3);
    assertThat(o).isNotEqualTo(CorpusReadOptions.defaults()).hasToString(
        "CorpusReadOptions{strict=true, allowOutsideFiles=true, maxDocumentBytes=10,"
            + " maxCorpusBytes=20, maxDocuments=3}");
  }

  @Test
  void pipelineDoc_listsEveryLimit_withItsDefault() throws IOException {
    String doc =
        Files.readString(Path.of("..", "docs", "news-pipeline.md"), StandardCharsets.UTF_8);
    CorpusReadOptions d = CorpusReadOptions.defaults();
    assertThat(doc).contains("| `maxDocumentBytes` |", "| " + d.maxDocumentBytes() + " (32 MiB) |",
        "| `maxCorpusBytes` |", "| " + d.maxCorpusBytes() + " (256 MiB) |",
        "| `maxDocuments` |", "| " + d.maxDocuments() + " |", "| `allowOutsideFiles` |");
  }
}
