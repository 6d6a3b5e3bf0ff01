/**
 * Stage 1, validation and cleaning.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.clean.TextValidator} refuses what is not text
 * (binary junk, invalid encodings: {@link org.corroborate.impl.clean.NotTextException}); {@link
 * org.corroborate.impl.clean.TextCleaner} drops page chrome and reads the lead line (outlet,
 * credit, dateline, genre label) into a {@link org.corroborate.impl.clean.CleanText}.
 *
 * <p><b>In:</b> a document's raw text. <b>Out:</b> {@code CleanText}: the original text with the
 * spans of its content lines, never a rewritten copy, so every later offset points into what the
 * source published. <b>May import:</b> {@code lang}, {@code token}. <b>May not import:</b> any
 * later stage.
 */
package org.corroborate.impl.clean;
