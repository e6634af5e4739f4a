package org.debatescore.cli;

/**
 * The exit codes of {@code debatescore}, documented in README.md. They separate "the data has
 * problems" from "the tool could not do its job", which CI jobs need to tell apart.
 */
public final class ExitCode {
  /** Success; for {@code validate}: no result at or above {@code --fail-on}. */
  public static final int OK = 0;

  /** {@code validate} found results at or above the {@code --fail-on} severity. */
  public static final int INVALID = 1;

  /** Usage or input error: bad option, unreadable or unparseable file (message gives the place). */
  public static final int INPUT_ERROR = 2;

  /** Internal error: a bug in Debatescore or its engine; rerun with --verbose and report it. */
  public static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
