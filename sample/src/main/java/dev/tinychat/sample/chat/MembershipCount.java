package dev.tinychat.sample.chat;

import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;

/** How many have joined a space. */
@Resource
public interface MembershipCount {
  /** People who joined directly, not through a group. */
  @OutputOnly
  Integer joinedDirectHumanUserCount();

  /** Google groups that joined. */
  @OutputOnly
  Integer joinedGroupCount();
}
