package dev.tinychat.sample.cli;

import static dev.tinychat.sample.chat.Scopes.CHAT_ADMIN_DELETE;
import static dev.tinychat.sample.chat.Scopes.CHAT_ADMIN_MEMBERSHIPS;
import static dev.tinychat.sample.chat.Scopes.CHAT_ADMIN_MEMBERSHIPS_READONLY;
import static dev.tinychat.sample.chat.Scopes.CHAT_ADMIN_SPACES;
import static dev.tinychat.sample.chat.Scopes.CHAT_ADMIN_SPACES_READONLY;
import static dev.tinychat.sample.chat.Scopes.CHAT_APP_DELETE;
import static dev.tinychat.sample.chat.Scopes.CHAT_APP_MEMBERSHIPS;
import static dev.tinychat.sample.chat.Scopes.CHAT_APP_SPACES;
import static dev.tinychat.sample.chat.Scopes.CHAT_BOT;
import static dev.tinychat.sample.chat.Scopes.CHAT_DELETE;
import static dev.tinychat.sample.chat.Scopes.CHAT_IMPORT;
import static dev.tinychat.sample.chat.Scopes.CHAT_MEMBERSHIPS;
import static dev.tinychat.sample.chat.Scopes.CHAT_MEMBERSHIPS_READONLY;
import static dev.tinychat.sample.chat.Scopes.CHAT_MESSAGES;
import static dev.tinychat.sample.chat.Scopes.CHAT_MESSAGES_CREATE;
import static dev.tinychat.sample.chat.Scopes.CHAT_MESSAGES_REACTIONS;
import static dev.tinychat.sample.chat.Scopes.CHAT_MESSAGES_REACTIONS_CREATE;
import static dev.tinychat.sample.chat.Scopes.CHAT_MESSAGES_REACTIONS_READONLY;
import static dev.tinychat.sample.chat.Scopes.CHAT_MESSAGES_READONLY;
import static dev.tinychat.sample.chat.Scopes.CHAT_SPACES;
import static dev.tinychat.sample.chat.Scopes.CHAT_SPACES_READONLY;

import dev.tinychat.http.Pages;
import dev.tinychat.http.Transport;
import dev.tinychat.json.JsonException;
import dev.tinychat.json.JsonToken;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;
import dev.tinychat.sample.chat.CompleteImportSpaceResponseJson;
import dev.tinychat.sample.chat.CreateMembership;
import dev.tinychat.sample.chat.CreateMessage;
import dev.tinychat.sample.chat.EmojiBuilder;
import dev.tinychat.sample.chat.ListMembershipsResponse;
import dev.tinychat.sample.chat.ListMembershipsResponseJson;
import dev.tinychat.sample.chat.ListMessagesResponse;
import dev.tinychat.sample.chat.ListMessagesResponseJson;
import dev.tinychat.sample.chat.ListReactionsResponse;
import dev.tinychat.sample.chat.ListReactionsResponseJson;
import dev.tinychat.sample.chat.ListSpacesResponse;
import dev.tinychat.sample.chat.ListSpacesResponseJson;
import dev.tinychat.sample.chat.MembersClient;
import dev.tinychat.sample.chat.Membership.MembershipRole;
import dev.tinychat.sample.chat.MembershipJson;
import dev.tinychat.sample.chat.MessageJson;
import dev.tinychat.sample.chat.Messages;
import dev.tinychat.sample.chat.MessagesClient;
import dev.tinychat.sample.chat.PatchMessage;
import dev.tinychat.sample.chat.ReactionBuilder;
import dev.tinychat.sample.chat.ReactionJson;
import dev.tinychat.sample.chat.ReactionsClient;
import dev.tinychat.sample.chat.SearchSpacesResponse;
import dev.tinychat.sample.chat.SearchSpacesResponseJson;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpaceDetailsBuilder;
import dev.tinychat.sample.chat.SpaceJson;
import dev.tinychat.sample.chat.SpacesClient;
import dev.tinychat.sample.chat.Thread;
import dev.tinychat.sample.chat.ThreadBuilder;
import dev.tinychat.sample.chat.UpdateMembership;
import dev.tinychat.sample.chat.UpdateMessage;
import dev.tinychat.sample.chat.UpdateSpace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The commands that call one method each, {@code RESOURCE METHOD [OPERAND] [OPTIONS]}: the
 * resource as in Google's reference ({@code spaces}, {@code members}, {@code messages}, {@code
 * reactions}), the method in kebab case ({@code findDirectMessage}: {@code find-direct-message}),
 * each query parameter as a flag in kebab case ({@code showDeleted}: {@code --show-deleted}).
 *
 * <p>A command for a new method is one entry in {@link #TABLE}: its words, operand, help line,
 * flags, scopes, and the call; its help, its flag checks and, for a list, paging through every
 * page come with it.
 */
final class Methods {
  /**
   * An option: {@code value} is what it takes ({@code null} for a switch); a {@code required} one
   * must be given (the method's required query parameter).
   */
  record Flag(String name, String value, boolean required, String help) {
    Flag(String name, String value, String help) {
      this(name, value, false, help);
    }
  }

  /** One command. {@code alias} is a shorter name for it, or {@code null}. */
  record Method(String resource, String verb, String alias, String operand, String summary,
      List<Flag> flags, Scopes scopes, BiFunction<Given, Transport, Command.Output> call) {
    String command() {
      return resource + " " + verb;
    }

    boolean takes(String flag) {
      return flags.stream().anyMatch(f -> f.name().equals(flag));
    }
  }

  /**
   * The OAuth scopes: with user authentication, with {@code --use-admin-access} (or {@code null}
   * when the method has no such flag), with app authentication ({@code --as-app}; empty when the
   * method takes user authentication only).
   */
  record Scopes(List<String> user, List<String> admin, List<String> app) {}

  /** The command line of one method: its operand and options, read as the method needs them. */
  record Given(Method method, Args args) {
    String operand() {
      return args.operands().isEmpty() ? null : args.operands().get(0);
    }

    String value(String flag) {
      return args.value(flag);
    }

    /** A switch as a query parameter: {@code true} when given, else {@code null} (not sent). */
    Boolean on(String flag) {
      return args.has(flag) ? Boolean.TRUE : null;
    }

    Integer integer(String flag) {
      String text = args.value(flag);
      try {
        return text == null ? null : Integer.valueOf(text);
      } catch (NumberFormatException e) {
        throw new UsageException(flag + ": expected a whole number, got \"" + text + "\"");
      }
    }
  }

  static final Flag PAGE_SIZE =
      new Flag("--page-size", "N", "at most N items a page (each page is fetched in turn)");
  static final Flag PAGE_TOKEN = new Flag("--page-token", "TOKEN",
      "only the page of TOKEN, an earlier nextPageToken (same options)");
  static final Flag ONE_PAGE =
      new Flag("--one-page", null, "only the first page, with its nextPageToken");
  private static final Flag ADMIN =
      new Flag("--use-admin-access", null, "as a Workspace administrator");
  private static final List<Flag> MESSAGE_UPDATE = List.of(
      new Flag("--text", "TEXT", true, "required; the new text"),
      new Flag("--allow-missing", null, "create the message when it is missing (a client-assigned ID)"));

  /** The flags of every API command, besides its own. */
  static final List<String> CONNECTION = List.of("--endpoint", "--credentials", "--token-file",
      "--token", "--as-app", "--verbose", "--help");

  private static List<Flag> paged(Flag... own) {
    List<Flag> flags = new ArrayList<>(List.of(PAGE_SIZE, PAGE_TOKEN, ONE_PAGE));
    flags.addAll(List.of(own));
    return List.copyOf(flags);
  }

  static final List<Method> TABLE = List.of(
      new Method("spaces", "get", "get", "NAME", "spaces.get: a space by its name, e.g. spaces/AAAA",
          List.of(), new Scopes(List.of(CHAT_SPACES_READONLY), null, List.of(CHAT_BOT)),
          (in, t) -> Command.Output.of(new SpacesClient(t).get(in.operand()))),
      new Method("spaces", "list", null, null,
          "spaces.list: every space the caller is a member of",
          paged(new Flag("--filter", "FILTER", "e.g. 'spaceType = \"SPACE\" OR spaceType = \"GROUP_CHAT\"'")),
          new Scopes(List.of(CHAT_SPACES_READONLY), null, List.of(CHAT_BOT)),
          (in, t) -> pages(in, token -> new SpacesClient(t).list(in.integer("--page-size"), token,
                  in.value("--filter")),
              ListSpacesResponse::spaces, ListSpacesResponse::nextPageToken, "spaces",
              SpaceJson::write, ListSpacesResponseJson::write)),
      new Method("spaces", "search", null, null,
          "spaces.search: the spaces that match --query",
          paged(new Flag("--query", "QUERY", true, "required; e.g. 'customer = \"customers/my_customer\" AND"
                  + "\nspaceType = \"SPACE\" AND display_name:\"Team\"'"),
              new Flag("--order-by", "ORDER", "e.g. 'create_time DESC' or 'last_active_time'"),
              ADMIN),
          new Scopes(List.of(CHAT_SPACES_READONLY), List.of(CHAT_ADMIN_SPACES_READONLY), List.of()),
          (in, t) -> pages(in, token -> new SpacesClient(t).search(required(in, "--query"),
                  in.integer("--page-size"), token, in.value("--order-by"), in.on("--use-admin-access")),
              SearchSpacesResponse::spaces, SearchSpacesResponse::nextPageToken, "spaces",
              SpaceJson::write, SearchSpacesResponseJson::write)),
      new Method("spaces", "find-direct-message", null, "USER",
          "spaces.findDirectMessage: the direct message with a user, e.g. users/ID",
          List.of(), new Scopes(List.of(CHAT_SPACES_READONLY), null, List.of(CHAT_BOT)),
          (in, t) -> Command.Output.of(new SpacesClient(t).findDirectMessage(in.operand()))),
      new Method("members", "list", "members", "SPACE",
          "spaces.members.list: every membership of a space",
          paged(new Flag("--filter", "FILTER", "e.g. 'member.type = \"HUMAN\" AND role = \"ROLE_MANAGER\"'"
                  + "\n(role: ROLE_MANAGER, ROLE_MEMBER; member.type: HUMAN, BOT)"),
              new Flag("--show-groups", null, "also list Google groups"),
              new Flag("--show-invited", null, "also list invited people (user authentication)"),
              ADMIN),
          new Scopes(List.of(CHAT_MEMBERSHIPS_READONLY), List.of(CHAT_ADMIN_MEMBERSHIPS_READONLY),
              List.of(CHAT_BOT)),
          (in, t) -> pages(in, token -> new MembersClient(t).list(in.operand(),
                  in.integer("--page-size"), token, in.value("--filter"), in.on("--show-groups"),
                  in.on("--show-invited"), in.on("--use-admin-access")),
              ListMembershipsResponse::memberships, ListMembershipsResponse::nextPageToken,
              "memberships", MembershipJson::write, ListMembershipsResponseJson::write)),
      new Method("members", "get", null, "NAME",
          "spaces.members.get: a membership, e.g. spaces/AAAA/members/ID",
          List.of(ADMIN),
          new Scopes(List.of(CHAT_MEMBERSHIPS_READONLY), List.of(CHAT_ADMIN_MEMBERSHIPS_READONLY),
              List.of(CHAT_BOT)),
          (in, t) -> one(MembershipJson::write,
              new MembersClient(t).get(in.operand(), in.on("--use-admin-access")))),
      new Method("messages", "list", null, "SPACE",
          "spaces.messages.list: every message of a space",
          paged(new Flag("--filter", "FILTER", "e.g. 'create_time > \"2023-04-21T11:30:00-04:00\"'"),
              new Flag("--order-by", "ORDER", "'create_time ASC' (default) or 'create_time DESC'"),
              new Flag("--show-deleted", null, "also list deleted messages")),
          new Scopes(List.of(CHAT_MESSAGES_READONLY), null, List.of(CHAT_BOT)),
          (in, t) -> pages(in, token -> new MessagesClient(t).list(in.operand(),
                  in.integer("--page-size"), token, in.value("--filter"), in.value("--order-by"),
                  in.on("--show-deleted")),
              ListMessagesResponse::messages, ListMessagesResponse::nextPageToken, "messages",
              MessageJson::write, ListMessagesResponseJson::write)),
      new Method("messages", "get", null, "NAME",
          "spaces.messages.get: a message, e.g. spaces/AAAA/messages/ID",
          List.of(), new Scopes(List.of(CHAT_MESSAGES_READONLY), null, List.of(CHAT_BOT)),
          (in, t) -> one(MessageJson::write, new MessagesClient(t).get(in.operand()))),
      new Method("spaces", "patch", null, "NAME",
          "spaces.patch: change what the flags give of a space, e.g. spaces/AAAA",
          List.of(new Flag("--display-name", "NAME", "the new display name"),
              new Flag("--description", "TEXT", "the new description; the details are replaced"
                  + "\nas a whole: give --guidelines too, or they are cleared"),
              new Flag("--guidelines", "TEXT", "the new guidelines (see --description)"),
              new Flag("--history", "on|off", "turn the history on or off; alone"),
              new Flag("--audience", "AUDIENCE", "who can find and join the space, e.g."
                  + "\naudiences/default; '' makes it private; alone"),
              ADMIN),
          new Scopes(List.of(CHAT_SPACES), List.of(CHAT_ADMIN_SPACES), List.of(CHAT_APP_SPACES)),
          (in, t) -> Command.Output.of(new SpacesClient(t).patch(updateSpace(in)))),
      new Method("members", "patch", null, "NAME",
          "spaces.members.patch: change the role of a member, e.g. spaces/AAAA/members/ID",
          List.of(new Flag("--role", "ROLE", true, "required; member, manager or assistant-manager"), ADMIN),
          new Scopes(List.of(CHAT_MEMBERSHIPS), List.of(CHAT_ADMIN_MEMBERSHIPS), List.of(CHAT_APP_MEMBERSHIPS)),
          (in, t) -> one(MembershipJson::write, new MembersClient(t).patch(UpdateMembership.role(in.operand(),
                  Command.choice("--role", required(in, "--role"), Map.of("member", MembershipRole.ROLE_MEMBER,
                      "manager", MembershipRole.ROLE_MANAGER,
                      "assistant-manager", MembershipRole.ROLE_ASSISTANT_MANAGER)))
              .useAdminAccess(in.on("--use-admin-access"))))),
      new Method("messages", "patch", null, "NAME",
          "spaces.messages.patch: change the text of a message, e.g. spaces/AAAA/messages/BBBB",
          MESSAGE_UPDATE, new Scopes(List.of(CHAT_MESSAGES), null, List.of(CHAT_BOT)),
          (in, t) -> one(MessageJson::write, new MessagesClient(t).patch(PatchMessage.content(in.operand())
              .text(required(in, "--text")).allowMissing(in.on("--allow-missing"))))),
      new Method("messages", "update", null, "NAME",
          "spaces.messages.update: messages patch, sent as PUT, e.g. spaces/AAAA/messages/BBBB",
          MESSAGE_UPDATE, new Scopes(List.of(CHAT_MESSAGES), null, List.of(CHAT_BOT)),
          (in, t) -> one(MessageJson::write, new MessagesClient(t).update(UpdateMessage.content(in.operand())
              .text(required(in, "--text")).allowMissing(in.on("--allow-missing"))))),
      new Method("reactions", "list", null, "MESSAGE",
          "spaces.messages.reactions.list: every reaction to a message",
          paged(new Flag("--filter", "FILTER", "e.g. 'emoji.unicode = \"🙂\"'")),
          new Scopes(List.of(CHAT_MESSAGES_REACTIONS_READONLY), null, List.of()),
          (in, t) -> pages(in, token -> new ReactionsClient(t).list(in.operand(),
                  in.integer("--page-size"), token, in.value("--filter")),
              ListReactionsResponse::reactions, ListReactionsResponse::nextPageToken, "reactions",
              ReactionJson::write, ListReactionsResponseJson::write)),
      new Method("spaces", "delete", null, "SPACE",
          "spaces.delete: a space and everything in it, e.g. spaces/AAAA",
          List.of(ADMIN),
          new Scopes(List.of(CHAT_DELETE), List.of(CHAT_ADMIN_DELETE), List.of(CHAT_APP_DELETE)),
          (in, t) -> {
            new SpacesClient(t).delete(in.operand(), in.on("--use-admin-access"));
            return empty();
          }),
      new Method("spaces", "complete-import", null, "SPACE",
          "spaces.completeImport: ends a space's import mode, e.g. spaces/AAAA",
          List.of(), new Scopes(List.of(CHAT_IMPORT), null, List.of()),
          (in, t) -> one(CompleteImportSpaceResponseJson::write,
              new SpacesClient(t).completeImport(in.operand()))),
      new Method("members", "create", null, "SPACE",
          "spaces.members.create: adds --member, --group or --app to a space, e.g. spaces/AAAA",
          List.of(new Flag("--member", "USER", "a person, users/ID or users/EMAIL"),
              new Flag("--group", "GROUP", "a Google group, groups/ID (named spaces only)"),
              new Flag("--app", null, "the calling Chat app (user authentication)"),
              ADMIN),
          new Scopes(List.of(CHAT_MEMBERSHIPS), List.of(CHAT_ADMIN_MEMBERSHIPS),
              List.of(CHAT_APP_MEMBERSHIPS)),
          (in, t) -> one(MembershipJson::write, new MembersClient(t).create(membership(in)))),
      new Method("members", "delete", null, "NAME",
          "spaces.members.delete: removes a member, e.g. spaces/AAAA/members/ID",
          List.of(ADMIN),
          new Scopes(List.of(CHAT_MEMBERSHIPS), List.of(CHAT_ADMIN_MEMBERSHIPS),
              List.of(CHAT_APP_MEMBERSHIPS)),
          (in, t) -> one(MembershipJson::write,
              new MembersClient(t).delete(in.operand(), in.on("--use-admin-access")))),
      new Method("messages", "create", null, "SPACE",
          "spaces.messages.create: sends --text or --cards to a space, e.g. spaces/AAAA",
          List.of(new Flag("--text", "TEXT", "the message's text"),
              new Flag("--cards", "JSON", "a JSON array of cards, [{\"cardId\": ..., \"card\": {...}}]"
                  + "\n(a Chat app, --as-app)"),
              new Flag("--fallback-text", "TEXT", "what shows where the cards cannot (with --cards)"),
              new Flag("--thread-key", "KEY", "the thread by the caller's own key"),
              new Flag("--thread", "NAME", "the thread by name, spaces/AAAA/threads/ID"),
              new Flag("--message-reply-option", "OPTION", "REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD or"
                  + "\nREPLY_MESSAGE_OR_FAIL: reply in the thread; a new thread without"),
              new Flag("--message-id", "ID", "the caller's own id, client-..., unique in the space"),
              new Flag("--request-id", "ID", "the same ID again returns the same message")),
          new Scopes(List.of(CHAT_MESSAGES_CREATE), null, List.of(CHAT_BOT)),
          (in, t) -> one(MessageJson::write, new MessagesClient(t).create(message(in)))),
      new Method("messages", "delete", null, "NAME",
          "spaces.messages.delete: a message, e.g. spaces/AAAA/messages/ID",
          List.of(new Flag("--force", null, "also delete its threaded replies")),
          new Scopes(List.of(CHAT_MESSAGES), null, List.of(CHAT_BOT)),
          (in, t) -> {
            new MessagesClient(t).delete(in.operand(), in.on("--force"));
            return empty();
          }),
      new Method("reactions", "create", null, "MESSAGE",
          "spaces.messages.reactions.create: reacts with --emoji to a message",
          List.of(new Flag("--emoji", "EMOJI", true, "required; a Unicode emoji, e.g. 🙂")),
          new Scopes(List.of(CHAT_MESSAGES_REACTIONS_CREATE), null, List.of()),
          (in, t) -> one(ReactionJson::write, new ReactionsClient(t).create(in.operand(),
              new ReactionBuilder().emoji(new EmojiBuilder().unicode(required(in, "--emoji"))
                  .build()).build()))),
      new Method("reactions", "delete", null, "NAME",
          "spaces.messages.reactions.delete: a reaction, e.g. spaces/AAAA/messages/ID/reactions/ID",
          List.of(), new Scopes(List.of(CHAT_MESSAGES_REACTIONS), null, List.of()),
          (in, t) -> {
            new ReactionsClient(t).delete(in.operand());
            return empty();
          }));



  private Methods() {}

  /** Whether {@code word} starts a command of {@link #TABLE}: a resource or an alias. */
  static boolean names(String word) {
    return TABLE.stream().anyMatch(m -> m.resource().equals(word) || word.equals(m.alias()));
  }

  /** The method {@code args} names: by an alias, or by its resource and the first operand. */
  static Method find(Args args) {
    String word = args.command();
    List<String> operands = args.operands();
    String verb = operands.isEmpty() ? null : operands.get(0);
    for (Method method : TABLE) {
      if (method.resource().equals(word) && method.verb().equals(verb)) {
        return method;
      }
    }
    for (Method method : TABLE) {
      if (word.equals(method.alias())) {
        return method;
      }
    }
    List<String> verbs = TABLE.stream().filter(m -> m.resource().equals(word))
        .map(Method::command).toList();
    throw new UsageException(word + (verb == null ? " needs a method" : " has no method " + verb)
        + "; its commands are " + String.join(", ", verbs));
  }

  /** The command {@code args} give, checked before anything is sent. */
  static Command parse(Args args) {
    Method method = find(args);
    boolean byAlias = args.command().equals(method.alias())
        && !(args.operands().size() > 0 && args.operands().get(0).equals(method.verb()));
    String name = byAlias ? method.alias() : method.command();
    List<String> operands = byAlias ? args.operands() : args.operands().subList(1, args.operands().size());
    for (String flag : Main.flagsGiven(args)) {
      if (!method.takes(flag) && !CONNECTION.contains(flag)) {
        throw new UsageException(misplaced(flag, name));
      }
    }
    if (method.operand() == null ? !operands.isEmpty() : operands.size() != 1) {
      throw new UsageException(usage(method, name, operands));
    }
    Args rest = args.withOperands(operands);
    Given given = new Given(method, rest);
    given.integer("--page-size");
    for (Flag flag : method.flags()) {
      if (flag.required()) {
        required(given, flag.name());
      }
    }
    Scopes scopes = method.scopes();
    if (args.has("--as-app") && scopes.app().isEmpty()) {
      throw new UsageException(name + " takes user authentication only; leave out --as-app");
    }
    List<String> user = scopes.admin() != null && args.has("--use-admin-access") ? scopes.admin() : scopes.user();
    return new Command(user, scopes.app(), transport -> method.call().apply(given, transport));
  }

  private static String usage(Method method, String name, List<String> operands) {
    if (method.operand() == null) {
      return name + " takes no operand, but got \"" + operands.get(0) + "\"";
    }
    String example = method.summary().contains("e.g. ")
        ? method.summary().substring(method.summary().indexOf("e.g. ") + 5)
        : method.operand().equals("SPACE") ? "spaces/AAAA" : "spaces/AAAA/messages/BBBB";
    return name + " takes one " + method.operand() + ", e.g. " + name + " " + example;
  }

  /** The error of a flag given to a command that does not take it, naming those that do. */
  static String misplaced(String flag, String command) {
    Set<String> owners = new LinkedHashSet<>(Command.owners(flag));
    for (Method method : TABLE) {
      if (method.takes(flag)) {
        owners.add(method.command());
      }
    }
    owners.remove(command);
    return flag + (owners.isEmpty() ? " does not go with " + command
        : " belongs to " + String.join(", ", owners) + ", not " + command);
  }

  private static String required(Given given, String flag) {
    String value = given.value(flag);
    if (value == null || value.isEmpty()) {
      throw new UsageException(given.method().command() + " needs " + flag + " "
          + given.method().flags().stream().filter(f -> f.name().equals(flag)).findFirst()
              .orElseThrow().value());
    }
    return value;
  }

  /**
   * The spaces.patch request the flags give: {@code --history} or {@code --audience} alone (Google
   * takes each only alone in the mask), else the details.
   */
  private static UpdateSpace updateSpace(Given in) {
    String name = in.operand();
    List<String> details = List.of("--display-name", "--description", "--guidelines");
    List<String> given = new ArrayList<>();
    for (String flag : List.of("--display-name", "--description", "--guidelines", "--history", "--audience")) {
      if (in.value(flag) != null) {
        given.add(flag);
      }
    }
    if (given.isEmpty()) {
      throw new UsageException("spaces patch needs what to change: --display-name, --description,"
          + " --guidelines, --history or --audience");
    }
    String alone = given.contains("--history") ? "--history" : given.contains("--audience") ? "--audience" : null;
    if (alone != null && given.size() > 1) {
      throw new UsageException(alone + " goes alone (Google takes it only alone); leave out "
          + String.join(", ", given.stream().filter(f -> !f.equals(alone)).toList()));
    }
    if (alone != null && in.args().has("--use-admin-access")) {
      throw new UsageException(alone + " does not go with --use-admin-access");
    }
    if ("--history".equals(alone)) {
      return UpdateSpace.historyState(name, Command.choice("--history", in.value("--history"),
          Map.of("on", Space.HistoryState.HISTORY_ON, "off", Space.HistoryState.HISTORY_OFF)));
    }
    if ("--audience".equals(alone)) {
      String audience = in.value("--audience");
      return UpdateSpace.access(name).audience(audience.isEmpty() ? null : audience);
    }
    UpdateSpace.Details update = UpdateSpace.details(name).useAdminAccess(in.on("--use-admin-access"));
    if (in.value("--display-name") != null) {
      update.displayName(in.value("--display-name"));
    }
    if (given.stream().anyMatch(f -> details.indexOf(f) > 0)) {
      update.spaceDetails(new SpaceDetailsBuilder().description(in.value("--description"))
          .guidelines(in.value("--guidelines")).build());
    }
    return update;
  }

  /** The membership {@code members create} asks for: one of --member, --group, --app. */
  private static CreateMembership membership(Given in) {
    List<String> kinds = List.of("--member", "--group", "--app").stream()
        .filter(in.args()::has).toList();
    if (kinds.size() != 1) {
      throw new UsageException("members create needs one of --member USER, --group GROUP, --app"
          + (kinds.isEmpty() ? "" : "; got " + String.join(" and ", kinds)));
    }
    String space = in.operand();
    boolean admin = in.args().has("--use-admin-access");
    switch (kinds.get(0)) {
      case "--member":
        return admin ? CreateMembership.humanAsAdmin(space, in.value("--member"))
            : CreateMembership.human(space, in.value("--member"));
      case "--group":
        return CreateMembership.group(space, in.value("--group")).useAdminAccess(in.on("--use-admin-access"));
      default:
        if (admin) {
          throw new UsageException("--app does not go with --use-admin-access");
        }
        return CreateMembership.callingApp(space);
    }
  }

  /** The message {@code messages create} asks for: text, or cards with optional text. */
  private static CreateMessage message(Given in) {
    String space = in.operand();
    Thread thread = in.value("--thread-key") == null && in.value("--thread") == null ? null
        : new ThreadBuilder().threadKey(in.value("--thread-key")).name(in.value("--thread")).build();
    Messages.MessageReplyOption option = replyOption(in.value("--message-reply-option"));
    String cards = in.value("--cards");
    if (cards == null) {
      if (in.value("--fallback-text") != null) {
        throw new UsageException("--fallback-text goes with --cards");
      }
      return CreateMessage.text(space, in.value("--text")).thread(thread)
          .messageId(in.value("--message-id")).messageReplyOption(option)
          .requestId(in.value("--request-id"));
    }
    List<JsonValue> all = cards(cards);
    return CreateMessage.cards(space, all.get(0), all.subList(1, all.size()).toArray(JsonValue[]::new))
        .text(in.value("--text")).fallbackText(in.value("--fallback-text")).thread(thread)
        .messageId(in.value("--message-id")).messageReplyOption(option)
        .requestId(in.value("--request-id"));
  }

  /** {@code --cards}: a JSON array of one card object or more. */
  private static List<JsonValue> cards(String json) {
    JsonValue value;
    try {
      value = JsonValue.parse(json);
    } catch (JsonException e) {
      throw new UsageException("--cards: not JSON: " + e.getMessage());
    }
    if (value.kind() != JsonToken.BEGIN_ARRAY || value.asList().isEmpty()
        || value.asList().stream().anyMatch(card -> card.kind() != JsonToken.BEGIN_OBJECT)) {
      throw new UsageException("--cards: expected a JSON array of card objects,"
          + " [{\"cardId\": ..., \"card\": {...}}]");
    }
    return value.asList();
  }

  private static Messages.MessageReplyOption replyOption(String text) {
    if (text == null) {
      return null;
    }
    List<String> known = Arrays.stream(Messages.MessageReplyOption.values())
        .filter(o -> o != Messages.MessageReplyOption.UNRECOGNIZED).map(Enum::name).toList();
    if (!known.contains(text)) {
      throw new UsageException("--message-reply-option: expected one of " + String.join(", ", known)
          + ", got \"" + text + "\"");
    }
    return Messages.MessageReplyOption.valueOf(text);
  }

  /** What a method that answers nothing prints: Google's {@code {}}. */
  private static Command.Output empty() {
    return new Command.Output("{}".getBytes(StandardCharsets.UTF_8), null);
  }

  /** One resource as pretty JSON. */
  private static <T> Command.Output one(BiConsumer<JsonWriter, T> codec, T value) {
    JsonWriter writer = JsonWriter.create();
    codec.accept(writer, value);
    return new Command.Output(writer.toByteArray(), null);
  }

  /**
   * A list method's answer: by default every item of every page, as {@code {"FIELD": [...]}}; with
   * {@code --page-token} or {@code --one-page} that single page as the API answered it.
   */
  private static <P, T> Command.Output pages(Given given, Function<String, P> fetch,
      Function<P, List<T>> items, Function<P, String> nextToken, String field,
      BiConsumer<JsonWriter, T> item, BiConsumer<JsonWriter, P> page) {
    String token = given.value("--page-token");
    if (token != null || given.args().has("--one-page")) {
      return one(page, fetch.apply(token));
    }
    JsonWriter writer = JsonWriter.create().beginObject().name(field).beginArray();
    for (T each : Pages.of(null, fetch, items, nextToken)) {
      item.accept(writer, each);
    }
    return new Command.Output(writer.endArray().endObject().toByteArray(), null);
  }
}
