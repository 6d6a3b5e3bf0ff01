package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code corroborate} command: the news pipeline over a collection of documents (claims,
 * corroboration, contested propositions and source reliability: {@code score}), truth discovery
 * over structured observations ({@code discover}), the list of algorithms ({@code algorithms}) and
 * the stance of news bodies toward headlines ({@code stance}) and a verdict per claim from the
 * articles that carry it ({@code verify}).
 *
 * <p>Exit codes: 0 success; 2 bad usage or bad input, with a message on standard error naming the
 * file, line and field; 1 an unexpected failure (a bug), with its stack trace. Reports go to
 * standard output (or {@code --out}) as UTF-8 with {@code \n} line ends; notes and progress go to
 * standard error.
 */
@Command(
    name = "corroborate",
    mixinStandardHelpOptions = true,
    versionProvider = CorroborateCommand.Version.class,
    description = "Truth discovery and corroboration of claims from many sources, offline.",
    footer = {
      "",
      "Examples:",
      "  # the bundled seeds, as a text report",
      "  corroborate score",
      "  # a folder of articles, as JSON",
      "  corroborate score articles/ --format json --out report.json",
      "  # every truth-discovery algorithm, scored against gold values",
      "  corroborate discover claims.tsv --truth gold.tsv --summary",
      "  # one command's options and examples",
      "  corroborate help discover",
      "",
      "Exit codes: 0 done; 2 bad usage or input (the message names the file,",
      "line and field); 1 an internal error (a bug: please report it)."
    },
    subcommands = {
      DiscoverCommand.class,
      AlgorithmsCommand.class,
      ScoreCommand.class,
      StanceCommand.class,
      VerifyCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CorroborateCommand implements Runnable {
  /** Exit code of a successful run. */
  static final int OK = 0;
  /** Exit code of an unexpected failure. */
  static final int BUG = 1;
  /** Exit code of bad usage or bad input. */
  static final int BAD_INPUT = 2;

  @Spec private CommandSpec spec;

  private OutputStream stdout;
  private PrintWriter stderr;

  /** Creates the command; {@link #main} and the tests run it through {@link #execute}. */
  public CorroborateCommand() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    int code = execute(System.out, System.err, args);
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given streams and returns the exit code, without exiting: for
   * tests, here and in the modules that plug engines into the command line.
   *
   * @param out receives the report (standard output)
   * @param err receives notes, progress and errors (standard error)
   * @param args the command-line arguments
   * @return the exit code: {@value #OK}, {@value #BAD_INPUT} or {@value #BUG}
   */
  public static int execute(OutputStream out, OutputStream err, String... args) {
    CorroborateCommand root = new CorroborateCommand();
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    root.stdout = out;
    root.stderr = errWriter;
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(outWriter);
    commandLine.setErr(errWriter);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(CorroborateCommand::usageError);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> failure(e, cmd.getErr()));
    int code;
    try {
      code = commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
    return code;
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("corroborate: " + e.getMessage());
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return BAD_INPUT;
  }

  private static int failure(Exception e, PrintWriter err) {
    Throwable cause = e;
    if (e instanceof UncheckedIOException u) {
      cause = u.getCause();
    }
    if (cause instanceof InputFormatException || cause instanceof UsageException
        || cause instanceof org.corroborate.impl.io.CorpusFiles.FileProblem) {
      err.println("corroborate: " + cause.getMessage());
      err.flush();
      return BAD_INPUT;
    }
    if (cause instanceof java.nio.file.NoSuchFileException n) {
      err.println("corroborate: " + n.getFile() + ": no such file");
      err.flush();
      return BAD_INPUT;
    }
    if (cause instanceof java.nio.file.AccessDeniedException a) {
      err.println("corroborate: " + a.getFile() + ": permission denied");
      err.flush();
      return BAD_INPUT;
    }
    if (cause instanceof IOException io) {
      err.println("corroborate: input or output failed: " + io);
      err.flush();
      return BAD_INPUT;
    }
    err.println("corroborate: internal error (a bug; please report it with this trace):");
    e.printStackTrace(err);
    err.flush();
    return BUG;
  }

  /** Without a subcommand: reports the missing subcommand as bad usage. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing subcommand: expected one of "
            + String.join(", ", spec.subcommands().keySet()));
  }

  /** Standard output as bytes: reports are written to it as UTF-8. */
  OutputStream stdout() {
    return stdout;
  }

  /** Standard error, for notes, progress and errors. */
  PrintWriter stderr() {
    return stderr;
  }

  /** The version of this build, from the filtered {@code version.properties} resource. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = CorroborateCommand.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  /** Supplies {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"corroborate " + version()};
    }
  }
}
