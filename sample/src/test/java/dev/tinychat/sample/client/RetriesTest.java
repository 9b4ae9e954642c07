package dev.tinychat.sample.client;

import static dev.tinychat.sample.client.Chat.ALICE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.http.ApiException;
import dev.tinychat.http.ApiStatus;
import dev.tinychat.http.RetryPolicy;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.SetUpSpace;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpacesClient;
import dev.tinychat.sample.chat.User;
import dev.tinychat.sample.emulator.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retries end to end: every attempt of a call carries the same requestId and body, so a retry
 * never makes a second space; waits go through a recording sleeper, not real time.
 */
class RetriesTest {
  private final Chat chat = new Chat();
  /** Backoff jitter fixed at half the cap: waits of 250 ms, 500 ms, 1 s, ... */
  private final SpacesClient alice = chat.client(ALICE, transport -> transport.random(() -> 0.5));

  @AfterEach
  void stop() {
    chat.close();
  }

  private static void assertSameAttempts(List<RecordedRequest> log) {
    for (RecordedRequest attempt : log) {
      assertEquals(log.get(0).method(), attempt.method());
      assertEquals(log.get(0).path(), attempt.path());
      assertEquals(log.get(0).query(), attempt.query());
      assertArrayEquals(log.get(0).body(), attempt.body());
    }
  }

  @Test
  void twoUnavailableAnswersThenOneSpaceWithTheSameRequestIdEachTime() {
    chat.emulator.failNext(2, 503);

    Space space = alice.create(CreateSpace.namedSpace("Team").description("Retried"));

    List<RecordedRequest> log = chat.emulator.requestLog();
    assertEquals(3, log.size());
    assertSameAttempts(log);
    assertTrue(Chat.UUID.matcher(log.get(0).query().substring("requestId=".length())).matches());
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), chat.sleeps);
    assertEquals(1, chat.emulator.spaceCount());
    assertEquals("Team", space.displayName());
  }

  @Test
  void aLostAnswerIsRetriedAndReturnsTheSameSpaceNotASecondOne() {
    chat.emulator.failNextAfterProcessing(1, 503);

    Space space = alice.create(CreateSpace.namedSpace("Team"));

    assertEquals(1, chat.emulator.spaceCount());
    List<RecordedRequest> log = chat.emulator.requestLog();
    assertEquals(2, log.size());
    assertSameAttempts(log);
    assertEquals(space, alice.get(space.name()));
  }

  @Test
  void aLostSetupAnswerIsRetriedWithTheRequestIdInTheBody() {
    chat.emulator.failNextAfterProcessing(1, 500);

    Space space =
        alice.setup(
            SetUpSpace.groupChat(User.human("users/bob"), User.human("users/carol")));

    assertEquals(1, chat.emulator.spaceCount());
    List<RecordedRequest> log = chat.emulator.requestLog();
    assertEquals(2, log.size());
    assertSameAttempts(log);
    assertTrue(log.get(0).bodyText().contains("\"requestId\":\""), log.get(0).bodyText());
    assertEquals(3, space.membershipCount().joinedDirectHumanUserCount());
  }

  @Test
  void retryAfterIsHonouredWithoutRealWaiting() {
    chat.emulator.failNext(1, 429, Duration.ofSeconds(1));

    alice.create(CreateSpace.namedSpace("Team"));

    assertEquals(List.of(Duration.ofSeconds(1)), chat.sleeps);
    assertEquals(2, chat.emulator.requestLog().size());
    assertEquals(1, chat.emulator.spaceCount());
  }

  @Test
  void badRequestIsNotRetried() {
    chat.emulator.failNext(1, 400);

    ApiException e =
        assertThrows(ApiException.class, () -> alice.create(CreateSpace.namedSpace("Team")));

    assertEquals(400, e.httpStatus());
    assertEquals(ApiStatus.INVALID_ARGUMENT, e.status());
    assertEquals("Request contains an invalid argument.", e.errorMessage());
    assertEquals(1, chat.emulator.requestLog().size());
    assertEquals(List.of(), chat.sleeps);
    assertEquals(0, chat.emulator.spaceCount());
  }

  @Test
  void givingUpAfterFiveAttemptsThrowsTheLastError() {
    chat.emulator.failNext(5, 503);

    ApiException e =
        assertThrows(ApiException.class, () -> alice.create(CreateSpace.namedSpace("Team")));

    assertEquals(503, e.httpStatus());
    assertEquals(ApiStatus.UNAVAILABLE, e.status());
    assertEquals("The service is currently unavailable.", e.errorMessage());
    assertEquals(5, chat.emulator.requestLog().size());
    assertSameAttempts(chat.emulator.requestLog());
    assertEquals(
        List.of(
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2)),
        chat.sleeps);
    assertEquals(0, chat.emulator.spaceCount());
  }

  @Test
  void noRetriesWhenThePolicySaysSo() {
    SpacesClient once =
        chat.client(ALICE, transport -> transport.retryPolicy(RetryPolicy.none()));
    chat.emulator.failNext(1, 503);

    assertThrows(ApiException.class, () -> once.create(CreateSpace.namedSpace("Team")));

    assertEquals(1, chat.emulator.requestLog().size());
  }

  @Test
  void getIsRetriedToo() {
    Space space = alice.create(CreateSpace.namedSpace("Team"));
    chat.emulator.failNext(1, 504);

    assertEquals(space, alice.get(space.name()));
    assertEquals(3, chat.emulator.requestLog().size());
  }

  @Test
  void createAsyncReturnsTheSpace() throws Exception {
    CompletableFuture<Space> future =
        alice.createAsync(CreateSpace.namedSpace("Async").requestId("async-1"));

    Space space = future.get(10, TimeUnit.SECONDS);

    assertEquals("Async", space.displayName());
    assertEquals("requestId=async-1", chat.onlyRequest().query());
    assertEquals(space, alice.get(space.name()));
  }

  @Test
  void createAsyncRetriesOnTheSleeper() throws Exception {
    chat.emulator.failNext(1, 503);

    Space space = alice.createAsync(CreateSpace.namedSpace("Async")).get(10, TimeUnit.SECONDS);

    assertEquals("Async", space.displayName());
    assertEquals(List.of(Duration.ofMillis(250)), chat.sleeps);
    assertSameAttempts(chat.emulator.requestLog());
    assertEquals(1, chat.emulator.spaceCount());
  }

  @Test
  void createAsyncFailsWithTheApiException() {
    alice.create(CreateSpace.namedSpace("Taken"));

    CompletableFuture<Space> future = alice.createAsync(CreateSpace.namedSpace("Taken"));

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    ApiException cause = assertInstanceOf(ApiException.class, e.getCause());
    assertEquals(409, cause.httpStatus());
    assertEquals(ApiStatus.ALREADY_EXISTS, cause.status());
  }

  @Test
  void createAsyncWithAHandMadeSpaceAndNoRequestId() throws Exception {
    Space space =
        alice
            .createAsync(
                new dev.tinychat.sample.chat.SpaceBuilder()
                    .spaceType(Space.SpaceType.SPACE)
                    .displayName("Hand made")
                    .build(),
                null)
            .get(10, TimeUnit.SECONDS);

    assertEquals("Hand made", space.displayName());
    assertTrue(
        Chat.UUID.matcher(chat.onlyRequest().query().substring("requestId=".length())).matches());
  }
}
