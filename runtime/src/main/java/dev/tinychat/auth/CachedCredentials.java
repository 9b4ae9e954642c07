package dev.tinychat.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Keeps the last token and fetches a new one when it is about to expire, one fetch at a time: the
 * threads that ask meanwhile wait on the lock and then share the new token. Sources override
 * {@link #fetch()}; as it is, this is {@link Credentials#fromSupplier}.
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

  CachedCredentials(Clock clock, Supplier<String> supplier) {
    this.clock = clock;
    this.supplier = supplier;
  }

  /** A new token from the source; called under the lock. */
  AccessToken fetch() {
    String token = supplier.get();
    if (token == null || token.isEmpty()) {
      throw new CredentialsException("The token supplier gave no token");
    }
    return AccessToken.of(token);
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
    return "Credentials.fromSupplier";
  }
}
