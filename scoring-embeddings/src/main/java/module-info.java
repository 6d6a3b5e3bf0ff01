/**
 * Corroborate's optional semantic claim similarities: sentence embeddings from the quantized
 * all-MiniLM-L6-v2 model (run in process by ONNX Runtime), provided to {@link
 * org.corroborate.Corroborate#claimSimilarity(String)} under the names {@code "semantic"} and
 * {@code "hybrid"}. A host opts in by adding the {@code scoring-embeddings} artifact; the core
 * library does not depend on it. The package is exported to the benchmarks only, which tune and
 * measure it.
 */
// "module": the benchmarks module named by the qualified export is built after this one;
// "requires-automatic": the model's jars have no module descriptor
@SuppressWarnings({"module", "requires-automatic"})
module org.corroborate.embeddings {
  requires org.corroborate;
  requires langchain4j.core;
  requires langchain4j.embeddings;
  requires langchain4j.embeddings.all.minilm.l6.v2.q;
  requires com.microsoft.onnxruntime;

  provides org.corroborate.news.ClaimSimilarity with
      org.corroborate.embeddings.SemanticSimilarity,
      org.corroborate.embeddings.HybridSimilarity;

  exports org.corroborate.embeddings to org.corroborate.benchmarks;
}
