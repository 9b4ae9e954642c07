package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Resource;

/** The answer of {@code spaces.completeImport}: the space, now out of import mode. */
@Resource
public interface CompleteImportSpaceResponse {
  /** The space that was in import mode. */
  Space space();
}
