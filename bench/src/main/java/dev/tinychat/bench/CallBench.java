package dev.tinychat.bench;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.chat.v1.HangoutsChat;
import dev.tinychat.auth.Credentials;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpacesClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One spaces.create call over loopback {@code http}, steady state, against {@link StubServer} in
 * the same JVM (its work, the same for every side, is in every figure):
 *
 * <ul>
 *   <li>{@code floor}: the bare JDK {@code java.net.http} client (HTTP/1.1, as tinychat uses over
 *       http) posting a hand-written body with the token, reading the answer as bytes, decoding
 *       nothing: the least any {@code java.net.http} client can do;
 *   <li>{@code tinychat}: the generated {@code SpacesClient}, decoding the Space;
 *   <li>{@code googleClient}: {@code google-api-services-chat} on its default transport.
 * </ul>
 *
 * <p>{@code paired} makes one floor call and one tinychat call per operation, in alternating
 * order, and adds up each side's nanoseconds ({@link Split}): the two are timed microseconds
 * apart, under the same load, so their ratio holds on a shared machine where separate runs
 * (even interleaved forks) drift by more than the difference measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// without TCP_NODELAY on the server, every answer waits ~40 ms for a delayed ACK on loopback
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class CallBench {
  static final String TOKEN = "bench-token";
  static final String NAME = "Benchmarks and release planning";
  static final byte[] BODY = ("{\"spaceType\":\"SPACE\",\"displayName\":\"" + NAME + "\"}")
      .getBytes(StandardCharsets.UTF_8);

  private StubServer server;
  private SpacesClient tinychat;
  private HttpClient jdk;
  private String floorUrl;
  private HangoutsChat google;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = StubServer.http();
    tinychat = SpacesClient.builder().baseUrl(server.baseUrl())
        .credentials(Credentials.ofToken(TOKEN)).build();
    jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    floorUrl = server.baseUrl() + "/v1/spaces?requestId=";
    google = new HangoutsChat.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
            request -> request.getHeaders().setAuthorization("Bearer " + TOKEN))
        .setRootUrl(server.baseUrl() + "/")
        .setApplicationName("tinychat-bench")
        .build();
    // every side must get the same answer before anything is timed
    if (floor().length != Fixtures.SPACE_RESPONSE.getBytes(StandardCharsets.UTF_8).length
        || !tinychat().name().equals(googleClient().getName())) {
      throw new IllegalStateException("the three clients disagree");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    tinychat.close();
    server.close();
    if (server.refused() > 0) {
      throw new IllegalStateException(server.refused() + " requests were refused as malformed");
    }
  }

  @Benchmark
  public byte[] floor() throws IOException {
    // like every create, with its own requestId: the URI is made per call
    HttpRequest request = HttpRequest.newBuilder(URI.create(floorUrl + "bench-request"))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(BODY))
        .build();
    try {
      HttpResponse<byte[]> response = jdk.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Each side's time in {@link #paired}, summed per iteration (JMH prints them per iteration). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Split {
    public long floorNanos;
    public long tinychatNanos;
    public long pairs;

    @Setup(Level.Iteration)
    public void reset() {
      floorNanos = 0;
      tinychatNanos = 0;
      pairs = 0;
    }
  }

  @Benchmark
  public Space paired(Split split, Blackhole sink) throws IOException {
    boolean floorFirst = (split.pairs++ & 1) == 0;
    long start = System.nanoTime();
    if (floorFirst) {
      sink.consume(floor());
    }
    long middle = System.nanoTime();
    Space space = tinychat();
    long end = System.nanoTime();
    if (!floorFirst) {
      sink.consume(floor());
      split.floorNanos += System.nanoTime() - end;
    } else {
      split.floorNanos += middle - start;
    }
    split.tinychatNanos += end - middle;
    return space;
  }

  @Benchmark
  public Space tinychat() {
    return tinychat.create(CreateSpace.namedSpace(NAME).requestId("bench-request"));
  }

  @Benchmark
  public com.google.api.services.chat.v1.model.Space googleClient() throws IOException {
    return google.spaces()
        .create(new com.google.api.services.chat.v1.model.Space()
            .setSpaceType("SPACE").setDisplayName(NAME))
        .setRequestId("bench-request")
        .execute();
  }
}
