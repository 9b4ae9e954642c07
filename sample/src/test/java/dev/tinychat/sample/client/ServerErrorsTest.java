package dev.tinychat.sample.client;

import static dev.tinychat.sample.client.Chat.ALICE;
import static dev.tinychat.sample.client.Chat.ALICE_CREATE_ONLY;
import static dev.tinychat.sample.client.Chat.ALICE_READONLY;
import static dev.tinychat.sample.client.Chat.APP;
import static dev.tinychat.sample.client.Chat.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.auth.Credentials;
import dev.tinychat.http.ApiException;
import dev.tinychat.http.ApiStatus;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.SetUpSpace;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpacesClient;
import dev.tinychat.sample.chat.User;
import dev.tinychat.sample.emulator.RecordedRequest;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every documented server error surfaces as one {@link ApiException} carrying the HTTP status, the
 * canonical status and the server's message, and is not retried.
 */
class ServerErrorsTest {
  private static final String INVALID_CREDENTIALS =
      "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie"
          + " or other valid authentication credential. See"
          + " https://developers.google.com/identity/sign-in/web/devconsole-project.";

  private final Chat chat = new Chat();

  @AfterEach
  void stop() {
    chat.close();
  }

  private static ApiException error(
      int httpStatus, ApiStatus status, String message, Executable call) {
    ApiException e = assertThrows(ApiException.class, call);
    assertEquals(httpStatus, e.httpStatus(), e::getMessage);
    assertEquals(status, e.status(), e::getMessage);
    assertEquals(status.name(), e.statusText());
    assertEquals(message, e.errorMessage());
    assertEquals("HTTP " + httpStatus + " " + status + ": " + message, e.getMessage());
    return e;
  }

  /** The emulator's 400s name the field in a google.rpc.BadRequest detail. */
  private static void assertViolatedField(ApiException e, String field) {
    assertTrue(
        e.details().contains("\"@type\":\"type.googleapis.com/google.rpc.BadRequest\""),
        e.details());
    assertTrue(e.details().contains("\"field\":\"" + field + "\""), e.details());
  }

  @Test
  void unknownFixedTokenIs401WithoutSendingItAgain() {
    ApiException e =
        error(
            401,
            ApiStatus.UNAUTHENTICATED,
            INVALID_CREDENTIALS,
            () -> chat.client("stolen-token").create(CreateSpace.namedSpace("Team")));

    assertEquals("ACCESS_TOKEN_TYPE_UNSUPPORTED", e.reason());
    assertTrue(!e.getMessage().contains("stolen-token"), "no token in messages");
    assertEquals(1, chat.emulator.requestLog().size(), "a token that cannot change is not re-sent");
    assertEquals(0, chat.emulator.spaceCount());
  }

  @Test
  void unknownTokenIs401AfterOneRetryWithARefreshedToken() {
    Iterator<String> tokens = List.of("stolen-token", "stolen-token-2").iterator();
    ApiException e;
    try (SpacesClient client =
        SpacesClient.builder()
            .baseUrl(chat.emulator.baseUrl())
            .credentials(Credentials.fromSupplier(tokens::next))
            .build()) {
      e =
          error(
              401,
              ApiStatus.UNAUTHENTICATED,
              INVALID_CREDENTIALS,
              () -> client.create(CreateSpace.namedSpace("Team")));
    }

    assertEquals("ACCESS_TOKEN_TYPE_UNSUPPORTED", e.reason());
    assertTrue(!e.getMessage().contains("stolen-token"), "no token in messages");
    List<RecordedRequest> log = chat.emulator.requestLog();
    assertEquals(2, log.size(), "one retry after asking the credentials for a new token");
    assertEquals(log.get(0).query(), log.get(1).query(), "the retry keeps its requestId");
    assertEquals(0, chat.emulator.spaceCount());
  }

  @Test
  void tokenWithoutTheMethodsScopesIs403() {
    ApiException e =
        error(
            403,
            ApiStatus.PERMISSION_DENIED,
            "Request had insufficient authentication scopes.",
            () -> chat.client(ALICE_READONLY).create(CreateSpace.namedSpace("Team")));

    assertEquals("ACCESS_TOKEN_SCOPE_INSUFFICIENT", e.reason());
    assertEquals(1, chat.emulator.requestLog().size(), "a 403 is not retried");
  }

  @Test
  void importWithoutTheImportScopeIs403() {
    ApiException e =
        error(
            403,
            ApiStatus.PERMISSION_DENIED,
            "Request had insufficient authentication scopes.",
            () -> chat.client(ALICE_CREATE_ONLY).create(CreateSpace.importSpace("Imported")));

    assertEquals("ACCESS_TOKEN_SCOPE_INSUFFICIENT", e.reason());
  }

  @Test
  void setupAsAnAppIs403() {
    error(
        403,
        ApiStatus.PERMISSION_DENIED,
        "This method doesn't support app authentication with a service account. Authenticate"
            + " with a user account.",
        () ->
            chat.client(APP)
                .setup(SetUpSpace.groupChat(User.human("users/bob"),
                    User.human("users/carol"))));
    assertEquals(0, chat.emulator.spaceCount());
  }

  @Test
  void importAsAnAppIs403() {
    error(
        403,
        ApiStatus.PERMISSION_DENIED,
        "Import mode requires user authentication with the chat.import scope; a Chat app can't"
            + " create a space in import mode.",
        () -> chat.client(APP).create(CreateSpace.importSpace("Imported")));
  }

  @Test
  void duplicateDisplayNameIs409AlreadyExists() {
    chat.client(ALICE).create(CreateSpace.namedSpace("Team"));

    ApiException e =
        error(
            409,
            ApiStatus.ALREADY_EXISTS,
            "A space with the display name \" team \" already exists in the organization; try a"
                + " different space.display_name.",
            () -> chat.client(BOB).create(CreateSpace.namedSpace(" team ")));

    assertNull(e.reason());
    assertEquals(2, chat.emulator.requestLog().size(), "a 409 is not retried");
    assertEquals(1, chat.emulator.spaceCount());
  }

  @Test
  void duplicateDisplayNameThroughSetupIs409Too() {
    chat.client(ALICE).create(CreateSpace.namedSpace("Team"));

    error(
        409,
        ApiStatus.ALREADY_EXISTS,
        "A space with the display name \"TEAM\" already exists in the organization; try a"
            + " different space.display_name.",
        () -> chat.client(ALICE).setup(SetUpSpace.namedSpace("TEAM")));
  }

  @Test
  void sameRequestIdFromTheSameCallerReturnsTheFirstSpaceWhateverTheBody() {
    SpacesClient alice = chat.client(ALICE);
    Space first = alice.create(CreateSpace.namedSpace("Team").requestId("r1"));

    Space again = alice.create(CreateSpace.namedSpace("Other name").requestId("r1"));

    assertEquals(first, again);
    assertEquals(1, chat.emulator.spaceCount());
  }

  @Test
  void sameRequestIdForSetupReturnsTheFirstSpace() {
    SpacesClient alice = chat.client(ALICE);
    Space first =
        alice.setup(
            SetUpSpace.groupChat(User.human("users/bob"), User.human("users/carol"))
                .requestId("s1"));

    Space again =
        alice.setup(
            SetUpSpace.groupChat(User.human("users/dan"), User.human("users/erin"))
                .requestId("s1"));

    assertEquals(first, again);
    assertEquals(1, chat.emulator.spaceCount());
  }

  @Test
  void aRandomRequestIdIsNewEachCall() {
    SpacesClient alice = chat.client(ALICE);
    alice.create(CreateSpace.namedSpace("One"));
    alice.create(CreateSpace.namedSpace("Two"));

    List<RecordedRequest> log = chat.emulator.requestLog();
    assertNotEquals(log.get(0).query(), log.get(1).query());
    assertEquals(2, chat.emulator.spaceCount());
  }

  @Test
  void sameRequestIdFromAnotherCallerIs400() {
    chat.client(ALICE).create(CreateSpace.namedSpace("Team").requestId("r1"));

    ApiException e =
        error(
            400,
            ApiStatus.INVALID_ARGUMENT,
            "request_id \"r1\" was already used by another caller; use a new request ID.",
            () -> chat.client(BOB).create(CreateSpace.namedSpace("Bob's").requestId("r1")));

    assertViolatedField(e, "request_id");
    assertEquals(1, chat.emulator.spaceCount());
  }

  @Test
  void callerListedInMembershipsIs400() {
    ApiException e =
        error(
            400,
            ApiStatus.INVALID_ARGUMENT,
            "memberships[0].member.name users/alice is the caller, who is added automatically and"
                + " must not be listed.",
            () ->
                chat.client(ALICE)
                    .setup(
                        SetUpSpace.groupChat(
                            User.human("users/alice"), User.human("users/bob"))));

    assertViolatedField(e, "memberships[0].member.name");
    assertEquals(0, chat.emulator.spaceCount());
  }

  @Test
  void aPersonListedTwiceIs400() {
    error(
        400,
        ApiStatus.INVALID_ARGUMENT,
        "memberships[1] repeats users/bob, already listed at memberships[0].",
        () ->
            chat.client(ALICE)
                .setup(
                    SetUpSpace.groupChat(
                        User.human("users/bob"), User.human("users/bob"))));
  }

  @Test
  void aChatAppListedAsAPersonIs400() {
    error(
        400,
        ApiStatus.INVALID_ARGUMENT,
        "memberships[0].member.name users/app is a Chat app; spaces.setup adds people only.",
        () -> chat.client(ALICE).setup(SetUpSpace.directMessage(User.human("users/app"))));
  }

  @Test
  void unknownCustomerIs400() {
    ApiException e =
        error(
            400,
            ApiStatus.INVALID_ARGUMENT,
            "space.customer \"customers/nobody\" is not a customer known to the emulator; known:"
                + " customers/C0123abc, customers/my_customer.",
            () ->
                chat.client(APP)
                    .create(CreateSpace.namedSpaceAsApp("App space", "customers/nobody")));

    assertViolatedField(e, "space.customer");
  }

  @Test
  void appCreateWithoutCustomerIs400BecauseTheClientCannotKnowItIsAnApp() {
    error(
        400,
        ApiStatus.INVALID_ARGUMENT,
        "space.customer is required when a Chat app creates a space with app authentication.",
        () -> chat.client(APP).create(CreateSpace.namedSpace("No customer")));
  }

  @Test
  void customerWithUserAuthIs400() {
    error(
        400,
        ApiStatus.INVALID_ARGUMENT,
        "space.customer can be set only when a Chat app creates a space with app authentication.",
        () ->
            chat.client(ALICE)
                .create(CreateSpace.namedSpaceAsApp("Not an app", "customers/my_customer")));
  }

  @Test
  void importCreateTimeInTheFutureIs400() {
    error(
        400,
        ApiStatus.INVALID_ARGUMENT,
        "space.create_time must not be in the future, but was 2099-01-01T00:00:00Z.",
        () ->
            chat.client(ALICE)
                .create(
                    CreateSpace.importSpace("Later")
                        .createTime(Instant.parse("2099-01-01T00:00:00Z"))));
  }

  @Test
  void unknownSpaceIs404() {
    error(
        404,
        ApiStatus.NOT_FOUND,
        "Requested entity was not found.",
        () -> chat.client(ALICE).get("spaces/AAAAAAAAAAA"));
  }

  @Test
  void spaceOfAnotherPersonIs404() {
    Space space = chat.client(ALICE).create(CreateSpace.namedSpace("Private"));

    error(
        404,
        ApiStatus.NOT_FOUND,
        "Requested entity was not found.",
        () -> chat.client(BOB).get(space.name()));
  }
}
