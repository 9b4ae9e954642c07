package dev.tinychat.http;

import static dev.tinychat.Hostile.assertNoSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tinychat.auth.Credentials;
import dev.tinychat.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided fuzzing of the error-body parser (Jazzer; the committed inputs under
 * src/test/resources/dev/tinychat/http/ErrorBodyFuzzTestInputs run in every build). Invariants:
 * any body makes an {@link ApiException} (never another exception) with the HTTP status, a
 * canonical status, and details that are a JSON array or empty; no text of it holds the token,
 * however the body echoes it ({@code $T} in the input stands for the token).
 */
class ErrorBodyFuzzTest {
  static final String TOKEN = "ya29.fuzz-access-token-0123456789abcdefghijklmnopqrstuvwxyz";
  /** Built once: no I/O happens here, the call only parses. */
  private static final Transport TRANSPORT = Transport.builder().baseUrl("http://127.0.0.1:9")
      .credentials(Credentials.ofToken(TOKEN)).build();

  @FuzzTest(maxDuration = "10m")
  void errorBody(FuzzedDataProvider data) {
    int status = data.consumeInt(300, 599);
    byte[] body = new String(data.consumeRemainingAsBytes(), StandardCharsets.ISO_8859_1)
        .replace("$T", TOKEN).getBytes(StandardCharsets.ISO_8859_1);
    Call<Void> call = new Call<>(TRANSPORT, ApiRequest.get("/v1/x").build());
    call.next(); // takes the token, as an attempt does
    ApiException e = call.error(status, body);
    assertEquals(status, e.httpStatus());
    assertNotNull(e.status());
    if (!e.details().isEmpty()) {
      JsonReader details = JsonReader.of(e.details());
      details.beginArray();
      while (details.hasNext()) {
        details.skipValue();
      }
      details.endArray();
      details.endDocument();
    }
    assertNoSecret(e, List.of(e.statusText(), e.errorMessage(), e.details(),
        String.valueOf(e.reason())), TOKEN);
  }
}
