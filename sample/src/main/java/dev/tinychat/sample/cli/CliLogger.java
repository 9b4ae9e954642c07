package dev.tinychat.sample.cli;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The transport's log in the tool: its INFO lines (each retry, with its reason and delay) on
 * standard error with {@code --verbose}, none without; warnings and errors always. Never DEBUG.
 */
final class CliLogger implements System.Logger {
  private final PrintStream err;
  private final boolean verbose;

  CliLogger(PrintStream err, boolean verbose) {
    this.err = err;
    this.verbose = verbose;
  }

  @Override
  public String getName() {
    return "dev.tinychat.http";
  }

  @Override
  public boolean isLoggable(Level level) {
    return level.getSeverity() >= Level.WARNING.getSeverity()
        || verbose && level.getSeverity() >= Level.INFO.getSeverity();
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
    if (isLoggable(level)) {
      err.println(
          level.getName().toLowerCase(java.util.Locale.ROOT) + ": " + message
              + (thrown == null ? "" : " (" + thrown + ")"));
    }
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    log(level, bundle, params == null || params.length == 0 ? format
        : MessageFormat.format(format, params), (Throwable) null);
  }
}
