package org.corroborate.impl.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Source;

/**
 * Loads documents and their sources for {@code score}: from a manifest ({@code manifest.json}), a
 * folder holding one, or plain {@code .txt} files.
 *
 * <p>A manifest is {@code {"schemaVersion": 1, "description": ..., "documents": [...]}}; each
 * document has {@code file} (relative to the manifest), {@code id}, {@code outlet} ({@code {"id",
 * "name"}} and optionally {@code "prior"}, the caller's prior reliability in [0, 1]), {@code title} (string or null), {@code date} (ISO-8601 {@code YYYY[-MM[-DD]]} or null),
 * {@code genre} (NEWS, OPINION, ANALYSIS, PRESS_RELEASE, UNKNOWN) and optionally {@code
 * republishedFrom} ({@code {"id", "name"}}) and {@code note}. Other fields are refused, so a typo
 * does not pass silently. A {@code .txt} file without manifest becomes a document whose id and
 * source are its file-name stem, with no title or date and genre UNKNOWN; a folder without a
 * manifest reads its {@code .txt} files in name order. Every file must exist and be valid UTF-8.
 */
public final class CorpusFiles {
  /** The manifest file name looked for in a folder. */
  static final String MANIFEST = "manifest.json";

  private static final Set<String> TOP_FIELDS = Set.of("schemaVersion", "description", "documents");
  private static final Set<String> DOCUMENT_FIELDS =
      Set.of("file", "id", "outlet", "title", "date", "genre", "republishedFrom", "note");

  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, Document> documents = new LinkedHashMap<>();
  private final Map<String, String> republishedFrom = new LinkedHashMap<>();
  private final List<String> skipped = new java.util.ArrayList<>();
  private final boolean strict;

  /**
   * Reads a corpus from manifests, folders and text files.
   *
   * @param paths folders holding a {@code manifest.json} (or {@code .txt} files), manifests, or
   *     text files
   * @param strict whether a document whose file cannot be read as UTF-8 text fails the call;
   *     otherwise it is left out and named in {@link Corpus#skipped()}
   * @throws IOException when a folder cannot be listed
   * @throws IllegalArgumentException naming the file, line and field of bad input
   */
  public static Corpus read(List<Path> paths, boolean strict) throws IOException {
    CorpusFiles files = new CorpusFiles(strict);
    for (Path path : paths) {
      files.add(path);
    }
    Corpus.Builder b = Corpus.builder();
    files.sources.values().forEach(b::source);
    files.documents.values().forEach(b::document);
    files.republishedFrom.forEach(b::republishedFrom);
    files.skipped.forEach(b::skipped);
    return b.build();
  }

  /**
   * Bad input in a file: the message names the file, the line (when known) and the field.
   */
  public static final class FileProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    FileProblem(Path file, long line, String field, int column, String problem) {
      this(file, line, field, column, problem, null);
    }

    FileProblem(Path file, long line, String field, int column, String problem, Throwable cause) {
      super(format(file, line, field, column, problem), cause);
    }

    /**
     * The message of a problem in a file: {@code FILE:LINE: column C (FIELD): PROBLEM}, with the
     * line left out when 0 and the column when 0 (then {@code FIELD: PROBLEM}, or only the problem
     * when the field is empty).
     */
    public static String format(Path file, long line, String field, int column, String problem) {
      StringBuilder b = new StringBuilder().append(file).append(':');
      if (line > 0) {
        b.append(line).append(':');
      }
      b.append(' ');
      if (column > 0) {
        b.append("column ").append(column).append(" (").append(field).append("): ");
      } else if (!field.isEmpty()) {
        b.append(field).append(": ");
      }
      return b.append(problem).toString();
    }
  }

  /**
   * A collection; with {@code strict}, a document whose text cannot be read fails the whole call
   * instead of being reported and skipped. Manifest errors always fail the call.
   */
  private CorpusFiles(boolean strict) {
    this.strict = strict;
  }

  /** Adds the documents a path names: a manifest, a folder, or a text file. */
  private void add(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      Path manifest = path.resolve(MANIFEST);
      if (Files.isRegularFile(manifest)) {
        addManifest(manifest);
        return;
      }
      List<Path> texts;
      try (Stream<Path> entries = Files.list(path)) {
        texts =
            entries
                .filter(p -> p.getFileName().toString().endsWith(".txt"))
                .filter(Files::isRegularFile)
                .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                .toList();
      }
      if (texts.isEmpty()) {
        throw new FileProblem(path, 0, "", 0, "folder has no " + MANIFEST
            + " and no .txt files");
      }
      for (Path text : texts) {
        addText(text);
      }
    } else if (!Files.isRegularFile(path)) {
      throw new FileProblem(path, 0, "", 0, "no such file or folder");
    } else if (path.getFileName().toString().endsWith(".json")) {
      addManifest(path);
    } else {
      addText(path);
    }
  }

  private void addText(Path file) {
    String name = file.getFileName().toString();
    String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    String text = readText(file);
    if (text == null) {
      return;
    }
    addSource(file, 0, "file", new Source(stem, stem, Optional.empty(),
        org.corroborate.model.SourceKind.UNKNOWN, java.util.OptionalDouble.empty()));
    addDocument(file, "file", Document.of(stem, stem, text));
  }

  private void addManifest(Path manifest) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(manifest.toFile());
    } catch (JsonParseException e) {
      throw new FileProblem(
          manifest,
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "",
          0,
          "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new FileProblem(manifest, 0, "", 0, "must hold a JSON object");
    }
    unknownFields(manifest, root, TOP_FIELDS, "");
    JsonNode version = root.get("schemaVersion");
    if (version == null || !version.isInt() || version.intValue() != 1) {
      throw new FileProblem(manifest, 0, "schemaVersion", 0, "must be 1");
    }
    JsonNode docs = root.get("documents");
    if (docs == null || !docs.isArray() || docs.isEmpty()) {
      throw new FileProblem(manifest, 0, "documents", 0, "must be a non-empty array");
    }
    Path base = manifest.toAbsolutePath().getParent();
    for (int i = 0; i < docs.size(); i++) {
      String at = "documents[" + i + "]";
      JsonNode doc = docs.get(i);
      if (!doc.isObject()) {
        throw new FileProblem(manifest, 0, at, 0, "must be an object");
      }
      unknownFields(manifest, doc, DOCUMENT_FIELDS, at + ".");
      String file = string(manifest, doc, "file", at, true);
      Path path = base.resolve(file).normalize();
      if (!Files.isRegularFile(path)) {
        throw new FileProblem(manifest, 0, at + ".file", 0,
            "file '" + file + "' does not exist next to the manifest");
      }
      String id = string(manifest, doc, "id", at, true);
      Source outlet = outlet(manifest, doc.get("outlet"), at + ".outlet");
      String title = string(manifest, doc, "title", at, false);
      String date = string(manifest, doc, "date", at, false);
      Optional<PartialDate> published = Optional.empty();
      if (date != null) {
        try {
          published = Optional.of(PartialDate.parse(date));
        } catch (IllegalArgumentException e) {
          throw new FileProblem(manifest, 0, at + ".date", 0, e.getMessage());
        }
      }
      String genreText = string(manifest, doc, "genre", at, true);
      Genre genre;
      try {
        genre = Genre.valueOf(genreText);
      } catch (IllegalArgumentException e) {
        throw new FileProblem(manifest, 0, at + ".genre", 0,
            "'" + genreText + "' is not one of NEWS, OPINION, ANALYSIS, PRESS_RELEASE, UNKNOWN");
      }
      Source origin = null;
      if (doc.has("republishedFrom") && !doc.get("republishedFrom").isNull()) {
        origin = outlet(manifest, doc.get("republishedFrom"), at + ".republishedFrom");
      }
      String text = readText(path);
      if (text == null) {
        continue;
      }
      addSource(manifest, 0, at + ".outlet", outlet);
      addDocument(manifest, at + ".id",
          new Document(id, outlet.id(), Optional.ofNullable(title), published, genre, text));
      if (origin != null) {
        republishedFrom.put(id, origin.id());
      }
    }
  }

  private static Source outlet(Path manifest, JsonNode node, String at) {
    if (node == null || !node.isObject()) {
      throw new FileProblem(manifest, 0, at, 0, "must be an object {\"id\", \"name\"}");
    }
    unknownFields(manifest, node, Set.of("id", "name", "prior"), at + ".");
    String id = string(manifest, node, "id", at, true);
    String name = string(manifest, node, "name", at, true);
    java.util.OptionalDouble prior = java.util.OptionalDouble.empty();
    JsonNode p = node.get("prior");
    if (p != null && !p.isNull()) {
      double value = p.isNumber() ? p.doubleValue() : Double.NaN;
      if (!(value >= 0.0 && value <= 1.0)) {
        throw new FileProblem(manifest, 0, at + ".prior", 0,
            "must be a number in [0, 1] or null, was " + p);
      }
      prior = java.util.OptionalDouble.of(value);
    }
    return new Source(id, name, Optional.empty(), org.corroborate.model.SourceKind.UNKNOWN, prior);
  }

  private static String string(Path manifest, JsonNode node, String field, String at,
      boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new FileProblem(manifest, 0, at + "." + field, 0, "is required");
      }
      return null;
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      throw new FileProblem(manifest, 0, at + "." + field, 0,
          required ? "must be a non-blank string" : "must be a non-blank string or null");
    }
    return value.textValue();
  }

  private static void unknownFields(Path manifest, JsonNode node, Set<String> known, String at) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new FileProblem(manifest, 0, at + name, 0,
            "unknown field; expected one of " + new java.util.TreeSet<>(known));
      }
    }
  }

  private void addSource(Path where, long line, String field, Source source) {
    Source known = sources.putIfAbsent(source.id(), source);
    if (known != null && !known.name().equals(source.name())) {
      throw new FileProblem(where, line, field + ".name", 0,
          "source id '" + source.id() + "' already named '" + known.name() + "', not '"
              + source.name() + "'");
    }
    if (known != null && !known.priorReliability().equals(source.priorReliability())) {
      throw new FileProblem(where, line, field + ".prior", 0,
          "source id '" + source.id() + "' already declared with prior "
              + prior(known) + ", not " + prior(source));
    }
  }

  private static String prior(Source s) {
    return s.priorReliability().isPresent()
        ? Double.toString(s.priorReliability().getAsDouble()) : "none";
  }

  private void addDocument(Path where, String field, Document document) {
    if (documents.putIfAbsent(document.id(), document) != null) {
      throw new FileProblem(where, 0, field, 0,
          "document id '" + document.id() + "' appears twice");
    }
  }

  /** The file's text, or null after recording why it was skipped (unless strict). */
  private String readText(Path file) {
    try {
      return readUtf8(file);
    } catch (FileProblem e) {
      if (strict) {
        throw e;
      }
      skipped.add(e.getMessage());
      return null;
    }
  }

  /** Reads a file as strict UTF-8, naming the line of the first bad byte. */
  public static String readUtf8(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new FileProblem(file, 0, "", 0, "cannot be read: " + e.getMessage(), e);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalid(bytes);
      long line = 1;
      for (int i = 0; i < Math.max(bad, 0); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new FileProblem(file, line, "text", 0,
          "not valid UTF-8 text (byte offset " + Math.max(bad, 0) + ")", e);
    }
  }

  /** The offset of the first byte that is not valid UTF-8, or -1. */
  private static int firstInvalid(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    while (true) {
      java.nio.charset.CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }
}
