package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Resource;
import dev.tinychat.annotations.Unrecognized;

/** Who deleted a message. */
@Resource
public interface DeletionMetadata {
  /** Who deleted the message. */
  DeletionType deletionType();

  /** Who deletes messages. */
  enum DeletionType {
    DELETION_TYPE_UNSPECIFIED,
    CREATOR,
    SPACE_OWNER,
    ADMIN,
    APP_MESSAGE_EXPIRY,
    CREATOR_VIA_APP,
    SPACE_OWNER_VIA_APP,
    SPACE_MEMBER,
    @Unrecognized
    UNRECOGNIZED
  }
}
