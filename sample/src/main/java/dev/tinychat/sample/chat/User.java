package dev.tinychat.sample.chat;

import dev.tinychat.annotations.NamePattern;
import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;
import dev.tinychat.annotations.Unrecognized;

/** A person or Chat app. */
@Resource
public interface User {
  /** Resource name, {@code users/{user}}: a People API id, a Directory id, or an email. */
  @NamePattern("users/{user}")
  String name();

  /** The name people see. */
  @OutputOnly
  String displayName();

  /** The Workspace domain of the user. */
  String domainId();

  /** A person or a Chat app. */
  Type type();

  /** Whether the user is anonymous to the caller. */
  @OutputOnly
  Boolean isAnonymous();

  /**
   * A person: {@code users/{id}} or {@code users/{email}}; what a group chat or a direct message is
   * set up with ({@code SetUpSpace.groupChat(human("users/1"), human("users/2"))}).
   */
  static User human(String name) {
    return new UserBuilder().name(name).type(Type.HUMAN).build();
  }

  /** Kinds of user. */
  enum Type {
    TYPE_UNSPECIFIED,
    HUMAN,
    BOT,
    @Unrecognized
    UNRECOGNIZED
  }
}
