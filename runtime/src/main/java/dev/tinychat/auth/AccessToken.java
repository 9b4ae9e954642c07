package dev.tinychat.auth;

import java.time.Instant;

/** CONTRACT (skeleton): a bearer token, its expiry (null when unknown); toString never shows the value. */
public final class AccessToken {
  private AccessToken() {}

  public String value() { throw new UnsupportedOperationException(); }
  public Instant expiresAt() { throw new UnsupportedOperationException(); }
}
