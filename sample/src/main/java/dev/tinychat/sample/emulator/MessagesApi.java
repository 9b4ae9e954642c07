package dev.tinychat.sample.emulator;

import static dev.tinychat.sample.emulator.ChatScopes.CHAT_APP_MESSAGES_READONLY;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_BOT;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_IMPORT;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_MESSAGES;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_MESSAGES_CREATE;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_MESSAGES_READONLY;
import static dev.tinychat.sample.emulator.Routes.ID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The {@code spaces.messages} collection: create, get, list, patch, update and delete. */
final class MessagesApi {
  /** Google's limit on a message's text: 32,000 bytes. */
  static final int MAX_TEXT_BYTES = 32_000;

  private static final Pattern CLIENT_ID = Pattern.compile("client-[a-z0-9-]+");
  private static final String MESSAGES = "/v1/spaces/" + ID + "/messages";
  /** Update mask paths and the JSON field each one sets. */
  private static final Map<String, String> PATHS = new LinkedHashMap<>();

  static {
    PATHS.put("text", "text");
    PATHS.put("attachment", "attachment");
    PATHS.put("cards", "cards");
    PATHS.put("cards_v2", "cardsV2");
    PATHS.put("accessory_widgets", "accessoryWidgets");
    PATHS.put("quoted_message_metadata", "quotedMessageMetadata");
  }

  /** Free-form fields kept as sent; cards and accessory widgets need app authentication. */
  private static final List<String> FREE_FORM =
      List.of("cardsV2", "cards", "attachment", "accessoryWidgets");

  private static final Set<String> APP_ONLY = Set.of("cardsV2", "cards", "accessoryWidgets");

  /**
   * Fields that are no content of their own but are kept as sent when a message is created: the
   * cards' fallback text, and the one viewer of a private message (app authentication only).
   */
  private static final List<String> KEPT_ON_CREATE = List.of("fallbackText", "privateMessageViewer");

  private final ChatStore store;
  private final Paging paging;

  MessagesApi(ChatStore store, Paging paging) {
    this.store = store;
    this.paging = paging;
  }

  void addTo(Routes routes) {
    routes.add("POST", MESSAGES, this::create);
    routes.add("GET", MESSAGES, this::list);
    routes.add("GET", MESSAGES + "/" + ID, this::get);
    // patch and update (PUT) are one method, UpdateMessage, in Google's API.
    routes.add("PATCH", MESSAGES + "/" + ID, this::update);
    routes.add("PUT", MESSAGES + "/" + ID, this::update);
    routes.add("DELETE", MESSAGES + "/" + ID, this::delete);
  }

  /** A message the caller may see, or 404. */
  static StoredMessage find(StoredSpace space, String messageId) {
    StoredMessage message = space.message(messageId);
    if (message == null) {
      throw ApiError.notFound();
    }
    return message;
  }

  private byte[] create(Call call) {
    Principal caller =
        call.caller(
            "CreateMessage",
            List.of(CHAT_MESSAGES, CHAT_MESSAGES_CREATE, CHAT_IMPORT),
            List.of(CHAT_BOT));
    StoredSpace space = store.space(caller, call.id(1));
    Call.requireImportModeFor(
        caller, "CreateMessage", space, List.of(CHAT_MESSAGES, CHAT_MESSAGES_CREATE));
    JsonInput body = call.body("message", "Message");
    String clientId = call.param("messageId");
    if (clientId != null && !clientId.isEmpty()) {
      checkClientId(clientId, "message_id");
    } else {
      clientId = null;
    }
    String requestId = call.param("requestId");
    String replayed = store.replay("message " + space.id, caller, requestId);
    if (replayed != null && space.messages.containsKey(replayed)) {
      return WireJson.message(space, space.messages.get(replayed));
    }
    Content content = content(caller, body, FREE_FORM, true);
    if (clientId != null && clientIdTaken(space, clientId)) {
      throw ApiError.alreadyExists(
          "A message with the ID " + clientId + " already exists in " + space.name()
              + "; message_id must be unique within a space.");
    }
    String option =
        orDefault(call.param("messageReplyOption"), "MESSAGE_REPLY_OPTION_UNSPECIFIED");
    if (!Set.of(
            "MESSAGE_REPLY_OPTION_UNSPECIFIED",
            "REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD",
            "REPLY_MESSAGE_OR_FAIL")
        .contains(option)) {
      throw ApiError.invalid(
          "message_reply_option",
          "Invalid value at 'message_reply_option'"
              + " (type.googleapis.com/google.chat.v1.CreateMessageRequest.MessageReplyOption), "
              + JsonInput.quote(option));
    }
    JsonInput thread = body.object("thread", "Thread");
    String threadName = thread == null ? null : thread.string("name");
    String threadKey = thread == null ? null : thread.string("threadKey");
    if (threadKey == null || threadKey.isEmpty()) {
      threadKey = call.param("threadKey");
    }
    if (threadKey != null && threadKey.length() > 4000) {
      throw ApiError.invalid(
          "message.thread.thread_key",
          "message.thread.thread_key must be at most 4000 characters.");
    }
    String threadId = null;
    boolean reply = false;
    boolean threaded = space.named() && !option.equals("MESSAGE_REPLY_OPTION_UNSPECIFIED");
    if (threaded) {
      threadId = existingThread(space, caller, threadName, threadKey);
      if (threadId == null && option.equals("REPLY_MESSAGE_OR_FAIL")) {
        throw ApiError.of(
            404,
            "NOT_FOUND",
            "Thread "
                + (threadName != null ? threadName : "with key " + JsonInput.quote(threadKey))
                + " was not found in "
                + space.name()
                + " (message_reply_option REPLY_MESSAGE_OR_FAIL).");
      }
      reply = threadId != null;
    }
    Instant now = store.now();
    Instant created = space.createTime(body, "message", now);
    String messageId = store.newId();
    if (threadId == null) {
      threadId = messageId;
    }
    StoredMessage message =
        new StoredMessage(
            threadId + "." + messageId,
            store.nextSeq(),
            caller.name(),
            caller.app(),
            created,
            threadId,
            reply,
            clientId);
    message.text = content.text();
    message.freeForm = kept(caller, body, content.freeForm());
    message.threadKey = threaded && threadKey != null && !threadKey.isEmpty() && !reply
        ? caller.name() + " " + threadKey
        : null;
    space.messages.put(message.id, message);
    space.lastActiveTime = now;
    store.remember("message " + space.id, caller, requestId, message.id);
    return WireJson.message(space, message);
  }

  /** {@code freeForm} with the fields of {@link #KEPT_ON_CREATE} that {@code body} has. */
  private static Map<String, Object> kept(
      Principal caller, JsonInput body, Map<String, Object> freeForm) {
    Map<String, Object> kept = new LinkedHashMap<>(freeForm);
    for (String field : KEPT_ON_CREATE) {
      Object value = body.value(field);
      if (value == null) {
        continue;
      }
      if (field.equals("privateMessageViewer") && !caller.app()) {
        throw ApiError.invalid(
            body.pathOf(field),
            body.pathOf(field) + " can be sent only by a Chat app, with app authentication.");
      }
      kept.put(field, value);
    }
    return kept;
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }

  /** The thread named, or the one the caller started with this key; null when neither exists. */
  private static String existingThread(
      StoredSpace space, Principal caller, String threadName, String threadKey) {
    if (threadName != null && !threadName.isEmpty()) {
      String prefix = space.name() + "/threads/";
      if (!threadName.startsWith(prefix)) {
        return null;
      }
      String id = threadName.substring(prefix.length());
      for (StoredMessage message : space.messages.values()) {
        if (message.threadId.equals(id) && message.deleteTime == null) {
          return id;
        }
      }
      return null;
    }
    if (threadKey != null && !threadKey.isEmpty()) {
      String key = caller.name() + " " + threadKey;
      for (StoredMessage message : space.messages.values()) {
        if (key.equals(message.threadKey)) {
          return message.threadId;
        }
      }
    }
    return null;
  }

  private static void checkClientId(String clientId, String field) {
    if (!CLIENT_ID.matcher(clientId).matches() || clientId.length() > 63) {
      throw ApiError.invalid(
          field,
          field
              + " must begin with client- and have at most 63 characters, only lowercase letters,"
              + " numbers and hyphens, but was "
              + JsonInput.quote(clientId)
              + ".");
    }
  }

  private static boolean clientIdTaken(StoredSpace space, String clientId) {
    for (StoredMessage message : space.messages.values()) {
      if (clientId.equals(message.clientId)) {
        return true;
      }
    }
    return false;
  }

  /** A message's content. */
  private record Content(String text, Map<String, Object> freeForm) {}

  /** Reads text and the free-form fields named; {@code required}: one of them must be set. */
  private static Content content(
      Principal caller, JsonInput body, List<String> fields, boolean required) {
    String text = body.string("text");
    if (text != null
        && text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
      throw ApiError.invalid(
          "message.text", "message.text must be at most " + MAX_TEXT_BYTES + " bytes.");
    }
    Map<String, Object> freeForm = new LinkedHashMap<>();
    for (String field : fields) {
      Object value = body.value(field);
      if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
        if (APP_ONLY.contains(field) && !caller.app()) {
          throw ApiError.invalid(
              body.pathOf(field),
              body.pathOf(field) + " can be sent only by a Chat app, with app authentication.");
        }
        freeForm.put(field, value);
      }
    }
    if (required && (text == null || text.isEmpty()) && freeForm.isEmpty()) {
      throw ApiError.invalid(
          "message",
          "A message must have content: message.text, message.cards_v2 or"
              + " message.attachment.");
    }
    return new Content(text, freeForm);
  }

  private byte[] get(Call call) {
    Principal caller =
        call.caller(
            "GetMessage",
            List.of(CHAT_MESSAGES, CHAT_MESSAGES_READONLY),
            List.of(CHAT_BOT, CHAT_APP_MESSAGES_READONLY));
    StoredSpace space = store.space(caller, call.id(1));
    return WireJson.message(space, find(space, call.id(2)));
  }

  private byte[] list(Call call) {
    Principal caller =
        call.caller(
            "ListMessages",
            List.of(CHAT_MESSAGES, CHAT_MESSAGES_READONLY, CHAT_IMPORT),
            List.of(CHAT_APP_MESSAGES_READONLY));
    int pageSize = call.pageSize(25, 1000);
    boolean showDeleted = call.bool("showDeleted");
    StoredSpace space = store.space(caller, call.id(1));
    String filterText = call.param("filter");
    MessageFilter filter = MessageFilter.parse(filterText, space);
    String orderBy = call.param("orderBy");
    boolean descending = descending(orderBy);
    List<StoredMessage> messages = new ArrayList<>();
    for (StoredMessage message : space.messages.values()) {
      if ((showDeleted || message.deleteTime == null) && filter.test(message)) {
        messages.add(message);
      }
    }
    Comparator<StoredMessage> order =
        Comparator.<StoredMessage>comparingLong(message -> SpaceSearch.micros(message.createTime))
            .thenComparingLong(message -> message.seq);
    messages.sort(descending ? order.reversed() : order);
    Paging.Page<StoredMessage> page =
        paging.page(
            messages,
            message -> new long[] {SpaceSearch.micros(message.createTime), message.seq},
            descending,
            pageSize,
            call.param("pageToken"),
            space.name() + "/messages",
            Paging.fingerprint(filterText, orderBy, showDeleted),
            "filter, orderBy or showDeleted");
    return WireJson.list(
        "messages",
        page.items(),
        page.nextPageToken(),
        (out, message) -> WireJson.writeMessage(out, space, message));
  }

  /** orderBy: {@code create_time ASC} (the default) or {@code create_time DESC}, or bare. */
  private static boolean descending(String orderBy) {
    if (orderBy == null || orderBy.isBlank()) {
      return false;
    }
    String[] words = orderBy.strip().split("\\s+");
    String first = words[0].toUpperCase(Locale.ROOT);
    if (words.length == 1 && (first.equals("ASC") || first.equals("DESC"))) {
      return first.equals("DESC");
    }
    String direction = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "ASC";
    if (words.length > 2
        || !JsonInput.snakeCase(words[0]).equals("create_time")
        || !(direction.equals("ASC") || direction.equals("DESC"))) {
      throw ApiError.invalid(
          "order_by",
          "order_by " + JsonInput.quote(orderBy) + " is not supported; use create_time ASC or"
              + " create_time DESC.");
    }
    return direction.equals("DESC");
  }

  private byte[] update(Call call) {
    Principal caller =
        call.caller("UpdateMessage", List.of(CHAT_MESSAGES, CHAT_IMPORT), List.of(CHAT_BOT));
    StoredSpace space = store.space(caller, call.id(1));
    Call.requireImportModeFor(caller, "UpdateMessage", space, List.of(CHAT_MESSAGES));
    JsonInput body = call.body("message", "Message");
    String messageId = call.id(2);
    StoredMessage message = space.message(messageId);
    if (message == null) {
      if (!call.bool("allowMissing")) {
        throw ApiError.notFound();
      }
      if (!messageId.startsWith("client-")) {
        throw ApiError.invalid(
            "allow_missing",
            "allow_missing creates a missing message only when its ID is client-assigned"
                + " (client-...), but was " + JsonInput.quote(messageId) + ".");
      }
      checkClientId(messageId, "message.name");
      if (clientIdTaken(space, messageId)) {
        throw ApiError.alreadyExists(
            "A deleted message had the ID " + messageId + " in " + space.name() + ".");
      }
      Content content = content(caller, body, FREE_FORM, true);
      String id = store.newId();
      Instant now = store.now();
      StoredMessage created =
          new StoredMessage(
              id + "." + id, store.nextSeq(), caller.name(), caller.app(), now, id, false,
              messageId);
      created.text = content.text();
      created.freeForm = content.freeForm();
      space.messages.put(created.id, created);
      space.lastActiveTime = now;
      return WireJson.message(space, created);
    }
    List<String> mask = mask(call.param("updateMask"));
    if (!message.sender.equals(caller.name())) {
      throw ApiError.permissionDenied(
          caller.name() + " can't update " + space.name() + "/messages/" + message.id
              + ": only its sender can.");
    }
    List<String> fields = new ArrayList<>();
    for (String path : mask) {
      fields.add(PATHS.get(path));
    }
    if (fields.contains("quotedMessageMetadata") && body.has("quotedMessageMetadata")) {
      throw ApiError.invalid(
          "message.quoted_message_metadata",
          "message.quoted_message_metadata can only be removed: leave it empty.");
    }
    Content content = content(caller, body, FREE_FORM, false);
    if (fields.contains("text")) {
      message.text = content.text();
    }
    Map<String, Object> freeForm = new LinkedHashMap<>(message.freeForm);
    for (String field : FREE_FORM) {
      if (fields.contains(field)) {
        Object value = content.freeForm().get(field);
        if (value == null) {
          freeForm.remove(field);
        } else {
          freeForm.put(field, value);
        }
      }
    }
    message.freeForm = freeForm;
    message.lastUpdateTime = store.now();
    return WireJson.message(space, message);
  }

  /** The update mask's paths in snake_case; {@code *} is every path. */
  private static List<String> mask(String text) {
    if (text == null || text.isBlank()) {
      throw ApiError.invalid(
          "update_mask",
          "update_mask is required: the comma-separated paths to update, e.g. text.");
    }
    List<String> paths = new ArrayList<>();
    for (String raw : text.split(",", -1)) {
      String path = JsonInput.snakeCase(raw.strip());
      if (path.equals("*")) {
        paths.addAll(PATHS.keySet());
      } else if (PATHS.containsKey(path)) {
        paths.add(path);
      } else {
        throw ApiError.invalid(
            "update_mask",
            "update_mask path "
                + JsonInput.quote(raw.strip())
                + " is not supported; valid paths: "
                + String.join(", ", PATHS.keySet())
                + ", or *.");
      }
    }
    return paths;
  }

  private byte[] delete(Call call) {
    Principal caller =
        call.caller("DeleteMessage", List.of(CHAT_MESSAGES, CHAT_IMPORT), List.of(CHAT_BOT));
    StoredSpace space = store.space(caller, call.id(1));
    Call.requireImportModeFor(caller, "DeleteMessage", space, List.of(CHAT_MESSAGES));
    StoredMessage message = find(space, call.id(2));
    if (!message.sender.equals(caller.name())) {
      throw ApiError.permissionDenied(
          caller.name() + " can't delete " + space.name() + "/messages/" + message.id
              + ": only its sender can.");
    }
    boolean force = call.bool("force");
    List<StoredMessage> replies = new ArrayList<>();
    if (!message.threadReply) {
      for (StoredMessage other : space.messages.values()) {
        if (other != message && other.threadId.equals(message.threadId)
            && other.deleteTime == null) {
          replies.add(other);
        }
      }
    }
    if (!replies.isEmpty() && !caller.app() && !force) {
      throw ApiError.of(
          400,
          "FAILED_PRECONDITION",
          space.name() + "/messages/" + message.id + " has " + replies.size()
              + " threaded replies; delete with force=true to delete them too.");
    }
    Instant now = store.now();
    tombstone(message, now, "CREATOR");
    if (!caller.app()) {
      for (StoredMessage reply : replies) {
        tombstone(reply, now, "CREATOR");
      }
    }
    return WireJson.empty();
  }

  private static void tombstone(StoredMessage message, Instant now, String deletionType) {
    message.deleteTime = now;
    message.deletionType = deletionType;
    message.text = null;
    message.freeForm = Map.of();
    message.reactions.clear();
  }
}
