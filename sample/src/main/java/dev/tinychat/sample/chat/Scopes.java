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
  /** App auth: the Chat app's own access (the bot scope). */
  public static final String CHAT_BOT = "https://www.googleapis.com/auth/chat.bot";

  private Scopes() {}
}
