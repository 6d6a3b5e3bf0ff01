package org.corroborate.impl.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.ReportFormat;

/**
 * The one place that maps a {@link ReportFormat} to its writer. The switch is exhaustive, so a new
 * format constant does not compile until it has a writer here.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Writes {@code report} in {@code format}; the same report gives the same bytes on any machine
   * and locale.
   *
   * @throws IOException when writing fails
   */
  public static void write(CorroborationReport report, ReportFormat format, OutputStream out)
      throws IOException {
    write(report, format, out, false);
  }

  /**
   * Writes {@code report} in {@code format}; in the text format, {@code listAll} lists the
   * propositions that stand alone instead of only counting them (the JSON formats hold them all
   * anyway).
   *
   * @throws IOException when writing fails
   */
  public static void write(CorroborationReport report, ReportFormat format, OutputStream out,
      boolean listAll) throws IOException {
    write(report, null, format, out, listAll);
  }

  /**
   * Writes {@code report} in {@code format} as {@link #write(CorroborationReport, ReportFormat,
   * OutputStream, boolean)} does; the HTML format shows the texts of {@code corpus}'s documents
   * (none when it is null) with the claims highlighted at their offsets.
   *
   * @throws IOException when writing fails
   */
  public static void write(CorroborationReport report, Corpus corpus, ReportFormat format,
      OutputStream out, boolean listAll) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    switch (Objects.requireNonNull(format, "format")) {
      case TEXT -> ReportText.write(report, out, listAll);
      case JSON -> ReportJson.write(report, out);
      case CLAIMREVIEW -> ClaimReviewJson.write(report, out);
      case HTML -> ReportHtml.write(report, texts(corpus), out);
    }
  }

  /** The text of each document of {@code corpus} by id, in id order; empty without a corpus. */
  private static Map<String, String> texts(Corpus corpus) {
    Map<String, String> texts = new TreeMap<>();
    if (corpus != null) {
      for (Document d : corpus.documents()) {
        texts.put(d.id(), d.text());
      }
    }
    return texts;
  }
}
