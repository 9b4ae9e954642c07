package dev.tinychat.sample.client;

import static dev.tinychat.sample.client.Chat.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.sample.chat.AccessSettingsBuilder;
import dev.tinychat.sample.chat.Attachment;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.MessageBuilder;
import dev.tinychat.sample.chat.SetUpSpace;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpaceBuilder;
import dev.tinychat.sample.chat.SpaceDetailsBuilder;
import dev.tinychat.sample.chat.SpacesClient;
import dev.tinychat.sample.chat.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Requests that break a rule of the definitions are refused by the client with an {@link
 * InvalidRequestException} naming the field, before anything reaches the server.
 */
class RefusedBeforeSendingTest {
  private final Chat chat = new Chat();
  private final SpacesClient alice = chat.client(ALICE);

  @AfterEach
  void stop() {
    chat.close();
  }

  private void refused(String field, String message, Executable call) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, call);
    assertEquals(field, e.field());
    assertEquals(field + ": " + message, e.getMessage());
    assertEquals(List.of(), chat.emulator.requestLog(), "nothing was sent");
  }

  private static List<Membership> people(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> Membership.human("users/u" + i))
        .collect(Collectors.toList());
  }

  @Test
  void groupChatWithoutImportModeThroughCreate() {
    Space space = new SpaceBuilder().spaceType(Space.SpaceType.GROUP_CHAT).build();

    refused(
        "space.importMode",
        "not set; expected one of true (importGroupChat)",
        () -> alice.create(space, null));
  }

  @Test
  void directMessageThroughCreate() {
    Space space = new SpaceBuilder().spaceType(Space.SpaceType.DIRECT_MESSAGE).build();

    refused(
        "space.spaceType",
        "no combination of create fixes DIRECT_MESSAGE; expected one of SPACE (namedSpace,"
            + " namedSpaceAsApp, importSpace), GROUP_CHAT (importGroupChat)",
        () -> alice.create(space, null));
  }

  @Test
  void createWithoutSpaceType() {
    refused(
        "space.spaceType",
        "not set; expected one of SPACE (namedSpace, namedSpaceAsApp, importSpace), GROUP_CHAT"
            + " (importGroupChat)",
        () -> alice.create(new SpaceBuilder().displayName("Team").build(), null));
  }

  @Test
  void createWithoutSpace() {
    refused(
        "space.spaceType",
        "not set; expected one of SPACE (namedSpace, namedSpaceAsApp, importSpace), GROUP_CHAT"
            + " (importGroupChat)",
        () -> alice.create(null, "r1"));
  }

  @Test
  void nullRequestObjectIsRefusedNotAnNpe() {
    refused("request", "required", () -> alice.create((CreateSpace) null));
    refused("request", "required", () -> alice.setupAsync((SetUpSpace) null));
  }

  @Test
  void namedSpaceWithoutDisplayName() {
    Space space = new SpaceBuilder().spaceType(Space.SpaceType.SPACE).build();

    refused("space.displayName", "required by namedSpace", () -> alice.create(space, null));
  }

  @Test
  void namedSpaceWithANullDisplayNameFromTheFactory() {
    refused(
        "space.displayName",
        "required by namedSpace",
        () -> alice.create(CreateSpace.namedSpace(null)));
  }

  @Test
  void importGroupChatWithDisplayName() {
    Space space =
        new SpaceBuilder()
            .spaceType(Space.SpaceType.GROUP_CHAT)
            .importMode(true)
            .displayName("Named")
            .build();

    refused(
        "space.displayName",
        "forbidden in importGroupChat (a group chat in import mode; no members are created)",
        () -> alice.create(space, null));
  }

  @Test
  void displayNameOf129Characters() {
    refused(
        "space.displayName",
        "at most 128 characters, got 129",
        () -> alice.create(CreateSpace.namedSpace("x".repeat(129))));
  }

  @Test
  void displayNameOf128CharactersCountsCodePoints() {
    String name = "\uD83D\uDE00".repeat(128);

    Space space = alice.create(CreateSpace.namedSpace(name));

    assertEquals(name, space.displayName());
  }

  @Test
  void descriptionOf151Characters() {
    refused(
        "space.spaceDetails.description",
        "at most 150 characters, got 151",
        () -> alice.create(CreateSpace.namedSpace("Team").description("d".repeat(151))));
  }

  @Test
  void malformedAudience() {
    Space space =
        new SpaceBuilder()
            .spaceType(Space.SpaceType.SPACE)
            .displayName("Team")
            .accessSettings(new AccessSettingsBuilder().audience("everyone").build())
            .build();

    refused(
        "space.accessSettings.audience",
        "must match audiences/{audience}, got \"everyone\"",
        () -> alice.create(space, null));
  }

  @Test
  void malformedCustomer() {
    refused(
        "space.customer",
        "must match customers/{customer}, got \"acme\"",
        () -> alice.create(CreateSpace.namedSpaceAsApp("Team", "acme")));
  }

  @Test
  void customerInAUserCreateIsReadAsAnAppCreate() {
    Space space =
        new SpaceBuilder()
            .spaceType(Space.SpaceType.SPACE)
            .customer("customers/my_customer")
            .build();

    refused("space.displayName", "required by namedSpaceAsApp", () -> alice.create(space, null));
  }

  @Test
  void directMessageWithDisplayNameThroughSetup() {
    Space space =
        new SpaceBuilder()
            .spaceType(Space.SpaceType.DIRECT_MESSAGE)
            .singleUserBotDm(false)
            .displayName("x")
            .build();

    refused(
        "space.displayName",
        "forbidden in directMessage (a direct message between the caller and one other person)",
        () -> alice.setup(space, null, List.of(Membership.human("users/bob"))));
  }

  @Test
  void directMessageWithSpaceDetailsThroughSetup() {
    Space space =
        new SpaceBuilder()
            .spaceType(Space.SpaceType.DIRECT_MESSAGE)
            .singleUserBotDm(false)
            .spaceDetails(new SpaceDetailsBuilder().description("about").build())
            .build();

    refused(
        "space.spaceDetails",
        "forbidden in directMessage (a direct message between the caller and one other person)",
        () -> alice.setup(space, null, List.of(Membership.human("users/bob"))));
  }

  @Test
  void directMessageWithoutSingleUserBotDm() {
    Space space = new SpaceBuilder().spaceType(Space.SpaceType.DIRECT_MESSAGE).build();

    refused(
        "space.singleUserBotDm",
        "not set; expected one of false (directMessage), true (directMessageWithApp)",
        () -> alice.setup(space, null, List.of(Membership.human("users/bob"))));
  }

  @Test
  void directMessageWithTwoPeople() {
    Space space =
        new SpaceBuilder().spaceType(Space.SpaceType.DIRECT_MESSAGE).singleUserBotDm(false).build();

    refused(
        "memberships",
        "directMessage takes exactly 1, got 2",
        () -> alice.setup(space, null, people(2)));
  }

  @Test
  void directMessageWithAppAndAMember() {
    Space space =
        new SpaceBuilder().spaceType(Space.SpaceType.DIRECT_MESSAGE).singleUserBotDm(true).build();

    refused(
        "memberships",
        "forbidden in directMessageWithApp (a direct message between the caller and the calling"
            + " Chat app)",
        () -> alice.setup(space, null, people(1)));
  }

  @Test
  void groupChatWithOnePerson() {
    Space space = new SpaceBuilder().spaceType(Space.SpaceType.GROUP_CHAT).build();

    refused(
        "memberships", "groupChat takes 2 to 49, got 1", () -> alice.setup(space, null, people(1)));
  }

  @Test
  void groupChatWithAGroup() {
    refused(
        "memberships[1].groupMember",
        "forbidden in groupChat (an unnamed group chat with two to 49 people besides the caller)",
        () ->
            alice.setup(
                new SpaceBuilder().spaceType(Space.SpaceType.GROUP_CHAT).build(),
                null,
                List.of(Membership.human("users/bob"), Membership.group("groups/eng"))));
  }

  @Test
  void memberNameThatIsNotAUserName() {
    refused(
        "memberships[0].member.name",
        "must match users/{user}, got \"bob\"",
        () -> alice.setup(SetUpSpace.directMessage(User.human("bob"))));
  }

  @Test
  void groupNameThatIsNotAGroupName() {
    refused(
        "memberships[0].groupMember.name",
        "must match groups/{group}, got \"eng\"",
        () -> alice.setup(SetUpSpace.namedSpace("Team").memberships(Membership.group("eng"))));
  }

  @Test
  void fiftyMembershipsInANamedSpace() {
    refused(
        "memberships",
        "namedSpace takes at most 49, got 50",
        () -> alice.setup(SetUpSpace.namedSpace("Crowd").memberships(people(50))));
  }

  @Test
  void fortyNineMembershipsInANamedSpaceAreSent() {
    Space space = alice.setup(SetUpSpace.namedSpace("Crowd").memberships(people(49)));

    assertEquals(50, space.membershipCount().joinedDirectHumanUserCount());
  }

  @Test
  void fiftyPeopleInAGroupChat() {
    List<User> fifty = people(50).stream().map(Membership::member).toList();
    User[] more = fifty.subList(2, 50).toArray(new User[0]);

    refused(
        "memberships",
        "groupChat takes 2 to 49, got 50",
        () -> alice.setup(SetUpSpace.groupChat(fifty.get(0), fifty.get(1), more)));
  }

  @Test
  void nullMembershipElement() {
    List<Membership> memberships = new ArrayList<>(people(1));
    memberships.add(null);

    refused(
        "memberships[1]",
        "must not be null",
        () -> alice.setup(SetUpSpace.namedSpace("Team").memberships(memberships)));
  }

  @Test
  void nullElementGivenToAResourceBuilderIsRefusedNamingIt() {
    List<Attachment> attachments = new ArrayList<>();
    attachments.add(null);

    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> new MessageBuilder().attachment(attachments));
    assertEquals("attachment[0]", e.field());
    assertEquals("attachment[0]: must not be null", e.getMessage());
  }

  @Test
  void nullMembershipElementInAGroupChat() {
    refused(
        "memberships[1]",
        "must not be null",
        () -> alice.setup(SetUpSpace.groupChat(User.human("users/bob"), null)));
  }

  @Test
  void createAsyncRefusesBeforeSendingToo() {
    refused(
        "space.displayName",
        "at most 128 characters, got 129",
        () -> {
          CompletableFuture<Space> future =
              alice.createAsync(CreateSpace.namedSpace("x".repeat(129)));
          future.join();
        });
  }

  @Test
  void getWithAMalformedName() {
    refused("name", "must match spaces/*, got \"AAAA\"", () -> alice.get("AAAA"));
    refused("name", "must match spaces/*, got \"spaces/a/b\"", () -> alice.get("spaces/a/b"));
    refused("name", "required", () -> alice.get(null));
  }
}
