package dev.tinychat.sample.emulator;

import static dev.tinychat.sample.emulator.ChatScopes.CHAT_IMPORT;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_MESSAGES;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_MESSAGES_REACTIONS;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_MESSAGES_REACTIONS_CREATE;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_MESSAGES_REACTIONS_READONLY;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_MESSAGES_READONLY;
import static dev.tinychat.sample.emulator.Routes.ID;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code spaces.messages.reactions} collection: create, list and delete, with user
 * authentication only.
 */
final class ReactionsApi {
  private static final String REACTIONS = "/v1/spaces/" + ID + "/messages/" + ID + "/reactions";
  private static final Set<String> FIELDS =
      Set.of("emoji.unicode", "emoji.custom_emoji.uid", "user.name");

  private final ChatStore store;
  private final Paging paging;

  ReactionsApi(ChatStore store, Paging paging) {
    this.store = store;
    this.paging = paging;
  }

  void addTo(Routes routes) {
    routes.add("POST", REACTIONS, this::create);
    routes.add("GET", REACTIONS, this::list);
    routes.add("DELETE", REACTIONS + "/" + ID, this::delete);
  }

  private byte[] create(Call call) {
    Principal caller =
        call.caller(
            "CreateReaction",
            List.of(
                CHAT_MESSAGES,
                CHAT_MESSAGES_REACTIONS,
                CHAT_MESSAGES_REACTIONS_CREATE,
                CHAT_IMPORT),
            null);
    StoredSpace space = store.space(caller, call.id(1));
    Call.requireImportModeFor(
        caller,
        "CreateReaction",
        space,
        List.of(CHAT_MESSAGES, CHAT_MESSAGES_REACTIONS, CHAT_MESSAGES_REACTIONS_CREATE));
    StoredMessage message = MessagesApi.find(space, call.id(2));
    JsonInput emoji = call.body("reaction", "Reaction").object("emoji", "Emoji");
    if (emoji == null) {
      throw ApiError.invalid(
          "reaction.emoji", "reaction.emoji is required: emoji.unicode or emoji.custom_emoji.");
    }
    emoji.requireOneOf("content", "unicode", "customEmoji");
    String unicode = emoji.string("unicode");
    JsonInput custom = emoji.object("customEmoji", "CustomEmoji");
    String uid = custom == null ? null : custom.string("uid");
    if ((unicode == null || unicode.isEmpty()) && (uid == null || uid.isEmpty())) {
      throw ApiError.invalid(
          "reaction.emoji",
          "reaction.emoji needs emoji.unicode or emoji.custom_emoji.uid.");
    }
    StoredReaction reaction =
        new StoredReaction(
            store.newId(),
            store.nextSeq(),
            caller.name(),
            unicode == null || unicode.isEmpty() ? null : unicode,
            unicode == null || unicode.isEmpty() ? uid : null);
    for (StoredReaction existing : message.reactions) {
      if (existing.user().equals(caller.name()) && existing.emojiKey().equals(reaction.emojiKey())) {
        throw ApiError.alreadyExists(
            caller.name() + " already reacted with this emoji to " + space.name() + "/messages/"
                + message.id + ".");
      }
    }
    message.reactions.add(reaction);
    return WireJson.reaction(space, message, reaction);
  }

  private byte[] list(Call call) {
    Principal caller =
        call.caller(
            "ListReactions",
            List.of(
                CHAT_MESSAGES,
                CHAT_MESSAGES_READONLY,
                CHAT_MESSAGES_REACTIONS,
                CHAT_MESSAGES_REACTIONS_READONLY),
            null);
    int pageSize = call.pageSize(25, 200);
    StoredSpace space = store.space(caller, call.id(1));
    StoredMessage message = MessagesApi.find(space, call.id(2));
    String filterText = call.param("filter");
    List<List<Filter.Comparison>> filter = filter(filterText);
    List<StoredReaction> reactions = new ArrayList<>();
    for (StoredReaction reaction : message.reactions) {
      if (filter.stream().allMatch(group -> group.stream().anyMatch(c -> matches(c, reaction)))) {
        reactions.add(reaction);
      }
    }
    Paging.Page<StoredReaction> page =
        paging.page(
            reactions,
            reaction -> new long[] {0, reaction.seq()},
            false,
            pageSize,
            call.param("pageToken"),
            space.name() + "/messages/" + message.id,
            Paging.fingerprint(filterText),
            "filter");
    return WireJson.list(
        "reactions",
        page.items(),
        page.nextPageToken(),
        (out, reaction) -> WireJson.writeReaction(out, space, message, reaction));
  }

  /**
   * Google's rules: OR joins comparisons of emojis or of users, never both; AND joins an emoji
   * group and a user group, at most one of each.
   */
  private static List<List<Filter.Comparison>> filter(String text) {
    List<List<Filter.Comparison>> groups = Filter.parse("filter", text);
    Set<String> kinds = new HashSet<>();
    for (List<Filter.Comparison> group : groups) {
      String kind = null;
      for (Filter.Comparison comparison : group) {
        if (!FIELDS.contains(comparison.field()) || !comparison.op().equals("=")) {
          throw Filter.invalid(
              "filter",
              "reactions are filtered by emoji.unicode, emoji.custom_emoji.uid or user.name with"
                  + " =, but character " + comparison.at() + " has " + comparison.field() + " "
                  + comparison.op() + ".");
        }
        String comparisonKind = comparison.field().startsWith("emoji.") ? "emoji" : "user";
        if (kind != null && !kind.equals(comparisonKind)) {
          throw Filter.invalid(
              "filter", "OR joins emojis or users, not both (character " + comparison.at() + ").");
        }
        kind = comparisonKind;
      }
      if (!kinds.add(kind)) {
        throw Filter.invalid(
            "filter",
            "AND joins one group of " + kind + " comparisons with one of the other kind; join"
                + " comparisons of " + kind + " with OR.");
      }
    }
    return groups;
  }

  private static boolean matches(Filter.Comparison comparison, StoredReaction reaction) {
    return switch (comparison.field()) {
      case "emoji.unicode" -> comparison.value().equals(reaction.unicode());
      case "emoji.custom_emoji.uid" -> comparison.value().equals(reaction.customEmojiUid());
      default -> comparison.value().equals(reaction.user());
    };
  }

  private byte[] delete(Call call) {
    Principal caller =
        call.caller(
            "DeleteReaction",
            List.of(CHAT_MESSAGES, CHAT_MESSAGES_REACTIONS, CHAT_IMPORT),
            null);
    StoredSpace space = store.space(caller, call.id(1));
    Call.requireImportModeFor(
        caller, "DeleteReaction", space, List.of(CHAT_MESSAGES, CHAT_MESSAGES_REACTIONS));
    StoredMessage message = MessagesApi.find(space, call.id(2));
    StoredReaction reaction = null;
    for (StoredReaction candidate : message.reactions) {
      if (candidate.id().equals(call.id(3))) {
        reaction = candidate;
      }
    }
    if (reaction == null) {
      throw ApiError.notFound();
    }
    if (!reaction.user().equals(caller.name())) {
      throw ApiError.permissionDenied(
          caller.name() + " can't delete a reaction of " + reaction.user() + ".");
    }
    message.reactions.remove(reaction);
    return WireJson.empty();
  }
}
