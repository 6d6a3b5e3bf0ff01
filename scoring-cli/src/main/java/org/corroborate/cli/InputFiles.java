package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Resolves a path argument to the files to read: the file itself, or a folder's files. */
final class InputFiles {
  private InputFiles() {}

  /**
   * Returns {@code path} itself when it is a file, or the regular, non-hidden files directly in it,
   * sorted by file name, when it is a folder.
   *
   * @throws InputFormatException if the path does not exist, is unreadable, or is an empty folder
   */
  static List<Path> list(Path path) throws IOException {
    return list(path, warning -> {});
  }

  /**
   * As {@link #list(Path)}, and tells {@code warnings} of each link in the folder that dangles or
   * loops (skipped, not silently).
   */
  static List<Path> list(Path path, Consumer<String> warnings) throws IOException {
    if (Files.isRegularFile(path)) {
      if (!Files.isReadable(path)) {
        throw new InputFormatException(path, 0, "", 0, "file is not readable");
      }
      return List.of(path);
    }
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new InputFormatException(path, 0, "", 0,
          "is not a regular file (a device, pipe or socket)");
    }
    if (!Files.isDirectory(path)) {
      throw new InputFormatException(path, 0, "", 0, "no such file or folder");
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(path)) {
      entries
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .forEach(p -> {
            if (Files.isRegularFile(p)) {
              files.add(p);
            } else if (Files.isSymbolicLink(p) && !Files.exists(p)) {
              warnings.accept(p + ": " + brokenLink(p) + "; skipped");
            }
          });
    }
    files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    if (files.isEmpty()) {
      throw new InputFormatException(path, 0, "", 0, "folder holds no files to read");
    }
    return List.copyOf(files);
  }

  /** Why a link leads nowhere: it dangles or loops. */
  private static String brokenLink(Path link) {
    try {
      link.toRealPath();
      return "is a link that cannot be followed";
    } catch (NoSuchFileException e) {
      return "is a link to a file that does not exist";
    } catch (FileSystemException e) {
      return e.getReason() != null && e.getReason().contains("symbolic links")
          ? "is a link that loops back on itself" : "is a link that cannot be followed: "
              + e.getReason();
    } catch (IOException e) {
      return "is a link that cannot be followed";
    }
  }
}
