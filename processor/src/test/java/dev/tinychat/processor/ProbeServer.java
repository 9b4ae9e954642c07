package dev.tinychat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javax.tools.JavaFileObject;

/**
 * Generated code run end to end: compiles definitions with a {@code test.Probe} (a {@code
 * Function<String, String>} applied to {@code "scenario baseUrl"}), loads it, and serves its calls
 * on a loopback server that records each request as {@code METHOD rawPath[?query][ body]} (the
 * query decoded) and answers {@link #answer} (an empty answer is a 204).
 */
final class ProbeServer implements AutoCloseable {
  /** The requests received since the last {@link #call}. */
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  /** What the server answers, JSON or empty. */
  volatile String answer;
  private final Function<String, String> probe;
  private final HttpServer server;

  private ProbeServer(Function<String, String> probe, String answer) throws IOException {
    this.probe = probe;
    this.answer = answer;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String query = exchange.getRequestURI().getQuery();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
          + (query == null ? "" : "?" + query) + (body.isEmpty() ? "" : " " + body));
      byte[] bytes = this.answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(bytes.length == 0 ? 204 : 200, bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  /** Compiles {@code sources} (which hold {@code test.Probe}) into {@code classes} and serves. */
  @SuppressWarnings("unchecked") // test.Probe is compiled as a Function<String, String>
  static ProbeServer start(Path classes, String answer, List<JavaFileObject> sources) throws Exception {
    Compilation compilation = Definitions.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    SampleDefinitions.writeClasses(compilation, classes);
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ProbeServer.class.getClassLoader());
    return new ProbeServer(
        (Function<String, String>) loader.loadClass("test.Probe").getDeclaredConstructor().newInstance(), answer);
  }

  /** Runs one scenario of the probe against this server; forgets the requests before. */
  String call(String scenario) {
    requests.clear();
    return probe.apply(scenario + " http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
