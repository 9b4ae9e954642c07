package dev.tinychat.http;

import static dev.tinychat.http.TestServer.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ApiRequest.Builder#buildEmpty}: an empty answer is no body or an object, nothing else. */
class EmptyAnswerTest extends OnLoopback {
  private static ApiRequest.Builder delete() {
    return ApiRequest.delete("/v1/{name}").pathParam("name", "spaces/A");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{}", " {\n} \n", "{\"a\":[1,{\"b\":null}],\"c\":\"x\"}"})
  void noBodyOrAnObjectIsTheDeclaredAnswer(String body) {
    Object answer = new Object();
    server.then(reply(200, body), reply(200, body));
    assertSame(answer, transport.send(delete().buildEmpty(answer)));
    assertNull(transport.send(delete().build()));
  }

  @Test
  void noContentIsAnEmptyAnswerSyncAndAsync() throws Exception {
    server.then(reply(204, ""), reply(204, ""));
    assertNull(transport.send(delete().build()));
    assertEquals("done",
        transport.sendAsync(delete().buildEmpty("done")).get(10, TimeUnit.SECONDS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "null", "\"ok\"", "OK", "{} {}", "{"})
  void anythingElseIsAnInvalidResponse(String body) {
    server.then(reply(200, body), reply(200, body));
    InvalidResponseException e =
        assertThrows(InvalidResponseException.class, () -> transport.send(delete().build()));
    assertEquals(200, e.httpStatus());
    assertEquals("DELETE /v1/spaces/A: the HTTP 200 response is not the expected JSON: ",
        e.getMessage().substring(0, e.getMessage().indexOf("JSON: ") + 6));
    CompletionException async = assertThrows(CompletionException.class,
        () -> transport.sendAsync(delete().buildEmpty("x")).join());
    assertInstanceOf(InvalidResponseException.class, async.getCause());
  }

  @Test
  void aResourceAnswerStillNeedsABody() {
    server.then(reply(204, ""));
    InvalidResponseException e = assertThrows(InvalidResponseException.class,
        () -> transport.send(delete().build(TransportTest::readName)));
    assertEquals("DELETE /v1/spaces/A: the HTTP 204 response is not the expected JSON: "
        + "Expected a value but was end of input at line 1 column 1 path $", e.getMessage());
  }
}
