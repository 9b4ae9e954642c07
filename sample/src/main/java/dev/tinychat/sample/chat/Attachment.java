package dev.tinychat.sample.chat;

import dev.tinychat.annotations.NamePattern;
import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;
import dev.tinychat.annotations.Unrecognized;

/** A file attached to a message: uploaded content or a Google Drive file. */
@Resource
public interface Attachment {
  /** Resource name, {@code spaces/{space}/messages/{message}/attachments/{attachment}}. */
  @NamePattern("spaces/{space}/messages/{message}/attachments/{attachment}")
  String name();

  /** The original file name. */
  @OutputOnly
  String contentName();

  /** The MIME type. */
  @OutputOnly
  String contentType();

  /** The uploaded data, to create or update a message with it; or else a Drive file. */
  AttachmentDataRef attachmentDataRef();

  /** The Google Drive file; or else uploaded data. */
  @OutputOnly
  DriveDataRef driveDataRef();

  /** A URL to preview the attachment; not for Chat apps to download it. */
  @OutputOnly
  String thumbnailUri();

  /** A URL for a person to download the attachment; not for Chat apps. */
  @OutputOnly
  String downloadUri();

  /** Where the attachment comes from. */
  @OutputOnly
  Source source();

  /** Where attachments come from. */
  enum Source {
    SOURCE_UNSPECIFIED,
    DRIVE_FILE,
    UPLOADED_CONTENT,
    @Unrecognized
    UNRECOGNIZED
  }
}
