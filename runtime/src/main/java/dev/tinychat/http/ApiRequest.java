package dev.tinychat.http;

import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonWriter;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One REST call, fully built before any I/O: method, expanded path and query, the encoded JSON
 * body, whether it is safe to repeat, and how to decode the response. Generated clients build
 * these; a retry sends the same bytes again.
 *
 * <p>CONTRACT (skeleton; the transport work fills the bodies). Generated code calls exactly:
 *
 * <pre>{@code
 * String key = ApiRequest.idempotencyKey(requestId);      // the caller's, or a random UUID
 * ApiRequest<Space> request = ApiRequest.post("/v1/spaces")
 *     .query("requestId", key)                              // null values are left out
 *     .body(json -> SpaceJson.write(json, space))           // encoded now, into bytes
 *     .retrySafe()                                          // carries an idempotency key
 *     .build(SpaceJson::read);
 * ApiRequest.get("/v1/{name}").pathParam("name", name)     // encoded per segment, '/' kept
 * }</pre>
 */
public final class ApiRequest<T> {
  private ApiRequest() {}

  /** The caller's idempotency key, or a random UUID when it is {@code null}. */
  public static String idempotencyKey(String given) { throw new UnsupportedOperationException(); }

  public static Builder get(String pathTemplate) { throw new UnsupportedOperationException(); }
  public static Builder post(String pathTemplate) { throw new UnsupportedOperationException(); }
  public static Builder put(String pathTemplate) { throw new UnsupportedOperationException(); }
  public static Builder patch(String pathTemplate) { throw new UnsupportedOperationException(); }
  public static Builder delete(String pathTemplate) { throw new UnsupportedOperationException(); }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private Builder() {}

    public Builder pathParam(String name, String value) { throw new UnsupportedOperationException(); }
    public Builder query(String name, String value) { throw new UnsupportedOperationException(); }
    public Builder body(Consumer<JsonWriter> body) { throw new UnsupportedOperationException(); }
    public Builder retrySafe() { throw new UnsupportedOperationException(); }
    public <T> ApiRequest<T> build(Function<JsonReader, T> decoder) { throw new UnsupportedOperationException(); }
  }
}
