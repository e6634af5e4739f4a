package org.debatescore.importers.consul;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Inputs;

/**
 * Chooses the charset of a CONSUL CSV file. The exporter writes ISO-8859-1, but files re-saved by
 * hand or by a portal are often UTF-8. Every byte sequence is valid ISO-8859-1, so the test goes
 * the other way: a file whose bytes are valid UTF-8 and contain at least one non-ASCII character is
 * read as UTF-8 (Latin-1 text with accents is almost never valid UTF-8); any other file is read as
 * ISO-8859-1. The whole file is scanned once, in constant memory.
 */
final class ConsulCharset {

  private ConsulCharset() {}

  /** UTF-8 or ISO-8859-1, see the class comment. */
  static Charset detect(InputFile file) {
    try (InputStream in = Inputs.open(file)) {
      byte[] buf = new byte[1 << 16];
      int pending = 0; // continuation bytes still expected
      boolean nonAscii = false;
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          int b = buf[i] & 0xFF;
          if (pending > 0) {
            if ((b & 0xC0) != 0x80) {
              return StandardCharsets.ISO_8859_1;
            }
            pending--;
          } else if (b >= 0x80) {
            nonAscii = true;
            if (b >= 0xC2 && b <= 0xDF) {
              pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
              pending = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
              pending = 3;
            } else {
              return StandardCharsets.ISO_8859_1;
            }
          }
        }
      }
      return nonAscii && pending == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    } catch (IOException e) {
      throw Inputs.failure(file, e);
    }
  }
}
