package dev.tinychat.auth;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * A user's refresh token, given as values: access tokens are fetched with it, without any
 * interaction. The refresh token and client secret are never shown, not even by {@link
 * #toString()}.
 */
public final class RefreshTokenCredentials implements Credentials {
  private final String clientId;
  private final String clientSecret;
  private final String refreshToken;
  private final URI tokenEndpoint;
  private final Duration timeout;
  private final Clock clock;
  private final String hint;
  private final TokenCache cache;

  private RefreshTokenCredentials(Builder builder) {
    clientId = builder.clientId;
    clientSecret = builder.clientSecret;
    refreshToken = builder.refreshToken;
    tokenEndpoint = builder.tokenEndpoint;
    timeout = builder.timeout;
    clock = builder.clock;
    hint = builder.hint;
    cache = new TokenCache(this::fetch, clock, null, toString());
  }

  /** Configures credentials for this client and refresh token. */
  public static Builder builder(String clientId, String clientSecret, String refreshToken) {
    return new Builder(clientId, clientSecret, refreshToken);
  }

  @Override
  public AccessToken token() {
    return cache.token();
  }

  @Override
  public AccessToken refresh() {
    return cache.refresh();
  }

  private AccessToken fetch() {
    JsonFields answer =
        TokenEndpoint.post(
            tokenEndpoint,
            timeout,
            hint,
            "grant_type", "refresh_token",
            "refresh_token", refreshToken,
            "client_id", clientId,
            "client_secret", clientSecret);
    return TokenEndpoint.token(answer, clock, Set.of());
  }

  @Override
  public String toString() {
    return "RefreshTokenCredentials{clientId=" + clientId + ", tokenEndpoint=" + tokenEndpoint + "}";
  }

  /** Configures {@link RefreshTokenCredentials}. */
  public static final class Builder {
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private URI tokenEndpoint = TokenEndpoint.GOOGLE;
    private Duration timeout = TokenEndpoint.TIMEOUT;
    private Clock clock = Clock.systemUTC();
    private String hint =
        "The refresh token was revoked, has expired or belongs to another client: get a new one.";

    private Builder(String clientId, String clientSecret, String refreshToken) {
      this.clientId = required(clientId, "clientId");
      this.clientSecret = required(clientSecret, "clientSecret");
      this.refreshToken = required(refreshToken, "refreshToken");
    }

    private static String required(String value, String name) {
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException(name + " is empty");
      }
      return value;
    }

    /** The token endpoint; Google's by default. */
    public Builder tokenEndpoint(URI uri) {
      this.tokenEndpoint = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /** How long a token request may take; 30 seconds by default. */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** The clock that tells when tokens expire; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** What to tell the user when the refresh token is refused. */
    Builder hint(String hint) {
      this.hint = hint;
      return this;
    }

    public RefreshTokenCredentials build() {
      return new RefreshTokenCredentials(this);
    }
  }
}
