package dev.lapse.scenario;

/**
 * A scenario file that cannot be read, located at the offending node. {@link #getMessage()}
 * is one line: {@code relaunch.yaml:9:5: unknown step 'lanch'; expected one of: ...}.
 */
public final class ScenarioException extends RuntimeException {
  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * @param line 1-based, or 0 when the problem is with the file as a whole (unreadable)
   * @param column 1-based, or 0 likewise
   */
  public ScenarioException(String file, int line, int column, String problem) {
    super(line > 0 ? file + ":" + line + ":" + column + ": " + problem : file + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The message without the location: what was found and what was expected. */
  public String problem() {
    return problem;
  }
}
