package dev.tinychat.http;

/**
 * The server answered with an error. The message is one line, e.g. {@code HTTP 409
 * ALREADY_EXISTS: Space with this display name already exists.}
 */
public final class ApiException extends ClientException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final ApiStatus status;
  private final String statusText;
  private final String errorMessage;
  private final String details;
  private final String reason;

  /**
   * An error answer. {@code statusText} is the body's status string ({@code null} or empty when it
   * had none: the status then follows from the HTTP status); {@code details} is the JSON text of
   * the {@code details} array or empty; {@code reason} may be {@code null}.
   */
  public ApiException(
      int httpStatus, String statusText, String errorMessage, String details, String reason) {
    super(message(httpStatus, statusText, errorMessage), null);
    this.httpStatus = httpStatus;
    this.statusText = statusText == null ? "" : statusText;
    this.status =
        this.statusText.isEmpty() ? ApiStatus.fromHttp(httpStatus) : ApiStatus.fromText(statusText);
    this.errorMessage = errorMessage == null ? "" : errorMessage;
    this.details = details == null ? "" : details;
    this.reason = reason;
  }

  private static String message(int httpStatus, String statusText, String errorMessage) {
    String status =
        statusText == null || statusText.isEmpty()
            ? ApiStatus.fromHttp(httpStatus).name()
            : statusText;
    String text = errorMessage == null ? "" : errorMessage.replaceAll("\\s+", " ").trim();
    return "HTTP " + httpStatus + " " + status + (text.isEmpty() ? "" : ": " + text);
  }

  /** The HTTP status, e.g. 409. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The canonical status: from the body's status text, else derived from the HTTP status. */
  public ApiStatus status() {
    return status;
  }

  /** The status string exactly as the body gave it, or empty when it gave none. */
  public String statusText() {
    return statusText;
  }

  /**
   * The server's message; when the body is not a Google error, a one-line excerpt of it (at most
   * 200 characters); empty for an empty body.
   */
  public String errorMessage() {
    return errorMessage;
  }

  /** The {@code details} array as compact JSON text, or empty when there was none. */
  public String details() {
    return details;
  }

  /**
   * The {@code reason} of a {@code google.rpc.ErrorInfo} detail, else of the legacy {@code
   * errors[0]}, else {@code null}.
   */
  public String reason() {
    return reason;
  }
}
