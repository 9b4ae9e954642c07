package dev.tinychat.sample.client;

import static dev.tinychat.sample.client.Chat.ALICE;
import static dev.tinychat.sample.client.Chat.APP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.GroupBuilder;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.MembershipBuilder;
import dev.tinychat.sample.chat.PermissionSettingBuilder;
import dev.tinychat.sample.chat.SetUpSpace;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.User;
import dev.tinychat.sample.chat.UserBuilder;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Requests the server must refuse, refused by the client before any I/O as SPEC.md wants: two
 * fields of one {@code @OneOf} group, none of a required group, and a required field that is
 * empty (proto3 cannot tell an empty string or list from an unset one).
 */
class OneOfAndEmptyRefusedBeforeSendingTest {
  private final Chat chat = new Chat();

  @AfterEach
  void stop() {
    chat.close();
  }

  private void refusedBeforeSending(String field, String rule, Executable call) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, call);
    assertEquals(field, e.field(), e::getMessage);
    assertEquals(field + ": " + rule, e.getMessage());
    assertEquals(List.of(), chat.emulator.requestLog(), "nothing was sent");
  }

  /**
   * {@code predefinedPermissionSettings} and {@code permissionSettings} are one proto oneof
   * (SPEC.md: "one of predefinedPermissionSettings / permissionSettings"); the namedSpaceAsApp
   * factory offers both setters, as either alone is fine, but the two together would get a 400
   * "Oneof field 'space_permission_settings' is already set".
   */
  @Test
  void presetAndManageAppsTogether() {
    refusedBeforeSending(
        "space.permissionSettings",
        "one of space_permission_settings, and space.predefinedPermissionSettings is set too;"
            + " set only one",
        () ->
            chat.client(APP)
                .create(
                    CreateSpace.namedSpaceAsApp("App space", "customers/my_customer")
                        .predefinedPermissionSettings(
                            Space.PredefinedPermissionSettings.ANNOUNCEMENT_SPACE)
                        .manageApps(new PermissionSettingBuilder().managersAllowed(true).build())));
  }

  /** A Membership is one of member and groupMember; with neither, the server would answer 400. */
  @Test
  void membershipWithNeitherMemberNorGroup() {
    refusedBeforeSending(
        "memberships[0]",
        "needs one of member, groupMember (member_type)",
        () ->
            chat.client(ALICE)
                .setup(SetUpSpace.namedSpace("Team").memberships(new MembershipBuilder().build())));
  }

  /** A Membership is one of member and groupMember; with both, the server would answer 400. */
  @Test
  void membershipWithMemberAndGroup() {
    Membership both =
        new MembershipBuilder()
            .member(new UserBuilder().name("users/bob").type(User.Type.HUMAN).build())
            .groupMember(new GroupBuilder().name("groups/eng").build())
            .build();

    refusedBeforeSending(
        "memberships[0]",
        "needs exactly one of member, groupMember (member_type); member and groupMember are both set",
        () -> chat.client(ALICE).setup(SetUpSpace.namedSpace("Team").memberships(both)));
  }

  /** "Required" means non-empty: the server cannot tell an empty display name from none. */
  @Test
  void emptyDisplayName() {
    refusedBeforeSending(
        "space.displayName",
        "required by namedSpace, and empty",
        () -> chat.client(ALICE).create(CreateSpace.namedSpace("")));
  }
}
