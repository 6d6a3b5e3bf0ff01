package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file as lines of bytes, fast: one large buffer, lines split on {@code '\n'} with a
 * trailing {@code '\r'} removed, a UTF-8 byte-order mark at the start of the file skipped. No
 * decoding happens here; callers find their separators at byte level and decode only the fields
 * they keep.
 */
final class ByteLines {
  private static final int BUFFER_SIZE = 1 << 20;

  /** Receives each line as a slice of a shared buffer that is valid only during the call. */
  @FunctionalInterface
  interface Handler {
    /**
     * Handles bytes {@code [start, end)} of {@code buffer}, line {@code lineNumber} (from 1).
     *
     * @return false to stop reading
     */
    boolean line(byte[] buffer, int start, int end, long lineNumber);
  }

  /**
   * A handler that may keep lines for later: {@link #flush} is called before the buffer's bytes
   * are moved or overwritten, and after the last line.
   */
  @FunctionalInterface
  interface BufferedHandler extends Handler {
    /** Finishes with every line passed so far. */
    default void flush() {}
  }

  private ByteLines() {}

  /** Calls {@code handler} for each line of {@code file}, in order, until it returns false. */
  static void forEach(Path file, Handler handler) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      forEach(in, handler);
    }
  }

  /** Calls {@code handler} for each line of {@code in}, in order, until it returns false. */
  static void forEach(InputStream in, Handler handler) throws IOException {
    byte[] buf = new byte[BUFFER_SIZE];
    int filled = 0;
    int lineStart = 0;
    long lineNumber = 0;
    boolean first = true;
    while (true) {
      if (lineStart > 0) {
        System.arraycopy(buf, lineStart, buf, 0, filled - lineStart);
        filled -= lineStart;
        lineStart = 0;
      } else if (filled == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int scanFrom = filled;
      int n = in.read(buf, filled, buf.length - filled);
      if (n < 0) {
        break;
      }
      filled += n;
      if (first && filled >= 3) {
        first = false;
        if ((buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
          lineStart = 3;
          scanFrom = Math.max(scanFrom, 3);
        }
      }
      for (int i = scanFrom; i < filled; i++) {
        if (buf[i] == '\n') {
          int end = i > lineStart && buf[i - 1] == '\r' ? i - 1 : i;
          if (!handler.line(buf, lineStart, end, ++lineNumber)) {
            return;
          }
          lineStart = i + 1;
        }
      }
    }
    if (filled > lineStart) {
      int end = buf[filled - 1] == '\r' ? filled - 1 : filled;
      handler.line(buf, lineStart, end, ++lineNumber);
    }
  }

  /** Whether bytes {@code [start, end)} are empty or only spaces and tabs. */
  static boolean isBlank(byte[] b, int start, int end) {
    for (int i = start; i < end; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Whether the line is a comment: its first byte is {@code '#'}. */
  static boolean isComment(byte[] b, int start, int end) {
    return end > start && b[start] == '#';
  }
}
