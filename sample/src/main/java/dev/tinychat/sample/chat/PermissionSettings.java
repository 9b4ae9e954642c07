package dev.tinychat.sample.chat;

import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;

/** Who may do what in a space. */
@Resource
public interface PermissionSettings {
  /** Add and remove members and groups. */
  PermissionSetting manageMembersAndGroups();

  /** Change the name, avatar, description and guidelines. */
  PermissionSetting modifySpaceDetails();

  /** Turn history on and off. */
  PermissionSetting toggleHistory();

  /** Mention everyone with {@code @all}. */
  PermissionSetting useAtMentionAll();

  /** Add and remove Chat apps. */
  PermissionSetting manageApps();

  /** Add and remove webhooks. */
  PermissionSetting manageWebhooks();

  /** Post messages. */
  @OutputOnly
  PermissionSetting postMessages();

  /** Reply to messages. */
  PermissionSetting replyMessages();
}
