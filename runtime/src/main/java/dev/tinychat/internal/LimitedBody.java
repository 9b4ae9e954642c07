package dev.tinychat.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;

/**
 * Reads a response body into memory, at most {@code max} bytes: once more than {@code max} have
 * arrived it stops reading and completes with what it has, so a longer result means "too large".
 */
public final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final int max;
  private Flow.Subscription subscription;

  public LimitedBody(int max) {
    this.max = max;
  }

  /** Inflates gzip {@code bytes}, stopping after {@code max + 1} bytes. */
  public static byte[] gunzip(byte[] bytes, int max) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readNBytes(max + 1);
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
    if (out.size() > max) {
      subscription.cancel();
      result.complete(out.toByteArray());
    }
  }

  @Override
  public void onError(Throwable failure) {
    result.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    if (!result.isDone()) {
      result.complete(out.toByteArray());
    }
  }
}
