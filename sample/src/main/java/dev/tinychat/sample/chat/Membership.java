package dev.tinychat.sample.chat;

import dev.tinychat.annotations.NamePattern;
import dev.tinychat.annotations.OneOf;
import dev.tinychat.annotations.OutputOnly;
import dev.tinychat.annotations.Resource;
import dev.tinychat.annotations.Unrecognized;
import java.time.Instant;

/** A person, Chat app or Google group in a space. */
@Resource
public interface Membership {
  /** Resource name, {@code spaces/{space}/members/{member}}. */
  @NamePattern("spaces/{space}/members/{member}")
  String name();

  /** Whether the member joined, was invited, or is not a member. */
  @OutputOnly
  MembershipState state();

  /** The member's role in the space. */
  MembershipRole role();

  /** The person or app; one of member and groupMember. */
  @OneOf(value = "member_type", required = true)
  User member();

  /** The Google group; one of member and groupMember. */
  @OneOf(value = "member_type", required = true)
  Group groupMember();

  /** When the membership was created. */
  Instant createTime();

  /** When the membership was deleted. */
  Instant deleteTime();

  /** A membership of a person: {@code users/{id}} or {@code users/{email}}. */
  static Membership human(String user) {
    return new MembershipBuilder().member(User.human(user)).build();
  }

  /** A membership of a Google group, {@code groups/{id}}; named spaces only. */
  static Membership group(String group) {
    return new MembershipBuilder().groupMember(new GroupBuilder().name(group).build()).build();
  }

  /** Membership states. */
  enum MembershipState {
    MEMBERSHIP_STATE_UNSPECIFIED,
    JOINED,
    INVITED,
    NOT_A_MEMBER,
    @Unrecognized
    UNRECOGNIZED
  }

  /** Membership roles. */
  enum MembershipRole {
    MEMBERSHIP_ROLE_UNSPECIFIED,
    ROLE_MEMBER,
    ROLE_MANAGER,
    ROLE_ASSISTANT_MANAGER,
    @Unrecognized
    UNRECOGNIZED
  }
}
