/**
 * Stage 2, sentences.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.sentence.SentenceSplitter} cuts the content lines
 * of a {@code CleanText} into {@link org.corroborate.impl.sentence.Sentence}s (headings and list
 * items are sentences of their own; abbreviations and decimals end none), in one linear pass.
 *
 * <p><b>In:</b> {@code CleanText}. <b>Out:</b> sentences located in the original text. <b>May
 * import:</b> {@code lang}, {@code token}, {@code clean}. <b>May not import:</b> any later stage.
 */
package org.corroborate.impl.sentence;
