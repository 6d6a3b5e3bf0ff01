package org.corroborate.impl.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
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
import org.corroborate.news.CorpusReadOptions;

/**
 * Loads documents and their sources for {@code score}: from a manifest ({@code manifest.json}), a
 * folder holding one, plain {@code .txt} files, or articles saved as HTML ({@code .html}, {@code
 * .htm}; see {@link HtmlPage}).
 *
 * <p>A manifest is {@code {"schemaVersion": 1, "description": ..., "documents": [...]}}; each
 * document has {@code file} (relative to the manifest), {@code id}, {@code outlet} ({@code {"id",
 * "name"}} and optionally {@code "prior"}, the caller's prior reliability in [0, 1]), {@code
 * title} (string or null), {@code date} (ISO-8601 {@code YYYY[-MM[-DD]]} or null), {@code genre}
 * (NEWS, OPINION, ANALYSIS, PRESS_RELEASE, UNKNOWN) and optionally {@code url} (the address it
 * was published at: an absolute {@code http} or {@code https} URL, or null), {@code
 * republishedFrom} ({@code {"id", "name"}}) and {@code note}. Other fields are refused, so a typo
 * does not pass silently. A {@code .txt} file without manifest becomes a document whose id and
 * source are its file-name stem, with no title, address or date and genre UNKNOWN; an HTML file
 * likewise, but with the title, address and date its markup declares, and the site it names
 * ({@code og:site_name}) as its source. A folder without a manifest reads its {@code .txt}, {@code
 * .html} and {@code .htm} files in name order; every other entry in it is named in {@link
 * Corpus#skipped()}, never passed over silently. A manifest may name HTML files too (its title,
 * url and date, when given, win over the page's). Every text file must exist and be valid UTF-8;
 * an HTML page is decoded by its byte-order mark, else its declared charset, else as UTF-8.
 *
 * <p>Hostile input: a manifest reads only files inside its own folder, and a folder only files
 * inside it (real paths, after symbolic links), unless {@link CorpusReadOptions#allowOutsideFiles()};
 * a manifest may not repeat a key nor nest deeper than 64 levels; each file's
 * type and size are checked before it is opened, against the limits of {@link CorpusReadOptions},
 * and it is read through a stream that stops after the limit, so no file is held whole before
 * its size is known to fit.
 */
public final class CorpusFiles {
  /** The manifest file name looked for in a folder. */
  static final String MANIFEST = "manifest.json";

  /** The deepest nesting a manifest may have; a valid one has 4 levels. */
  static final int MAX_NESTING = 64;

  /** The largest array the JVM makes: the bound on one file's bytes whatever the options. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
      .build());

  private static final Set<String> TOP_FIELDS = Set.of("schemaVersion", "description", "documents");
  private static final Set<String> DOCUMENT_FIELDS =
      Set.of("file", "id", "outlet", "title", "url", "date", "genre", "republishedFrom",
          "note");

  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, Document> documents = new LinkedHashMap<>();
  private final Map<String, String> republishedFrom = new LinkedHashMap<>();
  private final List<String> skipped = new java.util.ArrayList<>();
  private final CorpusReadOptions options;
  private long corpusBytes;
  private long leftOutByCount;

  /**
   * Reads a corpus from manifests, folders and text files with the default options but {@code
   * strict}.
   *
   * @param paths folders holding a {@code manifest.json} (or {@code .txt} files), manifests, or
   *     text files
   * @param strict whether a document whose file cannot be read fails the call; otherwise it is
   *     left out and named in {@link Corpus#skipped()}
   * @throws IOException when a folder cannot be listed
   * @throws IllegalArgumentException naming the file, line and field of bad input
   */
  public static Corpus read(List<Path> paths, boolean strict) throws IOException {
    return read(paths, CorpusReadOptions.builder().strict(strict).build());
  }

  /**
   * Reads a corpus from manifests, folders and text files.
   *
   * @param paths folders holding a {@code manifest.json} (or {@code .txt} files), manifests, or
   *     text files
   * @param options what fails the call, which files may be read, and the limits
   * @throws IOException when a folder cannot be listed
   * @throws IllegalArgumentException naming the file, line and field of bad input
   */
  public static Corpus read(List<Path> paths, CorpusReadOptions options) throws IOException {
    CorpusFiles files = new CorpusFiles(options);
    for (Path path : paths) {
      files.add(path);
    }
    if (files.leftOutByCount > 1) {
      files.skipped.add((files.leftOutByCount - 1) + " more documents left out: the corpus holds"
          + " maxDocuments (" + options.maxDocuments() + ")");
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
   * A collection read with {@code options}; when they are strict, a document whose text cannot be
   * read fails the whole call instead of being reported and skipped. Manifest errors always fail
   * the call.
   */
  private CorpusFiles(CorpusReadOptions options) {
    this.options = options;
  }

  /** Adds the documents a path names: a manifest, a folder, or a text file. */
  private void add(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      Path manifest = path.resolve(MANIFEST);
      if (Files.isRegularFile(manifest)) {
        addManifest(manifest);
        return;
      }
      List<Path> entries;
      try (Stream<Path> listing = Files.list(path)) {
        entries = listing
            .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
            .toList();
      }
      List<Path> texts = new java.util.ArrayList<>();
      List<String> passedOver = new java.util.ArrayList<>();
      for (Path entry : entries) {
        if (Files.isDirectory(entry)) {
          passedOver.add(entry + ": left out: a folder inside a corpus folder is not read (name it"
              + " on the command line to read it)");
        } else if (isText(entry) || isHtml(entry)) {
          texts.add(entry);
        } else {
          passedOver.add(entry + ": left out: not a document (a folder without " + MANIFEST
              + " reads its .txt, .html and .htm files)");
        }
      }
      if (texts.isEmpty()) {
        throw new FileProblem(path, 0, "", 0, "folder has no " + MANIFEST
            + " and no .txt, .html or .htm files");
      }
      skipped.addAll(passedOver);
      Path folder = path.toRealPath();
      for (Path text : texts) {
        addText(text, folder);
      }
    } else if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new FileProblem(path, 0, "", 0, NOT_REGULAR);
    } else if (!Files.isRegularFile(path)) {
      throw new FileProblem(path, 0, "", 0, "no such file or folder");
    } else if (path.getFileName().toString().endsWith(".json")) {
      addManifest(path);
    } else {
      addText(path, null);
    }
  }

  /** Whether a file is read as plain text: its name ends in {@code .txt} (any case). */
  private static boolean isText(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
  }

  /** Whether a file is read as HTML: its name ends in {@code .html} or {@code .htm} (any case). */
  private static boolean isHtml(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  /** A file name without its last extension. */
  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * Adds a text or HTML file without manifest; {@code folder}, when not null, is the real folder
   * it must lie in. A plain-text file is a document of the source named by its file-name stem;
   * an HTML page gives its title, address and date, and its source is its site ({@code
   * og:site_name}) when it names one.
   */
  private void addText(Path file, Path folder) throws IOException {
    String stem = stem(file);
    if (folder != null && !options.allowOutsideFiles() && Files.exists(file)
        && !file.toRealPath().startsWith(folder)) {
      throw new FileProblem(file, 0, "", 0, "is a link to a file outside the folder "
          + file.getParent() + "; " + OPT_OUT);
    }
    if (isHtml(file)) {
      HtmlPage page = readHtml(file);
      if (page == null) {
        return;
      }
      Source source = new Source(stem, stem, Optional.empty(),
          org.corroborate.model.SourceKind.UNKNOWN, java.util.OptionalDouble.empty());
      if (page.siteName().isPresent() && !HtmlPage.sourceId(page.siteName().get()).isEmpty()) {
        String id = HtmlPage.sourceId(page.siteName().get());
        Source known = sources.get(id);
        source = known != null ? known : new Source(id, page.siteName().get(), Optional.empty(),
            org.corroborate.model.SourceKind.UNKNOWN, java.util.OptionalDouble.empty());
      }
      addSource(file, 0, "file", source);
      addDocument(file, "file", new Document(stem, source.id(), page.title(), page.url(),
          page.published(), Genre.UNKNOWN, page.text()));
      return;
    }
    String text = readText(file);
    if (text == null) {
      return;
    }
    addSource(file, 0, "file", new Source(stem, stem, Optional.empty(),
        org.corroborate.model.SourceKind.UNKNOWN, java.util.OptionalDouble.empty()));
    addDocument(file, "file", Document.of(stem, stem, text));
  }

  /** How to read a file outside the folder, for the error that refuses it. */
  private static final String OPT_OUT =
      "CorpusReadOptions.allowOutsideFiles (score --allow-outside-files) reads it";

  private static final String NOT_REGULAR = "is not a regular file (a device, pipe or socket)";

  private void addManifest(Path manifest) throws IOException {
    byte[] bytes = readBytes(manifest, options.maxDocumentBytes(), "maxDocumentBytes");
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new FileProblem(
          manifest,
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "",
          0,
          jsonProblem(e));
    } catch (java.io.CharConversionException e) {
      // bytes that look like UTF-32 or UTF-16 to the encoding detection but are not (found by
      // CorpusFilesFuzzTest)
      throw new FileProblem(manifest, 0, "", 0, "is not JSON text in UTF-8, UTF-16 or UTF-32: "
          + e.getMessage(), e);
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
    Path base = manifest.toAbsolutePath().normalize().getParent();
    Path realBase = base.toRealPath();
    for (int i = 0; i < docs.size(); i++) {
      String at = "documents[" + i + "]";
      JsonNode doc = docs.get(i);
      if (!doc.isObject()) {
        throw new FileProblem(manifest, 0, at, 0, "must be an object");
      }
      unknownFields(manifest, doc, DOCUMENT_FIELDS, at + ".");
      String file = string(manifest, doc, "file", at, true);
      Path path = base.resolve(file).normalize();
      boolean inside = path.startsWith(base);
      if (inside) {
        String type = fileType(path);
        if (type != null) {
          throw new FileProblem(manifest, 0, at + ".file", 0, "file '" + file + "' " + type);
        }
        inside = path.toRealPath().startsWith(realBase);
      }
      if (!inside && !options.allowOutsideFiles()) {
        throw new FileProblem(manifest, documentLine(bytes, i), at + ".file", 0,
            "file '" + file + "' is outside the manifest's folder (after following links); "
                + OPT_OUT);
      }
      if (!inside) {
        String type = fileType(path);
        if (type != null) {
          throw new FileProblem(manifest, 0, at + ".file", 0, "file '" + file + "' " + type);
        }
      }
      String id = string(manifest, doc, "id", at, true);
      Source outlet = outlet(manifest, doc.get("outlet"), at + ".outlet");
      String title = string(manifest, doc, "title", at, false);
      String url = string(manifest, doc, "url", at, false);
      Optional<String> urlProblem =
          url == null ? Optional.empty() : org.corroborate.model.Document.urlProblem(url);
      if (urlProblem.isPresent()) {
        throw new FileProblem(manifest, 0, at + ".url", 0, "must be an absolute http or https URL"
            + " or null, was '" + url + "': it " + urlProblem.get());
      }
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
      String text;
      Optional<String> declaredTitle = Optional.ofNullable(title);
      Optional<String> address = Optional.ofNullable(url);
      if (isHtml(path)) {
        // the manifest's title, address and date, when given, win over what the page declares
        HtmlPage page = readHtml(path);
        if (page == null) {
          continue;
        }
        text = page.text();
        declaredTitle = declaredTitle.or(page::title);
        address = address.or(page::url);
        published = published.or(page::published);
      } else {
        text = readText(path);
        if (text == null) {
          continue;
        }
      }
      addSource(manifest, 0, at + ".outlet", outlet);
      addDocument(manifest, at + ".id",
          new Document(id, outlet.id(), declaredTitle, address, published, genre, text));
      if (origin != null) {
        republishedFrom.put(id, origin.id());
      }
    }
  }

  /**
   * Why a manifest's {@code file} cannot be a document ("does not exist next to the manifest", "is
   * a folder, not a file", ...), or null when it is a regular file (after links).
   */
  private static String fileType(Path path) {
    if (Files.isRegularFile(path)) {
      return null;
    }
    if (Files.isDirectory(path)) {
      return "is a folder, not a file";
    }
    if (Files.exists(path)) {
      return NOT_REGULAR;
    }
    return Files.isSymbolicLink(path) ? "is a link to a file that does not exist"
        : "does not exist next to the manifest";
  }

  /** A JSON error as a reader of the manifest understands it, with no parser class names. */
  private static String jsonProblem(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return "not valid JSON: nested deeper than " + MAX_NESTING + " levels";
    }
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith("Duplicate field '")) {
      return "duplicate key '" + message.substring("Duplicate field '".length(),
          message.lastIndexOf('\'')) + "'";
    }
    // Jackson's own location ("[Source: REDACTED ...]", the line is already given) and advice
    // ("enable `JsonReadFeature...` to allow", not something a manifest's author can do) go
    for (String tail : new String[] {" (start marker at [Source:", ": enable `", "\n"}) {
      int at = message == null ? -1 : message.indexOf(tail);
      if (at >= 0) {
        message = message.substring(0, at);
      }
    }
    return "not valid JSON: " + message;
  }

  /** The line on which {@code documents[index]} begins, or 0 when it cannot be told. */
  private static long documentLine(byte[] manifest, int index) {
    try (JsonParser p = JSON.createParser(manifest)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return 0;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("documents") && value == JsonToken.START_ARRAY) {
          for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            if (i == index) {
              return p.currentTokenLocation().getLineNr();
            }
            p.skipChildren();
          }
          return 0;
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
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

  /**
   * The file read as an HTML page, or null after recording why it was left out (unless strict):
   * not a regular file, unreadable or beyond a limit. What its markup declares and could not be
   * used (a date that is not one) is recorded in the warnings.
   */
  private HtmlPage readHtml(Path file) {
    byte[] bytes = readDocumentBytes(file);
    if (bytes == null) {
      return null;
    }
    HtmlPage page = HtmlPage.parse(bytes);
    for (String problem : page.problems()) {
      skipped.add(file + ": " + problem);
    }
    return page;
  }

  /**
   * The file's text, or null after recording why it was left out (unless strict): not a regular
   * file, unreadable, beyond a limit, or not UTF-8. The limits are checked on the file's size
   * before it is opened.
   */
  private String readText(Path file) {
    byte[] bytes = readDocumentBytes(file);
    if (bytes == null) {
      return null;
    }
    try {
      return decodeUtf8(file, bytes);
    } catch (FileProblem e) {
      corpusBytes -= bytes.length; // a document left out takes no room in the corpus
      if (options.strict()) {
        throw e;
      }
      skipped.add(e.getMessage());
      return null;
    }
  }

  /**
   * The bytes of a document's file, counted against the corpus's limits, or null after recording
   * why it was left out (unless strict): not a regular file, unreadable, or beyond a limit. The
   * limits are checked on the file's size before it is opened.
   */
  private byte[] readDocumentBytes(Path file) {
    try {
      if (documents.size() >= options.maxDocuments()) {
        leftOutByCount++;
        if (leftOutByCount > 1 && !options.strict()) {
          return null;
        }
        throw new FileProblem(file, 0, "", 0, "left out: the corpus already holds maxDocuments ("
            + options.maxDocuments() + ") documents");
      }
      long size = attributes(file).size();
      if (size <= options.maxDocumentBytes() && corpusBytes + size > options.maxCorpusBytes()) {
        throw new FileProblem(file, 0, "", 0, "left out: its " + size + " bytes would bring the"
            + " corpus to " + (corpusBytes + size) + ", more than maxCorpusBytes ("
            + options.maxCorpusBytes() + ")");
      }
      byte[] bytes = readBytes(file, options.maxDocumentBytes(), "maxDocumentBytes");
      if (corpusBytes + bytes.length > options.maxCorpusBytes()) {
        throw new FileProblem(file, 0, "", 0, "left out: it grew while read, beyond"
            + " maxCorpusBytes (" + options.maxCorpusBytes() + ")");
      }
      corpusBytes += bytes.length;
      return bytes;
    } catch (FileProblem e) {
      if (options.strict()) {
        throw e;
      }
      skipped.add(e.getMessage());
      return null;
    }
  }

  /**
   * Reads a file as strict UTF-8, naming the line of the first bad byte; refuses, before reading,
   * anything but a regular file and a file of more than {@link
   * CorpusReadOptions#DEFAULT_MAX_CORPUS_BYTES} bytes.
   */
  public static String readUtf8(Path file) {
    return readUtf8(file, CorpusReadOptions.DEFAULT_MAX_CORPUS_BYTES);
  }

  /**
   * Reads a file as strict UTF-8, naming the line of the first bad byte; refuses, before reading,
   * anything but a regular file and a file of more than {@code maxBytes} bytes.
   */
  public static String readUtf8(Path file, long maxBytes) {
    return decodeUtf8(file, readBytes(file, maxBytes, "the limit"));
  }

  /** The attributes of the file a path leads to (after links), or a problem saying why not. */
  private static BasicFileAttributes attributes(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new FileProblem(file, 0, "", 0, Files.isSymbolicLink(file)
          ? "is a link to a file that does not exist" : "does not exist", e);
    } catch (IOException e) {
      if (Files.isSymbolicLink(file) && e instanceof FileSystemException f
          && f.getReason() != null && f.getReason().contains("symbolic links")) {
        throw new FileProblem(file, 0, "", 0, "is a link that loops back on itself", e);
      }
      throw new FileProblem(file, 0, "", 0, "cannot be read: " + reason(e), e);
    }
  }

  /**
   * The bytes of a regular file of at most {@code maxBytes} bytes (named {@code limit} in the
   * problem): type and size are checked before the file is opened, and the stream read stops one
   * byte past the limit, so a file that grows meanwhile is refused too.
   */
  private static byte[] readBytes(Path file, long maxBytes, String limit) {
    BasicFileAttributes a = attributes(file);
    if (a.isDirectory()) {
      throw new FileProblem(file, 0, "", 0, "is a folder, not a file");
    }
    if (!a.isRegularFile()) {
      throw new FileProblem(file, 0, "", 0, NOT_REGULAR);
    }
    long max = Math.min(maxBytes, MAX_ARRAY - 1);
    if (a.size() > max) {
      throw new FileProblem(file, 0, "", 0,
          "is " + a.size() + " bytes, more than " + limit + " (" + max + ")");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) max + 1);
    } catch (IOException e) {
      throw new FileProblem(file, 0, "", 0, "cannot be read: " + reason(e), e);
    }
    if (bytes.length > max) {
      throw new FileProblem(file, 0, "", 0,
          "grew while read to more than " + limit + " (" + max + ") bytes");
    }
    return bytes;
  }

  /** Why an I/O operation failed, in words: "permission denied", the system's reason. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Decodes bytes as strict UTF-8, naming the line of the first bad byte. */
  private static String decodeUtf8(Path file, byte[] bytes) {
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
