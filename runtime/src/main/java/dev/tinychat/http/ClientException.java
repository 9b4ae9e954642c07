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

  /**
   * {@code text} with each secret, and each start of one of at least 8 characters (what a cut-off
   * excerpt keeps of it), replaced by {@code <redacted>}; for the messages of subclasses.
   */
  protected static String redact(String text, String... secrets) {
    for (String secret : secrets) {
      int n = secret == null ? 0 : Math.min(8, secret.length());
      for (int i = text == null || n == 0 ? -1 : text.indexOf(secret.substring(0, n));
          i >= 0;
          i = text.indexOf(secret.substring(0, n), i + 10)) {
        int end = i + n;
        while (end < text.length() && end - i < secret.length()
            && text.charAt(end) == secret.charAt(end - i)) {
          end++;
        }
        text = text.substring(0, i) + "<redacted>" + text.substring(end);
      }
    }
    return text;
  }
}
