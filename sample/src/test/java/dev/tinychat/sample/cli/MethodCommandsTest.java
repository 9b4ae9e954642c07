package dev.tinychat.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tinychat.sample.emulator.ChatEmulator;
import dev.tinychat.sample.emulator.ChatScopes;
import dev.tinychat.sample.emulator.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The commands of one method each ({@code spaces list}, {@code messages get}, ...) end to end
 * against an emulator: what they send, that lists page through everything by default, single
 * pages on request, their help and their usage errors.
 */
class MethodCommandsTest {
  private static final String CAROL = "carol-token";
  private static final String DAVE = "dave-token";

  private final ChatEmulator emulator =
      ChatEmulator.builder()
          .user(CAROL, "users/carol", ChatScopes.ALL_USER_SCOPES)
          .user(DAVE, "users/dave", ChatScopes.ALL_USER_SCOPES)
          .start();

  @AfterEach
  void stop() {
    emulator.close();
  }

  /** The {@code name} of every element of the array {@code field} printed. */
  private static List<String> names(ToolRun run, String field) {
    assertEquals(0, run.exit(), run::toString);
    List<String> names = new ArrayList<>();
    JsonArray items = run.json().getAsJsonArray(field);
    if (items != null) {
      for (JsonElement item : items) {
        names.add(item.getAsJsonObject().get("name").getAsString());
      }
    }
    return names;
  }

  private static ToolRun run(String... args) {
    return ToolRun.of(args);
  }

  /** The tool against {@link #emulator} as carol. */
  private ToolRun carol(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--endpoint", emulator.baseUrl(), "--token", CAROL));
    return run(all.toArray(String[]::new));
  }

  private String space(String displayName) {
    ToolRun create = carol("setup", "--display-name", displayName, "--member", "users/dave");
    assertEquals(0, create.exit(), create::toString);
    return create.json().get("name").getAsString();
  }

  /** A POST as any HTTP client would send it. */
  private JsonObject post(String token, String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response::body);
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  private String message(String space, String text) throws IOException, InterruptedException {
    return post(CAROL, "/v1/" + space + "/messages", "{\"text\":\"" + text + "\"}").get("name").getAsString();
  }

  private List<RecordedRequest> gets(String path) {
    return emulator.requestLog().stream()
        .filter(r -> r.method().equals("GET") && r.path().equals(path)).toList();
  }

  @Test
  void spacesListPagesThroughEverySpaceByDefault() {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      made.add(space("Team " + i));
    }
    emulator.clearRequestLog();

    ToolRun run = carol("spaces", "list", "--page-size", "2");

    assertEquals(made, names(run, "spaces"));
    assertFalse(run.json().has("nextPageToken"), run.out());
    assertTrue(run.out().startsWith("{\n  \"spaces\": [\n    {\n"), run.out());
    List<RecordedRequest> pages = gets("/v1/spaces");
    assertEquals(3, pages.size(), "pages of 2, 2 and 1");
    assertEquals("pageSize=2", pages.get(0).query());
    assertTrue(pages.get(1).query().startsWith("pageSize=2&pageToken="), pages.get(1).query());
  }

  @Test
  void onePageOrThePageOfAToken() {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      made.add(space("Team " + i));
    }

    ToolRun first = carol("spaces", "list", "--page-size", "2", "--one-page");
    String token = first.json().get("nextPageToken").getAsString();
    ToolRun second = carol("spaces", "list", "--page-size", "2", "--page-token", token);

    assertEquals(made.subList(0, 2), names(first, "spaces"));
    assertEquals(made.subList(2, 4), names(second, "spaces"));
    assertTrue(second.json().has("nextPageToken"), second.out());
  }

  @Test
  void spacesGetAndItsShortFormPrintTheSameSpaceAndItsUrl() {
    String name = space("Read me");

    ToolRun get = carol("get", name);
    ToolRun spacesGet = carol("spaces", "get", name);

    assertEquals(0, spacesGet.exit(), spacesGet::toString);
    assertEquals(get.out(), spacesGet.out());
    assertTrue(get.out().contains("\nSpace URL: https://chat.google.com/"), get.out());
  }

  @Test
  void spacesSearchSendsTheQueryAndPagesThroughTheResults() {
    space("Alpha one");
    space("Beta");
    space("Alpha two");
    space("Alpha three");
    emulator.clearRequestLog();

    ToolRun run = carol("spaces", "search", "--query", "space_type = \"SPACE\" AND display_name:\"Alpha\"",
        "--page-size", "2", "--order-by", "create_time DESC");

    assertEquals(0, run.exit(), run::toString);
    List<String> names = new ArrayList<>();
    run.json().getAsJsonArray("spaces")
        .forEach(s -> names.add(s.getAsJsonObject().get("displayName").getAsString()));
    assertEquals(List.of("Alpha three", "Alpha two", "Alpha one"), names);
    List<RecordedRequest> pages = gets("/v1/spaces:search");
    assertEquals(2, pages.size());
    assertTrue(pages.get(0).query().contains("orderBy=create_time"), pages.get(0).query());
  }

  @Test
  void spacesFindDirectMessage() {
    ToolRun dm = carol("setup", "--dm", "--member", "users/dave");
    assertEquals(0, dm.exit(), dm::toString);

    ToolRun found = carol("spaces", "find-direct-message", "users/dave");

    assertEquals(0, found.exit(), found::toString);
    assertEquals(dm.json().get("name"), found.json().get("name"));
    assertEquals("name=users%2Fdave", gets("/v1/spaces:findDirectMessage").get(0).query());
  }

  @Test
  void membersListAndGet() {
    String space = space("Members");

    ToolRun list = carol("members", "list", space, "--page-size", "1");
    List<String> names = names(list, "memberships");
    ToolRun shortForm = carol("members", space, "--page-size", "1");
    ToolRun get = carol("members", "get", names.get(1));

    assertEquals(2, names.size(), list::toString);
    assertEquals(list.out(), shortForm.out());
    assertEquals(0, get.exit(), get::toString);
    assertEquals(names.get(1), get.json().get("name").getAsString());
    assertEquals("users/dave", get.json().getAsJsonObject("member").get("name").getAsString());
    assertFalse(get.out().contains("Space URL"), get.out());
  }

  @Test
  void messagesListPagesThroughEveryMessageAndGetReadsOne() throws Exception {
    String space = space("Talk");
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      made.add(message(space, "hello " + i));
    }
    emulator.clearRequestLog();

    ToolRun list = carol("messages", "list", space, "--page-size", "2");
    ToolRun newest = carol("messages", "list", space, "--order-by", "create_time DESC", "--one-page",
        "--page-size", "1");
    ToolRun get = carol("messages", "get", made.get(3));

    assertEquals(made, names(list, "messages"));
    assertEquals(3, gets("/v1/" + space + "/messages").stream()
        .filter(r -> r.query().startsWith("pageSize=2")).count());
    assertEquals(List.of(made.get(4)), names(newest, "messages"));
    assertTrue(newest.json().has("nextPageToken"), newest.out());
    assertEquals(0, get.exit(), get::toString);
    assertEquals("hello 3", get.json().get("text").getAsString());
  }

  @Test
  void reactionsListPagesThroughEveryReaction() throws Exception {
    String space = space("Fun");
    String message = message(space, "react to me");
    for (String emoji : List.of("🙂", "🎉", "👍")) {
      post(CAROL, "/v1/" + message + "/reactions", "{\"emoji\":{\"unicode\":\"" + emoji + "\"}}");
    }
    post(DAVE, "/v1/" + message + "/reactions", "{\"emoji\":{\"unicode\":\"🙂\"}}");
    emulator.clearRequestLog();

    ToolRun all = carol("reactions", "list", message, "--page-size", "3");
    ToolRun smiles = carol("reactions", "list", message, "--filter", "emoji.unicode = \"🙂\"");

    assertEquals(4, names(all, "reactions").size(), all::toString);
    assertEquals(2, gets("/v1/" + message + "/reactions").stream()
        .filter(r -> r.query().startsWith("pageSize=3")).count());
    List<String> users = new ArrayList<>();
    smiles.json().getAsJsonArray("reactions").forEach(r ->
        users.add(r.getAsJsonObject().getAsJsonObject("user").get("name").getAsString()));
    assertEquals(List.of("users/carol", "users/dave"), users);
  }

  @Test
  void anEmptyListPrintsAnEmptyArray() {
    ToolRun run = run("spaces", "list");

    assertEquals(0, run.exit(), run::toString);
    assertEquals("{\n  \"spaces\": []\n}\n", run.out());
  }

  @Test
  void apiErrorsAreExitOne() {
    ToolRun missing = carol("messages", "get", "spaces/AAAAAAAAAAA/messages/nope");
    ToolRun badFilter = carol("spaces", "search", "--query", "display_name:\"x\"");

    assertEquals(1, missing.exit(), missing::toString);
    assertEquals(List.of("error: HTTP 404 NOT_FOUND: Requested entity was not found."),
        missing.err().lines().toList());
    assertEquals(1, badFilter.exit(), badFilter::toString);
    assertTrue(badFilter.err().startsWith("error: HTTP 400 INVALID_ARGUMENT: "), badFilter.err());
  }

  private void assertUsageError(ToolRun run, String message) {
    assertEquals(2, run.exit(), run::toString);
    assertEquals("", run.out());
    assertEquals(List.of("usage error: " + message, "Run with --help for the commands and options."),
        run.err().lines().toList());
  }

  @Test
  void commandLineMistakesNameWhatIsWrongAndSendNothing() {
    assertUsageError(carol("spaces", "search"), "spaces search needs --query QUERY");
    assertUsageError(carol("messages", "list"),
        "messages list takes one SPACE, e.g. messages list spaces/AAAA");
    assertUsageError(carol("messages", "get", "a", "b"),
        "messages get takes one NAME, e.g. messages get spaces/AAAA/messages/ID");
    assertUsageError(carol("spaces", "list", "spaces/AAAA"),
        "spaces list takes no operand, but got \"spaces/AAAA\"");
    assertUsageError(carol("spaces", "list", "--show-groups"),
        "--show-groups belongs to members list, not spaces list");
    assertUsageError(carol("messages", "get", "spaces/A/messages/B", "--page-size", "2"),
        "--page-size belongs to spaces list, spaces search, members list, messages list,"
            + " reactions list, not messages get");
    assertUsageError(carol("reactions", "list", "spaces/A/messages/B", "--page-size", "ten"),
        "--page-size: expected a whole number, got \"ten\"");
    assertUsageError(carol("messages", "list", "spaces/A", "--display-name", "x"),
        "--display-name belongs to create, setup, spaces patch, not messages list");
    assertUsageError(carol("spaces", "frobnicate"),
        "spaces has no method frobnicate; its commands are spaces get, spaces list, spaces search,"
            + " spaces find-direct-message, spaces patch, spaces delete, spaces complete-import");
    assertUsageError(carol("messages"),
        "messages needs a method; its commands are messages list, messages get, messages patch,"
            + " messages update, messages create, messages delete");
    assertUsageError(carol("reactions", "list", "spaces/A"),
        "parent: must match spaces/*/messages/*, got \"spaces/A\"");
    assertUsageError(carol("reactions", "list", "spaces/A/messages/B", "--as-app"),
        "reactions list takes user authentication only; leave out --as-app");
    assertEquals(List.of(), emulator.requestLog());
  }

  @Test
  void everyMethodCommandHasItsOwnHelp() {
    for (Methods.Method method : Methods.TABLE) {
      ToolRun help = run(method.resource(), method.verb(), "--help");
      assertEquals(0, help.exit(), method::command);
      assertTrue(help.out().startsWith(
          "Usage: java -jar tinychat-sample.jar " + method.command() + " [OPTIONS]\n\n  "
              + method.command()), help.out());
      assertTrue(help.out().contains(method.summary()), help.out());
      for (Methods.Flag flag : method.flags()) {
        assertTrue(help.out().contains("\n  " + flag.name() + " "), method.command() + " " + flag);
      }
      assertTrue(help.out().contains("\nConnection (every command but serve):\n"), help.out());
      assertEquals(help.out(), run("help", method.resource(), method.verb()).out());
    }
    ToolRun messages = run("messages", "list", "--help");
    assertTrue(messages.out().contains("\n  --show-deleted "), messages.out());
    assertFalse(messages.out().contains("--show-groups"), messages.out());
    assertFalse(messages.out().contains("members get"), messages.out());
    ToolRun members = run("members", "--help");
    assertTrue(members.out().contains("\n  members SPACE\n"), members.out());
    assertTrue(members.out().contains("\n  --show-groups "), members.out());
    assertFalse(members.out().contains("\n  members get"), members.out());
  }
}
