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
 * Requests the generated client sends although the server must refuse them: SPEC.md wants them
 * refused before any I/O. These tests fail until the definitions can say "one of" and "not
 * empty" (processor and sample definitions; see the e2e report).
 */
class KnownGapsTest {
  private final Chat chat = new Chat();

  @AfterEach
  void stop() {
    chat.close();
  }

  private void refusedBeforeSending(String field, Executable call) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, call);
    assertEquals(field, e.field(), e::getMessage);
    assertEquals(List.of(), chat.emulator.requestLog(), "nothing was sent");
  }

  /**
   * {@code predefinedPermissionSettings} and {@code permissionSettings} are one proto oneof
   * (SPEC.md: "one of predefinedPermissionSettings / permissionSettings"), yet the namedSpaceAsApp
   * factory offers both setters; the server answers 400 "Oneof field 'space_permission_settings'
   * is already set".
   */
  @Test
  void presetAndManageAppsTogether() {
    refusedBeforeSending(
        "space.permissionSettings",
        () ->
            chat.client(APP)
                .create(
                    CreateSpace.namedSpaceAsApp("App space", "customers/my_customer")
                        .predefinedPermissionSettings(
                            Space.PredefinedPermissionSettings.ANNOUNCEMENT_SPACE)
                        .manageApps(new PermissionSettingBuilder().managersAllowed(true).build())));
  }

  /** A Membership is one of member and groupMember; with neither, the server answers 400. */
  @Test
  void membershipWithNeitherMemberNorGroup() {
    refusedBeforeSending(
        "memberships[0]",
        () ->
            chat.client(ALICE)
                .setup(SetUpSpace.namedSpace("Team").memberships(new MembershipBuilder().build())));
  }

  /** A Membership is one of member and groupMember; with both, the server answers 400. */
  @Test
  void membershipWithMemberAndGroup() {
    Membership both =
        new MembershipBuilder()
            .member(new UserBuilder().name("users/bob").type(User.Type.HUMAN).build())
            .groupMember(new GroupBuilder().name("groups/eng").build())
            .build();

    refusedBeforeSending(
        "memberships[0]",
        () -> chat.client(ALICE).setup(SetUpSpace.namedSpace("Team").memberships(both)));
  }

  /** "Required" only means non-null: an empty display name is sent and refused by the server. */
  @Test
  void emptyDisplayName() {
    refusedBeforeSending(
        "space.displayName", () -> chat.client(ALICE).create(CreateSpace.namedSpace("")));
  }
}
