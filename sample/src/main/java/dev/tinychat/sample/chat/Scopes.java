package dev.tinychat.sample.chat;

/** OAuth scopes of the Chat methods defined here. */
public final class Scopes {
  /** User auth: create spaces. */
  public static final String CHAT_SPACES_CREATE = "https://www.googleapis.com/auth/chat.spaces.create";
  /** User auth: create, view and manage spaces. */
  public static final String CHAT_SPACES = "https://www.googleapis.com/auth/chat.spaces";
  /** User auth: view spaces. */
  public static final String CHAT_SPACES_READONLY = "https://www.googleapis.com/auth/chat.spaces.readonly";
  /** User auth: view, add, update and remove members of spaces. */
  public static final String CHAT_MEMBERSHIPS = "https://www.googleapis.com/auth/chat.memberships";
  /** User auth: view members of spaces. */
  public static final String CHAT_MEMBERSHIPS_READONLY = "https://www.googleapis.com/auth/chat.memberships.readonly";
  /** User auth: import spaces, messages and memberships (import mode). */
  public static final String CHAT_IMPORT = "https://www.googleapis.com/auth/chat.import";
  /** App auth with administrator approval: create spaces. */
  public static final String CHAT_APP_SPACES_CREATE = "https://www.googleapis.com/auth/chat.app.spaces.create";
  /** App auth with administrator approval: create and manage spaces. */
  public static final String CHAT_APP_SPACES = "https://www.googleapis.com/auth/chat.app.spaces";
  /** App auth with administrator approval: add and remove members, view memberships. */
  public static final String CHAT_APP_MEMBERSHIPS = "https://www.googleapis.com/auth/chat.app.memberships";
  /** User auth, as a Workspace administrator ({@code useAdminAccess}): view and manage spaces. */
  public static final String CHAT_ADMIN_SPACES = "https://www.googleapis.com/auth/chat.admin.spaces";
  /** User auth, as a Workspace administrator ({@code useAdminAccess}): view spaces. */
  public static final String CHAT_ADMIN_SPACES_READONLY = "https://www.googleapis.com/auth/chat.admin.spaces.readonly";
  /** User auth, as a Workspace administrator ({@code useAdminAccess}): view and manage members. */
  public static final String CHAT_ADMIN_MEMBERSHIPS = "https://www.googleapis.com/auth/chat.admin.memberships";
  /** User auth, as a Workspace administrator ({@code useAdminAccess}): view members. */
  public static final String CHAT_ADMIN_MEMBERSHIPS_READONLY = "https://www.googleapis.com/auth/chat.admin.memberships.readonly";
  /** User auth: view, compose, send, update and delete messages, and their reactions. */
  public static final String CHAT_MESSAGES = "https://www.googleapis.com/auth/chat.messages";
  /** User auth: view messages and reactions. */
  public static final String CHAT_MESSAGES_READONLY = "https://www.googleapis.com/auth/chat.messages.readonly";
  /** User auth: view, add and delete reactions to messages. */
  public static final String CHAT_MESSAGES_REACTIONS = "https://www.googleapis.com/auth/chat.messages.reactions";
  /** User auth: view reactions to messages. */
  public static final String CHAT_MESSAGES_REACTIONS_READONLY = "https://www.googleapis.com/auth/chat.messages.reactions.readonly";
  /** App auth with administrator approval: view messages and reactions. */
  public static final String CHAT_APP_MESSAGES_READONLY = "https://www.googleapis.com/auth/chat.app.messages.readonly";
  /** App auth: the Chat app's own access (the bot scope). */
  public static final String CHAT_BOT = "https://www.googleapis.com/auth/chat.bot";
  /** User auth: delete spaces (and their messages and memberships). */
  public static final String CHAT_DELETE = "https://www.googleapis.com/auth/chat.delete";
  /** App auth with administrator approval: delete the spaces the app created. */
  public static final String CHAT_APP_DELETE = "https://www.googleapis.com/auth/chat.app.delete";
  /** User auth, as a Workspace administrator ({@code useAdminAccess}): delete spaces. */
  public static final String CHAT_ADMIN_DELETE = "https://www.googleapis.com/auth/chat.admin.delete";
  /** User auth: add the calling Chat app to spaces and remove it. */
  public static final String CHAT_MEMBERSHIPS_APP = "https://www.googleapis.com/auth/chat.memberships.app";
  /** User auth: send messages. */
  public static final String CHAT_MESSAGES_CREATE = "https://www.googleapis.com/auth/chat.messages.create";
  /** User auth: add reactions to messages. */
  public static final String CHAT_MESSAGES_REACTIONS_CREATE = "https://www.googleapis.com/auth/chat.messages.reactions.create";

  private Scopes() {}
}
