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
  /** User auth: delete spaces. */
  public static final String CHAT_DELETE = PREFIX + "chat.delete";
  /** User auth: view, compose, send, update and delete messages and reactions. */
  public static final String CHAT_MESSAGES = PREFIX + "chat.messages";
  /** User auth: send messages. */
  public static final String CHAT_MESSAGES_CREATE = PREFIX + "chat.messages.create";
  /** User auth: view messages and reactions. */
  public static final String CHAT_MESSAGES_READONLY = PREFIX + "chat.messages.readonly";
  /** User auth: view, add and delete reactions. */
  public static final String CHAT_MESSAGES_REACTIONS = PREFIX + "chat.messages.reactions";
  /** User auth: add reactions. */
  public static final String CHAT_MESSAGES_REACTIONS_CREATE =
      PREFIX + "chat.messages.reactions.create";
  /** User auth: view reactions. */
  public static final String CHAT_MESSAGES_REACTIONS_READONLY =
      PREFIX + "chat.messages.reactions.readonly";
  /** User auth: add and remove the calling Chat app. */
  public static final String CHAT_MEMBERSHIPS_APP = PREFIX + "chat.memberships.app";
  /** User auth as a Workspace administrator ({@code useAdminAccess=true}): manage spaces. */
  public static final String CHAT_ADMIN_SPACES = PREFIX + "chat.admin.spaces";
  /** User auth as a Workspace administrator ({@code useAdminAccess=true}): view spaces. */
  public static final String CHAT_ADMIN_SPACES_READONLY = PREFIX + "chat.admin.spaces.readonly";
  /** App auth with administrator approval: delete spaces the app created. */
  public static final String CHAT_APP_DELETE = PREFIX + "chat.app.delete";
  /** App auth with administrator approval: view messages. */
  public static final String CHAT_APP_MESSAGES_READONLY = PREFIX + "chat.app.messages.readonly";
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
          CHAT_MEMBERSHIPS_READONLY,
          CHAT_MEMBERSHIPS_APP,
          CHAT_DELETE,
          CHAT_MESSAGES,
          CHAT_MESSAGES_CREATE,
          CHAT_MESSAGES_READONLY,
          CHAT_MESSAGES_REACTIONS,
          CHAT_MESSAGES_REACTIONS_CREATE,
          CHAT_MESSAGES_REACTIONS_READONLY,
          CHAT_ADMIN_SPACES,
          CHAT_ADMIN_SPACES_READONLY);

  /** Every app scope above. */
  public static final Set<String> ALL_APP_SCOPES =
      Set.of(
          CHAT_APP_SPACES_CREATE,
          CHAT_APP_SPACES,
          CHAT_APP_MEMBERSHIPS,
          CHAT_APP_DELETE,
          CHAT_APP_MESSAGES_READONLY,
          CHAT_BOT);

  private ChatScopes() {}
}
