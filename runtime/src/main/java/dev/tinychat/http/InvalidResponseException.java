package dev.tinychat.http;

/**
 * The server answered, but the answer could not be read: a successful body that is not the
 * expected JSON (the cause is then the {@link dev.tinychat.json.JsonException} with its position),
 * a body over the size limit, or broken gzip.
 */
public final class InvalidResponseException extends ClientException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;

  public InvalidResponseException(int httpStatus, String message, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
  }

  /** The HTTP status of the unreadable answer. */
  public int httpStatus() {
    return httpStatus;
  }
}
