package dev.tinychat.sample.cli;

/** A command line the tool cannot run: exit code 2, before any request. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
