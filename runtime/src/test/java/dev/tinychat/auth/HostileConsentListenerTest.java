package dev.tinychat.auth;

import static dev.tinychat.Hostile.assertNoSecret;
import static dev.tinychat.Hostile.failsWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local connections that misbehave while the installed-app flow waits for the browser: idle ones,
 * slow ones and huge request lines neither delay the consent nor hold the listener past its
 * timeout, and a huge request line is dropped after its first 8 KiB.
 */
class HostileConsentListenerTest {
  private static final String CLIENT_SECRET = "GOCSPX-consent-client-secret";

  @TempDir Path dir;
  private final FakeTokenServer tokens = new FakeTokenServer();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<String> printed = new CopyOnWriteArrayList<>();

  HostileConsentListenerTest() throws IOException {
    tokens.answer = form -> FakeTokenServer.token("access-1", 3600, "scope-1", "refresh-1");
  }

  @AfterEach
  void stop() throws IOException {
    tokens.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  private Credentials credentials(Duration consentTimeout, Consumer<URI> browser)
      throws IOException {
    Path secrets = Files.writeString(dir.resolve("client_secrets.json"),
        "{\"installed\":{\"client_id\":\"client-1\",\"client_secret\":\"" + CLIENT_SECRET
            + "\",\"auth_uri\":\"http://127.0.0.1:9/auth\",\"token_uri\":\"" + tokens.uri()
            + "\"}}");
    return InstalledAppCredentials.builder(secrets, dir.resolve("token.json"), List.of("scope-1"))
        .browser(browser).out(printed::add).consentTimeout(consentTimeout).build();
  }

  private Socket connect(URI consent) throws IOException {
    URI redirect = URI.create(FakeTokenServer.parseForm(consent.getRawQuery()).get("redirect_uri"));
    Socket socket = new Socket("127.0.0.1", redirect.getPort());
    sockets.add(socket);
    return socket;
  }

  /** Starts {@code task} on a daemon thread; the browser hook must return at once. */
  private static void later(Callable task) {
    Thread thread = new Thread(() -> {
      try {
        task.call();
      } catch (Exception e) {
        // a socket the listener closed
      }
    });
    thread.setDaemon(true);
    thread.start();
  }

  private interface Callable {
    void call() throws Exception;
  }

  private static void trickle(Socket socket, String text, long pauseMillis) throws Exception {
    OutputStream out = socket.getOutputStream();
    for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
      out.write(b);
      out.flush();
      Thread.sleep(pauseMillis);
    }
  }

  @Test
  void idleSlowAndHugeConnectionsDoNotDelayTheConsent() {
    List<Integer> hugeAnswer = new CopyOnWriteArrayList<>();
    Credentials credentials = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        credentials(Duration.ofSeconds(60), consent -> later(() -> {
          Map<String, String> query = FakeTokenServer.parseForm(consent.getRawQuery());
          for (int i = 0; i < 8; i++) {
            connect(consent); // idle: never says a word
          }
          Socket slow = connect(consent);
          later(() -> trickle(slow, "GET /?code=slow&state=" + query.get("state"), 500));
          Socket huge = connect(consent);
          later(() -> {
            huge.getOutputStream().write(("GET /?" + "a".repeat(1 << 20)).getBytes(
                StandardCharsets.ISO_8859_1));
            hugeAnswer.add(huge.getInputStream().read());
          });
          Socket browser = connect(consent);
          browser.getOutputStream().write(("GET /?code=the-code&state=" + query.get("state")
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
          InputStream answer = browser.getInputStream();
          assertTrue(new String(answer.readAllBytes(), StandardCharsets.UTF_8)
              .contains("Access granted"));
        })));
    // served one after the other, the 8 idle connections alone would hold it 80 s
    AccessToken token = assertTimeoutPreemptively(Duration.ofSeconds(15), credentials::token);
    assertEquals("access-1", token.value());
    assertEquals("the-code", tokens.lastForm().get("code"));
  }

  @Test
  void aHugeRequestLineIsDroppedAfter8KiB() {
    List<Long> written = new CopyOnWriteArrayList<>();
    Credentials credentials = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        credentials(Duration.ofSeconds(3), consent -> later(() -> {
          Socket huge = connect(consent);
          OutputStream out = huge.getOutputStream();
          long n = 0;
          try {
            for (; n < 256L << 20; n += 8192) { // at most 256 MiB
              out.write(("GET /?" + "a".repeat(8186)).getBytes(StandardCharsets.ISO_8859_1));
            }
          } finally {
            written.add(n);
          }
        })));
    CredentialsException e = failsWithin(Duration.ofSeconds(3), CredentialsException.class,
        credentials::token);
    assertTrue(e.getMessage().contains("No answer from the browser"), e.getMessage());
    assertTrue(written.size() == 1 && written.get(0) < 64L << 20, written.toString());
    assertNoSecret(e, printed, CLIENT_SECRET);
  }

  @Test
  void aSlowConnectionDoesNotHoldTheListenerPastTheConsentTimeout() {
    Duration timeout = Duration.ofSeconds(1);
    Credentials credentials = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        credentials(timeout, consent -> later(() -> {
          Socket slow = connect(consent);
          trickle(slow, "GET /?code=x&state=y HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "X: y\r\n".repeat(100), 300);
        })));
    CredentialsException e =
        failsWithin(timeout, CredentialsException.class, credentials::token);
    assertTrue(e.getMessage().contains("within PT1S"), e.getMessage());
    assertNoSecret(e, printed, CLIENT_SECRET);
  }
}
