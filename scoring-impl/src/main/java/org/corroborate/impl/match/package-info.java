/**
 * Stage 4, matching: which claims of different documents are worth comparing, without comparing
 * all pairs.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.match.ClaimMatcher} blocks claims on rare keys
 * (counted nouns with their figures, events, names) and keeps, for each claim, the candidates that
 * share the most evidence; {@link org.corroborate.impl.match.ClaimStatistics} holds the corpus's
 * word and entity frequencies for the similarity of the next stage. {@link
 * org.corroborate.impl.match.ClaimGrouper} groups claim texts (the lexical default {@link
 * org.corroborate.impl.match.LexicalSimilarity}, blocking on rare character n-grams, average-link
 * clustering at one threshold); it is measured on real headlines but not yet used by the
 * pipeline's report.
 *
 * <p><b>In:</b> claims. <b>Out:</b> candidate pairs with the blocking statistics. <b>May
 * import:</b> {@code lang}, {@code token}, {@code extract}. <b>May not import:</b> relations,
 * independence, reliability, report, news.
 */
package org.corroborate.impl.match;
