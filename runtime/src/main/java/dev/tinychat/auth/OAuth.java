package dev.tinychat.auth;

import dev.tinychat.json.JsonException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonToken;
import java.io.IOException;
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
    HttpResponse<byte[]> response;
    try {
      response =
          CLIENT.send(
              HttpRequest.newBuilder(endpoint)
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new CredentialsException(
          "Could not reach the token endpoint " + endpoint + ": " + e, null, e);
    }
    String where = "The token endpoint " + endpoint + " answered HTTP " + response.statusCode();
    OAuth answer;
    try {
      answer = parse(response.body(), where);
    } catch (CredentialsException notJson) {
      // Not JSON, so not a token: an excerpt helps and holds no secret of ours.
      String text = new String(response.body(), StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
      throw new CredentialsException(
          where + " (" + response.headers().firstValue("Content-Type").orElse("no Content-Type")
              + ") instead of a JSON token answer: "
              + (text.length() > 160 ? text.substring(0, 160) + "..." : text));
    }
    if (response.statusCode() / 100 == 2 && !answer.members.containsKey("error")) {
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
    throw new CredentialsException(
        where + ": " + error + (description == null ? "" : " (" + description + ")") + ". "
            + (error.equals("invalid_grant") ? hint
                : error.equals("invalid_client") ? "Check the OAuth client id and secret."
                : ""),
        error,
        null);
  }

  /** The token in a successful answer; its scopes are the granted ones, else {@code asked}. */
  AccessToken token(Clock clock, Collection<String> asked) {
    Long expiresIn = optLong("expires_in");
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

  /** A whole number, or {@code null} when absent. */
  Long optLong(String name) {
    Object value = members.get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Double) {
      return ((Double) value).longValue();
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
