package org.debatescore.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.ParseException;
import org.debatescore.core.UnsupportedFormatException;
import org.debatescore.core.validation.ValidationException;
import org.debatescore.vocab.DebatescoreVocabulary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Entry point of the {@code debatescore} command-line tool. */
@Command(
    name = "debatescore",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Validate, convert, import and summarise public-debate data described with Debatescore.",
    subcommands = {
      ValidateCommand.class,
      ConvertCommand.class,
      ImportCommand.class,
      StatsCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes:",
      "  0  success (validate: no result at or above --fail-on)",
      "  1  validate: results at or above --fail-on; import: --fail-on-skipped and records were skipped,",
      "     or --validate and the output breaks a MUST rule",
      "  2  usage or input error (unreadable or unparseable file: file, line and column are given)",
      "  3  internal error (rerun with --verbose and report it)"
    })
public final class Main implements Runnable {

  @Option(
      names = {"-v", "--verbose"},
      description = "Print details of errors (stack traces) to stderr.",
      scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command.");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), null));
  }

  /**
   * Runs the tool in-process; used by {@link #main} and by tests.
   *
   * @param err where messages go; {@code null} for the process's stderr
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    PrintWriter errWriter =
        err != null ? err : new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Main main = new Main();
    CommandLine cmd = new CommandLine(main);
    cmd.setOut(out);
    cmd.setErr(errWriter);
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> handle(ex, main.verbose, errWriter));
    cmd.setParameterExceptionHandler(
        (ex, args2) -> {
          errWriter.println("debatescore: " + ex.getMessage());
          CommandLine failed = ex.getCommandLine();
          errWriter.println(
              "Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
          return ExitCode.INPUT_ERROR;
        });
    int code = cmd.execute(args);
    out.flush();
    errWriter.flush();
    return code;
  }

  /** Turns an exception into a message and an exit code: no stack trace unless --verbose. */
  static int handle(Exception ex, boolean verbose, PrintWriter err) {
    if (ex instanceof CliException cli) {
      err.println("debatescore: " + cli.getMessage());
      return cli.exitCode();
    }
    if (ex instanceof ParseException
        || ex instanceof UnsupportedFormatException
        || ex instanceof java.nio.file.NoSuchFileException
        || ex instanceof java.io.UncheckedIOException
        || ex instanceof java.io.IOException) {
      err.println("debatescore: " + describe(ex));
      if (verbose) {
        ex.printStackTrace(err);
      }
      return ExitCode.INPUT_ERROR;
    }
    if (ex instanceof DebatescoreException && !(ex instanceof ValidationException)) {
      err.println("debatescore: " + describe(ex));
      if (verbose) {
        ex.printStackTrace(err);
      }
      return ExitCode.INPUT_ERROR;
    }
    err.println("debatescore: internal error: " + describe(ex));
    if (verbose) {
      ex.printStackTrace(err);
    } else {
      err.println("Rerun with --verbose for details, and please report it.");
    }
    return ExitCode.INTERNAL_ERROR;
  }

  private static String describe(Throwable ex) {
    if (ex instanceof java.nio.file.NoSuchFileException nf) {
      return nf.getFile() + ": no such file";
    }
    if (ex instanceof java.io.UncheckedIOException u && u.getCause() != null) {
      return describe(u.getCause());
    }
    if (ex instanceof java.nio.file.AccessDeniedException ad) {
      return ad.getFile() + ": permission denied";
    }
    String message = ex.getMessage();
    return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
  }

  /** Prints the tool and vocabulary versions. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "debatescore " + DebatescoreVocabulary.VERSION,
        "vocabulary " + DebatescoreVocabulary.VERSION_IRI,
        "Java " + System.getProperty("java.version")
      };
    }
  }
}
