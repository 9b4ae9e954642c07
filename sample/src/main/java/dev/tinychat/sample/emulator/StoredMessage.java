package dev.tinychat.sample.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A message as the emulator keeps it. Free-form parts (cards, attachments, accessory widgets) are
 * kept as the JSON values sent ({@code Map}/{@code List}/{@code String}/{@code Double}/{@code
 * Boolean}) and answered unchanged. A deleted message stays as a tombstone for {@code
 * showDeleted}. Touched only under the {@link ChatStore}'s lock.
 */
final class StoredMessage {
  /** The system-assigned ID: {@code {thread}.{message}}, as Google's names look. */
  final String id;
  final long seq;
  final String sender;
  final boolean senderIsApp;
  final Instant createTime;
  /** The thread's ID (the part after {@code threads/}). */
  final String threadId;
  final boolean threadReply;
  final String clientId;

  /** {@code caller threadKey} of a thread this message started with a key, else null. */
  String threadKey;
  String text;
  /** Free-form fields by JSON name (cardsV2, cards, attachment, accessoryWidgets). */
  Map<String, Object> freeForm;
  Instant lastUpdateTime;
  Instant deleteTime;
  String deletionType;
  final List<StoredReaction> reactions = new ArrayList<>();

  StoredMessage(
      String id,
      long seq,
      String sender,
      boolean senderIsApp,
      Instant createTime,
      String threadId,
      boolean threadReply,
      String clientId) {
    this.id = id;
    this.seq = seq;
    this.sender = sender;
    this.senderIsApp = senderIsApp;
    this.createTime = createTime;
    this.threadId = threadId;
    this.threadReply = threadReply;
    this.clientId = clientId;
    this.freeForm = Map.of();
  }
}
