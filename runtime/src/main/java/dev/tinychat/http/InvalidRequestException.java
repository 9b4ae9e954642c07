package dev.tinychat.http;

/**
 * A request refused before any I/O: a field that breaks a declared rule. The message names the
 * field path and the rule, e.g. {@code space.displayName: at most 128 characters, got 130}.
 */
public final class InvalidRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidRequestException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** The path of the offending field, e.g. {@code space.displayName}. */
  public String field() {
    return field;
  }
}
