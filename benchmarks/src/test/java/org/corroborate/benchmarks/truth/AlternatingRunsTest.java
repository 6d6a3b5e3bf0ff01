package org.corroborate.benchmarks.truth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What AlternatingRuns refuses before it loads anything. */
class AlternatingRunsTest {
  @Test
  void anAlgorithmAndExtractionTogether_areRefused() {
    assertThatThrownBy(() -> AlternatingRuns.main(new String[] {
        "--algorithm", "sums", "--extraction", "a.jar", "b.jar"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage");
  }

  @Test
  void neitherAnAlgorithmNorExtraction_isRefused() {
    assertThatThrownBy(() -> AlternatingRuns.main(new String[] {"a.jar", "b.jar"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage");
  }

  @Test
  void oneJar_isRefused() {
    assertThatThrownBy(() -> AlternatingRuns.main(new String[] {"--extraction", "a.jar"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage");
  }

  @Test
  void aJarThatIsNotThere_isNamed() {
    assertThatThrownBy(() -> AlternatingRuns.main(new String[] {
        "--extraction", "--documents", "5", "/nonexistent/before.jar", "/nonexistent/after.jar"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no benchmark jar at /nonexistent/before.jar");
  }

  @Test
  void anUnknownOptionOrABadCount_isNamed() {
    assertThatThrownBy(() -> AlternatingRuns.main(new String[] {"--extraktion", "x", "a", "b"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--extraktion");
    assertThatThrownBy(() -> AlternatingRuns.main(new String[] {
        "--extraction", "--documents", "0", "a", "b"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--documents");
  }
}
