package org.corroborate.impl.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.corroborate.impl.io.CorpusFiles;
import org.corroborate.impl.reliability.SourceReliability;
import org.corroborate.impl.report.ReportJson;
import org.corroborate.impl.report.ReportWriter;
import org.corroborate.model.Corpus;
import org.corroborate.news.CorpusReadOptions;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.NewsScorer;
import org.corroborate.news.NewsScoring;
import org.corroborate.news.ReportFormat;
import org.corroborate.news.ScoringConfig;
import org.corroborate.news.SignalInfo;

/** The {@link NewsScoring} service, found through {@link java.util.ServiceLoader}. */
public final class NewsScoringService implements NewsScoring {
  /** Made by the service loader. */
  public NewsScoringService() {}

  @Override
  public NewsScorer scorer(ScoringConfig config) {
    NewsPipeline pipeline = NewsPipeline.of(config);
    return new NewsScorer() {
      @Override
      public CorroborationReport score(Corpus corpus) {
        Objects.requireNonNull(corpus, "corpus");
        return pipeline.score(corpus).report();
      }

      @Override
      public ScoringConfig config() {
        return pipeline.config();
      }
    };
  }

  @Override
  public Corpus readCorpus(List<java.nio.file.Path> paths, CorpusReadOptions options)
      throws IOException {
    return CorpusFiles.read(
        Objects.requireNonNull(paths, "paths"), Objects.requireNonNull(options, "options"));
  }

  @Override
  public List<SignalInfo> signals() {
    return SourceReliability.SIGNALS;
  }

  @Override
  public void write(CorroborationReport report, ReportFormat format, OutputStream out)
      throws IOException {
    ReportWriter.write(report, format, out);
  }

  @Override
  public void write(CorroborationReport report, ReportFormat format, OutputStream out,
      boolean listAll) throws IOException {
    ReportWriter.write(report, format, out, listAll);
  }

  @Override
  public void write(CorroborationReport report, Corpus corpus, ReportFormat format,
      OutputStream out, boolean listAll) throws IOException {
    ReportWriter.write(report, Objects.requireNonNull(corpus, "corpus"), format, out, listAll);
  }

  @Override
  public CorroborationReport readJson(InputStream in) throws IOException {
    return ReportJson.read(Objects.requireNonNull(in, "in"));
  }
}
