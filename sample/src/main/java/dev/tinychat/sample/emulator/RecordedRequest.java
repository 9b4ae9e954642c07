package dev.tinychat.sample.emulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request as the emulator received it, for wire-compatibility tests.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the raw (still percent-encoded) path, e.g. {@code /v1/spaces:setup}
 * @param query the raw query string without {@code ?}, or {@code ""} when there was none
 * @param headers the request headers with lower-case names; the {@code
 *     authorization} header is never recorded
 * @param body the body after removing any {@code Content-Encoding: gzip}
 */
public record RecordedRequest(
    String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

  public RecordedRequest {
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  /** A copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The first value of a header (name in any case), or {@code null}. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordedRequest that
        && method.equals(that.method)
        && path.equals(that.path)
        && query.equals(that.query)
        && headers.equals(that.headers)
        && java.util.Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(method, path, query, headers, java.util.Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " (" + body.length
        + " bytes)";
  }
}
