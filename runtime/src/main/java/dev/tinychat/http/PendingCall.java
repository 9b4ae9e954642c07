package dev.tinychat.http;

import java.util.concurrent.CompletableFuture;

/**
 * A call whose optional arguments are set by name before it is sent, the base of a generated
 * client's call classes: {@code client.list(parent).pageSize(10).call()}.
 *
 * @param <T> the decoded response
 */
public abstract class PendingCall<T> {
  final Transport transport;

  /** A call sent through {@code transport}. */
  protected PendingCall(Transport transport) {
    this.transport = transport;
  }

  /** The request with the arguments set so far, checked before any I/O. */
  protected abstract ApiRequest<T> request();

  /** Sends the call. */
  public T call() {
    return transport.send(request());
  }

  /** Sends the call without blocking. */
  public CompletableFuture<T> callAsync() {
    return transport.sendAsync(request());
  }
}
