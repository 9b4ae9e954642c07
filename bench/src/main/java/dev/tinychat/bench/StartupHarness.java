package dev.tinychat.bench;

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
 * Compares tinychat with Google's own Java client for the Chat API: run-time class path size, and
 * start-up of a fresh JVM that creates one space and exits, over plain {@code http} and over
 * {@code https} (a self-signed certificate made for the run with {@code keytool}, added to a copy
 * of the JDK's trust store that every client is given), without and with a class-data cache made
 * by a training run: AppCDS ({@code -XX:ArchiveClassesAtExit}) on every JDK, and the AOT cache
 * ({@code -XX:AOTCacheOutput}/{@code -XX:AOTCache}) from JDK 25. Prints markdown on standard
 * output, progress on standard error; exits non-zero if any run fails its check.
 *
 * <p>Run by {@code bench/run}, which builds the module and passes:
 *
 * <pre>
 * --runtime-jar runtime/target/tinychat-runtime.jar --classes sample/target/classes
 * --bench-classes bench/target/classes --google-classpath &lt;Google's run-time closure&gt;
 * --work bench/target/startup [--runs 10] [--warmup 1]
 * </pre>
 */
public final class StartupHarness {
  private static final String CHAT_PACKAGE = "dev/tinychat/sample/chat";
  private static final String STORE_PASSWORD = "changeit";

  private final Path runtimeJar;
  private final Path classes;
  private final Path benchClasses;
  private final List<Path> googleClasspath;
  private final Path work;
  private final int runs;
  private final int warmup;
  private final String javaHome = System.getProperty("java.home");
  private final int feature = Runtime.version().feature();
  private final PrintStream out = System.out;
  private final PrintStream log = System.err;

  private StartupHarness(Map<String, String> options) {
    runtimeJar = Path.of(required(options, "--runtime-jar"));
    classes = Path.of(required(options, "--classes"));
    benchClasses = Path.of(required(options, "--bench-classes"));
    work = Path.of(required(options, "--work")).toAbsolutePath();
    googleClasspath = new ArrayList<>();
    for (String entry : required(options, "--google-classpath").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        googleClasspath.add(Path.of(entry));
      }
    }
    runs = number(options, "--runs", 10);
    warmup = number(options, "--warmup", 1);
  }

  /** Measures size and start-up; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    // without TCP_NODELAY on the server, an answer can wait ~40 ms for a delayed ACK on loopback
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("Arguments come in pairs: --option value; got " + args.length);
    }
    new StartupHarness(options).run();
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
        "Machine: %d cores available to the JVM, %s %s (%s), %s %s %s; load average at start %s%n%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vendor"),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"),
        loadAverage());
    sizes();
    startup();
    log.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
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

  /** How a child JVM finds its classes: as is, or from a cache made by a training run. */
  private enum Cache {
    NONE(""),
    CDS(" + AppCDS"),
    AOT(" + AOT cache");

    final String label;

    Cache(String label) {
      this.label = label;
    }
  }

  /** One kind of start-up run: a main on a class path, over a scheme, with a cache or not. */
  private record Variant(String client, String scheme, Cache cache, String classpath, Class<?> main) {
    String label() {
      return client + cache.label;
    }

    String key() {
      return (client + "-" + scheme + "-" + cache).replaceAll("[^A-Za-z0-9-]", "");
    }
  }

  /** A jar (default compression) of every file under {@code directory}. */
  private static Path directoryJar(Path directory, Path jar) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Path file : files) {
        out.putNextEntry(new JarEntry(directory.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** Makes the server's key and a trust store: the JDK's own trusted certificates plus ours. */
  private Path[] certificates() throws IOException, InterruptedException {
    Files.createDirectories(work);
    Path server = work.resolve("server.p12");
    Path cert = work.resolve("server.cer");
    Path trust = work.resolve("cacerts-and-bench");
    Files.deleteIfExists(server);
    Files.deleteIfExists(cert);
    Files.deleteIfExists(trust);
    String keytool = Path.of(javaHome, "bin", "keytool").toString();
    tool(keytool, "-genkeypair", "-alias", "bench", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
        "-storetype", "PKCS12", "-keystore", server.toString(), "-storepass", STORE_PASSWORD);
    tool(keytool, "-exportcert", "-alias", "bench", "-keystore", server.toString(),
        "-storepass", STORE_PASSWORD, "-file", cert.toString());
    // a copy of the JDK's own trust store, in its own format, so that loading it costs what
    // loading the real one does
    Files.copy(Path.of(javaHome, "lib", "security", "cacerts"), trust);
    tool(keytool, "-importcert", "-noprompt", "-alias", "tinychat-bench", "-file", cert.toString(),
        "-keystore", trust.toString(), "-storepass", STORE_PASSWORD);
    return new Path[] {server, trust};
  }

  private void tool(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  private void startup() throws Exception {
    Path[] stores = certificates();
    Files.createDirectories(work);
    String java = Path.of(javaHome, "bin", "java").toString();
    // class-data caches take jars only: the two class directories are jarred for every run alike
    Path sampleJar = directoryJar(classes, work.resolve("sample-classes.jar"));
    Path benchJar = directoryJar(benchClasses, work.resolve("bench-classes.jar"));
    String ours = join(List.of(runtimeJar, sampleJar, benchJar));
    List<Path> googleEntries = new ArrayList<>(googleClasspath);
    googleEntries.add(benchJar);
    String google = join(googleEntries);
    String bare = join(List.of(benchJar));
    List<Cache> caches = feature >= 25 ? List.of(Cache.values()) : List.of(Cache.NONE, Cache.CDS);
    List<Variant> variants = new ArrayList<>();
    for (String scheme : List.of("http", "https")) {
      for (Cache cache : caches) {
        variants.add(new Variant("tinychat", scheme, cache, ours, TinychatCreate.class));
        variants.add(new Variant("Google", scheme, cache, google, GoogleCreate.class));
      }
      variants.add(new Variant("baseline: bare java.net.http, no JSON", scheme, Cache.NONE, bare,
          JdkHttpCreate.class));
    }
    variants.add(new Variant("baseline: empty JVM, no call", "none", Cache.NONE, bare, EmptyMain.class));
    int n = variants.size();
    List<List<Double>> millis = new ArrayList<>();
    List<List<Double>> rss = new ArrayList<>();
    List<List<Double>> exit = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      millis.add(new ArrayList<>());
      rss.add(new ArrayList<>());
      exit.add(new ArrayList<>());
    }
    try (StubServer http = StubServer.http();
        StubServer https = StubServer.https(stores[0], STORE_PASSWORD)) {
      int calls = 0;
      for (Variant variant : variants) {
        if (variant.cache() != Cache.NONE) {
          log.println("training run for " + variant.key() + " ...");
          launch(command(java, variant, http, https, stores[1], true));
          calls++;
        }
      }
      for (int round = 0; round < warmup + runs; round++) {
        boolean record = round >= warmup;
        log.printf(Locale.ROOT, "start-up %s %d/%d ...%n", record ? "run" : "warm-up",
            record ? round - warmup + 1 : round + 1, record ? runs : warmup);
        // the variant that goes first rotates from round to round, so drift hits all alike
        for (int i = 0; i < n; i++) {
          int v = (round + i) % n;
          Variant variant = variants.get(v);
          Launch launch = launch(command(java, variant, http, https, stores[1], false));
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
      int created = http.created() + https.created();
      if (created != calls || http.refused() + https.refused() > 0) {
        throw new IllegalStateException("Expected " + calls + " creates, the servers answered "
            + created + " and refused " + (http.refused() + https.refused()));
      }
    }
    out.printf(
        Locale.ROOT,
        "## Start-up: fresh JVM, create one space, exit (%d runs each after %d warm-up run each)%n%n",
        runs,
        warmup);
    for (String scheme : List.of("http", "https", "none")) {
      out.println(scheme.equals("none") ? "#### Reference" : "#### over " + scheme);
      out.println();
      out.println("| run | median ms | p90 ms | min ms | max ms | median ms from end of main to exit"
          + " | median peak RSS MiB |");
      out.println("|---|---:|---:|---:|---:|---:|---:|");
      for (int v = 0; v < n; v++) {
        if (!variants.get(v).scheme().equals(scheme)) {
          continue;
        }
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
      out.println();
      if (!scheme.equals("none")) {
        for (Cache cache : caches) {
          double oursMedian = median(variants, millis, "tinychat", scheme, cache);
          double googleMedian = median(variants, millis, "Google", scheme, cache);
          out.printf(Locale.ROOT, "Google ÷ tinychat, %s%s: **%.2f×**%n%n", scheme, cache.label,
              googleMedian / oursMedian);
        }
      }
    }
  }

  private static double median(
      List<Variant> variants, List<List<Double>> millis, String client, String scheme, Cache cache) {
    for (int v = 0; v < variants.size(); v++) {
      Variant variant = variants.get(v);
      if (variant.client().equals(client) && variant.scheme().equals(scheme)
          && variant.cache() == cache) {
        return percentile(millis.get(v), 50);
      }
    }
    throw new IllegalArgumentException(client + " " + scheme + " " + cache);
  }

  /** The child's command line; a training run writes the cache that the timed runs read. */
  private List<String> command(String java, Variant variant, StubServer http, StubServer https,
      Path trust, boolean training) {
    List<String> command = new ArrayList<>(List.of(java, "-cp", variant.classpath(),
        "-Djavax.net.ssl.trustStore=" + trust, "-Djavax.net.ssl.trustStorePassword=" + STORE_PASSWORD));
    Path cache = work.resolve(variant.key() + (variant.cache() == Cache.AOT ? ".aot" : ".jsa"));
    if (variant.cache() == Cache.CDS) {
      command.add((training ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile=") + cache);
    } else if (variant.cache() == Cache.AOT) {
      command.add((training ? "-XX:AOTCacheOutput=" : "-XX:AOTCache=") + cache);
    }
    command.add("-Xlog:disable");
    String baseUrl = variant.scheme().equals("https") ? https.baseUrl() : http.baseUrl();
    command.addAll(List.of(variant.main().getName(), baseUrl, CallBench.TOKEN, CallBench.NAME,
        "bench-" + variant.key()));
    return command;
  }

  /** Wall-clock time of one run; peak RSS and time from the end of main to exit, or -1. */
  private record Launch(double millis, long peakRssKb, double exitMillis) {}

  private Launch launch(List<String> command) throws IOException, InterruptedException {
    String main = command.get(command.size() - 5);
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
