package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Resource;

/** A reference to a Google Drive file. */
@Resource
public interface DriveDataRef {
  /** The Drive file's id, for the Drive API. */
  String driveFileId();
}
