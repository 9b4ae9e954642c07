package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.chat.v1.HangoutsChat;
import com.google.api.services.chat.v1.model.CardWithId;
import com.google.api.services.chat.v1.model.Emoji;
import com.google.api.services.chat.v1.model.GoogleAppsCardV1Card;
import com.google.api.services.chat.v1.model.GoogleAppsCardV1CardHeader;
import com.google.api.services.chat.v1.model.ListMessagesResponse;
import com.google.api.services.chat.v1.model.ListSpacesResponse;
import com.google.api.services.chat.v1.model.Membership;
import com.google.api.services.chat.v1.model.Message;
import com.google.api.services.chat.v1.model.Reaction;
import com.google.api.services.chat.v1.model.SearchSpacesResponse;
import com.google.api.services.chat.v1.model.SetUpSpaceRequest;
import com.google.api.services.chat.v1.model.Space;
import com.google.api.services.chat.v1.model.Thread;
import com.google.api.services.chat.v1.model.User;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Google's Java client calling every method family the emulator serves: its requests (PATCH
 * through X-HTTP-Method-Override on its HttpURLConnection transport, Empty answers, page tokens)
 * are understood and its decoder reads every answer.
 */
class GoogleClientMethodsTest {
  private ChatEmulator emulator;
  private HangoutsChat alice;
  private HangoutsChat bob;
  private HangoutsChat app;
  private String team;

  @BeforeEach
  void start() throws IOException {
    emulator =
        ChatEmulator.builder()
            .user("alice", "users/alice", ChatScopes.ALL_USER_SCOPES)
            .user("bob", "users/bob", ChatScopes.ALL_USER_SCOPES)
            .app("app", "users/app", ChatScopes.ALL_APP_SCOPES)
            .clock(Wire.CLOCK)
            .start();
    alice = client("alice");
    bob = client("bob");
    app = client("app");
    team =
        alice
            .spaces()
            .setup(
                new SetUpSpaceRequest()
                    .setSpace(new Space().setSpaceType("SPACE").setDisplayName("Team"))
                    .setMemberships(
                        List.of(
                            new Membership()
                                .setMember(new User().setName("users/bob").setType("HUMAN")))))
            .execute()
            .getName();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private HangoutsChat client(String token) {
    return Wire.google(emulator, token);
  }

  @Test
  void spacesListPatchSearchFindAndDelete() throws IOException {
    for (int i = 0; i < 3; i++) {
      alice.spaces().create(new Space().setSpaceType("SPACE").setDisplayName("Extra " + i))
          .execute();
    }
    List<String> names = new ArrayList<>();
    String token = null;
    for (int calls = 0; calls < 10; calls++) {
      ListSpacesResponse page =
          alice.spaces().list().setPageSize(2).setFilter("spaceType = \"SPACE\"")
              .setPageToken(token).execute();
      page.getSpaces().forEach(space -> names.add(space.getDisplayName()));
      token = page.getNextPageToken();
      if (token == null) {
        break;
      }
    }
    assertEquals(List.of("Team", "Extra 0", "Extra 1", "Extra 2"), names);

    Space patched =
        alice.spaces().patch(team, new Space().setDisplayName("Renamed"))
            .setUpdateMask("displayName").execute();
    assertEquals("Renamed", patched.getDisplayName());
    assertEquals("PATCH", emulator.requestLog().get(emulator.requestLog().size() - 1)
        .header("X-HTTP-Method-Override"));

    SearchSpacesResponse found =
        alice.spaces().search().setQuery("space_type = \"SPACE\" AND display_name:\"ren\"")
            .execute();
    assertEquals(List.of(team), found.getSpaces().stream().map(Space::getName).toList());
    assertEquals(1, found.getTotalSize());

    Space dm =
        alice.spaces().setup(
                new SetUpSpaceRequest()
                    .setSpace(new Space().setSpaceType("DIRECT_MESSAGE"))
                    .setMemberships(List.of(new Membership()
                        .setMember(new User().setName("users/bob").setType("HUMAN")))))
            .execute();
    assertEquals(dm, bob.spaces().findDirectMessage().setName("users/alice").execute());

    assertTrue(alice.spaces().delete(team).execute().isEmpty());
    GoogleJsonResponseException gone =
        assertThrows(GoogleJsonResponseException.class, () -> alice.spaces().get(team).execute());
    assertEquals(404, gone.getStatusCode());
  }

  @Test
  void importModeCompletes() throws IOException {
    Space imported =
        alice.spaces()
            .create(new Space().setSpaceType("SPACE").setDisplayName("Old").setImportMode(true))
            .execute();

    Space done = alice.spaces().completeImport(imported.getName(), null).execute().getSpace();

    assertEquals(imported.getName(), done.getName());
    assertNull(done.getImportMode());
  }

  @Test
  void membersCreateGetPatchDelete() throws IOException {
    Membership carol =
        alice.spaces().members()
            .create(team, new Membership()
                .setMember(new User().setName("users/carol").setType("HUMAN")))
            .execute();
    assertEquals(team + "/members/carol", carol.getName());
    assertEquals(carol, alice.spaces().members().get(carol.getName()).execute());

    Membership manager =
        alice.spaces().members()
            .patch(carol.getName(), new Membership().setRole("ROLE_MANAGER"))
            .setUpdateMask("role").execute();
    assertEquals("ROLE_MANAGER", manager.getRole());

    Membership removed = alice.spaces().members().delete(carol.getName()).execute();
    assertEquals(carol.getName(), removed.getName());
    assertEquals(
        List.of("users/alice", "users/bob"),
        alice.spaces().members().list(team).execute().getMemberships().stream()
            .map(m -> m.getMember().getName())
            .collect(Collectors.toList()));
  }

  @Test
  void messagesWithCardsThreadsAndClientIds() throws IOException {
    alice.spaces().members().create(team,
        new Membership().setMember(new User().setName("users/app").setType("BOT"))).execute();
    GoogleAppsCardV1Card card =
        new GoogleAppsCardV1Card().setHeader(new GoogleAppsCardV1CardHeader().setTitle("Build"));
    Message root =
        app.spaces().messages()
            .create(team, new Message().setText("root")
                .setCardsV2(List.of(new CardWithId().setCardId("c1").setCard(card)))
                .setThread(new Thread().setThreadKey("build-7")))
            .setMessageId("client-build-7")
            .setRequestId("m-1")
            .setMessageReplyOption("REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD")
            .execute();
    Message reply =
        alice.spaces().messages()
            .create(team, new Message().setText("thanks")
                .setThread(new Thread().setName(root.getThread().getName())))
            .setMessageReplyOption("REPLY_MESSAGE_OR_FAIL")
            .execute();

    assertEquals("client-build-7", root.getClientAssignedMessageId());
    assertEquals("Build", root.getCardsV2().get(0).getCard().getHeader().getTitle());
    assertEquals(root, bob.spaces().messages().get(team + "/messages/client-build-7").execute());
    assertEquals(root.getThread().getName(), reply.getThread().getName());
    assertTrue(reply.getThreadReply());

    ListMessagesResponse newestFirst =
        bob.spaces().messages().list(team).setOrderBy("createTime desc").setPageSize(1).execute();
    assertEquals(1, newestFirst.getMessages().size());
    ListMessagesResponse rest =
        bob.spaces().messages().list(team).setOrderBy("createTime desc")
            .setPageToken(newestFirst.getNextPageToken()).execute();
    assertEquals(2, newestFirst.getMessages().size() + rest.getMessages().size());

    Message edited =
        app.spaces().messages().patch(root.getName(), new Message().setText("root, edited"))
            .setUpdateMask("text").execute();
    assertEquals("root, edited", edited.getText());
    Message replaced =
        app.spaces().messages().update(root.getName(), new Message().setText("v3"))
            .setUpdateMask("text").execute();
    assertEquals("v3", replaced.getText());

    assertTrue(alice.spaces().messages().delete(reply.getName()).execute().isEmpty());
    assertTrue(app.spaces().messages().delete(root.getName()).execute().isEmpty());
    assertNull(alice.spaces().messages().list(team).execute().getMessages());
  }

  @Test
  void reactionsCreateListDelete() throws IOException {
    Message message =
        alice.spaces().messages().create(team, new Message().setText("hi")).execute();

    Reaction smile =
        bob.spaces().messages().reactions()
            .create(message.getName(), new Reaction().setEmoji(new Emoji().setUnicode("🙂")))
            .execute();
    alice.spaces().messages().reactions()
        .create(message.getName(), new Reaction().setEmoji(new Emoji().setUnicode("👍")))
        .execute();

    assertEquals("users/bob", smile.getUser().getName());
    assertEquals(
        List.of(smile),
        alice.spaces().messages().reactions().list(message.getName())
            .setFilter("emoji.unicode = \"🙂\"").execute().getReactions());
    assertTrue(bob.spaces().messages().reactions().delete(smile.getName()).execute().isEmpty());
    assertEquals(
        1,
        alice.spaces().messages().reactions().list(message.getName()).execute().getReactions()
            .size());
  }
}
