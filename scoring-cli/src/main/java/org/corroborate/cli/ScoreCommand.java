package org.corroborate.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.impl.text.NewsPipeline;
import org.corroborate.impl.text.NewsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corroborate score}: the news pipeline. Loads the documents and their sources (a folder
 * with a manifest, a manifest, or text files; with no PATH the bundled seeds), runs {@link
 * NewsPipeline} (cleaning, claims, matching, agreement, independence, truth discovery over the
 * clusters) and writes the text report or the JSON report of DESIGN.md.
 *
 * <p>A document whose file cannot be read as text is reported on stderr and in the report's
 * warnings, and the others are scored; with {@code --strict} it fails the call (exit 2).
 *
 * <p>With no PATH it reads the bundled seeds: {@code seeds/} under the directory given by the
 * system property {@code corroborate.home} (set by the launcher script), else {@code ./seeds}.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = CorroborateCommand.Version.class,
    description = {
      "Finds the claims in news documents, which agree and conflict across sources, how"
          + " independent the agreeing voices are, and how far each source is trusted.",
      "PATH is a folder with a manifest.json, a manifest file, or .txt files; without PATH the"
          + " bundled seeds are read."
    })
final class ScoreCommand implements Callable<Integer> {
  /** The system property naming the installation directory, which holds {@code seeds/}. */
  static final String HOME_PROPERTY = "corroborate.home";

  @ParentCommand private CorroborateCommand parent;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Folders, manifests or .txt files.")
  private List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Report format (default: ${DEFAULT-VALUE}).")
  private DiscoverCommand.Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here.")
  private Path out;

  @Option(
      names = "--aliases",
      paramLabel = "FILE",
      description = "Declare more aliases: one group per line, 'Canonical name: alias | alias'.")
  private Path aliases;

  @Option(
      names = "--strict",
      description = "Fail when a document cannot be read as text, instead of reporting and"
          + " skipping it.")
  private boolean strict;

  @Override
  public Integer call() throws IOException {
    List<Path> inputs = paths.isEmpty() ? List.of(seeds()) : paths;
    DocumentCollection collection = new DocumentCollection(strict);
    for (Path path : inputs) {
      collection.add(path);
    }
    List<String> warnings = new ArrayList<>(collection.skipped());
    NewsReport report;
    try {
      NewsPipeline pipeline = NewsPipeline.defaults();
      if (aliases != null) {
        try {
          pipeline = pipeline.withAliases(
              java.util.Arrays.asList(DocumentCollection.readUtf8(aliases).split("\\R", -1)));
        } catch (IllegalArgumentException e) {
          throw new UsageException(aliases + ": " + e.getMessage());
        }
      }
      report = pipeline.score(collection.documents(), collection.sources(),
          collection.republishedFrom(), warnings, strict);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    for (String warning : report.warnings()) {
      parent.stderr().println("warning: " + warning);
    }
    parent
        .stderr()
        .printf(
            Locale.ROOT,
            "read %d documents from %d sources: %d claims, %d propositions%n",
            collection.documents().size(),
            collection.sources().size(),
            report.claimCount(),
            report.clusterCount());
    OutputStream target = out == null ? parent.stdout() : Files.newOutputStream(out);
    try (OutputStream buffered = new BufferedOutputStream(target, 1 << 16)) {
      if (format == DiscoverCommand.Format.JSON) {
        report.writeJson(buffered);
      } else {
        report.writeText(buffered);
      }
    } finally {
      if (out == null) {
        parent.stdout().flush();
      }
    }
    return CorroborateCommand.OK;
  }

  /** The bundled seeds folder. */
  static Path seeds() {
    String home = System.getProperty(HOME_PROPERTY);
    Path base = home == null || home.isBlank() ? Path.of(".") : Path.of(home);
    return base.resolve("seeds");
  }
}
