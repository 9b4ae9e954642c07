package dev.tinychat.auth;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Keeps the last token and fetches a new one when it is about to expire, one fetch at a time: the
 * threads that ask meanwhile wait on the lock and then share the new token. As it is, this is a
 * fixed token ({@link Credentials#ofToken}), a supplier ({@link Credentials#fromSupplier}) or a
 * user's refresh token ({@link #refreshToken}); the other sources override {@link #fetch()}.
 */
class CachedCredentials implements Credentials {
  /**
   * A token is renewed once less than this much of its life remains, so that no request sets out
   * with a token that expires on its way (Google's libraries use a margin of a few minutes too).
   */
  static final Duration MARGIN = Duration.ofMinutes(4);

  final Clock clock;
  private final Supplier<String> supplier;
  private final Object lock = new Object();
  volatile AccessToken current;
  // A user's refresh token with its OAuth client; set by the subclasses that use them.
  String clientId;
  String clientSecret;
  String refreshToken;
  URI endpoint;
  /** What to do when the token endpoint refuses the refresh token. */
  String hint;

  CachedCredentials(Clock clock, Supplier<String> supplier) {
    this.clock = clock;
    this.supplier = supplier;
  }

  /** A user's refresh token with its OAuth client, at {@code endpoint}. */
  static CachedCredentials refreshToken(
      String clientId, String clientSecret, String refreshToken, URI endpoint, String hint, Clock clock) {
    CachedCredentials credentials = new CachedCredentials(clock, null);
    credentials.clientId = Objects.requireNonNull(clientId, "clientId");
    credentials.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    credentials.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken");
    credentials.endpoint = Objects.requireNonNull(endpoint, "tokenEndpoint");
    credentials.hint = hint;
    return credentials;
  }

  /** A new token from the source; called under the lock. */
  AccessToken fetch() {
    if (refreshToken != null) {
      return refreshGrant().token(clock, Set.of());
    }
    if (supplier == null) {
      return current; // a fixed token
    }
    String token = supplier.get();
    if (token == null || token.isEmpty()) {
      throw new CredentialsException("The token supplier gave no token");
    }
    return AccessToken.of(token);
  }

  /** The token endpoint's answer to the refresh grant. */
  final OAuth refreshGrant() {
    return OAuth.post(endpoint, hint, "grant_type", "refresh_token", "refresh_token", refreshToken,
        "client_id", clientId, "client_secret", clientSecret);
  }

  @Override
  public final AccessToken token() {
    AccessToken token = current;
    if (fresh(token)) {
      return token;
    }
    synchronized (lock) {
      token = current;
      return fresh(token) ? token : (current = fetch());
    }
  }

  /** A new token, unless another thread renewed the one seen on entry while this one waited. */
  @Override
  public final AccessToken refresh() {
    AccessToken seen = current;
    synchronized (lock) {
      AccessToken token = current;
      return token != seen && token != null ? token : (current = fetch());
    }
  }

  private boolean fresh(AccessToken token) {
    return token != null
        && (token.expiresAt() == null || clock.instant().plus(MARGIN).isBefore(token.expiresAt()));
  }

  @Override
  public String toString() {
    return supplier != null ? "Credentials.fromSupplier"
        : refreshToken == null ? "Credentials.ofToken"
        : "RefreshTokenCredentials{clientId=" + clientId + ", tokenEndpoint=" + endpoint + "}";
  }

  /**
   * The file named by {@code GOOGLE_APPLICATION_CREDENTIALS}, else the one {@code gcloud auth
   * application-default login} writes: a service account key or a user's refresh token.
   */
  static Credentials applicationDefault(Collection<String> scopes, Map<String, String> env) {
    String named = env.get("GOOGLE_APPLICATION_CREDENTIALS");
    Path file;
    if (named != null && !named.isEmpty()) {
      file = Path.of(named);
      if (!Files.exists(file)) {
        throw new CredentialsException(
            "GOOGLE_APPLICATION_CREDENTIALS names " + file + ", which does not exist");
      }
    } else {
      String appData = env.get("APPDATA"); // Windows
      file =
          (appData != null ? Path.of(appData, "gcloud") : Path.of(env.get("HOME") + "/.config/gcloud"))
              .resolve("application_default_credentials.json");
      if (!Files.exists(file)) {
        throw new CredentialsException(
            "No application default credentials: set GOOGLE_APPLICATION_CREDENTIALS to a service"
                + " account key file, or run `gcloud auth application-default login` (which writes "
                + file + ")");
      }
    }
    OAuth fields = OAuth.read(file);
    String type = fields.string("type");
    if (type.equals("service_account")) {
      return ServiceAccountCredentials.read(file, scopes, Clock.systemUTC());
    }
    if (!type.equals("authorized_user")) {
      throw new CredentialsException(
          file + ": field \"type\" is \"" + type
              + "\"; supported are \"service_account\" and \"authorized_user\"");
    }
    String tokenUri = fields.optString("token_uri");
    return refreshToken(
        fields.string("client_id"),
        fields.string("client_secret"),
        fields.string("refresh_token"),
        tokenUri == null ? OAuth.GOOGLE : URI.create(tokenUri),
        "The refresh token in " + file + " was revoked or has expired: run"
            + " `gcloud auth application-default login` again.",
        Clock.systemUTC());
  }
}
