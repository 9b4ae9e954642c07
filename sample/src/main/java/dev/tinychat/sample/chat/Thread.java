package dev.tinychat.sample.chat;

import dev.tinychat.annotations.NamePattern;
import dev.tinychat.annotations.Resource;

/** A thread of messages in a space. */
@Resource
public interface Thread {
  /** Resource name, {@code spaces/{space}/threads/{thread}}. */
  @NamePattern("spaces/{space}/threads/{thread}")
  String name();

  /** The caller's own id for the thread, to start or reply to it; output only otherwise. */
  String threadKey();
}
