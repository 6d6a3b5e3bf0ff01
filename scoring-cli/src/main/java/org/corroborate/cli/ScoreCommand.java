package org.corroborate.cli;

import org.corroborate.impl.format.Formats;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corroborate score}: the entry point of the news pipeline. This version loads and checks
 * the documents and prints an honest inventory (per document: id, outlet, title, date, genre and
 * size signals); claim extraction, matching and scoring of text arrive with the news pipeline and
 * are not computed, so the report leaves out claims, clusters and relations rather than print
 * empty ones.
 *
 * <p>With no PATH it reads the bundled seeds: {@code seeds/} under the directory given by the
 * system property {@code corroborate.home} (set by the launcher script), else {@code ./seeds}.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = CorroborateCommand.Version.class,
    description = {
      "Loads news documents and their sources and prints their inventory.",
      "PATH is a folder with a manifest.json, a manifest file, or .txt files; without PATH the"
          + " bundled seeds are read.",
      "Claim extraction, matching and scoring of text arrive with the news pipeline; this version"
          + " does not compute them."
    })
final class ScoreCommand implements Callable<Integer> {
  /** The system property naming the installation directory, which holds {@code seeds/}. */
  static final String HOME_PROPERTY = "corroborate.home";

  /** The line that says what this version does not compute. */
  static final String NOT_COMPUTED =
      "Claim extraction, matching and scoring of text arrive with the news pipeline; this version"
          + " does not compute them: no claims, clusters, relations or reliabilities are reported.";

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

  @Override
  public Integer call() throws IOException {
    List<Path> inputs = paths.isEmpty() ? List.of(seeds()) : paths;
    DocumentCollection collection = new DocumentCollection();
    for (Path path : inputs) {
      collection.add(path);
    }
    parent
        .stderr()
        .printf(
            Locale.ROOT,
            "read %d documents from %d sources%n",
            collection.documents().size(),
            collection.sources().size());
    OutputStream target = out == null ? parent.stdout() : Files.newOutputStream(out);
    try (OutputStream buffered = new BufferedOutputStream(target, 1 << 16)) {
      if (format == DiscoverCommand.Format.JSON) {
        json(buffered, collection);
      } else {
        text(buffered, collection);
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

  private static void text(OutputStream stream, DocumentCollection collection)
      throws IOException {
    Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    List<Document> documents = collection.documents();
    w.write(
        String.format(
            Locale.ROOT,
            "%d documents from %d sources%n",
            documents.size(),
            collection.sources().size()));
    w.write("document\toutlet\ttitle\tpublished\tgenre\tcharacters\twords\tparagraphs\n");
    for (Document d : documents) {
      TextSignals s = TextSignals.of(d.text());
      String outlet = collection.sources().stream()
          .filter(src -> src.id().equals(d.sourceId()))
          .map(Source::name)
          .findFirst()
          .orElse(d.sourceId());
      w.write(
          String.join(
              "\t",
              Formats.field(d.id()),
              Formats.field(outlet),
              Formats.field(d.title().orElse("-")),
              d.published().map(Object::toString).orElse("-"),
              d.genre().name(),
              Integer.toString(s.characters()),
              Integer.toString(s.words()),
              Integer.toString(s.paragraphs()))
              + "\n");
    }
    w.write(NOT_COMPUTED + "\n");
    w.flush();
  }

  private static void json(OutputStream stream, DocumentCollection collection)
      throws IOException {
    JsonGenerator json = Formats.json(stream);
    json.writeStartObject();
    json.writeNumberField("schemaVersion", 1);
    json.writeArrayFieldStart("sources");
    for (Source s : collection.sources()) {
      json.writeStartObject();
      json.writeStringField("id", s.id());
      json.writeStringField("name", s.name());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("documents");
    for (Document d : collection.documents()) {
      TextSignals s = TextSignals.of(d.text());
      json.writeStartObject();
      json.writeStringField("id", d.id());
      json.writeStringField("sourceId", d.sourceId());
      json.writeStringField("title", d.title().orElse(null));
      json.writeStringField("published", d.published().map(Object::toString).orElse(null));
      json.writeStringField("genre", d.genre().name());
      json.writeObjectFieldStart("signals");
      json.writeNumberField("characters", s.characters());
      json.writeNumberField("words", s.words());
      json.writeNumberField("paragraphs", s.paragraphs());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }
}
