package dev.tinychat.sample.chat;

import dev.tinychat.annotations.NamePattern;
import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;

/** A reaction to a message: an emoji a user added. */
@Resource
public interface Reaction {
  /** Resource name, {@code spaces/{space}/messages/{message}/reactions/{reaction}}. */
  @NamePattern("spaces/{space}/messages/{message}/reactions/{reaction}")
  String name();

  /** Who reacted. */
  @OutputOnly
  User user();

  /** The emoji; required when reacting. */
  Emoji emoji();
}
