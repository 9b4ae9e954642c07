package dev.tinychat.http;

import dev.tinychat.auth.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLParameters;

/**
 * Sends {@link ApiRequest}s over one shared {@link HttpClient}: bearer token, User-Agent, gzip,
 * timeouts, retries of what is safe to repeat ({@link RetryPolicy}), one token refresh after a
 * 401, typed errors. Thread-safe; build one per client and share it.
 *
 * <pre>{@code
 * Transport transport = Transport.builder().credentials(Credentials.ofToken(token)).build();
 * Space space = transport.send(request);
 * }</pre>
 *
 * <p>Logs through {@code System.getLogger("dev.tinychat.http")}: DEBUG for each attempt, INFO for
 * each retry with its reason and delay; never a header value or token.
 */
public final class Transport implements AutoCloseable {
  static final String USER_AGENT =
      "tinychat/" + version() + " Java/" + System.getProperty("java.version");

  final HttpClient client;
  final String baseUrl;
  final Credentials credentials;
  final Duration requestTimeout;
  final RetryPolicy policy;
  /** {@code null} for real time. */
  final Sleeper sleeper;
  final Clock clock;
  /** {@code null} for {@link ThreadLocalRandom}. */
  final DoubleSupplier random;
  final System.Logger logger;
  final int maxResponseBytes;
  private volatile boolean closed;
  /**
   * The watchdog's lock; it guards the blocking calls in flight, {@link #first} to {@link #last}
   * in order of their deadlines (one timeout for all: the order they came in), and the thread.
   */
  private final Object watched = new Object();
  private Call<?> first;
  private Call<?> last;
  private Thread watchdog;

  private Transport(Builder b) {
    HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(b.connectTimeout);
    if (b.baseUrl.startsWith("http:")) {
      // No TLS, so no default TLS context built; and HTTP/1.1, as h2 needs TLS (no h2c upgrade).
      http.version(HttpClient.Version.HTTP_1_1)
          .sslContext(PlainHttp.context())
          .sslParameters(new SSLParameters());
    }
    this.client = http.build();
    this.baseUrl = b.baseUrl;
    this.credentials = b.credentials;
    this.requestTimeout = b.requestTimeout;
    this.policy = b.policy;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.random = b.random;
    this.logger = b.logger;
    this.maxResponseBytes = b.maxResponseBytes;
  }

  private static String version() {
    try (InputStream in = Transport.class.getResourceAsStream("version")) {
      return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** A builder with the defaults; set at least {@link Builder#credentials}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends and decodes, retrying as the {@link RetryPolicy} allows; throws {@link ApiException},
   * {@link TransportException}, {@link InvalidResponseException}.
   */
  public <T> T send(ApiRequest<T> request) {
    open(request);
    return new Call<>(this, request).send();
  }

  /**
   * As {@link #send} without blocking (the first token is fetched on the calling thread); the
   * future fails with the same exceptions.
   */
  public <T> CompletableFuture<T> sendAsync(ApiRequest<T> request) {
    open(request);
    Call<T> call = new Call<>(this, request);
    call.run();
    return call.future;
  }

  /**
   * Releases the HTTP client's connections and threads; later calls fail with {@link
   * IllegalStateException}. This also spares a process that ends right after its calls the JVM's
   * wait at exit (up to 300 ms) for the client's selector thread, which sits in native code. From
   * Java 21 on the JDK's client is closed, letting calls in flight finish; on Java 17 to 20, where
   * it cannot be closed, its selector thread is interrupted, which ends the client and fails any
   * call still in flight.
   */
  @Override
  public void close() {
    closed = true;
    synchronized (watched) {
      watched.notifyAll(); // the watchdog ends once the calls in flight have
    }
    if (client instanceof AutoCloseable) {
      try {
        ((AutoCloseable) client).close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the HTTP client failed", e);
      }
    } else {
      // the JDK names the thread after the id its client's toString() ends with: "...(7)"
      String id = client.toString();
      String name = "HttpClient-" + id.substring(id.lastIndexOf('(') + 1, id.length() - 1)
          + "-SelectorManager";
      for (Thread thread : Thread.getAllStackTraces().keySet()) {
        if (thread.getName().equals(name)) {
          thread.interrupt();
        }
      }
    }
  }

  /**
   * Bounds a blocking attempt: at its deadline the watchdog interrupts the calling thread, which
   * makes the JDK cancel the exchange. Registering costs no timer and no wake-up: the watchdog
   * never waits past the first deadline, and every later one comes after it.
   */
  void watch(Call<?> call) {
    synchronized (watched) {
      call.deadline = System.nanoTime() + requestTimeout.toNanos();
      call.waiter = Thread.currentThread();
      call.earlier = last;
      if (last == null) {
        first = call;
      } else {
        last.later = call;
      }
      last = call;
      if (watchdog == null) {
        watchdog = new Thread(this::watchdog, "tinychat-timeouts");
        watchdog.setDaemon(true);
        watchdog.start();
      }
    }
  }

  /** Ends the watch of {@code call}: {@code false} if its deadline passed and it was interrupted. */
  boolean unwatch(Call<?> call) {
    synchronized (watched) {
      if (call.waiter == null) {
        return false;
      }
      remove(call);
      return true;
    }
  }

  private void remove(Call<?> call) {
    if (call.earlier == null) {
      first = call.later;
    } else {
      call.earlier.later = call.later;
    }
    if (call.later == null) {
      last = call.earlier;
    } else {
      call.later.earlier = call.earlier;
    }
    call.earlier = call.later = null;
    call.waiter = null;
  }

  /** Interrupts calls past their deadline; ends after a whole timeout without any, or on close. */
  private void watchdog() {
    synchronized (watched) {
      boolean idle = false;
      while (first != null || !idle && !closed) {
        idle = first == null;
        long now = System.nanoTime();
        while (first != null && first.deadline - now <= 0) {
          Thread waiter = first.waiter;
          remove(first);
          waiter.interrupt(); // under the lock: unwatch, which takes it, then finds it delivered
        }
        long wait = first == null ? requestTimeout.toNanos() : first.deadline - now;
        try {
          watched.wait(Math.max(1, wait / 1_000_000 + 1));
        } catch (InterruptedException e) {
          break; // nobody else knows this thread
        }
      }
      watchdog = null;
    }
  }

  private void open(ApiRequest<?> request) {
    if (request == null) {
      throw new InvalidRequestException("request", "is null");
    }
    if (closed) {
      throw new IllegalStateException("this Transport is closed");
    }
  }

  /**
   * Waits between attempts, blocking; replace it to test retries without real time passing.
   * {@link Transport#sendAsync} runs it on the common pool.
   */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** Configures a {@link Transport}; only {@link #credentials} is required. */
  public static final class Builder {
    private String baseUrl = "https://chat.googleapis.com";
    private Credentials credentials;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private RetryPolicy policy = RetryPolicy.defaults();
    private Sleeper sleeper;
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier random;
    private System.Logger logger = System.getLogger("dev.tinychat.http");
    private int maxResponseBytes = 16 << 20;

    private Builder() {}

    /** Where the API lives; default {@code https://chat.googleapis.com}. */
    public Builder baseUrl(String baseUrl) {
      URI uri = baseUrl == null ? null : URI.create(baseUrl.strip());
      if (uri == null
          || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "baseUrl must be an http or https URL without query, got " + baseUrl);
      }
      this.baseUrl = uri.toString().replaceAll("/+$", "");
      return this;
    }

    /** Where tokens come from; required (a fixed token: {@code Credentials.ofToken(token)}). */
    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /** How long to wait for a connection; default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /** How long each attempt may wait for its response; default 60 s. */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive("requestTimeout", timeout);
      return this;
    }

    /** What to retry and how; default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy policy) {
      if (policy == null) {
        throw new IllegalArgumentException("retryPolicy is null; use RetryPolicy.none()");
      }
      this.policy = policy;
      return this;
    }

    /** The most bytes a response body may have, compressed or not; default 16 MiB. */
    public Builder maxResponseBytes(int maxResponseBytes) {
      if (maxResponseBytes < 1 || maxResponseBytes > 1 << 30) {
        throw new IllegalArgumentException(
            "maxResponseBytes must be within 1 and 2^30, got " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /** How to wait between attempts; default real time. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = nonNull("sleeper", sleeper);
      return this;
    }

    /** The time for the total retry budget and {@code Retry-After} dates; default UTC. */
    public Builder clock(Clock clock) {
      this.clock = nonNull("clock", clock);
      return this;
    }

    /** Uniform doubles in [0, 1) for the backoff jitter; default {@link ThreadLocalRandom}. */
    public Builder random(DoubleSupplier random) {
      this.random = nonNull("random", random);
      return this;
    }

    /** Where to log; default {@code System.getLogger("dev.tinychat.http")}. */
    public Builder logger(System.Logger logger) {
      this.logger = nonNull("logger", logger);
      return this;
    }

    /** The transport; fails without credentials. */
    public Transport build() {
      if (credentials == null) {
        throw new IllegalStateException(
            "no credentials: set Transport.builder().credentials(...), for a fixed token"
                + " Credentials.ofToken(token)");
      }
      return new Transport(this);
    }

    private static Duration positive(String name, Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }

    private static <V> V nonNull(String name, V value) {
      if (value == null) {
        throw new IllegalArgumentException(name + " is null");
      }
      return value;
    }
  }
}
