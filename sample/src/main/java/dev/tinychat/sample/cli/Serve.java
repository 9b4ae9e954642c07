package dev.tinychat.sample.cli;

import dev.tinychat.sample.emulator.ChatEmulator;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: the embedded Chat API emulator as a long-lived server on 127.0.0.1, optionally
 * keeping its state in a file, so that separate runs of the tool (with {@code --endpoint}), curl or
 * Google's own client work on the same spaces. Runs until the process is stopped (Ctrl+C) or the
 * calling thread is interrupted.
 */
final class Serve {
  /** The port when none is given. */
  static final int DEFAULT_PORT = 8085;

  private static final List<String> FLAGS = List.of("--port", "--state");

  private Serve() {}

  static int run(Args args, PrintStream out, PrintStream err) {
    for (String flag : Main.flagsGiven(args)) {
      if (!FLAGS.contains(flag)) {
        throw new UsageException(flag + " does not apply to serve, which takes --port and --state");
      }
    }
    if (!args.operands().isEmpty()) {
      throw new UsageException("serve takes no operand, but got " + args.operands().get(0));
    }
    int port = port(args.value("--port"));
    String state = args.value("--state");
    // A long-lived server keeps no request log: nothing reads it.
    ChatEmulator.Builder builder =
        ChatEmulator.builder().withDefaults().port(port).requestLogLimit(0);
    if (state != null) {
      builder.stateFile(Path.of(state));
    }
    ChatEmulator emulator;
    try {
      emulator = builder.start();
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
      return Main.FAILED;
    } catch (IllegalStateException e) {
      err.println("error: " + e.getMessage());
      return Main.FAILED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      emulator.close();
      stopped.countDown();
    }, "tinychat-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    String url = emulator.baseUrl();
    out.println("Chat API emulator at " + url
        + (state == null ? " (state in memory only)" : " (state in " + state + ")"));
    out.println("User token: " + ChatEmulator.DEFAULT_USER_TOKEN + " (" + ChatEmulator.DEFAULT_USER
        + "); app token: " + ChatEmulator.DEFAULT_APP_TOKEN + " ("
        + ChatEmulator.DEFAULT_APP + ")");
    out.println("Try: java -jar tinychat-sample.jar create --display-name Team --endpoint " + url
        + " --token " + ChatEmulator.DEFAULT_USER_TOKEN);
    out.println("Stop with Ctrl+C.");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      emulator.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook runs anyway
      }
    }
    return Main.OK;
  }

  private static int port(String text) {
    if (text == null) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new UsageException("--port must be a number from 0 to 65535 (0: any free port), but was "
        + text);
  }
}
