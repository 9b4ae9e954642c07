package dev.tinychat.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A bearer token with its expiry ({@code null} when unknown) and the scopes it was granted (empty
 * when unknown). {@link #toString()} never shows the token.
 */
public final class AccessToken {
  private final String value;
  private final Instant expiresAt;
  private final Set<String> scopes;

  /**
   * A token; {@code expiresAt} may be {@code null} when the lifetime is unknown.
   *
   * @throws CredentialsException when the value is empty or has a character that cannot be sent
   *     in an HTTP header (a control character, a space or a non-ASCII one); the message does not
   *     show the value
   */
  public AccessToken(String value, Instant expiresAt, Set<String> scopes) {
    if (value == null || value.isEmpty()) {
      throw new CredentialsException("The access token is empty");
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) <= ' ' || value.charAt(i) >= 0x7F) {
        throw new CredentialsException("The access token has a control, space or non-ASCII"
            + " character at index " + i + ", which cannot be sent in an HTTP header");
      }
    }
    this.value = value;
    this.expiresAt = expiresAt;
    this.scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
  }

  /** A token of unknown lifetime and scopes. */
  public static AccessToken of(String value) {
    return new AccessToken(value, null, null);
  }

  /** The secret itself, for the {@code Authorization} header. */
  public String value() {
    return value;
  }

  /** When the token stops working, or {@code null} when unknown. */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** The scopes granted with the token; empty when unknown. */
  public Set<String> scopes() {
    return scopes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessToken
        && ((AccessToken) o).value.equals(value)
        && Objects.equals(((AccessToken) o).expiresAt, expiresAt);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "AccessToken{expiresAt=" + expiresAt + ", scopes=" + scopes + ", value=<redacted>}";
  }
}
