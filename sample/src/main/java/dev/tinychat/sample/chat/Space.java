package dev.tinychat.sample.chat;

import dev.tinychat.annotations.InputOnly;
import dev.tinychat.annotations.MaxLength;
import dev.tinychat.annotations.NamePattern;
import dev.tinychat.annotations.OneOf;
import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;
import dev.tinychat.annotations.Unrecognized;
import java.time.Instant;

/** A place where people and Chat apps send messages: a named space, a group chat or a DM. */
@Resource
public interface Space {
  /** Resource name, {@code spaces/{space}}; assigned by the server. */
  @OutputOnly
  @NamePattern("spaces/{space}")
  String name();

  /** Deprecated: use {@link #spaceType()}. */
  @OutputOnly
  Type type();

  /** What kind of space this is. */
  SpaceType spaceType();

  /** Whether the space is a DM between a person and the calling Chat app. */
  Boolean singleUserBotDm();

  /** Deprecated: use {@link #spaceThreadingState()}. */
  @OutputOnly
  Boolean threaded();

  /** The name people see; required for named spaces, at most 128 characters. */
  @MaxLength(128)
  String displayName();

  /** Whether people outside the organization may join; immutable once created. */
  Boolean externalUserAllowed();

  /** How messages are threaded. */
  @OutputOnly
  SpaceThreadingState spaceThreadingState();

  /** Description and guidelines. */
  SpaceDetails spaceDetails();

  /** Whether history is kept. */
  HistoryState spaceHistoryState();

  /** Whether the space is being imported from another platform. */
  Boolean importMode();

  /** When the space was created; sent only in import mode, to keep the original time. */
  Instant createTime();

  /** When the last message was posted. */
  @OutputOnly
  Instant lastActiveTime();

  /** Whether an administrator installed a Chat app in this DM. */
  @OutputOnly
  Boolean adminInstalled();

  /** How many people and groups have joined. */
  @OutputOnly
  MembershipCount membershipCount();

  /** Who can find the space. */
  AccessSettings accessSettings();

  /** The customer of the space, {@code customers/{customer}}; app-auth creates only. */
  @NamePattern("customers/{customer}")
  String customer();

  /** Link to the space in Google Chat. */
  @OutputOnly
  String spaceUri();

  /**
   * A preset of permissions, applied when the space is created; one of predefinedPermissionSettings
   * and permissionSettings.
   */
  @InputOnly
  @OneOf("space_permission_settings")
  PredefinedPermissionSettings predefinedPermissionSettings();

  /** Who may do what in the space; one of predefinedPermissionSettings and permissionSettings. */
  @OneOf("space_permission_settings")
  PermissionSettings permissionSettings();

  /** When import mode ends and the space is deleted unless completed. */
  @OutputOnly
  Instant importModeExpireTime();

  /** Kinds of space. */
  enum SpaceType {
    SPACE_TYPE_UNSPECIFIED,
    SPACE,
    GROUP_CHAT,
    DIRECT_MESSAGE,
    @Unrecognized
    UNRECOGNIZED
  }

  /** Deprecated kinds of space. */
  enum Type {
    TYPE_UNSPECIFIED,
    ROOM,
    DM,
    @Unrecognized
    UNRECOGNIZED
  }

  /** Threading of messages. */
  enum SpaceThreadingState {
    SPACE_THREADING_STATE_UNSPECIFIED,
    THREADED_MESSAGES,
    GROUPED_MESSAGES,
    UNTHREADED_MESSAGES,
    @Unrecognized
    UNRECOGNIZED
  }

  /** History settings. */
  enum HistoryState {
    HISTORY_STATE_UNSPECIFIED,
    HISTORY_OFF,
    HISTORY_ON,
    @Unrecognized
    UNRECOGNIZED
  }

  /** Presets of permissions. */
  enum PredefinedPermissionSettings {
    PREDEFINED_PERMISSION_SETTINGS_UNSPECIFIED,
    COLLABORATION_SPACE,
    ANNOUNCEMENT_SPACE,
    @Unrecognized
    UNRECOGNIZED
  }
}
