package dev.tinychat.sample.emulator;

import java.util.Set;

/**
 * The OAuth scopes the emulator checks, spelled out independently of the sample's definitions so
 * that a typo in either shows up as a failing test.
 */
public final class ChatScopes {
  private static final String PREFIX = "https://www.googleapis.com/auth/";

  /** User auth: create spaces. */
  public static final String CHAT_SPACES_CREATE = PREFIX + "chat.spaces.create";
  /** User auth: create, view and manage spaces. */
  public static final String CHAT_SPACES = PREFIX + "chat.spaces";
  /** User auth: view spaces. */
  public static final String CHAT_SPACES_READONLY = PREFIX + "chat.spaces.readonly";
  /** User auth: import spaces in import mode. */
  public static final String CHAT_IMPORT = PREFIX + "chat.import";
  /** User auth: view and manage memberships. */
  public static final String CHAT_MEMBERSHIPS = PREFIX + "chat.memberships";
  /** User auth: view memberships. */
  public static final String CHAT_MEMBERSHIPS_READONLY = PREFIX + "chat.memberships.readonly";
  /** App auth with administrator approval: create spaces. */
  public static final String CHAT_APP_SPACES_CREATE = PREFIX + "chat.app.spaces.create";
  /** App auth with administrator approval: create and manage spaces. */
  public static final String CHAT_APP_SPACES = PREFIX + "chat.app.spaces";
  /** App auth with administrator approval: manage memberships. */
  public static final String CHAT_APP_MEMBERSHIPS = PREFIX + "chat.app.memberships";
  /** App auth: the Chat app's own access. */
  public static final String CHAT_BOT = PREFIX + "chat.bot";

  /** Every user scope above. */
  public static final Set<String> ALL_USER_SCOPES =
      Set.of(
          CHAT_SPACES_CREATE,
          CHAT_SPACES,
          CHAT_SPACES_READONLY,
          CHAT_IMPORT,
          CHAT_MEMBERSHIPS,
          CHAT_MEMBERSHIPS_READONLY);

  /** Every app scope above. */
  public static final Set<String> ALL_APP_SCOPES =
      Set.of(CHAT_APP_SPACES_CREATE, CHAT_APP_SPACES, CHAT_APP_MEMBERSHIPS, CHAT_BOT);

  private ChatScopes() {}
}
