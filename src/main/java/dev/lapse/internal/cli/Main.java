package dev.lapse.internal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lapse} command: run scenarios, fuzz refresh timing, serve the fake AWS. */
@Command(name = "lapse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Lapse tests code that holds temporary AWS credentials. It runs a fake "
        + "AWS (Cognito Identity, STS, S3, developer backend) on a virtual clock, "
        + "drives a credentials provider through an app's life, and proves it "
        + "never sent an expired token.",
    subcommands = {RunCommand.class, FuzzCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code when every judged run passed. */
  public static final int PASSED = 0;
  /** Exit code when a run failed a check (a finding about the provider). */
  public static final int FAILED = 1;
  /** Exit code for bad input: a malformed scenario, an unknown provider, a bad option. */
  public static final int BAD_INPUT = 2;
  /** Exit code when nothing failed but a run could not be judged (a step was cut off). */
  public static final int INCONCLUSIVE = 3;
  /** Exit code when Lapse itself failed (a bug in Lapse, not a finding). */
  public static final int INTERNAL_ERROR = 4;
  /** Exit code of {@code ./lapse} when the project does not compile. */
  public static final int BUILD_FAILED = 5;
  /**
   * Exit code when the JVM was ended before the runs finished: a provider called
   * {@code System.exit} (with any code: a shutdown hook cannot read it) or, seen by the
   * {@code ./lapse} launcher, {@code Runtime.halt(0)}. Never 0: that made CI green.
   */
  public static final int ENDED_EARLY = 6;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (tests call this). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("lapse: internal error (please report it): "
          + e.getClass().getSimpleName() + ": " + e.getMessage());
      return INTERNAL_ERROR;
    });
    cli.setParameterExceptionHandler((e, args1) -> {
      e.getCommandLine().getErr().println("lapse: " + e.getMessage());
      e.getCommandLine().getErr().println("Try 'lapse " + e.getCommandLine().getCommandName()
          + " --help'.");
      return BAD_INPUT;
    });
    return cli.execute(args);
  }
}
