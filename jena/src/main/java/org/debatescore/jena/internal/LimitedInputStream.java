package org.debatescore.jena.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading, with an {@link IOException}, once more than {@code max} bytes were read, and
 * remembers any read failure: some parsers take an {@code IOException} for the end of the input,
 * which would make a truncated gzip stream or a broken connection look like a short document.
 */
public final class LimitedInputStream extends FilterInputStream {

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
  private IOException failure;

  public LimitedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  boolean exceeded() {
    return exceeded;
  }

  /** The first read failure other than the limit, or {@code null}. */
  IOException failure() {
    return failure;
  }

  private IOException failed(IOException e) {
    if (failure == null && !(e instanceof LimitReachedException)) {
      failure = e;
    }
    return e;
  }

  long count() {
    return count;
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
    int b;
    try {
      b = super.read();
    } catch (IOException e) {
      throw failed(e);
    }
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
    int n;
    try {
      n = super.read(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
    add(n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped;
    try {
      skipped = super.skip(n);
    } catch (IOException e) {
      throw failed(e);
    }
    add(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
