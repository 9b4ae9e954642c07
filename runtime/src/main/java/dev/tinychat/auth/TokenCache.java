package dev.tinychat.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Keeps the last token and fetches a new one when it is about to expire, one fetch at a time: the
 * threads that ask meanwhile wait on the lock and then share the new token.
 */
final class TokenCache implements Credentials {
  /**
   * A token is renewed once less than this much of its life remains, so that no request sets out
   * with a token that expires on its way (Google's own libraries use a margin of a few minutes).
   */
  static final Duration MARGIN = Duration.ofMinutes(4);

  private final Object lock = new Object();
  private final Supplier<AccessToken> source;
  private final Clock clock;
  private final String description;
  private volatile AccessToken current;

  TokenCache(Supplier<AccessToken> source, Clock clock, AccessToken initial, String description) {
    this.source = source;
    this.clock = clock;
    this.current = initial;
    this.description = description;
  }

  @Override
  public AccessToken token() {
    AccessToken token = current;
    if (fresh(token)) {
      return token;
    }
    synchronized (lock) {
      token = current;
      return fresh(token) ? token : renew();
    }
  }

  /** A new token, unless another thread renewed the one seen on entry while this one waited. */
  @Override
  public AccessToken refresh() {
    AccessToken seen = current;
    synchronized (lock) {
      AccessToken token = current;
      return token != seen && token != null ? token : renew();
    }
  }

  private AccessToken renew() {
    AccessToken token = source.get();
    if (token == null) {
      throw new CredentialsException(description + " gave no token");
    }
    current = token;
    return token;
  }

  private boolean fresh(AccessToken token) {
    return token != null
        && (token.expiresAt() == null
            || clock.instant().plus(MARGIN).isBefore(token.expiresAt()));
  }

  @Override
  public String toString() {
    return description;
  }
}
