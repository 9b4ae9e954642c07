package dev.tinychat.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.tinychat.sample.emulator.ChatEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as the tool runs it: a server in this JVM, and separate runs of the tool (each its
 * own {@link Main#run}) against it, across a restart with a state file.
 */
class ServeTest {
  @TempDir Path dir;

  private Thread server;
  private final AtomicInteger serverExit = new AtomicInteger(-1);
  private final ByteArrayOutputStream serverOut = new ByteArrayOutputStream();

  @AfterEach
  void stop() throws InterruptedException {
    stopServer();
  }

  private static ToolRun run(String... args) {
    return ToolRun.of(args);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Starts {@code serve} on a thread and waits (at most 10 s) until it accepts connections. */
  private String startServer(String... args) throws Exception {
    int port = freePort();
    String[] argv = new String[args.length + 3];
    argv[0] = "serve";
    argv[1] = "--port";
    argv[2] = Integer.toString(port);
    System.arraycopy(args, 0, argv, 3, args.length);
    serverOut.reset();
    PrintStream out = new PrintStream(serverOut, true, StandardCharsets.UTF_8);
    server = new Thread(() -> serverExit.set(Main.run(argv, out, out)), "serve-under-test");
    server.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    // Ready once it has printed its last line (it listens before that).
    while (!serverOut.toString(StandardCharsets.UTF_8).contains("Stop with Ctrl+C.")) {
      if (System.nanoTime() > deadline || !server.isAlive()) {
        throw new AssertionError("serve did not start: " + serverOut);
      }
      Thread.sleep(20);
    }
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return "http://127.0.0.1:" + port;
    }
  }

  private void stopServer() throws InterruptedException {
    if (server != null) {
      server.interrupt();
      server.join(10_000);
      assertFalse(server.isAlive(), "serve stops when interrupted");
      server = null;
    }
  }

  private static String[] tool(String endpoint, String... args) {
    String[] argv = new String[args.length + 4];
    System.arraycopy(args, 0, argv, 0, args.length);
    argv[args.length] = "--endpoint";
    argv[args.length + 1] = endpoint;
    argv[args.length + 2] = "--token";
    argv[args.length + 3] = ChatEmulator.DEFAULT_USER_TOKEN;
    return argv;
  }

  @Test
  void createThenGetThenMembersWorkAcrossRunsAndRestarts() throws Exception {
    Path state = dir.resolve("chat-state.json");
    String endpoint = startServer("--state", state.toString());

    ToolRun create = run(tool(endpoint, "create", "--display-name", "Team"));
    assertEquals(0, create.exit(), create.err());
    String name = create.json().get("name").getAsString();
    ToolRun get = run(tool(endpoint, "get", name));
    assertEquals(0, get.exit(), get.err());
    assertEquals(create.json(), get.json());
    ToolRun members = run(tool(endpoint, "members", name));
    assertEquals(0, members.exit(), members.err());
    assertEquals(
        ChatEmulator.DEFAULT_USER,
        members.json().getAsJsonArray("memberships").get(0).getAsJsonObject()
            .getAsJsonObject("member").get("name").getAsString());

    // Any HTTP client, as curl would.
    HttpResponse<String> curl =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(endpoint + "/v1/" + name))
                    .header("Authorization", "Bearer " + ChatEmulator.DEFAULT_USER_TOKEN)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, curl.statusCode());
    assertEquals(create.json(), JsonParser.parseString(curl.body()));

    stopServer();
    assertEquals(0, serverExit.get());
    assertTrue(Files.exists(state));
    String restarted = startServer("--state", state.toString());

    ToolRun again = run(tool(restarted, "get", name));
    assertEquals(0, again.exit(), again.err());
    assertEquals(create.json(), again.json());
    assertEquals(1, run(tool(restarted, "create", "--display-name", "team")).exit(),
        "the name is still taken after the restart");
  }

  @Test
  void methodCommandsReadWhatOtherRunsAndClientsMadeAndPageThroughIt() throws Exception {
    String endpoint = startServer();
    ToolRun setup = run(tool(endpoint, "setup", "--display-name", "Team", "--member", "users/a",
        "--member", "users/b", "--member", "users/c"));
    assertEquals(0, setup.exit(), setup.err());
    String space = setup.json().get("name").getAsString();
    // A message as curl would post it.
    HttpResponse<String> posted = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(endpoint + "/v1/" + space + "/messages"))
            .header("Authorization", "Bearer " + ChatEmulator.DEFAULT_USER_TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, posted.statusCode(), posted.body());
    String message = JsonParser.parseString(posted.body()).getAsJsonObject().get("name").getAsString();

    ToolRun members = run(tool(endpoint, "members", "list", space, "--page-size", "1"));
    ToolRun spaces = run(tool(endpoint, "spaces", "list"));
    ToolRun messages = run(tool(endpoint, "messages", "list", space));
    ToolRun get = run(tool(endpoint, "messages", "get", message));
    ToolRun reactions = run(tool(endpoint, "reactions", "list", message));

    assertEquals(0, members.exit(), members.err());
    assertEquals(4, members.json().getAsJsonArray("memberships").size(), members.out());
    assertEquals(space, spaces.json().getAsJsonArray("spaces").get(0).getAsJsonObject()
        .get("name").getAsString());
    assertEquals(message, messages.json().getAsJsonArray("messages").get(0).getAsJsonObject()
        .get("name").getAsString());
    assertEquals("hi", get.json().get("text").getAsString());
    assertEquals(0, reactions.exit(), reactions.err());
    assertEquals(0, reactions.json().getAsJsonArray("reactions").size());
  }

  @Test
  void withoutAStateFileARestartStartsEmpty() throws Exception {
    String endpoint = startServer();
    String name = run(tool(endpoint, "create", "--display-name", "Team")).json().get("name")
        .getAsString();
    stopServer();

    String restarted = startServer();
    ToolRun get = run(tool(restarted, "get", name));

    assertEquals(1, get.exit());
    assertTrue(get.err().contains("Requested entity was not found."), get.err());
    assertTrue(serverOut.toString(StandardCharsets.UTF_8).contains("(state in memory only)"));
  }

  @Test
  void servePrintsWhereAndHowToCallIt() throws Exception {
    String endpoint = startServer();

    String printed = serverOut.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("Chat API emulator at " + endpoint), printed);
    assertTrue(
        printed.contains("--endpoint " + endpoint + " --token " + ChatEmulator.DEFAULT_USER_TOKEN),
        printed);
  }

  @Test
  void serveHelpListsItsOptions() {
    ToolRun help = run("serve", "--help");

    assertEquals(0, help.exit());
    assertTrue(help.out().startsWith("Usage: java -jar tinychat-sample.jar serve"), help.out());
    assertTrue(help.out().contains("  --port N "), help.out());
    assertTrue(help.out().contains("  --state FILE "), help.out());
    assertFalse(help.out().contains("--display-name"), help.out());
  }

  @Test
  void wrongServeCommandLinesAreUsageErrors() throws IOException {
    ToolRun badPort = run("serve", "--port", "http");
    ToolRun foreign = run("serve", "--display-name", "x");
    ToolRun misplaced = run("get", "spaces/AAAAAAAAAAA", "--state", "x.json");

    assertEquals(2, badPort.exit());
    assertEquals(
        "usage error: --port must be a number from 0 to 65535 (0: any free port), but was http",
        badPort.err().lines().findFirst().orElseThrow());
    assertEquals(2, foreign.exit());
    assertEquals(
        "usage error: --display-name does not apply to serve, which takes --port and --state",
        foreign.err().lines().findFirst().orElseThrow());
    assertEquals(2, misplaced.exit());
    assertEquals(
        "usage error: --state belongs to serve, not get",
        misplaced.err().lines().findFirst().orElseThrow());
  }

  @Test
  void aPortInUseOrABadStateFileFailWithExit1() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "[]");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ToolRun inUse = run("serve", "--port", Integer.toString(taken.getLocalPort()));

      assertEquals(1, inUse.exit());
      assertTrue(
          inUse.err().startsWith("error: cannot start the Chat emulator on port "
              + taken.getLocalPort()),
          inUse.err());
    }
    ToolRun badState = run("serve", "--port", "0", "--state", bad.toString());
    assertEquals(1, badState.exit());
    assertTrue(badState.err().contains("is not a state file of the Chat emulator"), badState.err());
  }
}
