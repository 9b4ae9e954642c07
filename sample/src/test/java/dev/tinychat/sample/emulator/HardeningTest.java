package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Limits that keep the emulator's memory and threads bounded whatever clients do. */
class HardeningTest {
  private ChatEmulator emulator;

  @AfterEach
  void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }

  private Wire start(ChatEmulator.Builder builder) {
    emulator = builder.user("alice", "users/alice", ChatScopes.ALL_USER_SCOPES).start();
    return new Wire(emulator);
  }

  @Test
  void theRequestLogKeepsTheLatestRequestsOnly() {
    Wire wire = start(ChatEmulator.builder().requestLogLimit(5));

    for (int i = 0; i < 20; i++) {
      wire.get("alice", "spaces", "?pageSize=" + i);
    }

    List<RecordedRequest> log = emulator.requestLog();
    assertEquals(5, log.size());
    assertEquals("pageSize=15", log.get(0).query());
    assertEquals("pageSize=19", log.get(4).query());
  }

  @Test
  void theRequestLogCutsLargeBodies() {
    Wire wire = start(ChatEmulator.builder());
    String big = "{\"displayName\":\"" + "x".repeat(200_000) + "\"}";

    wire.create("alice", big);

    assertEquals(64 * 1024, emulator.requestLog().get(0).body().length);
  }

  @Test
  void aLogLimitOfZeroKeepsNothing() {
    Wire wire = start(ChatEmulator.builder().requestLogLimit(0));

    wire.get("alice", "spaces", "");

    assertEquals(List.of(), emulator.requestLog());
  }

  @Test
  void aBodyOverTheLimitIs400AndNothingIsMade() {
    Wire wire = start(ChatEmulator.builder().maxRequestBody(1000));
    String body = "{\"spaceType\":\"SPACE\",\"displayName\":\"" + "x".repeat(1000) + "\"}";

    Wire.Answer answer = wire.create("alice", body);

    assertEquals(
        "Request payload size exceeds the limit: 1000 bytes.",
        answer.error(400, "INVALID_ARGUMENT"));
    assertEquals(0, emulator.spaceCount());
  }

  @Test
  void aChunkedBodyOverTheLimitIs400() {
    start(ChatEmulator.builder().maxRequestBody(1000));
    byte[] body = new byte[5000];
    Arrays.fill(body, (byte) ' ');
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1/spaces"))
            .header("Authorization", "Bearer alice")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(body)))
            .build();

    assertEquals(
        "Request payload size exceeds the limit: 1000 bytes.",
        Wire.send(request).error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void aHugeDeclaredLengthIsAnsweredWithoutWaitingForTheBody() throws IOException {
    start(ChatEmulator.builder().maxRequestBody(1000));

    try (Socket socket = connect()) {
      write(socket, "POST /v1/spaces HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer alice\r\n"
          + "Content-Length: 999999999999\r\n\r\n{");
      String answer = readAll(socket.getInputStream());

      assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
      assertTrue(answer.contains("Request payload size exceeds the limit: 1000 bytes."), answer);
    }
  }

  @Test
  void aClientThatStallsInItsHeadersOrBodyIsCutOffWhileOthersAreServed() throws IOException {
    Wire wire = start(ChatEmulator.builder().requestTimeout(Duration.ofMillis(300)));

    try (Socket headers = connect();
        Socket body = connect()) {
      write(headers, "GET /v1/spaces HTTP/1.1\r\nHost: x\r\n");
      write(body, "POST /v1/spaces HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer alice\r\n"
          + "Content-Length: 100\r\n\r\n{\"space");
      // Others are served while the two stall.
      assertEquals(200, wire.get("alice", "spaces", "").status());
      long start = System.nanoTime();

      assertEquals("", readAll(headers.getInputStream()), "closed without an answer");
      assertEquals("", readAll(body.getInputStream()), "closed without an answer");
      assertTrue(
          System.nanoTime() - start < Duration.ofSeconds(5).toNanos(),
          "cut off near the 300 ms deadline, not at the socket timeout");
    }
    assertEquals(0, emulator.spaceCount());
    // The pooled threads that were interrupted serve new requests normally.
    for (int i = 0; i < 5; i++) {
      assertEquals(200, wire.get("alice", "spaces", "").status());
    }
  }

  @Test
  void limitsAreCheckedWhenConfigured() {
    ChatEmulator.Builder builder = ChatEmulator.builder();
    assertEquals(
        "bytes must not be negative, but was -1",
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> builder.maxRequestBody(-1))
            .getMessage());
    assertEquals(
        "timeout must be positive, but was PT0S",
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> builder.requestTimeout(Duration.ZERO))
            .getMessage());
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Everything until the server closes (or resets) the connection. */
  private static String readAll(InputStream in) throws IOException {
    byte[] buffer = new byte[8192];
    StringBuilder text = new StringBuilder();
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
    } catch (java.net.SocketException e) {
      // reset by the server: also closed
    }
    return text.toString();
  }
}
