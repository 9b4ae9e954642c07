package dev.tinychat.http;

import dev.tinychat.auth.Credentials;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Configures a generated client: base URL, credentials, and any other transport option; {@code
 * SpacesClient.builder().credentials(credentials).build()}.
 *
 * @param <C> the client
 */
public final class ClientBuilder<C> {
  private final Transport.Builder transport = Transport.builder();
  private final Function<Transport, C> client;

  /** A builder of the client {@code client} makes from a transport calling {@code baseUrl}. */
  public ClientBuilder(String baseUrl, Function<Transport, C> client) {
    transport.baseUrl(baseUrl);
    this.client = client;
  }

  /** The URL to call instead of the client's default, such as an emulator's. */
  public ClientBuilder<C> baseUrl(String baseUrl) {
    transport.baseUrl(baseUrl);
    return this;
  }

  /** Where access tokens come from. */
  public ClientBuilder<C> credentials(Credentials credentials) {
    transport.credentials(credentials);
    return this;
  }

  /** Sets other transport options, such as timeouts and retries. */
  public ClientBuilder<C> configure(Consumer<Transport.Builder> options) {
    if (options == null) {
      throw new IllegalArgumentException("options is null");
    }
    options.accept(transport);
    return this;
  }

  /** The client, over a new transport. */
  public C build() {
    return client.apply(transport.build());
  }
}
