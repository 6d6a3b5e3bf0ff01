package org.corroborate.news;

import java.util.Objects;

/**
 * How {@link NewsScoring#readCorpus(java.util.List, CorpusReadOptions)} reads corpus files: what
 * fails the call, which files it may read, and how much it reads. Immutable; made with {@link
 * #builder()}, whose setters check each value on arrival and refuse a second set.
 *
 * <p>The defaults are safe for files a host did not write itself (user uploads): a manifest reads
 * only files inside its own folder (real paths, after symbolic links), a folder only its own
 * files, and the size limits ({@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes per document, {@value
 * #DEFAULT_MAX_CORPUS_BYTES} bytes and {@value #DEFAULT_MAX_DOCUMENTS} documents per corpus) are
 * checked before a file's bytes are held in memory. A document beyond a limit is left out and
 * named, with the limit, in {@link org.corroborate.model.Corpus#skipped()} (the report's warnings
 * carry it), or fails the call when {@link #strict()}.
 */
public final class CorpusReadOptions {
  /** Most bytes one document file may hold: {@value} (32 MiB). */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 32L << 20;

  /** Most bytes the document files of one corpus may hold together: {@value} (256 MiB). */
  public static final long DEFAULT_MAX_CORPUS_BYTES = 256L << 20;

  /** Most documents one corpus may hold: {@value}. */
  public static final int DEFAULT_MAX_DOCUMENTS = 100_000;

  private static final CorpusReadOptions DEFAULTS = builder().build();

  private final boolean strict;
  private final boolean allowOutsideFiles;
  private final long maxDocumentBytes;
  private final long maxCorpusBytes;
  private final int maxDocuments;

  private CorpusReadOptions(Builder b) {
    this.strict = b.strict != null && b.strict;
    this.allowOutsideFiles = b.allowOutsideFiles != null && b.allowOutsideFiles;
    this.maxDocumentBytes =
        b.maxDocumentBytes == null ? DEFAULT_MAX_DOCUMENT_BYTES : b.maxDocumentBytes;
    this.maxCorpusBytes = b.maxCorpusBytes == null ? DEFAULT_MAX_CORPUS_BYTES : b.maxCorpusBytes;
    this.maxDocuments = b.maxDocuments == null ? DEFAULT_MAX_DOCUMENTS : b.maxDocuments;
  }

  /** The default options: not strict, inside files only, the {@code DEFAULT_} limits. */
  public static CorpusReadOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a builder whose unset settings take their defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether a document that cannot be read (not UTF-8 text, not a regular file, unreadable, beyond
   * a limit) fails the call; otherwise it is left out and named in {@link
   * org.corroborate.model.Corpus#skipped()}. False unless set.
   */
  public boolean strict() {
    return strict;
  }

  /**
   * Whether a manifest may name files outside its own folder, and a folder of text files may hold
   * links to files outside it. False unless set: such a file fails the call, naming the manifest,
   * the document and its {@code file}.
   */
  public boolean allowOutsideFiles() {
    return allowOutsideFiles;
  }

  /**
   * Most bytes one document file may hold, at least 1; {@value #DEFAULT_MAX_DOCUMENT_BYTES} unless
   * set.
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Most bytes the document files of one corpus may hold together, at least 1; {@value
   * #DEFAULT_MAX_CORPUS_BYTES} unless set.
   */
  public long maxCorpusBytes() {
    return maxCorpusBytes;
  }

  /** Most documents one corpus may hold, at least 1; {@value #DEFAULT_MAX_DOCUMENTS} unless set. */
  public int maxDocuments() {
    return maxDocuments;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CorpusReadOptions that
        && strict == that.strict
        && allowOutsideFiles == that.allowOutsideFiles
        && maxDocumentBytes == that.maxDocumentBytes
        && maxCorpusBytes == that.maxCorpusBytes
        && maxDocuments == that.maxDocuments;
  }

  @Override
  public int hashCode() {
    return Objects.hash(strict, allowOutsideFiles, maxDocumentBytes, maxCorpusBytes, maxDocuments);
  }

  /** Lists every setting with its effective value. */
  @Override
  public String toString() {
    return "CorpusReadOptions{strict=" + strict + ", allowOutsideFiles=" + allowOutsideFiles
        + ", maxDocumentBytes=" + maxDocumentBytes + ", maxCorpusBytes=" + maxCorpusBytes
        + ", maxDocuments=" + maxDocuments + "}";
  }

  /** Collects the settings; each may be set once, and is checked when set. */
  public static final class Builder {
    private Boolean strict;
    private Boolean allowOutsideFiles;
    private Long maxDocumentBytes;
    private Long maxCorpusBytes;
    private Integer maxDocuments;

    private Builder() {}

    /**
     * Sets whether a document that cannot be read fails the call.
     *
     * @throws IllegalStateException if it was already set
     */
    public Builder strict(boolean value) {
      once(strict == null, "strict", strict);
      strict = value;
      return this;
    }

    /**
     * Sets whether files outside the manifest's folder (or links out of a folder) may be read;
     * only for corpora whose files the host trusts.
     *
     * @throws IllegalStateException if it was already set
     */
    public Builder allowOutsideFiles(boolean value) {
      once(allowOutsideFiles == null, "allowOutsideFiles", allowOutsideFiles);
      allowOutsideFiles = value;
      return this;
    }

    /**
     * Sets the most bytes one document file may hold, at least 1.
     *
     * @throws IllegalArgumentException if the value is below 1
     * @throws IllegalStateException if it was already set
     */
    public Builder maxDocumentBytes(long bytes) {
      maxDocumentBytes = positive("maxDocumentBytes", maxDocumentBytes, bytes);
      return this;
    }

    /**
     * Sets the most bytes the document files of one corpus may hold together, at least 1.
     *
     * @throws IllegalArgumentException if the value is below 1
     * @throws IllegalStateException if it was already set
     */
    public Builder maxCorpusBytes(long bytes) {
      maxCorpusBytes = positive("maxCorpusBytes", maxCorpusBytes, bytes);
      return this;
    }

    /**
     * Sets the most documents one corpus may hold, at least 1.
     *
     * @throws IllegalArgumentException if the value is below 1
     * @throws IllegalStateException if it was already set
     */
    public Builder maxDocuments(int count) {
      maxDocuments = (int) positive("maxDocuments", maxDocuments, count);
      return this;
    }

    /** Returns the options. */
    public CorpusReadOptions build() {
      return new CorpusReadOptions(this);
    }

    private static void once(boolean unset, String setting, Object current) {
      if (!unset) {
        throw new IllegalStateException(setting + ": already set to " + current);
      }
    }

    private static long positive(String setting, Number current, long value) {
      once(current == null, setting, current);
      if (value < 1) {
        throw new IllegalArgumentException(setting + ": must be at least 1, was " + value);
      }
      return value;
    }
  }
}
