package org.debatescore.jena.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;

/** Reading whole inputs into memory, for the syntaxes whose processors need all of it. */
final class Inputs {

  private Inputs() {}

  /**
   * All the bytes of {@code in}, which reads from {@code limited}. Over the limit, a {@link
   * LimitExceededException} located at the line and column where the limit was reached.
   */
  static byte[] readAll(InputStream in, LimitedInputStream limited, String source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
    } catch (LimitedInputStream.LimitReachedException e) {
      throw new LimitExceededException(
          endOf(out.toByteArray(), source),
          "the input is larger than the limit of " + limited.max() + " bytes");
    } catch (IOException e) {
      throw new ParseException(
          endOf(out.toByteArray(), source),
          (limited.failure() instanceof java.util.zip.ZipException
                      || limited.failure() instanceof java.io.EOFException
                  ? "corrupt or truncated gzip data: "
                  : "cannot read the input: ")
              + ErrorMessages.clean(e.getMessage()),
          e);
    }
    return out.toByteArray();
  }

  /** The line and column just after {@code bytes} (UTF-8 text). */
  static SourceLocation endOf(byte[] bytes, String source) {
    long line = 1;
    long column = 1;
    for (byte b : bytes) {
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column++;
      }
    }
    return SourceLocation.of(source, line, column);
  }
}
