package dev.tinychat.http;

import dev.tinychat.auth.Credentials;
import org.junit.jupiter.api.AfterEach;

/**
 * A test against a real server on loopback, through a transport that calls it with a token; both
 * are closed after each test.
 */
abstract class OnLoopback {
  final TestServer server = TransportTest.newServer();
  final Transport transport = Transport.builder().baseUrl(server.url())
      .credentials(Credentials.ofToken(TransportTest.TOKEN)).build();

  @AfterEach
  void closeTransportAndServer() {
    transport.close();
    server.close();
  }
}
