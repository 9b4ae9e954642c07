package dev.tinychat.sample.chat;

import dev.tinychat.annotations.NamePattern;
import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;

/** An emoji a Workspace organization added. */
@Resource
public interface CustomEmoji {
  /** Resource name, {@code customEmojis/{customEmoji}}, assigned by the server. */
  @NamePattern("customEmojis/{customEmoji}")
  String name();

  /** Unique key of the custom emoji. */
  @OutputOnly
  String uid();

  /** Its name, unique in the organization, e.g. {@code :party-parrot:}; immutable. */
  String emojiName();

  /** A temporary URL of its image, valid for at least 10 minutes. */
  @OutputOnly
  String temporaryImageUri();
}
