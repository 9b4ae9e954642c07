package dev.tinychat.sample.chat;

import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;

/** A space a search matched. */
@Resource
public interface SearchSpaceResult {
  /** The space. */
  @OutputOnly
  Space space();
}
