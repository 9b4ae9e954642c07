package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.json.JsonValue;

/**
 * Builds immutable {@link PermissionSettings} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class PermissionSettingsBuilder {
  private Object[] values = new Object[9];

  /**
   * An empty builder.
   */
  public PermissionSettingsBuilder() {
  }

  /**
   * A builder holding every field of {@code permissionSettings}, to change some.
   */
  public static PermissionSettingsBuilder from(PermissionSettings permissionSettings) {
    PermissionSettingsBuilder builder = new PermissionSettingsBuilder();
    builder.values = PermissionSettingsJson.SHAPE.copy(permissionSettings);
    return builder;
  }

  /**
   * Javadoc of manageMembersAndGroups copied from the definition, about one line long.
   */
  public PermissionSettingsBuilder manageMembersAndGroups(PermissionSetting manageMembersAndGroups) {
    values[0] = manageMembersAndGroups;
    return this;
  }

  /**
   * Javadoc of modifySpaceDetails copied from the definition, about one line long.
   */
  public PermissionSettingsBuilder modifySpaceDetails(PermissionSetting modifySpaceDetails) {
    values[1] = modifySpaceDetails;
    return this;
  }

  /**
   * Javadoc of toggleHistory copied from the definition, about one line long.
   */
  public PermissionSettingsBuilder toggleHistory(PermissionSetting toggleHistory) {
    values[2] = toggleHistory;
    return this;
  }

  /**
   * Javadoc of useAtMentionAll copied from the definition, about one line long.
   */
  public PermissionSettingsBuilder useAtMentionAll(PermissionSetting useAtMentionAll) {
    values[3] = useAtMentionAll;
    return this;
  }

  /**
   * Javadoc of manageApps copied from the definition, about one line long.
   */
  public PermissionSettingsBuilder manageApps(PermissionSetting manageApps) {
    values[4] = manageApps;
    return this;
  }

  /**
   * Javadoc of manageWebhooks copied from the definition, about one line long.
   */
  public PermissionSettingsBuilder manageWebhooks(PermissionSetting manageWebhooks) {
    values[5] = manageWebhooks;
    return this;
  }

  /**
   * Javadoc of postMessages copied from the definition, about one line long.
   */
  public PermissionSettingsBuilder postMessages(PermissionSetting postMessages) {
    values[6] = postMessages;
    return this;
  }

  /**
   * Javadoc of replyMessages copied from the definition, about one line long.
   */
  public PermissionSettingsBuilder replyMessages(PermissionSetting replyMessages) {
    values[7] = replyMessages;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public PermissionSettingsBuilder unknownFields(JsonValue unknownFields) {
    values[8] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link PermissionSettings} of the fields set so far.
   */
  public PermissionSettings build() {
    return new PermissionSettingsJson(values.clone());
  }
}
