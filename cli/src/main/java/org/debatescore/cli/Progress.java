package org.debatescore.cli;

import java.io.PrintStream;

/**
 * A one-line progress indicator on stderr, shown only when stderr is a terminal so that logs and CI
 * output stay clean. Updates are throttled to a few per second.
 */
final class Progress implements AutoCloseable {
  private static final long INTERVAL_NANOS = 250_000_000L;
  private static final char[] SPINNER = {'|', '/', '-', '\\'};

  private final PrintStream err;
  private final boolean enabled;
  private final String label;
  private long lastUpdate;
  private int tick;
  private boolean shown;

  private Progress(PrintStream err, boolean enabled, String label) {
    this.err = err;
    this.enabled = enabled;
    this.label = label;
  }

  /** A progress line for {@code label}; silent when stderr is not a terminal. */
  static Progress start(String label) {
    return new Progress(System.err, System.console() != null, label);
  }

  /** Reports {@code count} items done so far; cheap to call for every item. */
  void update(long count, String unit) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastUpdate < INTERVAL_NANOS) {
      return;
    }
    lastUpdate = now;
    shown = true;
    err.print("\r" + SPINNER[tick++ % SPINNER.length] + " " + label + ": " + count + " " + unit);
    err.flush();
  }

  /** Shows a status without a count. */
  void status(String text) {
    if (!enabled) {
      return;
    }
    shown = true;
    err.print("\r" + SPINNER[tick++ % SPINNER.length] + " " + label + ": " + text + "   ");
    err.flush();
  }

  @Override
  public void close() {
    if (enabled && shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
