package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Resource;
import java.util.List;

/** A page of messages. */
@Resource
public interface ListMessagesResponse {
  /** The messages of this page. */
  List<Message> messages();

  /** The token of the next page; none on the last. */
  String nextPageToken();
}
