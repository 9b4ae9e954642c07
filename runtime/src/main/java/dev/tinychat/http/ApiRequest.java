package dev.tinychat.http;

import dev.tinychat.internal.Shape;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One REST call, fully built before any I/O: method, expanded path and query, the encoded JSON
 * body, whether it is safe to repeat, and how to decode the response. Generated clients build
 * these; a retry sends the same bytes again.
 *
 * <p>Generated code calls exactly:
 *
 * <pre>{@code
 * String key = ApiRequest.idempotencyKey(requestId);      // the caller's, or a random UUID
 * ApiRequest<Space> request = ApiRequest.post("/v1/spaces")
 *     .query("requestId", key)                              // null values are left out
 *     .body(SpaceJson.SHAPE, space)                         // encoded now, into bytes
 *     .retrySafe()                                          // carries an idempotency key
 *     .build(SpaceJson.SHAPE);                              // how to decode the answer
 * ApiRequest.post("/v1/spaces:setup")                     // a body of several members:
 *     .member("space", space, SpaceJson.SHAPE)              // a resource, or a list of them
 *     .member("requestId", key)                             // a scalar; null ones left out
 * ApiRequest.get("/v1/{name}").pathParam("name", name)     // encoded per segment, '/' kept
 * ApiRequest.delete("/v1/{name}").pathParam("name", name)
 *     .build();                                             // empty answer: no body or {}
 * }</pre>
 *
 * @param <T> the decoded response
 */
public final class ApiRequest<T> {
  final String method;
  final String path;
  final String query;
  final byte[] body;
  final boolean retrySafe;
  final Function<JsonReader, T> decoder;
  /** Whether an empty body (e.g. 204) is read as {@code {}}. */
  final boolean emptyAnswer;

  private ApiRequest(Builder b, Function<JsonReader, T> decoder, boolean emptyAnswer) {
    this.method = b.method;
    this.path = b.path.toString();
    this.query = b.query.toString();
    this.body = b.body;
    this.retrySafe = b.retrySafe;
    this.decoder = decoder;
    this.emptyAnswer = emptyAnswer;
  }

  /** The caller's idempotency key, or a random UUID when it is {@code null} or empty. */
  public static String idempotencyKey(String given) {
    return given == null || given.isEmpty() ? UUID.randomUUID().toString() : given;
  }

  /** A GET; retried when it fails in a retryable way. */
  public static Builder get(String pathTemplate) {
    return new Builder("GET", pathTemplate).retrySafe();
  }

  /** A POST; retried only when marked {@link Builder#retrySafe()}. */
  public static Builder post(String pathTemplate) {
    return new Builder("POST", pathTemplate);
  }

  /** A PUT; retried only when marked {@link Builder#retrySafe()}. */
  public static Builder put(String pathTemplate) {
    return new Builder("PUT", pathTemplate);
  }

  /** A PATCH; retried only when marked {@link Builder#retrySafe()}. */
  public static Builder patch(String pathTemplate) {
    return new Builder("PATCH", pathTemplate);
  }

  /** A DELETE; retried when it fails in a retryable way. */
  public static Builder delete(String pathTemplate) {
    return new Builder("DELETE", pathTemplate).retrySafe();
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path with its parameters encoded, e.g. {@code /v1/spaces/AAA}. */
  public String path() {
    return path;
  }

  /** The encoded query without {@code ?}, e.g. {@code requestId=r%201}; empty when none. */
  public String query() {
    return query;
  }

  /** A copy of the UTF-8 JSON body, or {@code null} when there is none. */
  public byte[] body() {
    return body == null ? null : body.clone();
  }

  /** Whether a failed attempt may be sent again. */
  public boolean isRetrySafe() {
    return retrySafe;
  }

  /** Method and path, e.g. {@code POST /v1/spaces}; no query values. */
  @Override
  public String toString() {
    return method + " " + path;
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final String method;
    private final String template;
    private final StringBuilder path;
    private final StringBuilder query = new StringBuilder();
    private byte[] body;
    /** The object body's members so far ({@link #member}), or {@code null}. */
    private JsonWriter members;
    private boolean retrySafe;

    private Builder(String method, String template) {
      if (template == null || !template.startsWith("/")) {
        throw new IllegalArgumentException("path template must start with '/', got " + template);
      }
      this.method = method;
      this.template = template;
      this.path = new StringBuilder(template);
    }

    /**
     * Replaces {@code {name}} with {@code value}, each {@code /}-separated segment
     * percent-encoded. An empty value, or a {@code .} or {@code ..} segment, is an {@link
     * InvalidRequestException} naming the parameter.
     */
    public Builder pathParam(String name, String value) {
      String placeholder = "{" + name + "}";
      int at = path.indexOf(placeholder);
      if (at < 0) {
        throw new IllegalArgumentException("no " + placeholder + " left in " + template);
      }
      if (value == null || value.isEmpty()) {
        throw new InvalidRequestException(name, "must not be empty");
      }
      for (String segment : value.split("/", -1)) {
        if (segment.equals(".") || segment.equals("..")) {
          throw new InvalidRequestException(
              name, "\"" + segment + "\" is not allowed as a path segment, got \"" + value + "\"");
        }
      }
      path.replace(at, at + placeholder.length(), encode(name, value, true));
      return this;
    }

    /**
     * Adds {@code name=value}, both percent-encoded: an enum constant by its name, any other
     * value as {@link String#valueOf}; a {@code null} value is left out.
     */
    public Builder query(String name, Object value) {
      if (value != null) {
        query.append(query.length() == 0 ? "" : "&").append(encode(name, name, false)).append('=')
            .append(encode(name, value instanceof Enum<?> e ? e.name() : String.valueOf(value), false));
      }
      return this;
    }

    /** Encodes the JSON body now, once; every attempt sends these bytes. */
    public Builder body(Consumer<JsonWriter> body) {
      if (body == null) {
        throw new InvalidRequestException("body", "is null");
      }
      JsonWriter writer = JsonWriter.create();
      body.accept(writer);
      this.body = writer.toByteArray();
      return this;
    }

    /** Encodes {@code value} as the JSON body now, once: its fields sent in a request ({@code shape}). */
    public <V> Builder body(Shape<V> shape, V value) {
      return body(json -> shape.writeRequest(json, value));
    }

    /**
     * Adds member {@code name} to the JSON object body, a scalar: {@link #member(String, Object,
     * Shape)} without a shape.
     */
    public Builder member(String name, Object value) {
      return member(name, value, null);
    }

    /**
     * Adds member {@code name} to the JSON object body, encoded once by {@link #build}: {@code
     * value} written by {@code shape} when it is a resource, or as a JSON scalar (a {@code Long} as
     * an int64 string, an {@code Instant} as a timestamp, an enum constant by its name), and each
     * element so when it is a list; left out when {@code null}. The first member starts the body,
     * {@code {}} when each value is {@code null}.
     */
    public Builder member(String name, Object value, Shape<?> shape) {
      if (members == null) {
        members = JsonWriter.create().beginObject();
      }
      if (value != null) {
        members.name(name);
        if (value instanceof List<?> list) {
          members.beginArray();
          for (Object element : list) {
            write(element, shape);
          }
          members.endArray();
        } else {
          write(value, shape);
        }
      }
      return this;
    }

    @SuppressWarnings("unchecked") // generated code gives a shape the values of its resource
    private void write(Object value, Shape<?> shape) {
      JsonWriter json = members;
      if (value == null) {
        json.nullValue();
      } else if (shape != null) {
        ((Shape<Object>) shape).writeRequest(json, value);
      } else if (value instanceof Boolean b) {
        json.value((boolean) b);
      } else if (value instanceof Integer i) {
        json.value((long) i);
      } else if (value instanceof Long l) {
        json.int64(l);
      } else if (value instanceof Double d) {
        json.value((double) d);
      } else if (value instanceof Instant t) {
        json.timestamp(t);
      } else if (value instanceof JsonValue v) {
        v.write(json);
      } else {
        json.value(value instanceof Enum<?> e ? e.name() : value.toString());
      }
    }

    /** Marks the request as safe to repeat (it carries an idempotency key). */
    public Builder retrySafe() {
      retrySafe = true;
      return this;
    }

    /**
     * The request, decoding a successful response with {@code decoder}; a {@code {name}} never
     * replaced is an {@link IllegalStateException}.
     */
    public <T> ApiRequest<T> build(Function<JsonReader, T> decoder) {
      return checked(Objects.requireNonNull(decoder, "decoder"), false);
    }

    /** The request, decoding a successful response as {@code shape}'s resource. */
    public <T> ApiRequest<T> build(Shape<T> shape) {
      return checked(shape::read, false);
    }

    /** The request, whose successful answer is empty: {@link #buildEmpty buildEmpty(null)}. */
    public ApiRequest<Void> build() {
      return buildEmpty(null);
    }

    /**
     * The request, whose successful answer is empty (e.g. a delete, or a declared empty
     * resource): no body at all (e.g. 204), or a JSON object whose members are skipped (Google
     * answers {@code {}}); the call returns {@code answer}. Any other body is an {@link
     * InvalidResponseException}.
     */
    public <T> ApiRequest<T> buildEmpty(T answer) {
      return checked(json -> {
        json.beginObject();
        while (json.hasNext()) {
          json.nextName();
          json.skipValue();
        }
        json.endObject();
        return answer;
      }, true);
    }

    private <T> ApiRequest<T> checked(Function<JsonReader, T> decoder, boolean emptyAnswer) {
      if (members != null) {
        body = members.endObject().toByteArray();
      }
      int open = path.indexOf("{");
      if (open >= 0) {
        throw new IllegalStateException("path parameter "
            + path.substring(open, Math.max(open, path.indexOf("}", open)) + 1)
            + " of " + template + " was not set");
      }
      return new ApiRequest<>(this, decoder, emptyAnswer);
    }

    /**
     * {@code text} as UTF-8 with every byte but the unreserved characters ({@code A-Z a-z 0-9 - .
     * _ ~}) percent-encoded (RFC 3986); {@code /} is kept when {@code keepSlash}. A lone surrogate,
     * which UTF-8 cannot encode, is an {@link InvalidRequestException} naming {@code field}.
     */
    private static String encode(String field, String text, boolean keepSlash) {
      boolean plain = true;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new InvalidRequestException(field, "has a lone surrogate; only valid Unicode can be sent");
        }
        plain &= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
            || c == '-' || c == '.' || c == '_' || c == '~' || c == '/' && keepSlash;
      }
      if (plain) {
        return text;
      }
      StringBuilder out = new StringBuilder(text.length() + 16);
      for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
        int c = b & 0xff;
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
            || c == '-' || c == '.' || c == '_' || c == '~' || c == '/' && keepSlash) {
          out.append((char) c);
        } else {
          out.append('%').append("0123456789ABCDEF".charAt(c >> 4))
              .append("0123456789ABCDEF".charAt(c & 15));
        }
      }
      return out.toString();
    }
  }
}
