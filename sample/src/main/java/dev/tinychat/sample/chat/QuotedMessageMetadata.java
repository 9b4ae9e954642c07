package dev.tinychat.sample.chat;

import dev.tinychat.annotations.NamePattern;
import dev.tinychat.annotations.Resource;
import dev.tinychat.annotations.Unrecognized;
import java.time.Instant;

/** The message another message quotes. */
@Resource
public interface QuotedMessageMetadata {
  /** Resource name of the quoted message, {@code spaces/{space}/messages/{message}}. */
  @NamePattern("spaces/{space}/messages/{message}")
  String name();

  /** When the quoted message was created or last updated; must match when quoting it. */
  Instant lastUpdateTime();

  /** A reply (the default) or a forward. */
  QuoteType quoteType();

  /** How a message is quoted. */
  enum QuoteType {
    QUOTE_TYPE_UNSPECIFIED,
    REPLY,
    FORWARD,
    @Unrecognized
    UNRECOGNIZED
  }
}
