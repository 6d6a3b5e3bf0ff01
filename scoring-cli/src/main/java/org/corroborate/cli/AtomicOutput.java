package org.corroborate.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A command's output file, written all or nothing: the output goes to a temporary file in the
 * target's folder, which is moved over the target (atomically where the file system can) only
 * once the whole output is written, and deleted when writing fails. A failed run leaves no file,
 * and an existing file untouched; a reader never sees half a document.
 *
 * <p>The file keeps the permissions of the file it replaces, or gets {@code rw-r--r--}. A target
 * that is a symbolic link is replaced by the file, not written through. A target that is neither a
 * file nor a link (a device such as {@code /dev/null}, a named pipe) is written directly: moving a
 * file over it would replace the device itself for every program on the machine.
 */
final class AtomicOutput {
  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString(
      "rw-r--r--");

  /** Writes the whole output to a stream; may fail part-way. */
  @FunctionalInterface
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** Bytes buffered between the report and the file: reports run to hundreds of megabytes. */
  static final int BUFFER = 1 << 20;

  private AtomicOutput() {}

  /**
   * Fails early, before any work, when {@code target} cannot be written: its folder is missing or
   * it is a folder. {@code option} names the option in the message.
   */
  static void check(String option, Path target) {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new UsageException(option + " " + target + ": is a folder, not a file");
    }
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new UsageException(option + " " + target + ": the folder " + folder
          + " does not exist");
    }
  }

  /** Writes {@code body} to {@code target} all or nothing. */
  static void write(Path target, Body body) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)
        && !Files.isSymbolicLink(absolute)) {
      try (OutputStream out = new BufferedOutputStream(
          Files.newOutputStream(absolute, StandardOpenOption.WRITE), BUFFER)) {
        body.write(out);
      }
      return;
    }
    Path temporary = Files.createTempFile(absolute.getParent(),
        "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary),
          BUFFER)) {
        body.write(out);
      }
      permissions(temporary, absolute);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static void permissions(Path temporary, Path target) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions = NEW_FILE;
    if (Files.isRegularFile(target)) {
      permissions = Files.getPosixFilePermissions(target);
    }
    view.setPermissions(permissions);
  }
}
