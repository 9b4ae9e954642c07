package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Resource;

/** Which roles hold one permission. */
@Resource
public interface PermissionSetting {
  /** Space managers. */
  Boolean managersAllowed();

  /** Assistant managers. */
  Boolean assistantManagersAllowed();

  /** Members. */
  Boolean membersAllowed();
}
