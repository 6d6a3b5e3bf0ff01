/**
 * The news pipeline's API: score a {@link org.corroborate.model.Corpus} of documents with a
 * {@link org.corroborate.news.NewsScorer} and read the {@link
 * org.corroborate.news.CorroborationReport}: claims, the propositions they group into (each with
 * its {@link org.corroborate.news.PropositionVerdict}: TRUE, FALSE or UNVERIFIED and the
 * probability that it is true), how the claims relate, and how far each source is trusted, every
 * number with its explanation.
 *
 * <p>Start from {@link org.corroborate.Corroborate#news()}.
 */
package org.corroborate.news;
