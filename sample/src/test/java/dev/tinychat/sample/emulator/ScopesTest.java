package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scopes of every method, for user and for app authentication: a token holding none of them
 * is answered 403 before anything else is looked at, naming the method's scopes in {@code
 * WWW-Authenticate}, as Google's front end does; methods that take user authentication only
 * refuse app callers.
 */
class ScopesTest {
  private static final Pattern SCOPE = Pattern.compile(".*scope=\"([^\"]*)\".*");
  private static ChatEmulator emulator;
  private static Wire wire;

  @BeforeAll
  static void start() {
    Set<String> unrelated = Set.of("https://www.googleapis.com/auth/drive");
    emulator =
        ChatEmulator.builder().user("user", "users/u", unrelated).app("app", "users/a", unrelated)
            .start();
    wire = new Wire(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  /** The scope names the 403 lists (after {@code auth/}), sorted, or the message when not 403. */
  private static String scopes(String token, String method, String path) {
    Wire.Answer answer = wire.send(token, method, path, method.equals("GET") ? null : "{}");
    if (answer.status() != 403 || answer.header("WWW-Authenticate") == null) {
      return answer.status() + " " + answer.json().getAsJsonObject("error").get("message")
          .getAsString();
    }
    Matcher matcher = SCOPE.matcher(answer.header("WWW-Authenticate"));
    if (!matcher.matches()) {
      throw new AssertionError(answer.header("WWW-Authenticate"));
    }
    return Arrays.stream(matcher.group(1).split(" "))
        .map(scope -> scope.substring(scope.lastIndexOf('/') + 1))
        .sorted()
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "POST   | /v1/spaces                            | chat.import chat.spaces chat.spaces.create | chat.app.spaces chat.app.spaces.create",
        "POST   | /v1/spaces:setup                      | chat.spaces chat.spaces.create | -",
        "GET    | /v1/spaces/A                          | chat.import chat.spaces chat.spaces.readonly | chat.app.spaces chat.bot",
        "GET    | /v1/spaces                            | chat.spaces chat.spaces.readonly | chat.bot",
        "GET    | /v1/spaces:search                     | chat.spaces chat.spaces.readonly | -",
        "GET    | /v1/spaces:findDirectMessage          | chat.spaces chat.spaces.readonly | chat.bot",
        "PATCH  | /v1/spaces/A                          | chat.import chat.spaces | chat.app.spaces",
        "DELETE | /v1/spaces/A                          | chat.delete chat.import | chat.app.delete",
        "POST   | /v1/spaces/A:completeImport           | chat.import | -",
        "POST   | /v1/spaces/A/members                  | chat.import chat.memberships chat.memberships.app | chat.app.memberships",
        "GET    | /v1/spaces/A/members                  | chat.import chat.memberships chat.memberships.readonly | chat.app.memberships chat.bot",
        "GET    | /v1/spaces/A/members/b                | chat.memberships chat.memberships.readonly | chat.app.memberships chat.bot",
        "PATCH  | /v1/spaces/A/members/b                | chat.import chat.memberships | chat.app.memberships",
        "DELETE | /v1/spaces/A/members/b                | chat.import chat.memberships chat.memberships.app | chat.app.memberships",
        "POST   | /v1/spaces/A/messages                 | chat.import chat.messages chat.messages.create | chat.bot",
        "GET    | /v1/spaces/A/messages/M               | chat.messages chat.messages.readonly | chat.app.messages.readonly chat.bot",
        "GET    | /v1/spaces/A/messages                 | chat.import chat.messages chat.messages.readonly | chat.app.messages.readonly",
        "PATCH  | /v1/spaces/A/messages/M               | chat.import chat.messages | chat.bot",
        "PUT    | /v1/spaces/A/messages/M               | chat.import chat.messages | chat.bot",
        "DELETE | /v1/spaces/A/messages/M               | chat.import chat.messages | chat.bot",
        "POST   | /v1/spaces/A/messages/M/reactions     | chat.import chat.messages chat.messages.reactions chat.messages.reactions.create | -",
        "GET    | /v1/spaces/A/messages/M/reactions     | chat.messages chat.messages.reactions chat.messages.reactions.readonly chat.messages.readonly | -",
        "DELETE | /v1/spaces/A/messages/M/reactions/R   | chat.import chat.messages chat.messages.reactions | -",
      })
  void everyMethodNamesItsScopes(String method, String path, String user, String app) {
    assertEquals(user, scopes("user", method, path));
    assertEquals(
        app.equals("-")
            ? "403 This method doesn't support app authentication with a service account."
                + " Authenticate with a user account."
            : app,
        scopes("app", method, path));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/v1/spaces:search?useAdminAccess=true, chat.admin.spaces chat.admin.spaces.readonly"
  })
  void searchAsAnAdministratorNeedsTheAdminScopes(String path, String expected) {
    assertEquals(List.of(expected), List.of(scopes("user", "GET", path)));
  }
}
