package dev.tinychat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What every hostile case asserts: the library's own exception, within a deadline (a generous
 * bound: the configured deadline plus slack, not a measure of speed), and no secret in any
 * message of the exception, its causes and suppressed ones, or any log record.
 */
public final class Hostile {
  /** Slack for scheduling on a busy machine, on top of a configured deadline. */
  public static final Duration SLACK = Duration.ofSeconds(5);

  private Hostile() {}

  /** Runs {@code call}, which must throw {@code type} within {@code deadline} plus slack. */
  public static <T extends Throwable> T failsWithin(
      Duration deadline, Class<T> type, Runnable call) {
    Duration bound = deadline.plus(SLACK);
    long start = System.nanoTime();
    Throwable thrown = assertTimeoutPreemptively(bound.plus(SLACK), () -> {
      try {
        call.run();
      } catch (Throwable e) {
        return e;
      }
      return null;
    }, "did not return within " + bound);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (thrown == null) {
      fail("expected " + type.getSimpleName() + " but nothing was thrown");
    }
    if (!type.isInstance(thrown)) {
      throw new AssertionError("expected " + type.getName() + " but was " + thrown, thrown);
    }
    assertTrue(took.compareTo(bound) <= 0, "took " + took + ", more than " + bound);
    return type.cast(thrown);
  }

  /** As {@link #failsWithin}, for a future: it must fail with {@code type} in time. */
  public static <T extends Throwable> T failsWithinAsync(
      Duration deadline, Class<T> type, Supplier<CompletableFuture<?>> call) {
    return failsWithin(deadline, type, () -> {
      CompletableFuture<?> future = call.get();
      try {
        future.get(deadline.plus(SLACK).toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw new AssertionError("failed with " + e.getCause(), e.getCause());
      } catch (Exception e) {
        throw new AssertionError("the future did not complete in time: " + e, e);
      }
    });
  }

  /** Every message and text of {@code e}, its causes and suppressed exceptions. */
  public static List<String> texts(Throwable e) {
    List<String> texts = new ArrayList<>();
    Set<Throwable> seen = new HashSet<>();
    List<Throwable> todo = new ArrayList<>(List.of(e));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(todo.size() - 1);
      if (t != null && seen.add(t)) {
        texts.add(String.valueOf(t.getMessage()));
        texts.add(t.toString());
        todo.add(t.getCause());
        todo.addAll(List.of(t.getSuppressed()));
      }
    }
    return texts;
  }

  /**
   * No secret, nor its first 8 characters, in any text of {@code e} or in {@code logs}
   * (the messages of a {@link Log}, say).
   */
  public static void assertNoSecret(Throwable e, List<String> logs, String... secrets) {
    List<String> texts = new ArrayList<>(texts(e));
    texts.addAll(logs);
    for (String text : texts) {
      for (String secret : secrets) {
        String start = secret.substring(0, Math.min(8, secret.length()));
        assertFalse(text.contains(start), () -> "a secret in: " + text);
      }
    }
  }

  /** A System.Logger that keeps every record (level and text, thrown included) at every level. */
  public static final class Log implements System.Logger {
    public final List<String> records = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public String getName() {
      return "test";
    }

    @Override
    public boolean isLoggable(Level level) {
      return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      records.add(level + " " + msg);
      if (thrown != null) {
        records.addAll(texts(thrown));
      }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      records.add(level + " " + (params == null ? format : MessageFormat.format(format, params)));
    }

    /** Whether some record contains {@code text}. */
    public boolean has(String text) {
      return records.stream().anyMatch(r -> r.contains(text));
    }
  }

  /** Asserts that {@code e} is of {@code type} (for a cause). */
  public static <T> T cause(Class<T> type, Throwable e) {
    return assertInstanceOf(type, e);
  }
}
