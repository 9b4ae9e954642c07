package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.json.JsonValue;
import java.time.Instant;

/**
 * Builds immutable {@link Space} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class SpaceBuilder {
  private Object[] values = new Object[22];

  /**
   * An empty builder.
   */
  public SpaceBuilder() {
  }

  /**
   * A builder holding every field of {@code space}, to change some.
   */
  public static SpaceBuilder from(Space space) {
    SpaceBuilder builder = new SpaceBuilder();
    builder.values = SpaceJson.SHAPE.copy(space);
    return builder;
  }

  /**
   * Javadoc of name copied from the definition, about one line long.
   */
  public SpaceBuilder name(String name) {
    values[0] = name;
    return this;
  }

  /**
   * Javadoc of type copied from the definition, about one line long.
   */
  public SpaceBuilder type(Space.Type type) {
    values[1] = type;
    return this;
  }

  /**
   * Javadoc of spaceType copied from the definition, about one line long.
   */
  public SpaceBuilder spaceType(Space.SpaceType spaceType) {
    values[2] = spaceType;
    return this;
  }

  /**
   * Javadoc of singleUserBotDm copied from the definition, about one line long.
   */
  public SpaceBuilder singleUserBotDm(Boolean singleUserBotDm) {
    values[3] = singleUserBotDm;
    return this;
  }

  /**
   * Javadoc of threaded copied from the definition, about one line long.
   */
  public SpaceBuilder threaded(Boolean threaded) {
    values[4] = threaded;
    return this;
  }

  /**
   * Javadoc of displayName copied from the definition, about one line long.
   */
  public SpaceBuilder displayName(String displayName) {
    values[5] = displayName;
    return this;
  }

  /**
   * Javadoc of externalUserAllowed copied from the definition, about one line long.
   */
  public SpaceBuilder externalUserAllowed(Boolean externalUserAllowed) {
    values[6] = externalUserAllowed;
    return this;
  }

  /**
   * Javadoc of spaceThreadingState copied from the definition, about one line long.
   */
  public SpaceBuilder spaceThreadingState(Space.SpaceThreadingState spaceThreadingState) {
    values[7] = spaceThreadingState;
    return this;
  }

  /**
   * Javadoc of spaceDetails copied from the definition, about one line long.
   */
  public SpaceBuilder spaceDetails(SpaceDetails spaceDetails) {
    values[8] = spaceDetails;
    return this;
  }

  /**
   * Javadoc of spaceHistoryState copied from the definition, about one line long.
   */
  public SpaceBuilder spaceHistoryState(Space.HistoryState spaceHistoryState) {
    values[9] = spaceHistoryState;
    return this;
  }

  /**
   * Javadoc of importMode copied from the definition, about one line long.
   */
  public SpaceBuilder importMode(Boolean importMode) {
    values[10] = importMode;
    return this;
  }

  /**
   * Javadoc of createTime copied from the definition, about one line long.
   */
  public SpaceBuilder createTime(Instant createTime) {
    values[11] = createTime;
    return this;
  }

  /**
   * Javadoc of lastActiveTime copied from the definition, about one line long.
   */
  public SpaceBuilder lastActiveTime(Instant lastActiveTime) {
    values[12] = lastActiveTime;
    return this;
  }

  /**
   * Javadoc of adminInstalled copied from the definition, about one line long.
   */
  public SpaceBuilder adminInstalled(Boolean adminInstalled) {
    values[13] = adminInstalled;
    return this;
  }

  /**
   * Javadoc of membershipCount copied from the definition, about one line long.
   */
  public SpaceBuilder membershipCount(MembershipCount membershipCount) {
    values[14] = membershipCount;
    return this;
  }

  /**
   * Javadoc of accessSettings copied from the definition, about one line long.
   */
  public SpaceBuilder accessSettings(AccessSettings accessSettings) {
    values[15] = accessSettings;
    return this;
  }

  /**
   * Javadoc of customer copied from the definition, about one line long.
   */
  public SpaceBuilder customer(String customer) {
    values[16] = customer;
    return this;
  }

  /**
   * Javadoc of spaceUri copied from the definition, about one line long.
   */
  public SpaceBuilder spaceUri(String spaceUri) {
    values[17] = spaceUri;
    return this;
  }

  /**
   * Javadoc of predefinedPermissionSettings copied from the definition, about one line long.
   */
  public SpaceBuilder predefinedPermissionSettings(Space.PredefinedPermissionSettings predefinedPermissionSettings) {
    values[18] = predefinedPermissionSettings;
    return this;
  }

  /**
   * Javadoc of permissionSettings copied from the definition, about one line long.
   */
  public SpaceBuilder permissionSettings(PermissionSettings permissionSettings) {
    values[19] = permissionSettings;
    return this;
  }

  /**
   * Javadoc of importModeExpireTime copied from the definition, about one line long.
   */
  public SpaceBuilder importModeExpireTime(Instant importModeExpireTime) {
    values[20] = importModeExpireTime;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public SpaceBuilder unknownFields(JsonValue unknownFields) {
    values[21] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link Space} of the fields set so far.
   */
  public Space build() {
    return new SpaceJson(values.clone());
  }
}
