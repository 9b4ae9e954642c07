package dev.tinychat.auth;

/**
 * Where access tokens come from. {@link dev.tinychat.http.Transport} asks {@link #token()} before
 * each request and {@link #refresh()} once after a 401.
 *
 * <p>CONTRACT (skeleton; the credentials work adds the sources as static factories).
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
    AccessToken token = AccessToken.of(accessToken);
    return () -> token;
  }
}
