package dev.tinychat.http;

/**
 * Base of every failure a tinychat client reports after a request was handed to it: an error
 * answer from the server ({@link ApiException}), no answer ({@link TransportException}) or an
 * answer that could not be read ({@link InvalidResponseException}). Messages never hold a token.
 */
public class ClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a one-line message and an optional cause. */
  public ClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
