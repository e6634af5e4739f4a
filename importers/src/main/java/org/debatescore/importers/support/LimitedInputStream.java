package org.debatescore.importers.support;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.SourceLocation;

/** Fails with a {@link LimitExceededException} once more than a set number of bytes is read. */
class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private final String name;
  private long count;

  LimitedInputStream(InputStream in, long limit, String name) {
    super(in);
    this.limit = limit;
    this.name = name;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  private void add(long n) {
    count += n;
    if (count > limit) {
      throw new LimitExceededException(
          SourceLocation.unknown(name),
          "more than "
              + limit
              + " bytes (the input size limit; raise it with --max-input if the file is genuine)");
    }
  }
}
