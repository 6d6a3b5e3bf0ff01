package org.corroborate.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The news pipeline as a service: makes scorers, lists the reliability signals, and writes and
 * reads reports. Found through {@link org.corroborate.Corroborate#news()}.
 */
public interface NewsScoring {
  /**
   * Returns a scorer for this configuration.
   *
   * @throws IllegalArgumentException naming the setting when the configuration names an unknown
   *     signal, lexicon or algorithm, or a word list is malformed
   */
  NewsScorer scorer(ScoringConfig config);

  /**
   * Loads a corpus from files with the default {@link CorpusReadOptions} but {@code strict}: see
   * {@link #readCorpus(List, CorpusReadOptions)}.
   *
   * @param paths the folders and files
   * @param strict whether a document file that cannot be read (not UTF-8 text, not a regular
   *     file, beyond a limit) fails the call; otherwise it is left out and named in {@link
   *     org.corroborate.model.Corpus#skipped()}
   * @return the corpus
   * @throws IOException when a folder cannot be listed
   * @throws IllegalArgumentException naming the file, line and field of bad input
   */
  default org.corroborate.model.Corpus readCorpus(List<java.nio.file.Path> paths, boolean strict)
      throws IOException {
    return readCorpus(paths, CorpusReadOptions.builder().strict(strict).build());
  }

  /**
   * Loads a corpus from files: folders holding a {@code manifest.json} (or {@code .txt} files),
   * manifests, or text files. A manifest is {@code {"schemaVersion": 1, "documents": [...]}}, each
   * document with {@code file}, {@code id}, {@code outlet} ({@code {"id", "name", "prior"}}), {@code
   * title}, {@code date}, {@code genre} and optionally {@code url} (an absolute http or https
   * URL), {@code republishedFrom} and {@code note}; a {@code .txt} file without a manifest is a
   * document whose id and source are its file-name stem. A manifest's files must lie inside its
   * folder, and a folder's files inside it (real paths, after symbolic links), unless {@link
   * CorpusReadOptions#allowOutsideFiles()}; the options' limits are checked before a file is read.
   *
   * @param paths the folders and files
   * @param options what fails the call, which files may be read, and the size limits
   * @return the corpus
   * @throws IOException when a folder cannot be listed
   * @throws IllegalArgumentException naming the file, line and field of bad input (unknown
   *     fields, duplicate keys, a missing file, a file outside the manifest's folder, a duplicate
   *     document id, an outlet declared twice differently, a prior outside [0, 1])
   */
  org.corroborate.model.Corpus readCorpus(
      List<java.nio.file.Path> paths, CorpusReadOptions options) throws IOException;

  /** The reliability signals with their formulas and default weights, in report order. */
  List<SignalInfo> signals();

  /**
   * Writes a report; the same report gives the same bytes on any machine and locale.
   *
   * @throws IOException when writing fails
   */
  void write(CorroborationReport report, ReportFormat format, OutputStream out) throws IOException;

  /**
   * Writes a report as {@link #write(CorroborationReport, ReportFormat, OutputStream)} does; with
   * {@code listAll}, the text format lists every proposition that stands alone (a single voice)
   * instead of only counting them. The JSON formats always hold every proposition. An
   * implementation that does not override this ignores {@code listAll}.
   *
   * @throws IOException when writing fails
   */
  default void write(CorroborationReport report, ReportFormat format, OutputStream out,
      boolean listAll) throws IOException {
    write(report, format, out);
  }

  /**
   * Writes a report with the corpus it was scored from: {@link ReportFormat#HTML} then shows each
   * document's text with every claim highlighted at its offsets; the other formats are written as
   * by {@link #write(CorroborationReport, ReportFormat, OutputStream)}, with {@code listAll}. The
   * same report and corpus give the same bytes. An implementation that does not override this
   * ignores the corpus.
   *
   * @param corpus the corpus the report was scored from; documents of the report it does not
   *     hold are shown without their text
   * @throws IOException when writing fails
   */
  default void write(CorroborationReport report, org.corroborate.model.Corpus corpus,
      ReportFormat format, OutputStream out, boolean listAll) throws IOException {
    java.util.Objects.requireNonNull(corpus, "corpus");
    write(report, format, out, listAll);
  }

  /**
   * Writes a report with the corpus it was scored from, as {@link #write(CorroborationReport,
   * org.corroborate.model.Corpus, ReportFormat, OutputStream, boolean)} does without {@code
   * listAll}.
   *
   * @throws IOException when writing fails
   */
  default void write(CorroborationReport report, org.corroborate.model.Corpus corpus,
      ReportFormat format, OutputStream out) throws IOException {
    write(report, corpus, format, out, false);
  }

  /**
   * Reads a JSON report written by {@link #write} with {@link ReportFormat#JSON}; the result
   * equals the report written.
   *
   * @throws IOException when reading fails
   * @throws IllegalArgumentException naming the field when the JSON is not such a report
   */
  CorroborationReport readJson(InputStream in) throws IOException;
}
