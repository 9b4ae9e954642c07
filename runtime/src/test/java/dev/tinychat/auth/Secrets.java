package dev.tinychat.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Asserts that no secret shows in an exception, its causes, or a text. */
final class Secrets {
  private Secrets() {}

  static void assertNone(Throwable thrown, String... secrets) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertNone(String.valueOf(t.getMessage()) + " " + t, secrets);
    }
  }

  static void assertNone(String text, String... secrets) {
    for (String secret : secrets) {
      assertFalse(text.contains(secret), () -> "secret shown: " + text);
    }
  }
}
