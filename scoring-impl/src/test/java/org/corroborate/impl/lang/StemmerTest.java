package org.corroborate.impl.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The English (Porter2) stemmer that content words and the stance features share. */
class StemmerTest {
  @Test
  void inflections_shareAStem() {
    for (String w : List.of("escape", "escaped", "escapes", "escaping")) {
      assertThat(Stemmer.stem(w)).as(w).isEqualTo("escap");
    }
    for (String w : List.of("consign", "consigned", "consigning")) {
      assertThat(Stemmer.stem(w)).as(w).isEqualTo("consign");
    }
    assertThat(Stemmer.stem("reported")).isEqualTo(Stemmer.stem("reports")).isEqualTo("report");
    assertThat(Stemmer.stem("released")).isEqualTo(Stemmer.stem("releases")).isEqualTo("releas");
    assertThat(Stemmer.stem("fighters")).isEqualTo("fighter");
  }

  @Test
  void porter2Rules_asPublished() {
    assertThat(Stemmer.stem("skies")).isEqualTo("sky"); // "ies" after two letters or more: "i"+y
    assertThat(Stemmer.stem("dying")).isEqualTo("die"); // an exception of Porter2
    assertThat(Stemmer.stem("news")).isEqualTo("news"); // an invariant of Porter2
    assertThat(Stemmer.stem("generously")).isEqualTo("generous");
    assertThat(Stemmer.stem("iraqis")).isEqualTo("iraqi");
  }

  @Test
  void shortWordsAndNumbers_comeBackUnchanged() {
    for (String w : List.of("", "a", "us", "is", "al", "1500", "2nd")) {
      assertThat(Stemmer.stem(w)).as(w).isEqualTo(w);
    }
    assertThatThrownBy(() -> Stemmer.stem(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void manyThreads_getTheStemsOfOne() throws Exception {
    SplittableRandom random = new SplittableRandom(20261201L);
    List<String> words = new ArrayList<>();
    String[] stems = {"escap", "report", "releas", "fight", "consign", "gener", "sky"};
    String[] endings = {"", "s", "es", "ed", "ing", "ingly", "ously", "ies", "e"};
    for (int i = 0; i < 2_000; i++) {
      words.add(stems[random.nextInt(stems.length)] + endings[random.nextInt(endings.length)]);
    }
    List<String> expected = words.stream().map(Stemmer::stem).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> words.stream().map(Stemmer::stem).toList()));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
