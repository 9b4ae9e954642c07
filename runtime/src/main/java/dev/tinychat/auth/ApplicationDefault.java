package dev.tinychat.auth;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;

/** Finds the application default credentials, as Google's client libraries do (no metadata server). */
final class ApplicationDefault {
  static final String VARIABLE = "GOOGLE_APPLICATION_CREDENTIALS";

  private ApplicationDefault() {}

  /**
   * The key or user file named by {@code GOOGLE_APPLICATION_CREDENTIALS}, else the one {@code
   * gcloud auth application-default login} writes.
   */
  static Credentials find(Collection<String> scopes, Function<String, String> env) {
    String named = env.apply(VARIABLE);
    Path file;
    if (named != null && !named.isEmpty()) {
      file = Path.of(named);
      if (!Files.exists(file)) {
        throw new CredentialsException(VARIABLE + " names " + file + ", which does not exist");
      }
    } else {
      String config = env.apply("CLOUDSDK_CONFIG");
      String appData = env.apply("APPDATA");
      Path dir =
          config != null ? Path.of(config)
              : appData != null ? Path.of(appData, "gcloud")
              : Path.of(String.valueOf(env.apply("HOME")), ".config", "gcloud");
      file = dir.resolve("application_default_credentials.json");
      if (!Files.exists(file)) {
        throw new CredentialsException(
            "No application default credentials: set " + VARIABLE + " to a service account key"
                + " file, or run `gcloud auth application-default login` (which writes " + file + ")");
      }
    }
    JsonFields fields = JsonFields.read(file);
    String type = fields.string("type");
    if (type.equals("service_account")) {
      return ServiceAccountCredentials.builder(file, scopes).build();
    }
    if (type.equals("authorized_user")) {
      String tokenUri = fields.optString("token_uri");
      RefreshTokenCredentials.Builder builder =
          RefreshTokenCredentials.builder(
                  fields.string("client_id"),
                  fields.string("client_secret"),
                  fields.string("refresh_token"))
              .hint("The refresh token in " + file + " was revoked or has expired: run"
                  + " `gcloud auth application-default login` again.");
      return (tokenUri == null ? builder : builder.tokenEndpoint(URI.create(tokenUri))).build();
    }
    throw new CredentialsException(
        file + ": field \"type\" is \"" + type
            + "\"; supported are \"service_account\" and \"authorized_user\"");
  }
}
