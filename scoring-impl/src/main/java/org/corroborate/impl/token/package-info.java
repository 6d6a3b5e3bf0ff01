/**
 * Tokens and offsets, the vocabulary every text stage shares: {@link
 * org.corroborate.impl.token.Span} (a range of the original text), {@link
 * org.corroborate.impl.token.Token} (a word, number or punctuation mark with its offsets), {@link
 * org.corroborate.impl.token.ContentWords} (a claim's normalised content words) and {@link
 * org.corroborate.impl.token.GluedWords}.
 *
 * <p><b>In:</b> strings. <b>Out:</b> tokens and spans, always offsets into the original text.
 * <b>May import:</b> {@code lang} (the stemmer of content words). <b>May not import:</b> any other
 * package of this module.
 */
package org.corroborate.impl.token;
