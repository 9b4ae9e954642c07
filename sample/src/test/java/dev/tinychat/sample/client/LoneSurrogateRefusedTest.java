package dev.tinychat.sample.client;

import static dev.tinychat.sample.client.Chat.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.SpaceBuilder;
import dev.tinychat.sample.chat.SpacesClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lone surrogate cannot be sent as UTF-8: the generated client refuses it with an {@link
 * InvalidRequestException} naming the field, before anything reaches the server (two request ids
 * that differ only in a lone surrogate would otherwise both go out as {@code r%3F}).
 */
class LoneSurrogateRefusedTest {
  private final Chat chat = new Chat();
  private final SpacesClient alice = chat.client(ALICE);

  @AfterEach
  void stop() {
    chat.close();
  }

  private void refused(String field, org.junit.jupiter.api.function.Executable call) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, call);
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(List.of(), chat.emulator.requestLog(), "nothing was sent");
  }

  @ParameterizedTest
  @ValueSource(strings = {"r\uD800", "r\uDC00", "\uDBFF"})
  void inTheRequestId(String requestId) {
    refused("requestId", () -> alice.create(CreateSpace.namedSpace("Team").requestId(requestId)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Team \uD800", "\uDC00Team"})
  void inBodyStrings(String text) {
    refused("displayName", () -> alice.create(
        new SpaceBuilder().spaceType(dev.tinychat.sample.chat.Space.SpaceType.SPACE)
            .displayName(text).build(), null));
    refused("spaceDetails.description", () -> alice.create(CreateSpace.namedSpace("Team")
        .description(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"spaces/\uD800", "spaces/a\uDC00"})
  void inAPathParameter(String name) {
    refused("name", () -> alice.get(name));
  }
}
