package org.debatescore.rdf4j.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading, with an {@link IOException}, once more than {@code max} bytes were read. */
final class LimitedInputStream extends FilterInputStream {

  /** Thrown inside the parser; the reader turns it into a LimitExceededException. */
  static final class LimitReachedException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitReachedException(long max) {
      super("input is larger than the limit of " + max + " bytes");
    }
  }

  private final long max;
  private long count;
  private boolean exceeded;

  LimitedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  boolean exceeded() {
    return exceeded;
  }

  long max() {
    return max;
  }

  private void add(long n) throws LimitReachedException {
    if (n > 0) {
      count += n;
      if (count > max) {
        exceeded = true;
        throw new LimitReachedException(max);
      }
    }
  }

  @Override
  public int read() throws IOException {
    if (exceeded) {
      throw new LimitReachedException(max);
    }
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (exceeded) {
      throw new LimitReachedException(max);
    }
    int n = super.read(b, off, len);
    add(n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    add(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
