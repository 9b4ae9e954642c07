package dev.tinychat.sample.chat;

import dev.tinychat.annotations.MaxLength;
import dev.tinychat.annotations.Resource;

/** What a space is about. */
@Resource
public interface SpaceDetails {
  /** What the space is for, at most 150 characters. */
  @MaxLength(150)
  String description();

  /** Rules and expectations, at most 5000 characters. */
  @MaxLength(5000)
  String guidelines();
}
