package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Resource;

/** A reference to uploaded attachment data. */
@Resource
public interface AttachmentDataRef {
  /** The resource name of the data, for the media API to download it. */
  String resourceName();

  /** The opaque token of an upload, to attach it to a message. */
  String attachmentUploadToken();
}
