package org.corroborate.impl.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.impl.io.CorpusFiles;
import org.corroborate.impl.news.NewsPipeline;
import org.corroborate.impl.report.ReportWriter;
import org.corroborate.model.Corpus;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.ReportFormat;

/**
 * What {@link OldestJacksonTest} runs inside a class loader that holds another Jackson: a corpus
 * read from a manifest (Jackson's parser with its read constraints), scored, and written as JSON
 * and as ClaimReview (Jackson's generator with our pretty printer).
 */
public final class OldestJacksonProbe {
  private OldestJacksonProbe() {}

  /** The Jackson version that ran, a line break, and the two reports. */
  public static String run() {
    try {
      Path dir = Files.createTempDirectory("oldest-jackson");
      Files.writeString(dir.resolve("a.txt"),
          "Officials said 1,500 prisoners escaped from the prison on Monday.\n");
      Files.writeString(dir.resolve("b.txt"),
          "About 1,500 inmates escaped the prison, the ministry said on Monday.\n");
      Files.writeString(dir.resolve("manifest.json"), """
          {"schemaVersion": 1, "documents": [
            {"file": "a.txt", "id": "a", "outlet": {"id": "wire", "name": "Wire"},
             "title": "Prison break", "date": "2025-02-03", "genre": "NEWS"},
            {"file": "b.txt", "id": "b", "outlet": {"id": "daily", "name": "Daily"},
             "title": null, "date": null, "genre": "NEWS"}]}
          """);
      Corpus corpus = CorpusFiles.read(List.of(dir), true);
      CorroborationReport report = NewsPipeline.defaults().score(corpus).report();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ReportWriter.write(report, ReportFormat.JSON, out);
      ReportWriter.write(report, ReportFormat.CLAIMREVIEW, out);
      for (String f : new String[] {"a.txt", "b.txt", "manifest.json"}) {
        Files.delete(dir.resolve(f));
      }
      Files.delete(dir);
      return com.fasterxml.jackson.core.json.PackageVersion.VERSION + "\n"
          + out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
