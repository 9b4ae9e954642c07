package dev.tinychat.sample.chat;

import dev.tinychat.annotations.OneOf;
import dev.tinychat.annotations.Resource;

/** An emoji of a reaction: a Unicode emoji or a custom one. */
@Resource
public interface Emoji {
  /** A basic emoji as its Unicode text. */
  @OneOf("content")
  String unicode();

  /** A custom emoji of the organization. */
  @OneOf("content")
  CustomEmoji customEmoji();
}
