package dev.tinychat.http;

/** CONTRACT (skeleton; the transport work defines it): attempts, backoff, total time. */
public final class RetryPolicy {
  private RetryPolicy() {}

  public static RetryPolicy defaults() { throw new UnsupportedOperationException(); }
  public static RetryPolicy none() { throw new UnsupportedOperationException(); }
}
