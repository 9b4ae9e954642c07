package dev.tinychat.sample.chat;

import dev.tinychat.annotations.NamePattern;
import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;
import dev.tinychat.annotations.Unrecognized;
import dev.tinychat.json.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * A message in a space: text (cards come with free-form JSON fields), its thread, attachments,
 * reactions and quotes.
 */
@Resource
public interface Message {
  /**
   * Resource name, {@code spaces/{space}/messages/{message}}; {@code {message}} may be the
   * {@link #clientAssignedMessageId()}.
   */
  @NamePattern("spaces/{space}/messages/{message}")
  String name();

  /** Who sent it. */
  @OutputOnly
  User sender();

  /** When it was created; settable only in spaces in import mode. */
  Instant createTime();

  /** When a user last edited it. */
  @OutputOnly
  Instant lastUpdateTime();

  /** When it was deleted. */
  @OutputOnly
  Instant deleteTime();

  /** The plain-text body. */
  String text();

  /** The text with markup for its formatting. */
  @OutputOnly
  String formattedText();

  /** How the server reads {@link #text()}. */
  MarkupSyntax markupSyntax();

  /**
   * Cards, each {@code {"cardId": ..., "card": {...}}} as Google's card reference describes them,
   * kept as free-form JSON; sent by Chat apps with app authentication.
   */
  List<JsonValue> cardsV2();

  /**
   * Interactive widgets shown at the bottom of the message, e.g. {@code {"buttonList": {...}}},
   * as free-form JSON; sent by Chat apps with app authentication.
   */
  List<JsonValue> accessoryWidgets();

  /** A plain-text description of the cards, for notifications and where cards cannot show. */
  String fallbackText();

  /** The text without the mentions of Chat apps. */
  @OutputOnly
  String argumentText();

  /** The thread it belongs to. */
  Thread thread();

  /** The space it was posted in. */
  @OutputOnly
  Space space();

  /** Whether it is a reply in a thread. */
  @OutputOnly
  Boolean threadReply();

  /** The caller's own id for the message, {@code client-...}, given when creating it. */
  String clientAssignedMessageId();

  /** The only user who can see it, for a private message of a Chat app; set when creating. */
  User privateMessageViewer();

  /** Who deleted it. */
  @OutputOnly
  DeletionMetadata deletionMetadata();

  /** Its reactions, counted per emoji. */
  @OutputOnly
  List<EmojiReactionSummary> emojiReactionSummaries();

  /** Files attached by users. */
  List<Attachment> attachment();

  /** The message this one quotes. */
  QuotedMessageMetadata quotedMessageMetadata();

  /** Whether it was sent without notifying. */
  @OutputOnly
  Boolean silent();

  /** How message text is read. */
  enum MarkupSyntax {
    MARKUP_SYNTAX_UNSPECIFIED,
    MARKUP_SYNTAX_CHAT,
    MARKUP_SYNTAX_MARKDOWN,
    @Unrecognized
    UNRECOGNIZED
  }
}
