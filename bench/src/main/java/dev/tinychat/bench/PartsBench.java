package dev.tinychat.bench;

import dev.tinychat.http.ApiRequest;
import dev.tinychat.json.JsonReader;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpaceJson;
import dev.tinychat.sample.chat.SpacesClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pieces of one {@link CallBench} create that run in the caller's thread, each alone and in
 * process (no I/O), to tell where tinychat's time per call goes beyond the floor's: the typed
 * factory, the generated checks, building the {@code ApiRequest} (query and body encoded), the
 * JDK request each side hands to {@code HttpClient.send}, and decoding the answer. The JDK's own
 * work for the extra headers (validating, writing; the server reading them) is not in here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PartsBench {
  private static final String BASE = "http://127.0.0.1:8080";
  private final Space space = CreateSpace.namedSpace(CallBench.NAME).space();
  private final byte[] body = ApiRequest.post("/v1/spaces")
      .body(SpaceJson.SHAPE, space).build(SpaceJson.SHAPE).body();
  private final byte[] response = Fixtures.SPACE_RESPONSE.getBytes(StandardCharsets.UTF_8);

  /** The typed factory, and the Space it carries. */
  @Benchmark
  public Space factory() {
    return CreateSpace.namedSpace(CallBench.NAME).requestId("bench-request").space();
  }

  /** The generated checks of a create: the combination and the value limits. */
  @Benchmark
  public Space checkCreate() {
    SpacesClient.checkCreate(space, "bench-request");
    return space;
  }

  /** The ApiRequest: path, query, body encoded to bytes. */
  @Benchmark
  public ApiRequest<Space> apiRequest() {
    return ApiRequest.post("/v1/spaces")
        .query("requestId", ApiRequest.idempotencyKey("bench-request"))
        .body(SpaceJson.SHAPE, space)
        .retrySafe()
        .build(SpaceJson.SHAPE);
  }

  /** The JDK request the floor builds. */
  @Benchmark
  public HttpRequest floorHttpRequest() {
    return HttpRequest.newBuilder(URI.create(BASE + "/v1/spaces?requestId=" + "bench-request"))
        .header("Authorization", "Bearer " + CallBench.TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(CallBench.BODY))
        .build();
  }

  /** The JDK request tinychat's transport builds for each attempt (as in {@code Call.next}). */
  @Benchmark
  public HttpRequest tinychatHttpRequest() {
    return HttpRequest.newBuilder(URI.create(BASE + "/v1/spaces" + "?" + "requestId=bench-request"))
        .timeout(Duration.ofNanos(60_000_000_000L))
        .header("Authorization", "Bearer " + CallBench.TOKEN)
        .header("User-Agent", "tinychat/0.1.0-SNAPSHOT Java/17.0.15")
        .header("Accept-Encoding", "gzip")
        .header("Content-Type", "application/json; charset=utf-8")
        .method("POST", HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  /** Decoding the answer into a Space (the floor decodes nothing). */
  @Benchmark
  public Space decode() {
    JsonReader json = JsonReader.of(response, JsonReader.DEFAULT_MAX_DEPTH, 16 << 20);
    Space value = SpaceJson.read(json);
    json.endDocument();
    return value;
  }
}
