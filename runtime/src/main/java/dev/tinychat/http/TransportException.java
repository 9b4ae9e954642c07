package dev.tinychat.http;

/**
 * No usable answer arrived: the connection failed or timed out, or the wait between attempts was
 * interrupted. {@link #attempts()} says how many requests were sent.
 */
public final class TransportException extends ClientException {
  private static final long serialVersionUID = 1L;

  private final int attempts;

  public TransportException(String message, int attempts, Throwable cause) {
    super(message, cause);
    this.attempts = attempts;
  }

  /** How many times the request was sent before giving up. */
  public int attempts() {
    return attempts;
  }
}
