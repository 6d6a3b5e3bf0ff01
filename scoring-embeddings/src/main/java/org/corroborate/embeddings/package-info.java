/**
 * Claim similarities from sentence embeddings: {@link
 * org.corroborate.embeddings.SemanticSimilarity} ({@code "semantic"}, the cosine of two texts'
 * all-MiniLM-L6-v2 embeddings) and {@link org.corroborate.embeddings.HybridSimilarity} ({@code
 * "hybrid"}, a fixed blend of the core's {@code "lexical"} score and that cosine).
 *
 * <p>{@link org.corroborate.embeddings.SentenceEmbeddings} holds the one model of the process;
 * {@link org.corroborate.embeddings.ModelFiles} keeps every file the model's native libraries need
 * in a temporary folder the process creates and deletes, never under the user's home.
 */
package org.corroborate.embeddings;
