package dev.tinychat.sample.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak resident set size of this process, from {@code VmHWM} in {@code /proc/self/status}
 * (Linux); elsewhere it is reported as unknown.
 */
final class PeakRss {
  static final String PREFIX = "peak-rss-kb=";

  private PeakRss() {}

  /** {@code peak-rss-kb=<n>}, or {@code peak-rss-kb=-1} where {@code /proc} is not available. */
  static String line() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return PREFIX + line.substring(6).replace("kB", "").trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no cheap way to read it
    }
    return PREFIX + "-1";
  }
}
