package dev.tinychat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a start-up main reports to {@link StartupHarness} as its last lines: its peak resident set
 * size, from {@code VmHWM} in {@code /proc/self/status} (Linux only, else {@code -1}), and the
 * wall-clock time at which {@code main} ends, so that the harness can tell how long the JVM took
 * to exit after that.
 */
final class ChildReport {
  static final String PEAK_RSS_KB = "peak-rss-kb=";
  static final String MAIN_END_MILLIS = "main-end-ms=";

  private ChildReport() {}

  /** Prints both lines; call it last in {@code main}. */
  static void print() {
    System.out.println(PEAK_RSS_KB + peakRssKb());
    System.out.println(MAIN_END_MILLIS + System.currentTimeMillis());
  }

  private static String peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return line.substring(6).replace("kB", "").trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no cheap way to read it
    }
    return "-1";
  }
}
