package org.corroborate.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sentence embeddings of a list of texts: each distinct non-blank text is embedded once by the
 * quantized all-MiniLM-L6-v2 model (384 dimensions, mean pooling over word pieces, unit length;
 * texts longer than the model's 510 word pieces are embedded in pieces and averaged by the
 * library), and equal texts share their vector.
 *
 * <p>The model is loaded once per process, on first use, after {@link ModelFiles} has pointed its
 * native libraries at a temporary folder, which is deleted as soon as they are loaded. Texts are
 * handed to the library in one call; it embeds them one by one on a pool of daemon threads (one
 * per processor), each text in one thread ({@link MiniLm}: one ONNX Runtime thread per call, no
 * spinning). Each text's vector depends only on the text, not on the order, the batch or the
 * number of threads, so the vectors are the same, bit for bit, on every run on one machine
 * ({@code SentenceEmbeddingsTest} compares them).
 */
final class SentenceEmbeddings {
  /** The vector length of the model. */
  static final int DIMENSIONS = 384;

  /** What the model is, for explanations. */
  static final String MODEL = "quantized all-MiniLM-L6-v2 (mean pooling, unit length)";

  private final int[] distinct;
  private final float[][] vectors;

  private SentenceEmbeddings(int[] distinct, float[][] vectors) {
    this.distinct = distinct;
    this.vectors = vectors;
  }

  /**
   * Embeds {@code texts}.
   *
   * @throws NullPointerException if {@code texts} or one of its elements is null
   */
  static SentenceEmbeddings of(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    int[] distinct = new int[texts.size()];
    Map<String, Integer> number = new HashMap<>();
    List<String> unique = new ArrayList<>();
    for (int i = 0; i < distinct.length; i++) {
      String text = Objects.requireNonNull(texts.get(i), () -> "texts has a null element");
      if (text.isBlank()) {
        distinct[i] = -1;
        continue;
      }
      distinct[i] = number.computeIfAbsent(text, t -> {
        unique.add(t);
        return unique.size() - 1;
      });
    }
    float[][] vectors = unique.isEmpty() ? new float[0][] : Model.embed(unique);
    return new SentenceEmbeddings(distinct, vectors);
  }

  /** Returns the number of texts. */
  int size() {
    return distinct.length;
  }

  /** Returns the number of distinct non-blank texts, each embedded once. */
  int distinctTexts() {
    return vectors.length;
  }

  /**
   * Returns which distinct text text {@code i} is, -1 for a blank text.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  int distinctOf(int i) {
    return distinct[i];
  }

  /** Returns a copy of text {@code i}'s vector; empty for a blank text. */
  float[] vector(int i) {
    int d = distinct[i];
    return d < 0 ? new float[0] : vectors[d].clone();
  }

  /**
   * Returns the cosine of texts {@code a} and {@code b}'s vectors, in [-1, 1], summed in double in
   * dimension order: exactly 1 for the same distinct text, 0 when either is blank.
   *
   * @throws IndexOutOfBoundsException if an index is not in {@code [0, size())}
   */
  double cosine(int a, int b) {
    int x = distinct[a];
    int y = distinct[b];
    if (x < 0 || y < 0) {
      return 0.0;
    }
    if (x == y) {
      return 1.0;
    }
    float[] u = vectors[x];
    float[] v = vectors[y];
    double dot = 0;
    double uu = 0;
    double vv = 0;
    for (int k = 0; k < u.length; k++) {
      dot += (double) u[k] * v[k];
      uu += (double) u[k] * u[k];
      vv += (double) v[k] * v[k];
    }
    if (uu == 0 || vv == 0) {
      return 0.0;
    }
    double c = dot / Math.sqrt(uu * vv);
    return Math.max(-1.0, Math.min(1.0, c));
  }

  /**
   * Loads the model if it is not loaded yet and returns the temporary folder its native files were
   * unpacked to (deleted once they were loaded, so it no longer exists).
   */
  static java.nio.file.Path modelFolder() {
    return Model.folder();
  }

  @Override
  public String toString() {
    return "SentenceEmbeddings[" + distinct.length + " texts, " + vectors.length + " distinct, "
        + MODEL + "]";
  }

  /** The process's one model, loaded on first use (the holder idiom). */
  private static final class Model {
    private static ModelFiles files;
    private static final EmbeddingModel MODEL = load();

    private static EmbeddingModel load() {
      files = ModelFiles.prepare();
      try {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), task -> {
              Thread t = new Thread(task, "corroborate-embeddings-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
        MiniLm model = MiniLm.load(pool);
        // the first call has loaded every native library; after it nothing is read from the folder
        model.embed("warm up");
        return model;
      } finally {
        files.release();
      }
    }

    static java.nio.file.Path folder() {
      return MODEL == null ? null : files.folder();
    }

    static float[][] embed(List<String> texts) {
      List<TextSegment> segments = new ArrayList<>(texts.size());
      for (String text : texts) {
        segments.add(TextSegment.from(text));
      }
      List<Embedding> embeddings = MODEL.embedAll(segments).content();
      if (embeddings.size() != texts.size()) {
        throw new IllegalStateException("the model returned " + embeddings.size()
            + " vectors for " + texts.size() + " texts");
      }
      float[][] out = new float[texts.size()][];
      for (int i = 0; i < out.length; i++) {
        float[] v = embeddings.get(i).vector();
        if (v.length != DIMENSIONS) {
          throw new IllegalStateException("the model returned a vector of " + v.length
              + " dimensions, expected " + DIMENSIONS);
        }
        out[i] = Arrays.copyOf(v, v.length);
      }
      return out;
    }
  }
}
