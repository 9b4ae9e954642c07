package dev.tinychat.auth;

import dev.tinychat.json.JsonException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OAuth 2 plumbing the credentials share: form POSTs to a token endpoint (static methods),
 * and the members of one JSON object as read from a key file, a client file, a token file or a
 * token endpoint's answer (an instance): objects, strings and numbers are kept, other values
 * skipped. Errors name the source ({@code where}) and the field, never a value.
 */
final class OAuth {
  /** Google's token endpoint. */
  static final URI GOOGLE = URI.create("https://oauth2.googleapis.com/token");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
  /** How long a token request may take, its answer's body included; tests shorten it. */
  static volatile Duration timeout = Duration.ofSeconds(30);
  /** The most bytes of an answer: a token answer has a few hundred. */
  static final int MAX_ANSWER = 64 * 1024;
  /** The form fields whose values are secrets. */
  private static final String SECRETS = " refresh_token client_secret assertion code code_verifier ";

  private final Map<String, Object> members = new LinkedHashMap<>();
  private final String where;
  private final String prefix;

  private OAuth(String where, String prefix) {
    this.where = where;
    this.prefix = prefix;
  }

  /**
   * Posts the form (name, value, name, value, ...) and returns the answer, which has an access
   * token. A refusal becomes a {@link CredentialsException}; {@code hint} tells what to do about
   * {@code invalid_grant}, the error that means "this refresh token, code or key is no good".
   */
  static OAuth post(URI endpoint, String hint, String... form) {
    // The secrets sent, which the endpoint may echo: none of them goes into a message.
    String[] secrets = new String[form.length];
    for (int i = 1; i < form.length; i += 2) {
      if (SECRETS.contains(" " + form[i - 1] + " ")) {
        secrets[i - 1] = form[i];
        secrets[i] = form[i].substring(form[i].lastIndexOf('.') + 1); // a JWT's signature
      }
    }
    HttpResponse<InputStream> response;
    byte[] body;
    Duration limit = timeout;
    long deadline = System.nanoTime() + limit.toNanos();
    CompletableFuture<HttpResponse<InputStream>> sent =
        CLIENT.sendAsync(
            HttpRequest.newBuilder(endpoint)
                .timeout(limit)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    try {
      // The whole answer within the timeout: closing the stream ends a read that waits.
      response = sent.get(limit.toNanos(), TimeUnit.NANOSECONDS);
      try (InputStream in = response.body()) {
        CompletableFuture.delayedExecutor(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)
            .execute(() -> close(in));
        body = in.readNBytes(MAX_ANSWER + 1);
      }
      if (body.length > MAX_ANSWER) {
        throw new IOException("an answer over " + MAX_ANSWER + " bytes");
      }
    } catch (ExecutionException | InterruptedException | TimeoutException | IOException e) {
      sent.cancel(true);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new CredentialsException(
          CredentialsException.redacted("Could not reach the token endpoint " + endpoint + ": "
              + (System.nanoTime() - deadline >= 0 ? "no complete answer within " + limit
                  : e instanceof ExecutionException ? e.getCause() : e),
              secrets),
          null, null);
    }
    return answer("The token endpoint " + endpoint + " answered HTTP " + response.statusCode(),
        response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), body,
        hint, secrets);
  }

  /**
   * The token answer in {@code body}, or the {@link CredentialsException} it means; no message
   * holds one of the {@code secrets}.
   */
  static OAuth answer(
      String where, int status, String contentType, byte[] body, String hint, String... secrets) {
    OAuth answer;
    try {
      answer = parse(body, where);
    } catch (CredentialsException notJson) {
      // Not JSON, so not a token: an excerpt helps (without the secrets sent).
      String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
      throw new CredentialsException(CredentialsException.redacted(
          where + " (" + (contentType == null ? "no Content-Type" : contentType)
              + ") instead of a JSON token answer: "
              + (text.length() > 160 ? text.substring(0, 160) + "..." : text), secrets));
    }
    if (status / 100 == 2 && !answer.members.containsKey("error")) {
      answer.string("access_token");
      return answer;
    }
    // OAuth's {"error": "invalid_grant", "error_description": ...}, or Google's API error shape
    OAuth api = answer.isObject("error") ? answer.object("error") : null;
    String error = api != null ? api.optString("status") : answer.optString("error");
    if (error == null) {
      throw new CredentialsException(where + " without an access token or an OAuth error");
    }
    String description = api != null ? api.optString("message") : answer.optString("error_description");
    error = CredentialsException.redacted(error, secrets);
    throw new CredentialsException(
        where + ": " + error
            + (description == null ? "" : " (" + CredentialsException.redacted(description, secrets) + ")")
            + ". "
            + (error.equals("invalid_grant") ? hint
                : error.equals("invalid_client") ? "Check the OAuth client id and secret."
                : ""),
        error,
        null);
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // closed anyway
    }
  }

  /** The token in a successful answer; its scopes are the granted ones, else {@code asked}. */
  AccessToken token(Clock clock, Collection<String> asked) {
    Long expiresIn = optSeconds("expires_in");
    String scope = optString("scope");
    return new AccessToken(
        string("access_token"),
        expiresIn == null ? null : clock.instant().plusSeconds(expiresIn),
        scope == null ? Set.copyOf(asked) : scopes(scope));
  }

  /** The scopes of a space-separated list. */
  static Set<String> scopes(String spaceSeparated) {
    Set<String> scopes = new LinkedHashSet<>(Arrays.asList(spaceSeparated.split(" ")));
    scopes.remove("");
    return scopes;
  }

  /** The scopes asked for, at least one. */
  static Set<String> scopes(Collection<String> scopes) {
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("no scopes: name at least one");
    }
    return new LinkedHashSet<>(scopes);
  }

  /** {@code application/x-www-form-urlencoded} of name, value, name, value, ... */
  static String form(String... pairs) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      form.append(i == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return form.toString();
  }

  /** Base64url without padding, as JWTs and PKCE use it. */
  static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The object in a file. */
  static OAuth read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CredentialsException(file + " does not exist");
    } catch (IOException e) {
      throw new CredentialsException("Could not read " + file + ": " + e, null, e);
    }
    return parse(bytes, file.toString());
  }

  /** The object in a JSON document. */
  static OAuth parse(byte[] json, String where) {
    try {
      JsonReader reader = JsonReader.of(json);
      if (reader.peek() != JsonToken.BEGIN_OBJECT) {
        throw new CredentialsException(where + " is not a JSON object");
      }
      OAuth fields = object(reader, where, "");
      reader.endDocument();
      return fields;
    } catch (JsonException e) {
      // The reader's own message may quote the input, which may be a secret: position only.
      throw new CredentialsException(
          where + " is not valid JSON (" + e.kind().name().toLowerCase(Locale.ROOT) + " error at line "
              + e.line() + " column " + e.column() + " path " + e.path() + ")");
    }
  }

  private static OAuth object(JsonReader reader, String where, String prefix) {
    OAuth fields = new OAuth(where, prefix);
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      JsonToken next = reader.peek();
      Object value = null;
      if (next == JsonToken.BEGIN_OBJECT) {
        value = object(reader, where, prefix + name + ".");
      } else if (next == JsonToken.STRING) {
        value = reader.nextString();
      } else if (next == JsonToken.NUMBER) {
        value = reader.nextDouble();
      } else {
        reader.skipValue();
      }
      fields.members.put(name, value);
    }
    reader.endObject();
    return fields;
  }

  /** A string that must be there and not be empty. */
  String string(String name) {
    String value = optString(name);
    if (value == null || value.isEmpty()) {
      throw new CredentialsException(where + ": missing field \"" + prefix + name + "\"");
    }
    return value;
  }

  /** A string, or {@code null} when absent. */
  String optString(String name) {
    Object value = members.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw wrongType(name, "a string");
  }

  /**
   * A number of seconds, or {@code null} when absent; held within 0 and 2^36 (2,177 years), so that
   * adding it to any instant of these centuries cannot overflow.
   */
  Long optSeconds(String name) {
    Object value = members.get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Double) {
      return Math.max(0, Math.min(((Double) value).longValue(), 1L << 36));
    }
    throw wrongType(name, "a number");
  }

  /** A nested object, or {@code null} when absent. */
  OAuth object(String name) {
    Object value = members.get(name);
    if (value == null || value instanceof OAuth) {
      return (OAuth) value;
    }
    throw wrongType(name, "an object");
  }

  boolean isObject(String name) {
    return members.get(name) instanceof OAuth;
  }

  Set<String> names() {
    return members.keySet();
  }

  private CredentialsException wrongType(String name, String expected) {
    return new CredentialsException(
        where + ": field \"" + prefix + name + "\" must be " + expected);
  }
}
