package dev.tinychat.http;

import dev.tinychat.auth.AccessToken;
import dev.tinychat.internal.ErrorBodies;
import dev.tinychat.json.JsonException;
import dev.tinychat.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;

/**
 * The state of one {@link ApiRequest} across its attempts, and every retry decision, shared by
 * the blocking and the asynchronous path of {@link Transport}. It also receives each attempt's
 * body: once more than the limit has arrived it stops reading and completes with what it has, so
 * a longer body means "too large".
 */
final class Call<T> implements HttpResponse.BodyHandler<byte[]>, HttpResponse.BodySubscriber<byte[]> {
  private final Transport transport;
  private final ApiRequest<T> request;
  private final URI uri;
  private final Instant start;
  private int attempts;
  private int retries;
  private boolean refreshed;
  private AccessToken refreshedToken;
  private String secret;
  private ByteArrayOutputStream received;
  private CompletableFuture<byte[]> body;
  private Flow.Subscription subscription;
  /** How long to wait before the next attempt, when {@link #retry} said so. */
  Duration delay;
  /** The decoded response, when {@link #retry} said no. */
  T result;

  Call(Transport transport, ApiRequest<T> request) {
    this.transport = transport;
    this.request = request;
    this.uri = URI.create(transport.baseUrl + request.path
        + (request.query.isEmpty() ? "" : "?" + request.query));
    this.start = transport.clock.instant();
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    received = new ByteArrayOutputStream();
    body = new CompletableFuture<>();
    return this;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      received.write(chunk, 0, chunk.length);
    }
    if (received.size() > transport.maxResponseBytes && body.complete(received.toByteArray())) {
      subscription.cancel();
    }
  }

  @Override
  public void onError(Throwable failure) {
    body.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    body.complete(received.toByteArray());
  }

  /** The next attempt, with a fresh token. */
  HttpRequest next() {
    AccessToken token = refreshedToken != null ? refreshedToken : transport.credentials.token();
    refreshedToken = null;
    if (token == null) {
      throw new IllegalStateException(request + ": the credentials returned no access token");
    }
    secret = token.value();
    transport.logger.log(Level.DEBUG, request + " attempt " + ++attempts);
    HttpRequest.Builder http = HttpRequest.newBuilder(uri)
        .timeout(transport.requestTimeout)
        .header("Authorization", "Bearer " + secret)
        .header("User-Agent", Transport.USER_AGENT)
        .header("Accept", "application/json")
        .header("Accept-Encoding", "gzip");
    if (request.body == null) {
      return http.method(request.method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return http.header("Content-Type", "application/json; charset=utf-8")
        .method(request.method, HttpRequest.BodyPublishers.ofByteArray(request.body))
        .build();
  }

  /**
   * Decides after an attempt: {@code true} to send again after {@link #delay}; {@code false} when
   * {@link #result} holds the answer; or throws the failure.
   */
  boolean retry(HttpResponse<byte[]> response, Throwable failure) {
    if (failure instanceof CompletionException && failure.getCause() != null) {
      failure = failure.getCause();
    }
    if (failure != null) {
      if (!(failure instanceof IOException)) {
        throw failure instanceof RuntimeException
            ? (RuntimeException) failure
            : new TransportException(request + ": " + failure, attempts, failure);
      }
      if (backOff(null, failure.toString())) {
        return true;
      }
      throw new TransportException(
          request + ": no response after " + times() + ": " + failure, attempts, failure);
    }
    int status = response.statusCode();
    byte[] body = body(response);
    if (status / 100 == 2) {
      result = decode(status, body);
      return false;
    }
    if (status == 401 && !refreshed) {
      refreshed = true;
      transport.logger.log(Level.INFO, request + ": HTTP 401, retrying with a refreshed token");
      refreshedToken = transport.credentials.refresh();
      delay = Duration.ZERO;
      return true;
    }
    ApiException error = ErrorBodies.parse(status, body, secret);
    boolean retryable = status == 429 || status == 500 || status >= 502 && status <= 504;
    if (retryable && backOff(retryAfter(response), error.getMessage())) {
      return true;
    }
    throw error;
  }

  TransportException interrupted(Throwable cause) {
    return new TransportException(request + ": interrupted after " + times(), attempts, cause);
  }

  private String times() {
    return attempts == 1 ? "1 attempt" : attempts + " attempts";
  }

  private boolean backOff(Duration retryAfter, String reason) {
    RetryPolicy policy = transport.policy;
    if (!request.retrySafe || retries + 1 >= policy.maxAttempts()) {
      return false;
    }
    Duration wait = retryAfter == null
        ? policy.backoff(retries, transport.random.getAsDouble())
        : retryAfter.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : retryAfter;
    Duration elapsed = Duration.between(start, transport.clock.instant());
    if (elapsed.plus(wait).compareTo(policy.totalTimeout()) > 0) {
      return false;
    }
    delay = wait;
    transport.logger.log(Level.INFO,
        request + ": " + reason + "; retry " + ++retries + " in " + wait.toMillis() + " ms");
    return true;
  }

  /** The {@code Retry-After} wait, in seconds or as an HTTP date; {@code null} if none or bad. */
  private Duration retryAfter(HttpResponse<?> response) {
    String value = response.headers().firstValue("Retry-After").orElse("").strip();
    try {
      if (value.matches("\\d{1,12}")) {
        return Duration.ofSeconds(Long.parseLong(value));
      }
      Duration until = Duration.between(transport.clock.instant(),
          ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
      return until.isNegative() ? Duration.ZERO : until;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private byte[] body(HttpResponse<byte[]> response) {
    byte[] body = response.body();
    int max = transport.maxResponseBytes;
    String encoding = response.headers().firstValue("Content-Encoding").orElse("");
    if (body.length <= max && body.length > 0 && encoding.strip().equalsIgnoreCase("gzip")) {
      try {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
          body = in.readNBytes(max + 1);
        }
      } catch (IOException e) {
        throw invalid(response.statusCode(), "has a broken gzip body: " + e.getMessage(), e);
      }
    }
    if (body.length > max) {
      throw invalid(response.statusCode(), "has a body over " + max + " bytes", null);
    }
    return body;
  }

  private T decode(int status, byte[] body) {
    if (request.decoder == null) {
      return null;
    }
    try {
      JsonReader json = JsonReader.of(body, JsonReader.DEFAULT_MAX_DEPTH, transport.maxResponseBytes);
      T value = request.decoder.apply(json);
      json.endDocument();
      return value;
    } catch (JsonException e) {
      throw invalid(status, "is not the expected JSON: " + e.getMessage(), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw invalid(status, "could not be decoded: " + e, e);
    }
  }

  private InvalidResponseException invalid(int status, String what, Throwable cause) {
    return new InvalidResponseException(
        status, request + ": the HTTP " + status + " response " + what, cause);
  }
}
