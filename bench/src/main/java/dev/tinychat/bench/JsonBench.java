package dev.tinychat.bench;

import dev.tinychat.sample.chat.Space;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding one full Space response (1,601 bytes) and encoding one create request, in process:
 * tinychat's generated {@code SpaceJson}; Google's client ({@code JsonObjectParser} over
 * {@code GsonFactory}, the path its HTTP responses take); and plain Gson and Jackson data binding
 * to records ({@link SpaceRecord}). Run with {@code -prof gc} for the allocation per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBench {
  private Fixtures fixtures;

  /** Fails the run unless every codec decodes and encodes the same JSON. */
  @Setup
  public void setUp() throws IOException {
    fixtures = new Fixtures();
    fixtures.checkSameBehaviour();
  }

  @Benchmark
  public Space decodeTinychat() {
    return fixtures.decodeOurs();
  }

  @Benchmark
  public Object decodeGoogleClient() {
    return fixtures.decodeGoogle();
  }

  @Benchmark
  public Object decodeGson() {
    return fixtures.decodeGson();
  }

  @Benchmark
  public Object decodeJackson() throws IOException {
    return fixtures.decodeJackson();
  }

  @Benchmark
  public byte[] encodeTinychat() {
    return fixtures.encodeOurs();
  }

  @Benchmark
  public byte[] encodeGoogleClient() {
    return fixtures.encodeGoogle();
  }

  @Benchmark
  public byte[] encodeGson() {
    return fixtures.encodeGson();
  }

  @Benchmark
  public byte[] encodeJackson() throws IOException {
    return fixtures.encodeJackson();
  }
}
