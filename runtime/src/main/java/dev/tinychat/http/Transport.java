package dev.tinychat.http;

import dev.tinychat.auth.Credentials;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Sends {@link ApiRequest}s over one shared {@link java.net.http.HttpClient}: bearer token,
 * User-Agent, gzip, timeouts, retries of what is safe to repeat, typed errors.
 *
 * <p>CONTRACT (skeleton; the transport work fills the bodies and adds options).
 */
public final class Transport {
  private Transport() {}

  public static Builder builder() { throw new UnsupportedOperationException(); }

  /** Sends and decodes; throws {@link ApiException}, {@link TransportException}, {@link InvalidResponseException}. */
  public <T> T send(ApiRequest<T> request) { throw new UnsupportedOperationException(); }

  /** As {@link #send} without blocking; the future fails with the same exceptions. */
  public <T> CompletableFuture<T> sendAsync(ApiRequest<T> request) { throw new UnsupportedOperationException(); }

  /** Configures a {@link Transport}. */
  public static final class Builder {
    private Builder() {}

    public Builder baseUrl(String baseUrl) { throw new UnsupportedOperationException(); }
    public Builder credentials(Credentials credentials) { throw new UnsupportedOperationException(); }
    public Builder connectTimeout(Duration timeout) { throw new UnsupportedOperationException(); }
    public Builder requestTimeout(Duration timeout) { throw new UnsupportedOperationException(); }
    public Builder retryPolicy(RetryPolicy policy) { throw new UnsupportedOperationException(); }
    public Transport build() { throw new UnsupportedOperationException(); }
  }
}
