/**
 * JMH benchmarks of Corroborate and the synthetic data generator. They reach the implementation's
 * internals (the compiled claim graph, the algorithms, the pipeline's stages) only through the
 * packages it exports to this module by name. The shaded {@code benchmarks.jar} runs on the class
 * path, as JMH expects.
 */
@SuppressWarnings("requires-automatic") // jmh-core has no module descriptor, only a module name
module org.corroborate.benchmarks {
  requires org.corroborate;
  requires org.corroborate.impl;
  requires org.corroborate.embeddings;
  requires org.corroborate.cli;
  requires jmh.core;
  requires org.apache.lucene.core; // ExtractionBenchmark's reference point
  requires org.apache.lucene.analysis.common;
  requires jdk.management; // the semantic benchmark's CPU time per call
}
