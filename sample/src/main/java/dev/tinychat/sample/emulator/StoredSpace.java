package dev.tinychat.sample.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A space as the emulator keeps it. Immutable: the emulator implements no update methods.
 *
 * @param id the part after {@code spaces/}
 * @param owner who created it: the only caller who may read an import-mode space
 * @param permissionSettings for named spaces, each setting by JSON name; empty otherwise
 */
record StoredSpace(
    String id,
    String spaceType,
    boolean singleUserBotDm,
    String displayName,
    boolean externalUserAllowed,
    String description,
    String guidelines,
    String historyState,
    boolean importMode,
    Instant createTime,
    Instant importModeExpireTime,
    String audience,
    String customer,
    Map<String, SpaceInput.Permission> permissionSettings,
    String owner,
    List<StoredMember> members) {

  StoredSpace {
    permissionSettings = Map.copyOf(permissionSettings);
    members = List.copyOf(members);
  }

  String name() {
    return "spaces/" + id;
  }

  /** Whether the principal may read the space: a member, or the importer of an import space. */
  boolean visibleTo(Principal caller) {
    if (importMode && owner.equals(caller.name())) {
      return true;
    }
    for (StoredMember member : members) {
      if (member.kind() != StoredMember.Kind.GROUP && member.name().equals(caller.name())) {
        return true;
      }
    }
    return false;
  }
}
