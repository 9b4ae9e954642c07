package dev.tinychat.sample.chat;

import dev.tinychat.annotations.NamePattern;
import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;
import dev.tinychat.annotations.Unrecognized;

/** Who can discover a space. */
@Resource
public interface AccessSettings {
  /** Whether the space is private or discoverable. */
  @OutputOnly
  AccessState accessState();

  /** The target audience that can discover the space, {@code audiences/{audience}}. */
  @NamePattern("audiences/{audience}")
  String audience();

  /** Access states. */
  enum AccessState {
    ACCESS_STATE_UNSPECIFIED,
    PRIVATE,
    DISCOVERABLE,
    @Unrecognized
    UNRECOGNIZED
  }
}
