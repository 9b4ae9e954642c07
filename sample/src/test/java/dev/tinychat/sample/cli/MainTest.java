package dev.tinychat.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpaceBuilder;
import dev.tinychat.sample.emulator.ChatEmulator;
import dev.tinychat.sample.emulator.ChatScopes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool end to end: {@link Main#run} against real emulators. */
class MainTest {
  private static final Pattern URL_LINE =
      Pattern.compile("Space URL: https://chat\\.google\\.com/(?:room|dm)/([A-Za-z0-9_-]{11})\\?cls=11");
  private static final String CAROL_TOKEN = "carol-secret-token";

  /** An emulator started apart from the tool, with a person the tool does not know. */
  private final ChatEmulator emulator =
      ChatEmulator.builder()
          .user(CAROL_TOKEN, "users/carol", ChatScopes.ALL_USER_SCOPES)
          .user("carol-readonly", "users/carol", Set.of(ChatScopes.CHAT_SPACES_READONLY))
          .start();

  @TempDir Path dir;

  @AfterEach
  void stop() {
    emulator.close();
  }

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {
    /** The space JSON printed, without the URL line. */
    JsonObject space() {
      int url = out.indexOf("Space URL: ");
      return JsonParser.parseString(url < 0 ? out : out.substring(0, url)).getAsJsonObject();
    }

    /** The space id of the URL line, after checking it is the last line of out. */
    String urlId() {
      String[] lines = out.split("\n");
      Matcher matcher = URL_LINE.matcher(lines[lines.length - 1]);
      assertTrue(matcher.matches(), out);
      return matcher.group(1);
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Run run(String... args) {
    ToolRun run = ToolRun.of(args);
    return new Run(run.exit(), run.out(), run.err());
  }

  /** The tool against {@link #emulator} as carol, then {@code args}. */
  private Run runAgainstEmulator(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--endpoint";
    all[1] = emulator.baseUrl();
    all[2] = "--token";
    all[3] = CAROL_TOKEN;
    System.arraycopy(args, 0, all, 4, args.length);
    return run(all);
  }

  private static void assertUsageError(Run run, String message) {
    assertEquals(2, run.exit(), run::toString);
    assertEquals("", run.out());
    assertEquals(
        List.of("usage error: " + message, "Run with --help for the commands and options."),
        run.errLines());
  }

  @Test
  void createPrintsTheSpaceAndItsUrlWithTheEmbeddedEmulator() {
    Run run = run("create", "--display-name", "X", "--description", "Y");

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("\n  \"displayName\": \"X\",\n"), run.out());
    JsonObject space = run.space();
    assertEquals("X", space.get("displayName").getAsString());
    assertEquals("Y", space.getAsJsonObject("spaceDetails").get("description").getAsString());
    assertEquals("SPACE", space.get("spaceType").getAsString());
    assertEquals("spaces/" + run.urlId(), space.get("name").getAsString());
    assertTrue(
        run.err().startsWith("Using the embedded Chat API emulator at http://127.0.0.1:"),
        run.err());
  }

  @Test
  void setupGroupChatWithTwoMembers() {
    Run run = run("setup", "--group-chat", "--member", "users/1", "--member", "users/2");

    assertEquals(0, run.exit(), run::toString);
    JsonObject space = run.space();
    assertEquals("GROUP_CHAT", space.get("spaceType").getAsString());
    assertEquals(
        3, space.getAsJsonObject("membershipCount").get("joinedDirectHumanUserCount").getAsInt());
    run.urlId();
  }

  @Test
  void setupDirectMessageWithTheApp() {
    Run run = run("setup", "--dm-app");

    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.space().get("singleUserBotDm").getAsBoolean());
  }

  @Test
  void createAsTheEmbeddedApp() {
    Run run =
        run("create", "--as-app", "--display-name", "By the app", "--customer",
            "customers/my_customer", "--manage-apps", "managers,assistant-managers");

    assertEquals(0, run.exit(), run::toString);
    JsonObject space = run.space();
    assertEquals("customers/my_customer", space.get("customer").getAsString());
    assertEquals(
        JsonParser.parseString("{\"managersAllowed\":true,\"assistantManagersAllowed\":true}"),
        space.getAsJsonObject("permissionSettings").get("manageApps"));
  }

  @Test
  void createAnImportGroupChat() {
    Run run = run("create", "--import", "--group-chat", "--create-time", "2020-01-02T03:04:05Z");

    assertEquals(0, run.exit(), run::toString);
    JsonObject space = run.space();
    assertEquals("GROUP_CHAT", space.get("spaceType").getAsString());
    assertTrue(space.get("importMode").getAsBoolean());
    assertEquals("2020-01-02T03:04:05Z", space.get("createTime").getAsString());
  }

  @Test
  void directMessageWithADisplayNameIsRefusedBeforeSending() {
    Run run = runAgainstEmulator("setup", "--dm", "--member", "users/3", "--display-name", "x");

    assertUsageError(
        run,
        "--display-name (space.displayName: forbidden in directMessage (a direct message between"
            + " the caller and one other person))");
    assertEquals(List.of(), emulator.requestLog());
  }

  @Test
  void displayNameTooLongIsRefusedBeforeSending() {
    Run run = runAgainstEmulator("create", "--display-name", "x".repeat(129));

    assertUsageError(
        run, "--display-name (space.displayName: at most 128 characters, got 129)");
    assertEquals(List.of(), emulator.requestLog());
  }

  @Test
  void malformedMemberIsRefusedBeforeSending() {
    Run run = runAgainstEmulator("setup", "--dm", "--member", "bob");

    assertUsageError(
        run, "--member/--group (memberships[0].member.name: must match users/{user}, got \"bob\")");
    assertEquals(List.of(), emulator.requestLog());
  }

  @Test
  void malformedSpaceNameForGetIsRefusedBeforeSending() {
    Run run = runAgainstEmulator("get", "AAAA");

    assertUsageError(run, "name: must match spaces/*, got \"AAAA\"");
    assertEquals(List.of(), emulator.requestLog());
  }

  @Test
  void unknownOption() {
    assertUsageError(run("create", "--bogus", "x"), "unknown option --bogus");
  }

  @Test
  void unknownCommand() {
    assertUsageError(
        run("delete", "spaces/AAAA"),
        "unknown command \"delete\"; the commands are " + Help.commands());
  }

  @Test
  void optionWithoutItsValue() {
    assertUsageError(run("create", "--display-name"), "--display-name needs a value");
  }

  @Test
  void badCreateTime() {
    assertUsageError(
        run("create", "--import", "--display-name", "I", "--create-time", "yesterday"),
        "--create-time: expected an RFC 3339 time such as 2026-01-02T03:04:05Z, got \"yesterday\"");
  }

  @Test
  void helpListsTheCommandsAndExitsZero() {
    Run run = run("--help");

    assertEquals(0, run.exit());
    assertEquals("", run.err());
    assertTrue(
        run.out()
            .startsWith(
                "tinychat sample: create, set up and read Google Chat spaces, their members,"
                    + " messages and\nreactions.\n"));
    for (String command :
        List.of("  create ", "  setup ", "  get NAME ", "  members SPACE\n", "  messages list SPACE\n", "  --page-size N ",
            "  --page-token TOKEN ", "  --filter FILTER ", "  --show-groups ")) {
      assertTrue(run.out().contains("\n" + command), command);
    }
    assertEquals(run.out(), run("help").out());
  }

  @Test
  void commandHelpShowsThatCommandsEntryAndItsOptionsOnly() {
    Run run = run("create", "--help");

    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("Usage: java -jar tinychat-sample.jar create [OPTIONS]\n"), run.out());
    for (String part : List.of("\n  create     spaces.create", "\nSpace options (create and setup):\n",
        "\ncreate only:\n", "\n  --customer customers/ID ", "\nConnection (every command but serve):\n", "\n  --verbose ")) {
      assertTrue(run.out().contains(part), part);
    }
    for (String other : List.of("setup only:", "members list", "  get NAME", "--page-size")) {
      assertFalse(run.out().contains(other), other);
    }
    assertEquals(run.out(), run("help", "create").out());
    assertEquals(run.out(), run("--help", "create").out());
  }

  @Test
  void everyListedCommandHasItsOwnHelp() {
    List<String> commands = List.of(Help.commands().split(", "));
    assertTrue(commands.containsAll(List.of("create", "setup", "get", "members", "spaces list",
        "spaces search", "spaces find-direct-message", "members list", "members get", "messages list",
        "messages get", "reactions list", "serve")), commands::toString);
    for (String command : commands) {
      List<String> words = new java.util.ArrayList<>(List.of(command.split(" ")));
      words.add("--help");
      Run run = run(words.toArray(String[]::new));
      assertEquals(0, run.exit(), command);
      assertTrue(run.out().startsWith("Usage: java -jar tinychat-sample.jar " + command + " "), command);
      assertTrue(run.out().contains("\n  " + command), command);
      assertTrue(run.out().length() < Help.TEXT.length(), command + " shows all the help");
    }
    assertTrue(run("members", "--help").out().contains("\n  --page-token TOKEN "));
    assertFalse(run("get", "--help").out().contains("--display-name"));
  }

  @Test
  void helpOnAnUnknownCommandNamesTheCommands() {
    assertUsageError(run("help", "frobnicate"),
        "no command frobnicate; the commands are " + Help.commands());
  }

  @Test
  void retriesAreSilentUnlessVerbose() {
    emulator.failNext(1, 503);
    Run quiet = runAgainstEmulator("create", "--display-name", "Quiet", "--request-id", "q-1");

    assertEquals(0, quiet.exit(), quiet::toString);
    assertEquals("", quiet.err(), "a retry line without --verbose");

    emulator.failNext(1, 503);
    Run verbose = runAgainstEmulator("create", "--display-name", "Loud", "--request-id", "l-1",
        "--verbose");

    assertEquals(0, verbose.exit(), verbose::toString);
    List<String> lines = verbose.errLines();
    assertEquals(1, lines.size(), verbose::toString);
    assertTrue(lines.get(0).matches("info: POST /v1/spaces: HTTP 503.*; retry 1 in \\d+ ms"),
        lines.get(0));
    assertFalse(verbose.err().contains(CAROL_TOKEN));
  }

  @Test
  void credentialsDirectoryIsAUsageErrorNamingIt() {
    assertUsageError(run("create", "--display-name", "X", "--endpoint", emulator.baseUrl(),
        "--credentials", dir.toString()),
        "--credentials " + dir + " is a directory, not a credentials file");
    assertEquals(0, emulator.requestLog().size(), "nothing sent");
  }

  @Test
  void spaceUrlComesFromSpaceUriElseFromTheNameByType() {
    assertEquals("https://chat.google.com/room/AAA?cls=11", Command.Output.url(new SpaceBuilder()
        .name("spaces/AAA").spaceUri("https://chat.google.com/room/AAA?cls=11").build()));
    assertEquals("https://chat.google.com/dm/BBB", Command.Output.url(new SpaceBuilder()
        .name("spaces/BBB").spaceType(Space.SpaceType.DIRECT_MESSAGE).build()));
    assertEquals("https://chat.google.com/dm/CCC", Command.Output.url(new SpaceBuilder()
        .name("spaces/CCC").spaceType(Space.SpaceType.GROUP_CHAT).build()));
    assertEquals("https://chat.google.com/room/DDD", Command.Output.url(new SpaceBuilder()
        .name("spaces/DDD").spaceType(Space.SpaceType.SPACE).build()));
    assertNull(Command.Output.url(new SpaceBuilder().build()));
  }

  @Test
  void directMessageUrlIsTheDmOneTheServerGave() {
    Run run = run("setup", "--dm", "--member", "users/1");

    assertEquals(0, run.exit(), run::toString);
    assertEquals("DIRECT_MESSAGE", run.space().get("spaceType").getAsString());
    String uri = run.space().get("spaceUri").getAsString();
    assertTrue(uri.startsWith("https://chat.google.com/dm/"), uri);
    assertTrue(run.out().endsWith("Space URL: " + uri + "\n"), run.out());
  }

  @Test
  void noCommandPrintsHelpAndExitsTwo() {
    Run run = run();

    assertEquals(2, run.exit());
    assertEquals(run("--help").out(), run.out());
  }

  @Test
  void endpointAndTokenReachASeparateEmulatorAsItsUser() {
    Run run = runAgainstEmulator("create", "--display-name", "Carol's", "--request-id", "cli-1");

    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err(), "no emulator of its own");
    assertEquals(1, emulator.spaceCount());
    assertEquals("requestId=cli-1", emulator.requestLog().get(0).query());
    assertEquals(
        JsonParser.parseString("{\"spaceType\":\"SPACE\",\"displayName\":\"Carol's\"}"),
        JsonParser.parseString(emulator.requestLog().get(0).bodyText()));
    assertFalse(run.out().contains(CAROL_TOKEN));
  }

  @Test
  void getAfterCreateReadsTheSameSpace() {
    Run created = runAgainstEmulator("create", "--display-name", "Read me");
    String name = created.space().get("name").getAsString();

    Run read = runAgainstEmulator("get", name);

    assertEquals(0, read.exit(), read::toString);
    assertEquals(created.out(), read.out());
    assertEquals("GET", emulator.requestLog().get(1).method());
    assertEquals("/v1/" + name, emulator.requestLog().get(1).path());
  }

  /** Sets up "Members" as carol with dave and erin and the group eng; returns its name. */
  private String spaceWithMembers() {
    Run setup =
        runAgainstEmulator("setup", "--display-name", "Members", "--member", "users/dave",
            "--member", "users/erin", "--group", "groups/eng");
    assertEquals(0, setup.exit(), setup::toString);
    emulator.clearRequestLog();
    return setup.space().get("name").getAsString();
  }

  /** The member or group names of the memberships printed. */
  private static List<String> memberNames(Run run) {
    assertEquals(0, run.exit(), run::toString);
    assertFalse(run.out().contains("Space URL: "), run.out());
    List<String> names = new java.util.ArrayList<>();
    JsonObject page = JsonParser.parseString(run.out()).getAsJsonObject();
    if (page.has("memberships")) {
      for (var element : page.getAsJsonArray("memberships")) {
        JsonObject membership = element.getAsJsonObject();
        names.add(
            (membership.has("member")
                    ? membership.getAsJsonObject("member")
                    : membership.getAsJsonObject("groupMember"))
                .get("name")
                .getAsString());
      }
    }
    return names;
  }

  @Test
  void membersPrintsTheMembershipsPretty() {
    String name = spaceWithMembers();

    Run run = runAgainstEmulator("members", name);

    assertEquals(List.of("users/carol", "users/dave", "users/erin"), memberNames(run));
    assertTrue(run.out().startsWith("{\n  \"memberships\": [\n    {\n"), run.out());
    assertEquals("", run.err());
    assertEquals("/v1/" + name + "/members", emulator.requestLog().get(0).path());
    assertEquals("", emulator.requestLog().get(0).query());
  }

  @Test
  void membersPagesWithPageSizeAndPageToken() {
    String name = spaceWithMembers();

    Run first = runAgainstEmulator("members", name, "--page-size", "2", "--show-groups", "--one-page");
    String token =
        JsonParser.parseString(first.out())
            .getAsJsonObject()
            .get("nextPageToken")
            .getAsString();
    Run second =
        runAgainstEmulator("members", name, "--page-size=2", "--show-groups", "--page-token",
            token);

    assertEquals(List.of("users/carol", "users/dave"), memberNames(first));
    assertEquals(List.of("users/erin", "groups/eng"), memberNames(second));
    assertFalse(JsonParser.parseString(second.out()).getAsJsonObject().has("nextPageToken"));

    emulator.clearRequestLog();
    Run all = runAgainstEmulator("members", name, "--page-size", "2", "--show-groups");
    assertEquals(List.of("users/carol", "users/dave", "users/erin", "groups/eng"), memberNames(all));
    assertFalse(JsonParser.parseString(all.out()).getAsJsonObject().has("nextPageToken"));
    assertEquals(2, emulator.requestLog().size(), "every page by default");
  }

  @Test
  void membersWithAFilter() {
    String name = spaceWithMembers();

    Run run =
        runAgainstEmulator("members", name, "--filter",
            "member.type = \"HUMAN\" AND role = \"ROLE_MEMBER\"", "--show-groups",
            "--show-invited");

    assertEquals(List.of("users/dave", "users/erin"), memberNames(run));
    assertTrue(
        emulator.requestLog().get(0).query().endsWith("&showGroups=true&showInvited=true"),
        emulator.requestLog().get(0).query());
  }

  @Test
  void membersWithAnUnsupportedFilterIsExitOneWithTheServersMessage() {
    String name = spaceWithMembers();

    Run run = runAgainstEmulator("members", name, "--filter", "role = \"ROLE_OWNER\"");

    assertEquals(1, run.exit(), run::toString);
    assertEquals("", run.out());
    assertEquals(
        List.of(
            "error: HTTP 400 INVALID_ARGUMENT: Invalid filter: role must be compared with"
                + " \"ROLE_MANAGER\" or \"ROLE_MEMBER\", but was \"ROLE_OWNER\"."),
        run.errLines());
  }

  @Test
  void membersWithANegativePageSizeIsExitOne() {
    String name = spaceWithMembers();

    Run run = runAgainstEmulator("members", name, "--page-size", "-1");

    assertEquals(1, run.exit(), run::toString);
    assertEquals(
        List.of("error: HTTP 400 INVALID_ARGUMENT: page_size must not be negative, but was -1."),
        run.errLines());
  }

  @Test
  void membersOfAnEmptyEmbeddedEmulatorIsNotFound() {
    Run run = run("members", "spaces/AAAAAAAAAAA");

    assertEquals(1, run.exit(), run::toString);
    assertEquals(
        "error: HTTP 404 NOT_FOUND: Requested entity was not found.", run.errLines().get(1));
  }

  @Test
  void membersCommandLineMistakesAreRefusedBeforeSending() {
    assertUsageError(
        runAgainstEmulator("members"), "members takes one SPACE, e.g. members spaces/AAAA");
    assertUsageError(
        runAgainstEmulator("members", "spaces/AAAA", "--page-size", "ten"),
        "--page-size: expected a whole number, got \"ten\"");
    assertUsageError(
        runAgainstEmulator("members", "AAAA"), "parent: must match spaces/*, got \"AAAA\"");
    assertUsageError(
        runAgainstEmulator("members", "spaces/AAAA", "--display-name", "x"),
        "--display-name belongs to create, setup, spaces patch, not members");
    assertUsageError(
        runAgainstEmulator("get", "spaces/AAAA", "--show-groups"),
        "--show-groups belongs to members list, not get");
    assertEquals(List.of(), emulator.requestLog());
  }

  @Test
  void duplicateDisplayNameIsExitOneWithOneErrorLine() {
    assertEquals(0, runAgainstEmulator("create", "--display-name", "Team").exit());

    Run run = runAgainstEmulator("create", "--display-name", "team");

    assertEquals(1, run.exit(), run::toString);
    assertEquals("", run.out());
    assertEquals(
        List.of(
            "error: HTTP 409 ALREADY_EXISTS: A space with the display name \"team\" already"
                + " exists in the organization; try a different space.display_name."),
        run.errLines());
    assertEquals(1, emulator.spaceCount());
  }

  @Test
  void insufficientScopesIsExitOneWithOneErrorLine() {
    Run run =
        run("--endpoint", emulator.baseUrl(), "--token", "carol-readonly", "create",
            "--display-name", "No");

    assertEquals(1, run.exit(), run::toString);
    assertEquals(
        List.of(
            "error: HTTP 403 PERMISSION_DENIED: Request had insufficient authentication scopes."),
        run.errLines());
  }

  @Test
  void unknownTokenIsExitOneAndTheTokenIsNotPrinted() {
    Run run =
        run("--endpoint", emulator.baseUrl(), "--token", "leaked-secret", "get",
            "spaces/AAAAAAAAAAA");

    assertEquals(1, run.exit(), run::toString);
    assertTrue(run.err().startsWith("error: HTTP 401 UNAUTHENTICATED: "), run.err());
    assertFalse(run.err().contains("leaked-secret"), run.err());
  }

  @Test
  void endpointWithoutCredentials() {
    Run run = run("--endpoint", emulator.baseUrl(), "create", "--display-name", "X");

    assertUsageError(
        run,
        "--endpoint needs --credentials FILE (client_secrets.json or a service-account key) or"
            + " --token TOKEN");
    assertEquals(List.of(), emulator.requestLog());
  }

  @Test
  void tokenAndCredentialsTogether() throws IOException {
    Path file = Files.writeString(dir.resolve("key.json"), "{}");

    assertUsageError(
        run("--endpoint", emulator.baseUrl(), "--token", "t", "--credentials", file.toString(),
            "get", "spaces/AAAAAAAAAAA"),
        "give --token or --credentials, not both");
  }

  @Test
  void credentialsFileThatIsNotJson() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.json"), "{\"type\": service_account}");

    Run run =
        run("--endpoint", emulator.baseUrl(), "--credentials", file.toString(), "create",
            "--display-name", "X");

    assertEquals(2, run.exit(), run::toString);
    assertTrue(
        run.err().startsWith("usage error: " + file + " is not a JSON credentials file: "),
        run.err());
    assertEquals(2, run.errLines().size(), run.err());
    assertEquals(List.of(), emulator.requestLog());
  }

  @Test
  void credentialsFileOfAnUnknownKind() throws IOException {
    Path file = Files.writeString(dir.resolve("other.json"), "{\"type\": \"external_account\"}");

    assertUsageError(
        run("--endpoint", emulator.baseUrl(), "--credentials", file.toString(), "get",
            "spaces/AAAAAAAAAAA"),
        file + " is neither an OAuth client (client_secrets.json) nor a service-account key");
  }

  @Test
  void credentialsFileThatDoesNotExist() {
    Path file = dir.resolve("missing.json");

    Run run =
        run("--endpoint", emulator.baseUrl(), "--credentials", file.toString(), "get",
            "spaces/AAAAAAAAAAA");

    assertUsageError(run, "--credentials " + file + ": no such file");
  }

  @Test
  void authorizedUserFileWithoutRefreshToken() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("adc.json"),
            "{\"type\": \"authorized_user\", \"client_id\": \"id\", \"client_secret\": \"s\"}");

    assertUsageError(
        run("--endpoint", emulator.baseUrl(), "--credentials", file.toString(), "get",
            "spaces/AAAAAAAAAAA"),
        file + ": an authorized_user file needs \"refresh_token\"");
  }

  @Test
  void serviceAccountKeyWithoutItsFields() throws IOException {
    Path file = Files.writeString(dir.resolve("sa.json"), "{\"type\": \"service_account\"}");

    Run run =
        run("--endpoint", emulator.baseUrl(), "--credentials", file.toString(), "create",
            "--display-name", "X");

    assertEquals(2, run.exit(), run::toString);
    assertEquals(2, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("usage error: " + file), run.err());
    assertTrue(run.err().contains("client_email"), run.err());
    assertEquals(List.of(), emulator.requestLog());
  }

  @Test
  void serviceAccountKeyWithABrokenPrivateKey() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("sa.json"),
            "{\"type\": \"service_account\", \"client_email\": \"app@example.com\","
                + " \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nnot base64!\\n"
                + "-----END PRIVATE KEY-----\\n\"}");

    assertUsageError(
        run("--endpoint", emulator.baseUrl(), "--credentials", file.toString(), "--as-app",
            "get", "spaces/AAAAAAAAAAA"),
        file + ": field \"private_key\" is not an RSA private key in PKCS#8 PEM"
            + " (-----BEGIN PRIVATE KEY-----)");
  }

  /**
   * A service-account key made in the test, whose token_uri is a token endpoint on 127.0.0.1
   * answering {@code answer} with {@code status}; returns the key file.
   */
  private Path serviceAccountKey(int status, String answer, List<String> grants)
      throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    String pem =
        "-----BEGIN PRIVATE KEY-----\\n"
            + Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded())
            + "\\n-----END PRIVATE KEY-----\\n";
    HttpServer tokens =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    tokens.createContext(
        "/token",
        exchange -> {
          try (exchange) {
            byte[] grant = exchange.getRequestBody().readAllBytes();
            grants.add(new String(grant, StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
          }
        });
    tokens.start();
    tokenServer = tokens;
    return Files.writeString(
        dir.resolve("service-account.json"),
        "{\"type\": \"service_account\", \"client_email\": \"app@example.iam.gserviceaccount.com\","
            + " \"private_key_id\": \"k1\", \"private_key\": \"" + pem + "\","
            + " \"token_uri\": \"http://127.0.0.1:" + tokens.getAddress().getPort() + "/token\"}");
  }

  private HttpServer tokenServer;

  @AfterEach
  void stopTokenServer() {
    if (tokenServer != null) {
      tokenServer.stop(0);
    }
  }

  @Test
  void serviceAccountKeyCreatesASpaceAsTheApp() throws Exception {
    List<String> grants = new CopyOnWriteArrayList<>();
    Path key =
        serviceAccountKey(
            200,
            "{\"access_token\": \"sa-app-token\", \"expires_in\": 3599,"
                + " \"token_type\": \"Bearer\"}",
            grants);
    try (ChatEmulator chat =
        ChatEmulator.builder()
            .app("sa-app-token", "users/sa-app", ChatScopes.ALL_APP_SCOPES)
            .start()) {
      Run run =
          run("--endpoint", chat.baseUrl(), "--credentials", key.toString(), "--as-app",
              "create", "--display-name", "By the service account", "--customer",
              "customers/my_customer");

      assertEquals(0, run.exit(), run::toString);
      assertEquals("customers/my_customer", run.space().get("customer").getAsString());
      assertEquals(1, grants.size());
      assertTrue(
          grants.get(0).startsWith(
              "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion="),
          grants.get(0));
    }
  }

  @Test
  void tokenEndpointRefusingTheKeyIsExitOneWithOneErrorLine() throws Exception {
    Path key =
        serviceAccountKey(
            400,
            "{\"error\": \"invalid_grant\", \"error_description\": \"Invalid JWT Signature.\"}",
            new CopyOnWriteArrayList<>());

    Run run =
        run("--endpoint", emulator.baseUrl(), "--credentials", key.toString(), "--as-app",
            "get", "spaces/AAAAAAAAAAA");

    assertEquals(1, run.exit(), run::toString);
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("error: "), run.err());
    assertTrue(run.err().contains("invalid_grant (Invalid JWT Signature.)"), run.err());
    assertEquals(List.of(), emulator.requestLog());
  }
}
