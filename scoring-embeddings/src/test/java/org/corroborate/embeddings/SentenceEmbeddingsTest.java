package org.corroborate.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each distinct text is embedded once, and the vectors are the same bit for bit every time. */
class SentenceEmbeddingsTest {
  private static final List<String> TEXTS = List.of(
      "Islamic State fighters captured near the Iraqi border",
      "Iraq reinforces its border with Syria after the jailbreak",
      "Islamic State fighters captured near the Iraqi border",
      "Kata'ib Hezbollah fought in Syria, the ISW report says",
      "",
      "Woman gives birth to a baby with the face of a pig — report later denied");

  @Test
  void separatelyPreparedScorers_giveBitIdenticalVectors() {
    SentenceEmbeddings first = ((SemanticSimilarity.Scorer) new SemanticSimilarity()
        .prepare(TEXTS)).embeddings();
    // a second, separate call, with the texts in another order and another list
    List<String> reversed = new ArrayList<>(TEXTS);
    java.util.Collections.reverse(reversed);
    SentenceEmbeddings second = ((SemanticSimilarity.Scorer) new SemanticSimilarity()
        .prepare(reversed)).embeddings();
    int n = TEXTS.size();
    for (int i = 0; i < n; i++) {
      float[] u = first.vector(i);
      float[] v = second.vector(n - 1 - i);
      assertThat(u).hasSize(TEXTS.get(i).isBlank() ? 0 : SentenceEmbeddings.DIMENSIONS);
      assertThat(bits(u)).as("raw bits of text %d", i).isEqualTo(bits(v));
    }
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        assertThat(Double.doubleToRawLongBits(first.cosine(a, b))).as("cosine (%d, %d)", a, b)
            .isEqualTo(Double.doubleToRawLongBits(second.cosine(n - 1 - a, n - 1 - b)));
      }
    }
  }

  @Test
  void equalTexts_areEmbeddedOnce() {
    SentenceEmbeddings e = SentenceEmbeddings.of(TEXTS);
    // six texts: one repeated, one blank, so four distinct non-blank texts
    assertThat(e.size()).isEqualTo(6);
    assertThat(e.distinctTexts()).isEqualTo(4);
    assertThat(e.distinctOf(0)).isEqualTo(e.distinctOf(2));
    assertThat(e.distinctOf(4)).isEqualTo(-1);
    assertThat(e.cosine(0, 2)).isEqualTo(1.0);
    assertThat(e.cosine(0, 4)).isEqualTo(0.0);
  }

  @Test
  void vectors_haveUnitLength() {
    SentenceEmbeddings e = SentenceEmbeddings.of(TEXTS);
    float[] v = e.vector(1);
    double norm = 0;
    for (float x : v) {
      norm += (double) x * x;
    }
    assertThat(Math.sqrt(norm)).isBetween(0.999, 1.001);
  }

  private static int[] bits(float[] v) {
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Float.floatToRawIntBits(v[i]);
    }
    return out;
  }
}
