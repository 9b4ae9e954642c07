package dev.tinychat.sample.chat;

import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;

/** How many reactions of one emoji a message has. */
@Resource
public interface EmojiReactionSummary {
  /** The emoji. */
  @OutputOnly
  Emoji emoji();

  /** How many reactions use it. */
  @OutputOnly
  Integer reactionCount();
}
