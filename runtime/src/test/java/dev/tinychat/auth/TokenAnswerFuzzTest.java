package dev.tinychat.auth;

import static dev.tinychat.Hostile.assertNoSecret;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tinychat.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Coverage-guided fuzzing of the token endpoint's answer parser (Jazzer; the committed inputs
 * under src/test/resources/dev/tinychat/auth/TokenAnswerFuzzTestInputs run in every build).
 * Invariants: an answer is a token or a {@link CredentialsException}, nothing else; no message
 * holds a secret the client sent, however the answer echoes it ({@code $R}, {@code $S} and
 * {@code $A} in the input stand for the refresh token, the client secret and the assertion).
 */
class TokenAnswerFuzzTest {
  static final String REFRESH_TOKEN = "1//fuzz-refresh-token-0123456789";
  static final String CLIENT_SECRET = "GOCSPX-fuzz-client-secret";
  static final String ASSERTION = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJmdXp6In0.c2lnbmF0dXJlLW9mLWZ1enoK";
  static final String SIGNATURE = ASSERTION.substring(ASSERTION.lastIndexOf('.') + 1);
  private static final TestClock CLOCK = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));

  @FuzzTest(maxDuration = "10m")
  void answer(FuzzedDataProvider data) {
    int status = data.pickValue(new int[] {200, 201, 204, 400, 401, 403, 500, 503});
    String contentType = data.consumeBoolean() ? "application/json" : null;
    byte[] body = new String(data.consumeRemainingAsBytes(), StandardCharsets.ISO_8859_1)
        .replace("$R", REFRESH_TOKEN).replace("$S", CLIENT_SECRET).replace("$A", ASSERTION)
        .getBytes(StandardCharsets.ISO_8859_1);
    try {
      OAuth answer = OAuth.answer("The token endpoint answered HTTP " + status, status,
          contentType, body, "hint", REFRESH_TOKEN, REFRESH_TOKEN, CLIENT_SECRET, CLIENT_SECRET,
          ASSERTION, SIGNATURE);
      AccessToken token = answer.token(CLOCK, Set.of("scope-1"));
      assertFalse(token.value().isEmpty());
      assertTrue(token.expiresAt() == null || !token.expiresAt().isBefore(CLOCK.instant()));
      assertNoSecret(new AssertionError(token.toString()), List.of(), REFRESH_TOKEN,
          CLIENT_SECRET, ASSERTION, SIGNATURE);
    } catch (CredentialsException e) {
      assertNoSecret(e, List.of(String.valueOf(e.error())), REFRESH_TOKEN, CLIENT_SECRET,
          ASSERTION, SIGNATURE);
    }
  }
}
