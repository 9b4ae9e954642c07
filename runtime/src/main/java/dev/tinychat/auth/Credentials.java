package dev.tinychat.auth;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where access tokens come from. {@link dev.tinychat.http.Transport} asks {@link #token()} before
 * each request and {@link #refresh()} once after a 401.
 *
 * <p>The sources here need nothing but the JDK. Each keeps its token and fetches a new one when
 * less than 4 minutes of its life remain, one fetch at a time however many threads ask. Failures
 * are {@link CredentialsException}s that say what to do; no secret is ever in a message or a
 * {@code toString()}.
 *
 * <pre>{@code
 * Credentials.serviceAccount(Path.of("key.json"), List.of("https://www.googleapis.com/auth/chat.bot"));
 * Credentials.installedApp(Path.of("client_secrets.json"), Path.of("token.json"), scopes);
 * Credentials.fromSupplier(() -> googleCredentials.refreshAccessToken().getTokenValue());
 * }</pre>
 */
public interface Credentials {
  /** A token valid now, fetched or refreshed when needed. */
  AccessToken token();

  /** A new token, after the server rejected the last one; by default {@link #token()}. */
  default AccessToken refresh() {
    return token();
  }

  /** A fixed token. */
  static Credentials ofToken(String accessToken) {
    CachedCredentials credentials = new CachedCredentials(Clock.systemUTC(), null);
    credentials.current = AccessToken.of(accessToken);
    return credentials;
  }

  /**
   * Tokens from another library, such as google-auth-library: {@code
   * Credentials.fromSupplier(() -> googleCredentials.refreshAccessToken().getTokenValue())}. The
   * supplier is asked for the first token and again on each {@link #refresh()} (after a 401), one
   * call at a time; its token is kept in between.
   */
  static Credentials fromSupplier(Supplier<String> accessTokens) {
    return new CachedCredentials(Clock.systemUTC(), Objects.requireNonNull(accessTokens));
  }

  /**
   * A user's consent through the browser, saved to {@code tokenFile} and reused; see {@link
   * InstalledAppCredentials} (and its builder for the browser hook, endpoints and timeouts).
   */
  static Credentials installedApp(Path clientSecrets, Path tokenFile, Collection<String> scopes) {
    return InstalledAppCredentials.builder(clientSecrets, tokenFile, scopes).build();
  }

  /** A user's refresh token with its OAuth client, at Google's token endpoint. */
  static Credentials refreshToken(String clientId, String clientSecret, String refreshToken) {
    return refreshToken(clientId, clientSecret, refreshToken, OAuth.GOOGLE);
  }

  /** A user's refresh token with its OAuth client, at {@code tokenEndpoint}. */
  static Credentials refreshToken(
      String clientId, String clientSecret, String refreshToken, URI tokenEndpoint) {
    return CachedCredentials.refreshToken(
        clientId, clientSecret, refreshToken, tokenEndpoint,
        "The refresh token was revoked, has expired or belongs to another client: get a new one.",
        Clock.systemUTC());
  }

  /**
   * A service account's JSON key file, read now; see {@link ServiceAccountCredentials}, and its
   * {@link ServiceAccountCredentials#withSubject withSubject} to act for a user.
   *
   * @throws CredentialsException when the file is missing, malformed or lacks a field
   */
  static ServiceAccountCredentials serviceAccount(Path keyFile, Collection<String> scopes) {
    return ServiceAccountCredentials.read(keyFile, scopes, Clock.systemUTC());
  }

  /**
   * The file named by the environment variable {@code GOOGLE_APPLICATION_CREDENTIALS}, else the
   * one {@code gcloud auth application-default login} writes: a service account key (asking for
   * {@code scopes}) or a user's refresh token ({@code authorized_user}, whose scopes were fixed at
   * login).
   */
  static Credentials applicationDefault(Collection<String> scopes) {
    return CachedCredentials.applicationDefault(scopes, System.getenv());
  }
}
