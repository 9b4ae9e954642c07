package dev.tinychat.auth;

import dev.tinychat.http.ClientException;

/**
 * Credentials could not be had: a key or client file of the wrong shape, a token endpoint that
 * refused or could not be reached, a consent that was not given. The message says what went wrong,
 * where, and what to do; it never holds a secret. A {@link ClientException}, as the transport
 * throws it when it cannot get a token for a call.
 */
public final class CredentialsException extends ClientException {
  private static final long serialVersionUID = 1L;

  private final String error;

  CredentialsException(String message) {
    this(message, null, null);
  }

  CredentialsException(String message, String error, Throwable cause) {
    super(message, cause);
    this.error = error;
  }

  /**
   * The OAuth error code the token endpoint answered ({@code invalid_grant}, {@code
   * invalid_client}, ...), or {@code null} when the failure was not such an answer.
   */
  public String error() {
    return error;
  }

  /** {@code text} without the secrets (see {@link ClientException#redact}). */
  static String redacted(String text, String... secrets) {
    return redact(text, secrets);
  }
}
