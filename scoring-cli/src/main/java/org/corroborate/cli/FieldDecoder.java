package org.corroborate.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes fields of a byte line to strings: a fast path for pure ASCII, a strict UTF-8 decoder
 * (malformed and unmappable input reported, never replaced) otherwise. One instance per reader;
 * not thread-safe.
 */
final class FieldDecoder {
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /**
   * Returns bytes {@code [start, end)} as a string.
   *
   * @throws CharacterCodingException if they are not valid UTF-8
   */
  String decode(byte[] b, int start, int end) throws CharacterCodingException {
    for (int i = start; i < end; i++) {
      if (b[i] < 0) {
        decoder.reset();
        return decoder.decode(ByteBuffer.wrap(b, start, end - start)).toString();
      }
    }
    return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
  }

  /** Returns the 0-based offset, from {@code start}, of the first byte that is not valid UTF-8. */
  static int firstInvalid(byte[] b, int start, int end) {
    int i = start;
    while (i < end) {
      int c = b[i] & 0xff;
      int extra;
      int min;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        min = 0x10000;
      } else {
        return i - start;
      }
      if (i + extra >= end) {
        return i - start;
      }
      int cp = c & (0x3F >> extra);
      for (int k = 1; k <= extra; k++) {
        int cont = b[i + k] & 0xff;
        if ((cont & 0xC0) != 0x80) {
          return i - start;
        }
        cp = (cp << 6) | (cont & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i - start;
      }
      i += extra + 1;
    }
    return -1;
  }
}
