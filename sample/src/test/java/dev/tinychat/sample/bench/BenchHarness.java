package dev.tinychat.sample.bench;

import dev.tinychat.sample.emulator.ChatEmulator;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Compares tinychat with Google's own Java client for the Chat API: run-time class path size,
 * start-up of a fresh JVM that creates one space, and warm JSON codec throughput. Prints markdown
 * tables on standard output and progress on standard error; exits non-zero if anything fails.
 *
 * <p>Run by {@code bench/run}, which builds the modules and passes:
 *
 * <pre>
 * --runtime-jar runtime/target/tinychat-runtime.jar
 * --classes sample/target/classes --test-classes sample/target/test-classes
 * --google-classpath &lt;google-api-services-chat and its run-time closure&gt;
 * [--runs 15] [--warmup 2] [--rounds 20] [--warmup-rounds 5] [--batch 20000]
 * </pre>
 */
public final class BenchHarness {
  private static final String CHAT_PACKAGE = "dev/tinychat/sample/chat";

  private final Path runtimeJar;
  private final Path classes;
  private final Path testClasses;
  private final List<Path> googleClasspath;
  private final int runs;
  private final int warmup;
  private final int rounds;
  private final int warmupRounds;
  private final int batch;
  private final PrintStream out = System.out;
  private final PrintStream log = System.err;

  private BenchHarness(Map<String, String> options) {
    runtimeJar = Path.of(required(options, "--runtime-jar"));
    classes = Path.of(required(options, "--classes"));
    testClasses = Path.of(required(options, "--test-classes"));
    googleClasspath = new ArrayList<>();
    for (String entry : required(options, "--google-classpath").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        googleClasspath.add(Path.of(entry));
      }
    }
    runs = number(options, "--runs", 15);
    warmup = number(options, "--warmup", 2);
    rounds = number(options, "--rounds", 20);
    warmupRounds = number(options, "--warmup-rounds", 5);
    batch = number(options, "--batch", 20_000);
  }

  /** Runs all three benchmarks; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("Arguments come in pairs: --option value; got " + args.length);
    }
    new BenchHarness(options).run();
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("Missing " + name);
    }
    return value;
  }

  private static int number(Map<String, String> options, String name, int fallback) {
    String value = options.get(name);
    return value == null ? fallback : Integer.parseInt(value);
  }

  private void run() throws Exception {
    long start = System.nanoTime();
    out.printf(
        Locale.ROOT,
        "Machine: %d cores available to the JVM, %s %s (%s), %s %s %s%n%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vendor"),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"));
    sizes();
    startup();
    throughput();
    log.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  // ---------------------------------------------------------------------------------- size

  private void sizes() throws IOException {
    log.println("size ...");
    List<Path> chatClasses;
    try (Stream<Path> files = Files.walk(classes.resolve(CHAT_PACKAGE))) {
      chatClasses = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    long chatClassBytes = 0;
    for (Path file : chatClasses) {
      chatClassBytes += Files.size(file);
    }
    long chatJarBytes = jarSize(chatClasses);
    long runtimeBytes = Files.size(runtimeJar);
    long ours = runtimeBytes + chatJarBytes;
    long google = 0;
    for (Path jar : googleClasspath) {
      google += Files.size(jar);
    }
    out.println("## Size of the run-time class path");
    out.println();
    out.println("| client | what | bytes |");
    out.println("|---|---|---:|");
    out.printf(Locale.ROOT, "| tinychat | `%s` | %,d |%n", runtimeJar.getFileName(), runtimeBytes);
    out.printf(
        Locale.ROOT,
        "| tinychat | Chat definitions + generated code: %d class files (%,d bytes uncompressed), as a jar | %,d |%n",
        chatClasses.size(),
        chatClassBytes,
        chatJarBytes);
    out.printf(Locale.ROOT, "| **tinychat** | **total** | **%,d** |%n", ours);
    out.printf(
        Locale.ROOT,
        "| **Google** | **`google-api-services-chat` + run-time closure: %d jars** | **%,d** |%n",
        googleClasspath.size(),
        google);
    out.printf(Locale.ROOT, "%nGoogle ÷ tinychat: **%.1f×**%n%n", (double) google / ours);
    out.println("<details><summary>Google's closure, jar by jar</summary>");
    out.println();
    out.println("| jar | bytes |");
    out.println("|---|---:|");
    List<Path> sorted = new ArrayList<>(googleClasspath);
    sorted.sort((a, b) -> Long.compare(size(b), size(a)));
    for (Path jar : sorted) {
      out.printf(Locale.ROOT, "| %s | %,d |%n", jar.getFileName(), size(jar));
    }
    out.println();
    out.println("</details>");
    out.println();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The size of a jar (default compression, no manifest) holding the given class files. */
  private long jarSize(List<Path> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes)) {
      for (Path file : files) {
        jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        jar.write(Files.readAllBytes(file));
        jar.closeEntry();
      }
    }
    return bytes.size();
  }

  // ------------------------------------------------------------------------------ start-up

  /** One kind of start-up run: a main on a class path, with extra arguments. */
  private record Variant(String label, String classpath, Class<?> main, List<String> extra) {}

  private void startup() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String oursClasspath = join(List.of(runtimeJar, classes, testClasses));
    List<Path> google = new ArrayList<>(googleClasspath);
    google.add(testClasses);
    String googleClasspathText = join(google);
    String bare = join(List.of(testClasses));
    List<Variant> variants =
        List.of(
            new Variant("tinychat", oursClasspath, TinychatCreate.class, List.of()),
            new Variant("Google", googleClasspathText, GoogleCreate.class, List.of()),
            new Variant(
                "Google + default SSLContext initialised (as on https)",
                googleClasspathText,
                GoogleCreate.class,
                List.of("--init-tls")),
            new Variant("baseline: JDK java.net.http alone, no JSON", bare, JdkHttpCreate.class, List.of()),
            new Variant("baseline: empty JVM, no call", bare, EmptyMain.class, List.of()));
    int n = variants.size();
    List<List<Double>> millis = new ArrayList<>();
    List<List<Double>> rss = new ArrayList<>();
    List<List<Double>> exit = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      millis.add(new ArrayList<>());
      rss.add(new ArrayList<>());
      exit.add(new ArrayList<>());
    }
    try (ChatEmulator emulator = ChatEmulator.withDefaults()) {
      int spacesBefore = emulator.spaceCount();
      int calls = 0;
      for (int round = 0; round < warmup + runs; round++) {
        boolean record = round >= warmup;
        log.printf(Locale.ROOT, "start-up %s %d/%d ...%n", record ? "run" : "warm-up",
            record ? round - warmup + 1 : round + 1, record ? runs : warmup);
        // the variant that goes first rotates from round to round, so drift hits all alike
        for (int i = 0; i < n; i++) {
          int v = (round + i) % n;
          Variant variant = variants.get(v);
          List<String> command = new ArrayList<>(List.of(java, "-cp", variant.classpath(),
              variant.main().getName(), emulator.baseUrl(), ChatEmulator.DEFAULT_USER_TOKEN,
              "Startup " + v + " " + round, "bench-" + v + "-" + round));
          command.addAll(variant.extra());
          Launch launch = launch(command);
          if (variant.main() != EmptyMain.class) {
            calls++;
          }
          if (record) {
            millis.get(v).add(launch.millis());
            exit.get(v).add(launch.exitMillis());
            if (launch.peakRssKb() >= 0) {
              rss.get(v).add(launch.peakRssKb() / 1024.0);
            }
          }
        }
      }
      if (emulator.spaceCount() != spacesBefore + calls) {
        throw new IllegalStateException(
            "Expected " + calls + " spaces created, the emulator holds "
                + (emulator.spaceCount() - spacesBefore));
      }
    }
    out.printf(
        Locale.ROOT,
        "## Start-up: fresh JVM, create one space on the emulator, exit (%d runs each after %d warm-up runs each)%n%n",
        runs,
        warmup);
    out.println(
        "| run | median ms | p90 ms | min ms | max ms | median ms from end of main to exit"
            + " | median peak RSS MiB |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (int v = 0; v < n; v++) {
      List<Double> m = millis.get(v);
      List<Double> r = rss.get(v);
      out.printf(
          Locale.ROOT,
          "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %s |%n",
          variants.get(v).label(),
          percentile(m, 50),
          percentile(m, 90),
          Collections.min(m),
          Collections.max(m),
          percentile(exit.get(v), 50),
          r.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.0f", percentile(r, 50)));
    }
    double ours = percentile(millis.get(0), 50);
    out.printf(
        Locale.ROOT,
        "%nGoogle median ÷ tinychat median: **%.2f×** (over http, as measured); with Google's TLS"
            + " set-up counted: **%.2f×**%n%n",
        percentile(millis.get(1), 50) / ours,
        percentile(millis.get(2), 50) / ours);
  }

  /** Wall-clock time of one run; peak RSS and time from the end of main to exit, or -1. */
  private record Launch(double millis, long peakRssKb, double exitMillis) {}

  private Launch launch(List<String> command) throws IOException, InterruptedException {
    String main = command.get(3);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    long start = System.nanoTime();
    Process process = builder.start();
    boolean exited = process.waitFor(120, TimeUnit.SECONDS);
    long nanos = System.nanoTime() - start;
    long exitedAt = System.currentTimeMillis();
    if (!exited) {
      process.destroyForcibly();
      throw new IllegalStateException(main + " did not exit within 120 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() != 0 || !output.startsWith("spaces/")) {
      throw new IllegalStateException(
          main + " failed with exit code " + process.exitValue() + ":\n" + output);
    }
    long rss = -1;
    double exitMillis = -1;
    for (String line : output.split("\n")) {
      if (line.startsWith(ChildReport.PEAK_RSS_KB)) {
        rss = Long.parseLong(line.substring(ChildReport.PEAK_RSS_KB.length()).trim());
      } else if (line.startsWith(ChildReport.MAIN_END_MILLIS)) {
        exitMillis = exitedAt - Long.parseLong(line.substring(ChildReport.MAIN_END_MILLIS.length()).trim());
      }
    }
    return new Launch(nanos / 1e6, rss, exitMillis);
  }

  private static String join(List<Path> entries) {
    List<String> texts = new ArrayList<>();
    for (Path entry : entries) {
      texts.add(entry.toAbsolutePath().toString());
    }
    return String.join(File.pathSeparator, texts);
  }

  // ---------------------------------------------------------------------------- throughput

  private void throughput() throws IOException {
    log.println("throughput ...");
    JsonThroughput bench = new JsonThroughput();
    bench.checkSameBehaviour();
    List<JsonThroughput.Result> results = bench.run(warmupRounds, rounds, batch);
    out.printf(
        Locale.ROOT,
        "## Warm JSON throughput, in process (%d rounds of %,d operations per side after %d warm-up rounds)%n%n",
        rounds,
        batch,
        warmupRounds);
    out.println("| operation | tinychat ops/s (median) | Google ops/s (median) | tinychat ÷ Google |");
    out.println("|---|---:|---:|---:|");
    for (JsonThroughput.Result result : results) {
      double ours = percentile(result.ours(), 50);
      double google = percentile(result.google(), 50);
      out.printf(
          Locale.ROOT,
          "| %s | %,.0f | %,.0f | **%.2f×** |%n",
          result.operation(),
          ours,
          google,
          ours / google);
    }
    out.println();
    log.println("(sink " + bench.sink() + ")");
  }

  /** Nearest-rank percentile; for 50 on an even count, the mean of the two middle values. */
  static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    if (p == 50) {
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
    int rank = (int) Math.ceil(p / 100.0 * n);
    return sorted.get(Math.max(0, rank - 1));
  }
}
