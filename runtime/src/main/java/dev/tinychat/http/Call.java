package dev.tinychat.http;

import dev.tinychat.auth.AccessToken;
import dev.tinychat.json.JsonException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonToken;
import dev.tinychat.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/**
 * One {@link ApiRequest} across its attempts: sends them (blocking or not), makes every retry
 * decision and turns error answers into {@link ApiException}s. It also receives each attempt's
 * body: once more than the limit has arrived it stops reading and completes with what it has, so
 * a longer body means "too large". The request timeout bounds each attempt's whole response, its
 * body included (the JDK's own timeout would end with the headers): on the blocking path the
 * transport's watchdog ({@link Transport#watch}), on the asynchronous one {@code orTimeout}. On the
 * asynchronous path it is also the callback of each attempt ({@link #accept}) and the task that
 * starts the next one ({@link #run}).
 */
final class Call<T>
    implements HttpResponse.BodyHandler<byte[]>, HttpResponse.BodySubscriber<byte[]>,
        BiConsumer<HttpResponse<byte[]>, Throwable>, Runnable {
  private static final int EXCERPT = 200;
  /** What an empty answer's empty body is read as. */
  private static final byte[] EMPTY = {'{', '}'};

  private final Transport transport;
  private final ApiRequest<T> request;
  private final URI uri;
  private final Instant start;
  private int attempts;
  private int retries;
  private boolean refreshed;
  private AccessToken refreshedToken;
  private String secret;
  /** The body so far: {@code size} bytes of {@code received}. */
  private byte[] received;
  private int size;
  private CompletableFuture<byte[]> body;
  private volatile Flow.Subscription subscription;
  /** The blocking path's deadline of the current attempt ({@link System#nanoTime}). */
  long deadline;
  /** The blocking path's thread while the {@link Transport#watch watchdog} bounds its attempt. */
  Thread waiter;
  /** The watched calls before and after this one, deadlines in order (the watchdog's lock). */
  Call<?> earlier;
  Call<?> later;
  /** How long to wait before the next attempt, when {@link #retry} said so. */
  private Duration delay;
  /** The decoded response, when {@link #retry} said no. */
  private T result;
  /** The outcome of the asynchronous path. */
  final CompletableFuture<T> future = new CompletableFuture<>();
  /** Whether {@link #run} waits with the transport's sleeper first. */
  private boolean sleepFirst;

  Call(Transport transport, ApiRequest<T> request) {
    this.transport = transport;
    this.request = request;
    this.uri = URI.create(transport.baseUrl + request.path
        + (request.query.isEmpty() ? "" : "?" + request.query));
    this.start = transport.clock.instant();
  }

  /** The blocking path: sends until {@link #retry} has an answer, sleeping in between. */
  T send() {
    while (true) {
      HttpResponse<byte[]> response = null;
      byte[] answer = null;
      Throwable failure = null;
      InterruptedException interrupt = null;
      // On the calling thread: the JDK's sendAsync hands every answer to the default executor,
      // which on a machine of fewer than three cores starts a thread per call. The transport's
      // watchdog interrupts this thread at the attempt's deadline (the JDK then cancels the
      // exchange): no timer per call, and one wait for the head and the body together.
      HttpRequest attempt = next();
      transport.watch(this);
      try {
        response = transport.client.send(attempt, this);
        answer = response.body();
      } catch (IOException | RuntimeException e) {
        failure = e;
      } catch (InterruptedException e) {
        interrupt = e;
      }
      if (!transport.unwatch(this)) {
        // the watchdog's interrupt: delivered (under the transport's lock) and now cleared
        Thread.interrupted();
        if (answer == null) {
          failure = new TimeoutException();
        }
      } else if (interrupt != null) {
        if (subscription != null) {
          subscription.cancel();
        }
        throw interrupted(interrupt);
      }
      if (!retry(response, answer, failure)) {
        return result;
      }
      try {
        if (delay.isZero()) {
          continue;
        } else if (transport.sleeper != null) {
          transport.sleeper.sleep(delay);
        } else {
          TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        }
      } catch (InterruptedException e) {
        throw interrupted(e);
      }
    }
  }

  /** The asynchronous path: sends an attempt (after the sleeper, if it is to wait first). */
  @Override
  public void run() {
    try {
      if (sleepFirst) {
        sleepFirst = false;
        transport.sleeper.sleep(delay);
      }
      transport.client.sendAsync(next(), this)
          .orTimeout(transport.requestTimeout.toNanos(), TimeUnit.NANOSECONDS)
          .whenComplete(this);
    } catch (InterruptedException e) {
      future.completeExceptionally(interrupted(e));
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
  }

  /** The outcome of an asynchronous attempt: the answer, or the next attempt now or later. */
  @Override
  public void accept(HttpResponse<byte[]> response, Throwable failure) {
    try {
      if (!retry(response, response == null ? null : response.body(), failure)) {
        future.complete(result);
      } else if (delay.isZero()) {
        run();
      } else if (transport.sleeper == null) {
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS).execute(this);
      } else {
        sleepFirst = true;
        ForkJoinPool.commonPool().execute(this);
      }
    } catch (Throwable e) {
      future.completeExceptionally(e);
    }
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    // sized by Content-Length when there is one: the body is copied once, into its final array
    long length = info.headers().firstValueAsLong("Content-Length").orElse(1024);
    received = new byte[(int) Math.max(0, Math.min(length, transport.maxResponseBytes + 1L))];
    size = 0;
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
      int n = buffer.remaining();
      if (size + n > received.length) {
        received = Arrays.copyOf(received, Math.max(size + n, 2 * received.length));
      }
      buffer.get(received, size, n);
      size += n;
    }
    if (body.isDone() || size > transport.maxResponseBytes && body.complete(received())) {
      subscription.cancel();
    }
  }

  @Override
  public void onError(Throwable failure) {
    body.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    body.complete(received());
  }

  private byte[] received() {
    return size == received.length ? received : Arrays.copyOf(received, size);
  }

  /** The next attempt, with a fresh token. */
  HttpRequest next() {
    AccessToken token = refreshedToken != null ? refreshedToken : transport.credentials.token();
    refreshedToken = null;
    if (token == null) {
      throw new IllegalStateException(request + ": the credentials returned no access token");
    }
    secret = token.value();
    subscription = null;
    if (transport.logger.isLoggable(Level.DEBUG)) {
      transport.logger.log(Level.DEBUG, request + " attempt " + (attempts + 1));
    }
    attempts++;
    // no JDK timeout: the asynchronous path bounds the whole response itself (orTimeout in
    // run()), the blocking one with the transport's watchdog
    HttpRequest.Builder http = HttpRequest.newBuilder(uri);
    http.header("Authorization", "Bearer " + secret)
        .header("User-Agent", Transport.USER_AGENT)
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
  boolean retry(HttpResponse<byte[]> response, byte[] answer, Throwable failure) {
    if (failure instanceof CompletionException && failure.getCause() != null) {
      failure = failure.getCause();
    }
    if (failure instanceof TimeoutException) {
      if (subscription != null) {
        subscription.cancel();
      }
      failure = new HttpTimeoutException("no complete response within " + transport.requestTimeout);
    }
    if (failure != null) {
      if (!(failure instanceof IOException)) { // e.g. the JDK's answer to a malformed header
        throw failed(failure.toString(), failure);
      }
      if (backOff(null, failure.toString())) {
        return true;
      }
      throw failed("no response after " + times() + ": " + failure, failure);
    }
    int status = response.statusCode();
    byte[] body = body(response, answer);
    if (status / 100 == 2) {
      result = decode(status, body);
      return false;
    }
    if (status == 401 && !refreshed) {
      refreshed = true;
      AccessToken fresh = transport.credentials.refresh();
      // A token that cannot change (Credentials.ofToken) is not sent again.
      if (fresh != null && !fresh.value().equals(secret)) {
        transport.logger.log(Level.INFO, request + ": HTTP 401, retrying with a refreshed token");
        refreshedToken = fresh;
        delay = Duration.ZERO;
        return true;
      }
    }
    ApiException error = error(status, body);
    boolean retryable = status == 429 || status == 500 || status >= 502 && status <= 504;
    if (retryable && backOff(retryAfter(response), error.getMessage())) {
      return true;
    }
    throw error;
  }

  /** Keeps the thread's interrupt flag. */
  private TransportException interrupted(InterruptedException cause) {
    Thread.currentThread().interrupt();
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
        ? policy.backoff(retries, transport.random == null
            ? ThreadLocalRandom.current().nextDouble() : transport.random.getAsDouble())
        : retryAfter.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : retryAfter;
    Duration elapsed = Duration.between(start, transport.clock.instant());
    if (elapsed.plus(wait).compareTo(policy.totalTimeout()) > 0) {
      return false;
    }
    delay = wait;
    transport.logger.log(Level.INFO,
        request + ": " + redact(reason) + "; retry " + ++retries + " in " + wait.toMillis() + " ms");
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

  private byte[] body(HttpResponse<byte[]> response, byte[] body) {
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
    try {
      JsonReader json = JsonReader.of(body.length == 0 && request.emptyAnswer ? EMPTY : body,
          JsonReader.DEFAULT_MAX_DEPTH, transport.maxResponseBytes);
      T value = request.decoder.apply(json);
      json.endDocument();
      return value;
    } catch (JsonException e) {
      throw invalid(status, "is not the expected JSON: " + e.getMessage(), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw invalid(status, "could not be decoded: " + e, e);
    }
  }

  /** The causes of messages that held a secret are left out: theirs hold it too. */
  private InvalidResponseException invalid(int status, String what, Throwable cause) {
    String text = redact(what);
    return new InvalidResponseException(status,
        request + ": the HTTP " + status + " response " + text, text.equals(what) ? cause : null);
  }

  private TransportException failed(String what, Throwable cause) {
    String text = redact(what);
    return new TransportException(request + ": " + text, attempts, text.equals(what) ? cause : null);
  }
  /**
   * The exception for an error answer: Google's {@code {"error": {...}}} envelope with its
   * optional {@code details} and legacy {@code errors}, or, for anything else, a one-line excerpt
   * of the body. The token is replaced wherever the body echoes it.
   */
  ApiException error(int httpStatus, byte[] body) {
    // status, message, details, ErrorInfo reason, errors[0].reason, errors[0].message
    String[] e = new String[6];
    boolean envelope = false;
    try {
      JsonReader json = JsonReader.of(body);
      json.beginObject();
      while (json.hasNext()) {
        if (!json.nextName().equals("error")) {
          json.skipValue();
        } else if (json.peek() == JsonToken.STRING) {
          e[1] = json.nextString();
          envelope = true;
        } else {
          readError(json, e);
          envelope = true;
        }
      }
      json.endObject();
      json.endDocument();
    } catch (RuntimeException | StackOverflowError notJson) {
      e = new String[6];
      envelope = false;
    }
    String message = !envelope ? excerpt(body) : e[1] != null ? e[1] : e[5];
    return new ApiException(httpStatus, redact(e[0]), redact(message), redact(e[2]),
        redact(e[3] != null ? e[3] : e[4]));
  }

  private static void readError(JsonReader json, String[] e) {
    json.beginObject();
    while (json.hasNext()) {
      String name = json.nextName();
      if (name.equals("message")) {
        e[1] = json.nextString();
      } else if (name.equals("status")) {
        e[0] = json.nextString();
      } else if (name.equals("details")) {
        // kept as they came (numbers too); the first ErrorInfo's reason is the reason
        JsonValue details = JsonValue.read(json);
        for (JsonValue detail : details.asList()) {
          String type = text(detail, "@type");
          if (e[3] == null && type != null && type.endsWith("google.rpc.ErrorInfo")) {
            e[3] = text(detail, "reason");
          }
        }
        e[2] = details.toString();
      } else if (name.equals("errors")) {
        List<JsonValue> errors = JsonValue.read(json).asList();
        if (!errors.isEmpty()) {
          e[4] = text(errors.get(0), "reason");
          e[5] = text(errors.get(0), "message");
        }
      } else {
        json.skipValue();
      }
    }
    json.endObject();
  }

  /** The string member {@code name} of {@code value}, or null when it has none. */
  private static String text(JsonValue value, String name) {
    JsonValue v = value.kind() == JsonToken.BEGIN_OBJECT ? value.get(name) : null;
    return v != null && v.kind() == JsonToken.STRING ? v.asString() : null;
  }

  /** The start of the body on one line: whitespace and control characters collapsed. */
  private static String excerpt(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, 4 * EXCERPT), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() <= EXCERPT; i++) {
      char c = text.charAt(i);
      boolean blank = Character.isWhitespace(c) || Character.isISOControl(c);
      if (!blank) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    boolean cut = out.length() > EXCERPT || body.length > 4 * EXCERPT;
    String line = out.length() > EXCERPT ? out.substring(0, EXCERPT) : out.toString();
    return cut ? line.strip() + "..." : line.strip();
  }

  private String redact(String text) {
    return ClientException.redact(text, secret);
  }
}
