package dev.tinychat.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;

/** Form POSTs to an OAuth 2 token endpoint, and what they answer. */
final class TokenEndpoint {
  /** Google's token endpoint. */
  static final URI GOOGLE = URI.create("https://oauth2.googleapis.com/token");

  /** How long a token request may take unless a builder says otherwise. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private TokenEndpoint() {}

  private static final class Client {
    static final HttpClient INSTANCE =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
  }

  /**
   * Posts the form (name, value, name, value, ...) and returns the answer, which has an access
   * token. A refusal becomes a {@link CredentialsException} ending with {@code hint} for {@code
   * invalid_grant}, the error that means "this grant (refresh token, code, key) is no good".
   */
  static JsonFields post(URI endpoint, Duration timeout, String hint, String... form) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form(form)))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = Client.INSTANCE.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new CredentialsException(
          "Could not reach the token endpoint " + endpoint + ": " + e, null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CredentialsException(
          "Interrupted while waiting for the token endpoint " + endpoint, null, e);
    }
    int status = response.statusCode();
    String where = "The token endpoint " + endpoint + " answered HTTP " + status;
    JsonFields answer;
    try {
      answer = JsonFields.parse(response.body(), where);
    } catch (CredentialsException notJson) {
      // Not JSON, so not a token answer: an excerpt helps and holds no secret of ours.
      throw new CredentialsException(
          where + " ("
              + response.headers().firstValue("Content-Type").orElse("no Content-Type")
              + ") instead of a JSON token answer: "
              + excerpt(response.body()));
    }
    boolean refused = answer.names().contains("error");
    if (status / 100 == 2 && !refused) {
      answer.string("access_token");
      return answer;
    }
    String error;
    String description;
    JsonFields nested = answer.isObject("error") ? answer.object("error") : null;
    if (nested != null) { // Google's API error shape: {"error": {"status": ..., "message": ...}}
      error = nested.optString("status");
      description = nested.optString("message");
    } else {
      error = answer.optString("error");
      description = answer.optString("error_description");
    }
    if (error == null) {
      throw new CredentialsException(where + " without an access token or an OAuth error");
    }
    String advice =
        error.equals("invalid_grant")
            ? hint
            : error.equals("invalid_client")
                ? "Check the OAuth client id and secret."
                : error.equals("unauthorized_client")
                    ? "The client may not use this grant; for a service account with a subject,"
                        + " grant it domain-wide delegation of these scopes."
                    : "";
    throw new CredentialsException(
        where + ": " + error + (description == null ? "" : " (" + description + ")") + ". "
            + advice,
        error,
        null);
  }

  /** The token in a successful answer; its scopes are the granted ones, else {@code asked}. */
  static AccessToken token(JsonFields answer, Clock clock, Collection<String> asked) {
    Long expiresIn = answer.optLong("expires_in");
    String scope = answer.optString("scope");
    return new AccessToken(
        answer.string("access_token"),
        expiresIn == null ? null : clock.instant().plusSeconds(expiresIn),
        scope == null ? Set.copyOf(asked) : scopes(scope));
  }

  /** The scopes of a space-separated list. */
  static Set<String> scopes(String spaceSeparated) {
    Set<String> scopes = new LinkedHashSet<>(Arrays.asList(spaceSeparated.trim().split("\\s+")));
    scopes.remove("");
    return scopes;
  }

  /** {@code application/x-www-form-urlencoded} of name, value, name, value, ... */
  static String form(String... pairs) {
    StringJoiner form = new StringJoiner("&");
    for (int i = 0; i < pairs.length; i += 2) {
      form.add(
          URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return form.toString();
  }

  /** Base64url without padding, as JWTs and PKCE use it. */
  static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String excerpt(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
    return text.isEmpty() ? "(empty)" : text.length() > 160 ? text.substring(0, 160) + "..." : text;
  }
}
