package dev.tinychat.sample.emulator;

/**
 * A reaction: a person's emoji on a message, either a Unicode emoji or a custom one by UID.
 */
record StoredReaction(String id, long seq, String user, String unicode, String customEmojiUid) {
  /** What makes two reactions the same: the emoji, for one person. */
  String emojiKey() {
    return unicode != null ? "u:" + unicode : "c:" + customEmojiUid;
  }
}
