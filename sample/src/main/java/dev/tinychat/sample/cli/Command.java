package dev.tinychat.sample.cli;

import static dev.tinychat.sample.chat.Scopes.CHAT_APP_SPACES_CREATE;
import static dev.tinychat.sample.chat.Scopes.CHAT_IMPORT;
import static dev.tinychat.sample.chat.Scopes.CHAT_SPACES_CREATE;

import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.http.Transport;
import dev.tinychat.json.JsonWriter;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.PermissionSettingBuilder;
import dev.tinychat.sample.chat.PermissionSettingsBuilder;
import dev.tinychat.sample.chat.SetUpSpace;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpaceBuilder;
import dev.tinychat.sample.chat.SpaceDetailsBuilder;
import dev.tinychat.sample.chat.SpaceJson;
import dev.tinychat.sample.chat.AccessSettingsBuilder;
import dev.tinychat.sample.chat.SpacesClient;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One parsed command. Flags map onto request fields; which fields go together is not decided here
 * but by the definitions: the request is checked with the generated {@code check} of
 * {@link CreateSpace} or {@link SetUpSpace} before anything is sent, and a broken rule is reported
 * with the flag that set the field.
 */
final class Command {
  /** The flag that sets each request field, to name it in errors. */
  private static final Map<String, String> FLAGS =
      Map.ofEntries(
          Map.entry("space.displayName", "--display-name"),
          Map.entry("space.spaceDetails", "--description/--guidelines"),
          Map.entry("space.spaceDetails.description", "--description"),
          Map.entry("space.spaceDetails.guidelines", "--guidelines"),
          Map.entry("space.externalUserAllowed", "--external-users"),
          Map.entry("space.spaceHistoryState", "--history"),
          Map.entry("space.accessSettings", "--audience"),
          Map.entry("space.accessSettings.audience", "--audience"),
          Map.entry("space.predefinedPermissionSettings", "--permissions"),
          Map.entry("space.permissionSettings", "--manage-apps"),
          Map.entry("space.permissionSettings.manageApps", "--manage-apps"),
          Map.entry("space.customer", "--customer"),
          Map.entry("space.createTime", "--create-time"),
          Map.entry("space.importMode", "--import"),
          Map.entry("space.spaceType", "--group-chat/--dm/--dm-app/--import"),
          Map.entry("space.singleUserBotDm", "--dm/--dm-app"),
          Map.entry("memberships", "--member/--group"),
          Map.entry("requestId", "--request-id"));

  /** The flags of {@code create} and {@code setup} besides the connection's. */
  private static final Map<String, List<String>> OWN_FLAGS =
      Map.of(
          "create",
          List.of("--display-name", "--description", "--guidelines", "--external-users",
              "--history", "--request-id", "--audience", "--permissions", "--customer",
              "--manage-apps", "--import", "--group-chat", "--create-time"),
          "setup",
          List.of("--display-name", "--description", "--guidelines", "--external-users",
              "--history", "--request-id", "--member", "--group", "--group-chat", "--dm",
              "--dm-app"));

  /**
   * What a command prints: the answer's JSON and, when the answer is a space, the URL a person
   * opens it at (else {@code null}).
   */
  record Output(byte[] json, String url) {
    static Output of(Space space) {
      JsonWriter writer = JsonWriter.create();
      SpaceJson.write(writer, space);
      return new Output(writer.toByteArray(), url(space));
    }

    /**
     * The answer's {@code spaceUri}; if it has none, the same form built from the name: {@code
     * /dm/} for direct messages and group chats, {@code /room/} for named spaces.
     */
    static String url(Space space) {
      if (space.spaceUri() != null && !space.spaceUri().isEmpty()) {
        return space.spaceUri();
      }
      String name = space.name();
      if (name == null || !name.startsWith("spaces/") || name.length() == 7) {
        return null;
      }
      boolean dm = space.spaceType() == Space.SpaceType.DIRECT_MESSAGE
          || space.spaceType() == Space.SpaceType.GROUP_CHAT;
      return "https://chat.google.com/" + (dm ? "dm/" : "room/") + name.substring(7);
    }
  }

  private final List<String> userScopes;
  private final List<String> appScopes;
  private final Function<Transport, Output> call;

  Command(List<String> userScopes, List<String> appScopes, Function<Transport, Output> call) {
    this.userScopes = userScopes;
    this.appScopes = appScopes;
    this.call = call;
  }

  /** Sends the command's request over {@code transport} (which the caller closes). */
  Output run(Transport transport) {
    return call.apply(transport);
  }

  /** A command of {@code spaces.create} or {@code spaces.setup}. */
  private static Command spaces(boolean importMode, Function<SpacesClient, Space> call) {
    return new Command(List.of(importMode ? CHAT_IMPORT : CHAT_SPACES_CREATE),
        List.of(importMode ? CHAT_IMPORT : CHAT_APP_SPACES_CREATE),
        transport -> Output.of(call.apply(new SpacesClient(transport))));
  }

  /** The OAuth scopes the command needs, with user or app authentication. */
  List<String> scopes(boolean asApp) {
    return asApp ? appScopes : userScopes;
  }

  /** The commands of this class that take {@code flag}. */
  static List<String> owners(String flag) {
    return OWN_FLAGS.entrySet().stream().filter(e -> e.getValue().contains(flag))
        .map(Map.Entry::getKey).sorted().toList();
  }

  /** The message of a refused request, naming the flag behind the field. */
  static String describe(InvalidRequestException e) {
    String field = e.field();
    String flag = FLAGS.get(field.replaceAll("\\[\\d+]", ""));
    if (flag == null) {
      int dot = field.lastIndexOf('.');
      while (flag == null && dot > 0) {
        field = field.substring(0, dot);
        flag = FLAGS.get(field.replaceAll("\\[\\d+]", ""));
        dot = field.lastIndexOf('.');
      }
    }
    return flag == null ? e.getMessage() : flag + " (" + e.getMessage() + ")";
  }

  static Command parse(Args args) {
    if (Methods.names(args.command())) {
      return Methods.parse(args);
    }
    List<String> own = OWN_FLAGS.get(args.command());
    if (own == null) {
      throw new UsageException(
          "unknown command \"" + args.command() + "\"; the commands are " + Help.commands());
    }
    for (String flag : Main.flagsGiven(args)) {
      if (!own.contains(flag) && !Methods.CONNECTION.contains(flag)) {
        throw new UsageException(Methods.misplaced(flag, args.command()));
      }
    }
    return args.command().equals("create") ? create(args) : setup(args);
  }

  private static Command create(Args args) {
    noOperands(args);
    boolean importMode = args.has("--import");
    SpaceBuilder space = commonSpace(args);
    space.spaceType(args.has("--group-chat") ? Space.SpaceType.GROUP_CHAT : Space.SpaceType.SPACE);
    if (importMode) {
      space.importMode(true);
    }
    String audience = args.value("--audience");
    if (audience != null) {
      space.accessSettings(new AccessSettingsBuilder().audience(audience).build());
    }
    String permissions = args.value("--permissions");
    if (permissions != null) {
      space.predefinedPermissionSettings(
          choice("--permissions", permissions, Map.of(
              "collaboration", Space.PredefinedPermissionSettings.COLLABORATION_SPACE,
              "announcement", Space.PredefinedPermissionSettings.ANNOUNCEMENT_SPACE)));
    }
    String customer = args.value("--customer");
    if (customer != null) {
      space.customer(customer);
    }
    String manageApps = args.value("--manage-apps");
    if (manageApps != null) {
      space.permissionSettings(
          new PermissionSettingsBuilder().manageApps(roles("--manage-apps", manageApps)).build());
    }
    String createTime = args.value("--create-time");
    if (createTime != null) {
      try {
        space.createTime(Instant.parse(createTime));
      } catch (DateTimeParseException e) {
        throw new UsageException(
            "--create-time: expected an RFC 3339 time such as 2026-01-02T03:04:05Z, got \"" + createTime + "\"");
      }
    }
    Space request = space.build();
    String requestId = args.value("--request-id");
    SpacesClient.checkCreate(request, requestId);
    return spaces(importMode, chat -> chat.create(request, requestId));
  }

  private static Command setup(Args args) {
    noOperands(args);
    SpaceBuilder space = commonSpace(args);
    int modes = (args.has("--group-chat") ? 1 : 0) + (args.has("--dm") ? 1 : 0) + (args.has("--dm-app") ? 1 : 0);
    if (modes > 1) {
      throw new UsageException("give at most one of --group-chat, --dm and --dm-app");
    }
    if (args.has("--group-chat")) {
      space.spaceType(Space.SpaceType.GROUP_CHAT);
    } else if (args.has("--dm") || args.has("--dm-app")) {
      space.spaceType(Space.SpaceType.DIRECT_MESSAGE).singleUserBotDm(args.has("--dm-app"));
    } else {
      space.spaceType(Space.SpaceType.SPACE);
    }
    List<Membership> memberships = new ArrayList<>();
    args.values("--member").forEach(user -> memberships.add(Membership.human(user)));
    args.values("--group").forEach(group -> memberships.add(Membership.group(group)));
    Space request = space.build();
    String requestId = args.value("--request-id");
    List<Membership> members = memberships.isEmpty() ? null : List.copyOf(memberships);
    SpacesClient.checkSetup(request, requestId, members);
    return spaces(false, chat -> chat.setup(request, requestId, members));
  }

  /** The fields create and setup share. */
  private static SpaceBuilder commonSpace(Args args) {
    SpaceBuilder space = new SpaceBuilder();
    String displayName = args.value("--display-name");
    if (displayName != null) {
      space.displayName(displayName);
    }
    String description = args.value("--description");
    String guidelines = args.value("--guidelines");
    if (description != null || guidelines != null) {
      space.spaceDetails(new SpaceDetailsBuilder().description(description).guidelines(guidelines).build());
    }
    if (args.has("--external-users")) {
      space.externalUserAllowed(true);
    }
    String history = args.value("--history");
    if (history != null) {
      space.spaceHistoryState(
          choice("--history", history, Map.of("on", Space.HistoryState.HISTORY_ON, "off", Space.HistoryState.HISTORY_OFF)));
    }
    return space;
  }

  private static dev.tinychat.sample.chat.PermissionSetting roles(String flag, String value) {
    PermissionSettingBuilder setting = new PermissionSettingBuilder();
    for (String role : value.split(",")) {
      switch (role.trim().toLowerCase(Locale.ROOT)) {
        case "managers":
          setting.managersAllowed(true);
          break;
        case "assistant-managers":
          setting.assistantManagersAllowed(true);
          break;
        case "members":
          setting.membersAllowed(true);
          break;
        default:
          throw new UsageException(
              flag + ": expected a comma-separated list of managers, assistant-managers, members; got \"" + role + "\"");
      }
    }
    return setting.build();
  }

  static <T> T choice(String flag, String value, Map<String, T> choices) {
    T chosen = choices.get(value.toLowerCase(Locale.ROOT));
    if (chosen == null) {
      throw new UsageException(
          flag + ": expected one of " + String.join(", ", new java.util.TreeSet<>(choices.keySet())) + "; got \"" + value + "\"");
    }
    return chosen;
  }

  private static void noOperands(Args args) {
    if (!args.operands().isEmpty()) {
      throw new UsageException("unexpected argument \"" + args.operands().get(0) + "\"");
    }
  }
}
