package dev.tinychat.auth;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** A user's refresh token, given as values or found as application default credentials. */
final class RefreshTokenCredentials extends CachedCredentials {
  private final String clientId;
  private final String clientSecret;
  private final String refreshToken;
  private final URI endpoint;
  private final String hint;

  RefreshTokenCredentials(
      String clientId, String clientSecret, String refreshToken, URI endpoint, String hint, Clock clock) {
    super(clock, null);
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken");
    this.endpoint = Objects.requireNonNull(endpoint, "tokenEndpoint");
    this.hint = hint;
  }

  @Override
  AccessToken fetch() {
    return TokenEndpoint.token(
        TokenEndpoint.refresh(endpoint, hint, refreshToken, clientId, clientSecret), clock, Set.of());
  }

  @Override
  public String toString() {
    return "RefreshTokenCredentials{clientId=" + clientId + ", tokenEndpoint=" + endpoint + "}";
  }

  /**
   * The file named by {@code GOOGLE_APPLICATION_CREDENTIALS}, else the one {@code gcloud auth
   * application-default login} writes: a service account key or a user's refresh token.
   */
  static Credentials applicationDefault(Collection<String> scopes, Function<String, String> env) {
    String named = env.apply("GOOGLE_APPLICATION_CREDENTIALS");
    Path file;
    if (named != null && !named.isEmpty()) {
      file = Path.of(named);
      if (!Files.exists(file)) {
        throw new CredentialsException(
            "GOOGLE_APPLICATION_CREDENTIALS names " + file + ", which does not exist");
      }
    } else {
      String appData = env.apply("APPDATA"); // Windows
      file =
          (appData != null ? Path.of(appData, "gcloud") : Path.of(env.apply("HOME") + "/.config/gcloud"))
              .resolve("application_default_credentials.json");
      if (!Files.exists(file)) {
        throw new CredentialsException(
            "No application default credentials: set GOOGLE_APPLICATION_CREDENTIALS to a service"
                + " account key file, or run `gcloud auth application-default login` (which writes "
                + file + ")");
      }
    }
    JsonFields fields = JsonFields.read(file);
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
    return new RefreshTokenCredentials(
        fields.string("client_id"),
        fields.string("client_secret"),
        fields.string("refresh_token"),
        tokenUri == null ? TokenEndpoint.GOOGLE : URI.create(tokenUri),
        "The refresh token in " + file + " was revoked or has expired: run"
            + " `gcloud auth application-default login` again.",
        Clock.systemUTC());
  }
}
