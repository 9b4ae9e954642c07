package dev.tinychat.sample.emulator;

import dev.tinychat.json.JsonException;
import dev.tinychat.json.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The emulator's state in a JSON file, so a long-lived emulator ({@code serve}) keeps its spaces
 * across restarts: written after every change to a temporary file in the same folder, flushed to
 * disk, then moved over the file (atomically where the file system can), so a crash leaves the
 * old state or the new one, never half of one.
 */
final class StateFile {
  private static final long VERSION = 1;

  private final Path file;

  StateFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  /** Reads the file into an empty store; a missing file is an empty state. */
  void load(ChatStore store) {
    if (!Files.exists(file)) {
      return;
    }
    try {
      JsonInput state = JsonInput.parse(Files.readAllBytes(file), "", "State");
      Long version = state.longValue("version");
      if (version == null || version != VERSION) {
        throw new IllegalStateException("version " + version + ", expected " + VERSION);
      }
      store.restore(
          required(state.longValue("seq"), "seq"),
          Base64.getDecoder().decode(required(state.string("tokenKey"), "tokenKey")));
      for (JsonInput replay : state.objects("requestIds", "Replay")) {
        store.requestIds.put(
            replay.string("key"),
            new ChatStore.Replay(replay.string("caller"), replay.string("resource")));
      }
      for (JsonInput space : state.objects("spaces", "Space")) {
        StoredSpace stored = readSpace(space);
        store.spaces.put(stored.id, stored);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the emulator's state file " + file, e);
    } catch (ApiError | JsonException | IllegalArgumentException | IllegalStateException e) {
      throw new IllegalStateException(
          file + " is not a state file of the Chat emulator: " + e.getMessage(), e);
    }
  }

  /** Writes the store, atomically replacing the file. */
  void save(ChatStore store) {
    byte[] json = write(store);
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(
              temporary,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(json);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the emulator's state file " + file, e);
    }
  }

  private static byte[] write(ChatStore store) {
    JsonWriter out = JsonWriter.create().beginObject();
    out.name("version").value(VERSION);
    out.name("seq").int64(store.seq());
    out.name("tokenKey").value(Base64.getEncoder().encodeToString(store.tokenKey()));
    out.name("requestIds").beginArray();
    for (Map.Entry<String, ChatStore.Replay> entry : store.requestIds.entrySet()) {
      out.beginObject().name("key").value(entry.getKey());
      out.name("caller").value(entry.getValue().caller());
      out.name("resource").value(entry.getValue().resource()).endObject();
    }
    out.endArray().name("spaces").beginArray();
    for (StoredSpace space : store.spaces.values()) {
      writeSpace(out, space);
    }
    return out.endArray().endObject().toByteArray();
  }

  private static void writeSpace(JsonWriter out, StoredSpace space) {
    out.beginObject();
    out.name("id").value(space.id).name("seq").int64(space.seq);
    out.name("spaceType").value(space.spaceType);
    out.name("singleUserBotDm").value(space.singleUserBotDm);
    out.name("externalUserAllowed").value(space.externalUserAllowed);
    out.name("createTime").timestamp(space.createTime);
    optional(out, "customer", space.customer);
    out.name("owner").value(space.owner).name("createdByApp").value(space.createdByApp);
    optional(out, "displayName", space.displayName);
    optional(out, "description", space.description);
    optional(out, "guidelines", space.guidelines);
    out.name("historyState").value(space.historyState);
    out.name("importMode").value(space.importMode);
    if (space.importModeExpireTime != null) {
      out.name("importModeExpireTime").timestamp(space.importModeExpireTime);
    }
    out.name("lastActiveTime").timestamp(space.lastActiveTime);
    optional(out, "audience", space.audience);
    out.name("permissionSettings").beginObject();
    for (Map.Entry<String, SpaceInput.Permission> entry : space.permissionSettings.entrySet()) {
      SpaceInput.Permission permission = entry.getValue();
      out.name(entry.getKey()).beginObject();
      out.name("managers").value(permission.managers());
      out.name("assistantManagers").value(permission.assistantManagers());
      out.name("members").value(permission.members()).endObject();
    }
    out.endObject().name("members").beginArray();
    for (StoredMember member : space.members) {
      out.beginObject().name("name").value(member.name).name("kind").value(member.kind.name());
      out.name("manager").value(member.manager).name("createTime").timestamp(member.createTime);
      out.name("seq").int64(member.seq).endObject();
    }
    out.endArray().name("messages").beginArray();
    for (StoredMessage message : space.messages.values()) {
      writeMessage(out, message);
    }
    out.endArray().endObject();
  }

  private static void writeMessage(JsonWriter out, StoredMessage message) {
    out.beginObject();
    out.name("id").value(message.id).name("seq").int64(message.seq);
    out.name("sender").value(message.sender).name("senderIsApp").value(message.senderIsApp);
    out.name("createTime").timestamp(message.createTime);
    out.name("threadId").value(message.threadId).name("threadReply").value(message.threadReply);
    optional(out, "clientId", message.clientId);
    optional(out, "threadKey", message.threadKey);
    optional(out, "text", message.text);
    out.name("freeForm");
    WireJson.writeValue(out, message.freeForm);
    if (message.lastUpdateTime != null) {
      out.name("lastUpdateTime").timestamp(message.lastUpdateTime);
    }
    if (message.deleteTime != null) {
      out.name("deleteTime").timestamp(message.deleteTime);
      out.name("deletionType").value(message.deletionType);
    }
    out.name("reactions").beginArray();
    for (StoredReaction reaction : message.reactions) {
      out.beginObject().name("id").value(reaction.id()).name("seq").int64(reaction.seq());
      out.name("user").value(reaction.user());
      optional(out, "unicode", reaction.unicode());
      optional(out, "customEmojiUid", reaction.customEmojiUid());
      out.endObject();
    }
    out.endArray().endObject();
  }

  private static StoredSpace readSpace(JsonInput in) {
    StoredSpace space =
        new StoredSpace(
            required(in.string("id"), "id"),
            required(in.longValue("seq"), "seq"),
            required(in.string("spaceType"), "spaceType"),
            isTrue(in.bool("singleUserBotDm")),
            isTrue(in.bool("externalUserAllowed")),
            required(in.timestamp("createTime"), "createTime"),
            in.string("customer"),
            required(in.string("owner"), "owner"),
            isTrue(in.bool("createdByApp")));
    space.displayName = in.string("displayName");
    space.description = in.string("description");
    space.guidelines = in.string("guidelines");
    space.historyState = required(in.string("historyState"), "historyState");
    space.importMode = isTrue(in.bool("importMode"));
    space.importModeExpireTime = in.timestamp("importModeExpireTime");
    space.lastActiveTime = required(in.timestamp("lastActiveTime"), "lastActiveTime");
    space.audience = in.string("audience");
    JsonInput permissions = in.object("permissionSettings", "PermissionSettings");
    Map<String, SpaceInput.Permission> settings = new LinkedHashMap<>();
    if (permissions != null) {
      for (String name : permissions.names()) {
        JsonInput setting = permissions.object(name, "PermissionSetting");
        settings.put(
            name,
            new SpaceInput.Permission(
                isTrue(setting.bool("managers")),
                isTrue(setting.bool("assistantManagers")),
                isTrue(setting.bool("members"))));
      }
    }
    space.permissionSettings = settings;
    for (JsonInput member : in.objects("members", "Member")) {
      space.members.add(
          new StoredMember(
              required(member.string("name"), "name"),
              StoredMember.Kind.valueOf(required(member.string("kind"), "kind")),
              isTrue(member.bool("manager")),
              required(member.timestamp("createTime"), "createTime"),
              required(member.longValue("seq"), "seq")));
    }
    for (JsonInput message : in.objects("messages", "Message")) {
      StoredMessage stored = readMessage(message);
      space.messages.put(stored.id, stored);
    }
    return space;
  }

  private static StoredMessage readMessage(JsonInput in) {
    StoredMessage message =
        new StoredMessage(
            required(in.string("id"), "id"),
            required(in.longValue("seq"), "seq"),
            required(in.string("sender"), "sender"),
            isTrue(in.bool("senderIsApp")),
            required(in.timestamp("createTime"), "createTime"),
            required(in.string("threadId"), "threadId"),
            isTrue(in.bool("threadReply")),
            in.string("clientId"));
    message.threadKey = in.string("threadKey");
    message.text = in.string("text");
    JsonInput freeForm = in.object("freeForm", "Struct");
    Map<String, Object> fields = new LinkedHashMap<>();
    if (freeForm != null) {
      for (String name : freeForm.names()) {
        fields.put(name, freeForm.value(name));
      }
    }
    message.freeForm = fields;
    message.lastUpdateTime = in.timestamp("lastUpdateTime");
    Instant deleted = in.timestamp("deleteTime");
    message.deleteTime = deleted;
    message.deletionType = in.string("deletionType");
    for (JsonInput reaction : in.objects("reactions", "Reaction")) {
      message.reactions.add(
          new StoredReaction(
              required(reaction.string("id"), "id"),
              required(reaction.longValue("seq"), "seq"),
              required(reaction.string("user"), "user"),
              reaction.string("unicode"),
              reaction.string("customEmojiUid")));
    }
    return message;
  }

  private static void optional(JsonWriter out, String name, String value) {
    if (value != null) {
      out.name(name).value(value);
    }
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " is missing");
    }
    return value;
  }

  private static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }
}
