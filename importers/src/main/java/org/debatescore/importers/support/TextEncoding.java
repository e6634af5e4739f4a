package org.debatescore.importers.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Chooses the charset of an exported text file when the format does not say it: UTF-8 when its
 * bytes are valid UTF-8, otherwise a single-byte fallback (ISO-8859-1 for CONSUL, windows-1252 for
 * French portals). Every byte sequence is valid in those fallbacks, so the test goes the other way:
 * Latin-1 text with accents is almost never valid UTF-8. The whole file is scanned once, in
 * constant memory.
 */
public final class TextEncoding {

  private TextEncoding() {}

  /**
   * UTF-8 when {@code file} is valid UTF-8 with at least one non-ASCII character, else {@code
   * fallback} (pure ASCII reads the same in both).
   */
  public static Charset detect(InputFile file, Charset fallback) {
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
              return fallback;
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
              return fallback;
            }
          }
        }
      }
      return nonAscii && pending == 0 ? StandardCharsets.UTF_8 : fallback;
    } catch (IOException e) {
      throw Inputs.failure(file, e);
    }
  }
}
