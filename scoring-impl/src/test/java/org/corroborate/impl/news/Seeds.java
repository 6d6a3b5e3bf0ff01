package org.corroborate.impl.news;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.corroborate.impl.report.NewsReport;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;

/** The bundled seeds, read from the repository's {@code seeds/} folder for tests. */
public final class Seeds {
  static final Path FOLDER = Path.of("..", "seeds");

  public final List<Document> documents = new ArrayList<>();
  public final List<Source> sources = new ArrayList<>();
  public final Map<String, String> republishedFrom = new LinkedHashMap<>();

  private Seeds() {}

  public static Seeds load() {
    try {
      Seeds seeds = new Seeds();
      JsonNode root = new ObjectMapper().readTree(FOLDER.resolve("manifest.json").toFile());
      Map<String, Source> sources = new LinkedHashMap<>();
      for (JsonNode d : root.get("documents")) {
        String text = Files.readString(FOLDER.resolve(d.get("file").asText()), StandardCharsets.UTF_8);
        JsonNode outlet = d.get("outlet");
        sources.putIfAbsent(outlet.get("id").asText(), new Source(outlet.get("id").asText(),
            outlet.get("name").asText(), Optional.empty(), SourceKind.UNKNOWN, OptionalDouble.empty()));
        Optional<PartialDate> date = d.get("date").isNull()
            ? Optional.empty() : Optional.of(PartialDate.parse(d.get("date").asText()));
        Optional<String> title = d.get("title").isNull()
            ? Optional.empty() : Optional.of(d.get("title").asText());
        seeds.documents.add(new Document(d.get("id").asText(), outlet.get("id").asText(), title,
            date, Genre.valueOf(d.get("genre").asText()), text));
        if (d.has("republishedFrom")) {
          seeds.republishedFrom.put(d.get("id").asText(), d.get("republishedFrom").get("id").asText());
        }
      }
      seeds.sources.addAll(sources.values());
      return seeds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seeds as a corpus. */
  org.corroborate.model.Corpus corpus() {
    org.corroborate.model.Corpus.Builder b = org.corroborate.model.Corpus.builder();
    sources.forEach(b::source);
    documents.forEach(b::document);
    republishedFrom.forEach(b::republishedFrom);
    return b.build();
  }

  Document document(String prefix) {
    return documents.stream().filter(d -> d.id().startsWith(prefix)).findFirst().orElseThrow();
  }

  public NewsReport score() {
    return NewsPipeline.defaults().score(documents, sources, republishedFrom, List.of(), true);
  }

  /** The seeds scored once by the default pipeline: {@link #score()}, shared by the tests. */
  private static NewsReport scored;

  /**
   * The report of {@link #score()} on the seeds, computed once per test run and shared by the
   * classes that only read it (it is immutable); a test that compares two runs scores afresh.
   */
  public static synchronized NewsReport scored() {
    if (scored == null) {
      scored = load().score();
    }
    return scored;
  }
}
