package dev.tinychat.http;

import java.time.Duration;

/**
 * How a {@link Transport} repeats a retry-safe request after 429, 500, 502, 503, 504 or a
 * connection failure: at most {@link #maxAttempts()} sends, waiting a full-jitter exponential
 * backoff (uniform in {@code [0, min(maxDelay, initialDelay * multiplier^n))} before retry {@code
 * n = 0, 1, ...}) or the server's {@code Retry-After} (capped by {@link #maxDelay()}), and never
 * waiting past {@link #totalTimeout()} since the first send. Immutable; change it with the {@code
 * with...} methods:
 *
 * <pre>{@code RetryPolicy.defaults().withMaxAttempts(3).withTotalTimeout(Duration.ofSeconds(20))}</pre>
 */
public final class RetryPolicy {
  private final int maxAttempts;
  private final Duration initialDelay;
  private final double multiplier;
  private final Duration maxDelay;
  private final Duration totalTimeout;

  private RetryPolicy(
      int maxAttempts,
      Duration initialDelay,
      double multiplier,
      Duration maxDelay,
      Duration totalTimeout) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    if (!(multiplier >= 1 && multiplier < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("multiplier must be finite and at least 1, got " + multiplier);
    }
    this.maxAttempts = maxAttempts;
    this.initialDelay = check("initialDelay", initialDelay);
    this.multiplier = multiplier;
    this.maxDelay = check("maxDelay", maxDelay);
    this.totalTimeout = check("totalTimeout", totalTimeout);
  }

  private static Duration check(String name, Duration value) {
    if (value == null || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be zero or positive, got " + value);
    }
    return value;
  }

  /** 5 attempts, 500 ms initial delay, x2, 16 s most delay, 60 s in total. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofMillis(500), 2, Duration.ofSeconds(16), Duration.ofSeconds(60));
  }

  /** One attempt: nothing is retried but the single retry after a 401 and a token refresh. */
  public static RetryPolicy none() {
    return defaults().withMaxAttempts(1);
  }

  /** At most this many sends in all, the first included. */
  public RetryPolicy withMaxAttempts(int maxAttempts) {
    return new RetryPolicy(maxAttempts, initialDelay, multiplier, maxDelay, totalTimeout);
  }

  /** The cap of the first backoff. */
  public RetryPolicy withInitialDelay(Duration initialDelay) {
    return new RetryPolicy(maxAttempts, initialDelay, multiplier, maxDelay, totalTimeout);
  }

  /** How much the cap grows per retry; at least 1. */
  public RetryPolicy withMultiplier(double multiplier) {
    return new RetryPolicy(maxAttempts, initialDelay, multiplier, maxDelay, totalTimeout);
  }

  /** The longest wait between two attempts, also for {@code Retry-After}. */
  public RetryPolicy withMaxDelay(Duration maxDelay) {
    return new RetryPolicy(maxAttempts, initialDelay, multiplier, maxDelay, totalTimeout);
  }

  /** No retry is started that would wait past this time since the first send. */
  public RetryPolicy withTotalTimeout(Duration totalTimeout) {
    return new RetryPolicy(maxAttempts, initialDelay, multiplier, maxDelay, totalTimeout);
  }

  /** Most sends in all, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The cap of the first backoff. */
  public Duration initialDelay() {
    return initialDelay;
  }

  /** How much the backoff cap grows per retry. */
  public double multiplier() {
    return multiplier;
  }

  /** The longest wait between two attempts. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** No wait is started that would end past this time since the first send. */
  public Duration totalTimeout() {
    return totalTimeout;
  }

  /** The full-jitter wait before retry {@code retry} (0 for the first), {@code random} in [0, 1). */
  Duration backoff(int retry, double random) {
    double cap = Math.min(maxDelay.toNanos(), initialDelay.toNanos() * Math.pow(multiplier, retry));
    return Duration.ofNanos((long) (cap * random));
  }
}
