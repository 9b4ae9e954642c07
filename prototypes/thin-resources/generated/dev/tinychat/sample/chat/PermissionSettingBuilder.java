package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.json.JsonValue;

/**
 * Builds immutable {@link PermissionSetting} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class PermissionSettingBuilder {
  private Object[] values = new Object[4];

  /**
   * An empty builder.
   */
  public PermissionSettingBuilder() {
  }

  /**
   * A builder holding every field of {@code permissionSetting}, to change some.
   */
  public static PermissionSettingBuilder from(PermissionSetting permissionSetting) {
    PermissionSettingBuilder builder = new PermissionSettingBuilder();
    builder.values = PermissionSettingJson.SHAPE.copy(permissionSetting);
    return builder;
  }

  /**
   * Javadoc of managersAllowed copied from the definition, about one line long.
   */
  public PermissionSettingBuilder managersAllowed(Boolean managersAllowed) {
    values[0] = managersAllowed;
    return this;
  }

  /**
   * Javadoc of assistantManagersAllowed copied from the definition, about one line long.
   */
  public PermissionSettingBuilder assistantManagersAllowed(Boolean assistantManagersAllowed) {
    values[1] = assistantManagersAllowed;
    return this;
  }

  /**
   * Javadoc of membersAllowed copied from the definition, about one line long.
   */
  public PermissionSettingBuilder membersAllowed(Boolean membersAllowed) {
    values[2] = membersAllowed;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public PermissionSettingBuilder unknownFields(JsonValue unknownFields) {
    values[3] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link PermissionSetting} of the fields set so far.
   */
  public PermissionSetting build() {
    return new PermissionSettingJson(values.clone());
  }
}
