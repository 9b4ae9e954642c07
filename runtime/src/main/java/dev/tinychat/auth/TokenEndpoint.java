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

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

  private TokenEndpoint() {}

  /** A refresh grant. */
  static JsonFields refresh(URI endpoint, String hint, String refreshToken, String id, String secret) {
    return post(endpoint, hint, "grant_type", "refresh_token", "refresh_token", refreshToken,
        "client_id", id, "client_secret", secret);
  }

  /**
   * Posts the form (name, value, name, value, ...) and returns the answer, which has an access
   * token. A refusal becomes a {@link CredentialsException}; {@code hint} tells what to do about
   * {@code invalid_grant}, the error that means "this refresh token, code or key is no good".
   */
  static JsonFields post(URI endpoint, String hint, String... form) {
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
    JsonFields answer;
    try {
      answer = JsonFields.parse(response.body(), where);
    } catch (CredentialsException notJson) {
      // Not JSON, so not a token: an excerpt helps and holds no secret of ours.
      String text = new String(response.body(), StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
      throw new CredentialsException(
          where + " (" + response.headers().firstValue("Content-Type").orElse("no Content-Type")
              + ") instead of a JSON token answer: "
              + (text.length() > 160 ? text.substring(0, 160) + "..." : text));
    }
    if (response.statusCode() / 100 == 2 && !answer.names().contains("error")) {
      answer.string("access_token");
      return answer;
    }
    // OAuth's {"error": "invalid_grant", "error_description": ...}, or Google's API error shape
    JsonFields api = answer.isObject("error") ? answer.object("error") : null;
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
    Set<String> scopes = new LinkedHashSet<>(Arrays.asList(spaceSeparated.split(" ")));
    scopes.remove("");
    return scopes;
  }

  /** {@code application/x-www-form-urlencoded} of name, value, name, value, ... */
  static String form(String... pairs) {
    StringJoiner form = new StringJoiner("&");
    for (int i = 0; i < pairs.length; i += 2) {
      form.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return form.toString();
  }

  /** Base64url without padding, as JWTs and PKCE use it. */
  static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
