/**
 * Language as data: the word lists every stage reads, one folder of plain-text files per language
 * under the resources' {@code lang/<code>/}.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.lang.Language}, all the lists of one language, read
 * once and checked line by line ({@link org.corroborate.impl.lang.Language#of}, {@link
 * org.corroborate.impl.lang.Language#withLists} for replaced lists). {@link
 * org.corroborate.impl.lang.MatchingLexicon} is the part matching and relating read; {@link
 * org.corroborate.impl.lang.Stemmer} is the one English stemmer (Lucene's Porter2), shared by
 * content words and the stance features.
 *
 * <p><b>In:</b> a language code and replacement lists from {@code ScoringConfig}. <b>Out:</b>
 * immutable word sets and groups. <b>May not import:</b> any other package of this module (every
 * stage depends on it, it on none).
 */
package org.corroborate.impl.lang;
