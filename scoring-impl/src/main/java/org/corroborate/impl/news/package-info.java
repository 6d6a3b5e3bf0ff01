/**
 * The news pipeline in order, and the {@code NewsScoring} service.
 *
 * <p><b>Entries:</b> {@link org.corroborate.impl.news.NewsPipeline} makes every stage once from a
 * {@code ScoringConfig} (the language's word lists, the settings) and runs them over a corpus:
 * validation and cleaning, sentences, extraction, matching, relations, independence, reliability,
 * report. {@link org.corroborate.impl.news.NewsScoringService} is the provider found by {@code
 * ServiceLoader}.
 *
 * <p><b>In:</b> a {@code Corpus} and a {@code ScoringConfig}. <b>Out:</b> a {@code
 * CorroborationReport}. <b>May import:</b> every stage, {@code format} and {@code io} (the corpus
 * reader).
 * <b>May not import:</b> {@code truth} or {@code stance}: the engine is reached through the API.
 * Nothing imports this package but the module descriptor, which provides the service.
 */
package org.corroborate.impl.news;
