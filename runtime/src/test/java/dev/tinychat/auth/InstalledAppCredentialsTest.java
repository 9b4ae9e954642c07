package dev.tinychat.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledAppCredentialsTest {
  private static final String CLIENT_ID = "123-abc.apps.googleusercontent.com";
  private static final String CLIENT_SECRET = "GOCSPX-client-secret";
  private static final String CODE = "4/the-authorization-code";
  private static final String SPACES = "https://www.googleapis.com/auth/chat.spaces";
  private static final String MESSAGES = "https://www.googleapis.com/auth/chat.messages";
  private static final URI AUTHORIZE = URI.create("http://127.0.0.1:9/o/oauth2/v2/auth");

  @TempDir Path dir;
  private final FakeTokenServer server = new FakeTokenServer();
  private final TestClock clock = new TestClock(Instant.parse("2025-03-01T10:00:00Z"));
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> printed = new CopyOnWriteArrayList<>();
  private final Browser browser = new Browser();
  private final AtomicInteger issued = new AtomicInteger();

  InstalledAppCredentialsTest() throws Exception {
    // The token endpoint plays Google: a code only with the PKCE verifier of the consent's
    // challenge, a refresh token only with the saved one; it grants what was asked for.
    server.answer =
        form -> {
          int n = issued.incrementAndGet();
          if (form.get("grant_type").equals("authorization_code")) {
            Map<String, String> consent = browser.consents.get(browser.consents.size() - 1);
            boolean valid =
                form.get("code").equals(CODE)
                    && form.get("client_secret").equals(CLIENT_SECRET)
                    && form.get("redirect_uri").equals(consent.get("redirect_uri"))
                    && s256(form.get("code_verifier")).equals(consent.get("code_challenge"));
            return valid
                ? FakeTokenServer.token("access-" + n, 3600, consent.get("scope"), "refresh-" + n)
                : FakeTokenServer.json(400, "{\"error\":\"invalid_grant\"}");
          }
          return form.get("refresh_token").startsWith("refresh-")
              ? FakeTokenServer.token("access-" + n, 3600, null, null)
              : FakeTokenServer.json(400, "{\"error\":\"invalid_grant\"}");
        };
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Plays the user's browser: records each consent address and sends the redirect. */
  private final class Browser implements Consumer<URI> {
    final List<Map<String, String>> consents = new CopyOnWriteArrayList<>();
    final List<HttpResponse<String>> answers = new CopyOnWriteArrayList<>();
    volatile List<Map<String, String>> redirects = null; // null: one with the right code and state
    volatile CompletableFuture<?> sent = CompletableFuture.completedFuture(null);

    /** The answers to the redirects, once all have come. */
    List<HttpResponse<String>> answers() throws Exception {
      sent.get(10, TimeUnit.SECONDS);
      return answers;
    }

    @Override
    public void accept(URI consent) {
      assertEquals(AUTHORIZE.getPath(), consent.getPath());
      Map<String, String> query = FakeTokenServer.parseForm(consent.getRawQuery());
      consents.add(query);
      List<Map<String, String>> planned =
          redirects != null ? redirects : List.of(Map.of("code", CODE, "state", query.get("state")));
      CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
      for (Map<String, String> redirect : planned) {
        String target =
            query.get("redirect_uri") + "?" + OAuth.form(flatten(redirect, query.get("state")));
        chain =
            chain.thenCompose(
                x ->
                    http.sendAsync(
                            HttpRequest.newBuilder(URI.create(target)).build(),
                            HttpResponse.BodyHandlers.ofString())
                        .thenAccept(answers::add));
      }
      sent = chain;
    }
  }

  /** A redirect's query; {@code "STATE"} stands for the consent's real state. */
  private static String[] flatten(Map<String, String> redirect, String state) {
    return redirect.entrySet().stream()
        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue().equals("STATE") ? state : e.getValue()))
        .toArray(String[]::new);
  }

  private static String s256(String verifier) throws Exception {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
  }

  private Path clientSecrets(String shape) throws Exception {
    return Files.writeString(
        dir.resolve("client_secrets.json"),
        """
        {"%s":{"client_id":"%s","project_id":"p-1","auth_uri":"%s","token_uri":"%s",
        "auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs",
        "client_secret":"%s","redirect_uris":["http://localhost"]}}
        """
            .formatted(shape, CLIENT_ID, AUTHORIZE, server.uri(), CLIENT_SECRET));
  }

  private Path tokenFile() {
    return dir.resolve("tokens").resolve("token.json");
  }

  private InstalledAppCredentials credentials(List<String> scopes) throws Exception {
    Path secrets = Files.exists(dir.resolve("client_secrets.json")) ? dir.resolve("client_secrets.json") : clientSecrets("installed");
    return InstalledAppCredentials.builder(secrets, tokenFile(), scopes)
        .browser(browser)
        .out(printed::add)
        .clock(clock)
        .consentTimeout(Duration.ofSeconds(20))
        .build();
  }

  @Test
  void firstRunAsksConsentWithPkceAndSavesTheTokensForTheOwnerOnly() throws Exception {
    AccessToken token = credentials(List.of(SPACES, MESSAGES)).token();

    assertEquals("access-1", token.value());
    assertEquals(clock.instant().plusSeconds(3600), token.expiresAt());
    Map<String, String> consent = browser.consents.get(0);
    assertEquals(CLIENT_ID, consent.get("client_id"));
    assertEquals("code", consent.get("response_type"));
    assertTrue(consent.get("redirect_uri").matches("http://127\\.0\\.0\\.1:\\d+/"), consent.get("redirect_uri"));
    assertEquals(SPACES + " " + MESSAGES, consent.get("scope"));
    assertEquals("S256", consent.get("code_challenge_method"));
    assertEquals(43, consent.get("code_challenge").length());
    assertTrue(consent.get("state").length() >= 22);
    assertEquals("offline", consent.get("access_type"));
    assertEquals("consent", consent.get("prompt"));
    Map<String, String> exchange = server.lastForm();
    assertEquals("authorization_code", exchange.get("grant_type"));
    assertEquals(CLIENT_ID, exchange.get("client_id"));
    String verifier = exchange.get("code_verifier");
    assertTrue(verifier.length() >= 43 && verifier.length() <= 128 && verifier.matches("[A-Za-z0-9._~-]+"));
    assertEquals(consent.get("code_challenge"), s256(verifier));
    assertEquals(200, browser.answers().get(0).statusCode());
    assertTrue(browser.answers().get(0).body().contains("Access granted"));
    assertTrue(printed.get(0).contains(AUTHORIZE + "?"), printed.get(0));
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(tokenFile()));
    OAuth saved = OAuth.read(tokenFile());
    assertEquals("access-1", saved.optString("access_token"));
    assertEquals("refresh-1", saved.optString("refresh_token"));
    assertEquals(Set.of(SPACES, MESSAGES), OAuth.scopes(saved.optString("scope")));
    assertEquals(token.expiresAt().getEpochSecond(), saved.optSeconds("expires_at"));
    try (var files = Files.list(tokenFile().getParent())) {
      assertEquals(List.of(tokenFile()), files.toList());
    }
  }

  @Test
  void laterRunReusesTheTokenFileWithoutConsent() throws Exception {
    credentials(List.of(SPACES)).token();

    AccessToken token = credentials(List.of(SPACES)).token();

    assertEquals("access-1", token.value());
    assertEquals(1, browser.consents.size());
    assertEquals(1, server.requests());
  }

  @Test
  void expiredTokenInTheFileIsRefreshedWithoutConsent() throws Exception {
    credentials(List.of(SPACES)).token();
    clock.advance(Duration.ofHours(2));

    AccessToken token = credentials(List.of(SPACES)).token();

    assertEquals("access-2", token.value());
    assertEquals(1, browser.consents.size());
    Map<String, String> refresh = server.lastForm();
    assertEquals("refresh_token", refresh.get("grant_type"));
    assertEquals("refresh-1", refresh.get("refresh_token"));
    assertEquals(CLIENT_SECRET, refresh.get("client_secret"));
    OAuth saved = OAuth.read(tokenFile());
    assertEquals("access-2", saved.optString("access_token"));
    assertEquals("refresh-1", saved.optString("refresh_token"));
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(tokenFile()));
  }

  @Test
  void scopeNotGrantedYetAsksConsentAgain() throws Exception {
    credentials(List.of(SPACES)).token();

    AccessToken token = credentials(List.of(SPACES, MESSAGES)).token();

    assertEquals("access-2", token.value());
    assertEquals(2, browser.consents.size());
    assertEquals(SPACES + " " + MESSAGES, browser.consents.get(1).get("scope"));
    assertEquals(Set.of(SPACES, MESSAGES), OAuth.scopes(OAuth.read(tokenFile()).optString("scope")));
  }

  @Test
  void consentGrantingFewerScopesIsAClearError() throws Exception {
    server.answer = form -> FakeTokenServer.token("access-1", 3600, SPACES, "refresh-1");

    CredentialsException e =
        assertThrows(CredentialsException.class, credentials(List.of(SPACES, MESSAGES))::token);

    assertEquals(
        "The consent did not grant [" + MESSAGES + "]: run again and allow all requested access.",
        e.getMessage());
  }

  @Test
  void redirectWithAWrongStateIsRefusedAndTheListenerKeepsWaiting() throws Exception {
    browser.redirects =
        List.of(Map.of("code", "forged-code", "state", "not-the-state"), Map.of("code", CODE, "state", "STATE"));

    AccessToken token = credentials(List.of(SPACES)).token();

    assertEquals("access-1", token.value());
    assertEquals(400, browser.answers().get(0).statusCode());
    assertTrue(browser.answers().get(0).body().contains("wrong state"), browser.answers().get(0).body());
    assertEquals(200, browser.answers().get(1).statusCode());
    assertEquals(CODE, server.lastForm().get("code"));
    assertEquals(1, server.requests());
    assertTrue(printed.stream().anyMatch(line -> line.startsWith("Refused a redirect to http://127.0.0.1:")));
  }

  @Test
  void deniedConsentIsAClearError() throws Exception {
    browser.redirects = List.of(Map.of("error", "access_denied", "state", "STATE"));

    CredentialsException e = assertThrows(CredentialsException.class, credentials(List.of(SPACES))::token);

    assertEquals("Consent was not given: the authorization server answered access_denied", e.getMessage());
    assertEquals("access_denied", e.error());
    assertEquals(0, server.requests());
    assertFalse(Files.exists(tokenFile()));
  }

  @Test
  void noRedirectInTimeIsAClearError() throws Exception {
    browser.redirects = List.of();
    InstalledAppCredentials credentials =
        InstalledAppCredentials.builder(clientSecrets("installed"), tokenFile(), List.of(SPACES))
            .browser(browser)
            .out(printed::add)
            .consentTimeout(Duration.ofMillis(300))
            .build();

    CredentialsException e = assertThrows(CredentialsException.class, credentials::token);

    assertTrue(e.getMessage().matches("No answer from the browser reached http://127\\.0\\.0\\.1:\\d+/ within PT0\\.3S:"
        + " run again and complete the consent in the browser"), e.getMessage());
  }

  @Test
  void failingBrowserHookStillLetsTheUserOpenTheAddress() throws Exception {
    InstalledAppCredentials credentials =
        InstalledAppCredentials.builder(clientSecrets("installed"), tokenFile(), List.of(SPACES))
            .browser(uri -> {
              browser.accept(uri);
              throw new UnsupportedOperationException("no desktop");
            })
            .out(printed::add)
            .build();

    assertEquals("access-1", credentials.token().value());
    assertEquals(
        "The browser hook failed (java.lang.UnsupportedOperationException: no desktop); open the"
            + " address above yourself.",
        printed.get(1));
  }

  @Test
  void webClientSecretsAreReadToo() throws Exception {
    clientSecrets("web");

    assertEquals("access-1", credentials(List.of(SPACES)).token().value());
    assertEquals(CLIENT_ID, browser.consents.get(0).get("client_id"));
  }

  @Test
  void invalidGrantOnRefreshSaysToDeleteTheTokenFileWithoutSecrets() throws Exception {
    credentials(List.of(SPACES)).token();
    clock.advance(Duration.ofHours(2));
    server.answer =
        form -> FakeTokenServer.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}");

    CredentialsException e = assertThrows(CredentialsException.class, credentials(List.of(SPACES))::token);

    assertEquals(
        "The token endpoint " + server.uri() + " answered HTTP 400: invalid_grant (Token has been"
            + " expired or revoked.). The saved refresh token was revoked or has expired: delete "
            + tokenFile() + " and run again to consent again.",
        e.getMessage());
    Secrets.assertNone(e, CLIENT_SECRET, "refresh-1", "access-1");
    Secrets.assertNone(String.join("\n", printed), CLIENT_SECRET, "refresh-1", "access-1");
  }

  @Test
  void toStringShowsNoSecret() throws Exception {
    InstalledAppCredentials credentials = credentials(List.of(SPACES));
    credentials.token();

    assertEquals(
        "InstalledAppCredentials{clientId=" + CLIENT_ID + ", tokenFile=" + tokenFile() + ", scopes=[" + SPACES + "]}",
        credentials.toString());
  }

  @Test
  void clientSecretsOfTheWrongShapeAreClearErrors() throws Exception {
    Path file = dir.resolve("client_secrets.json");
    Files.writeString(file, ServiceAccountCredentialsTest.keyFile("-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----", "x"));
    CredentialsException e = assertThrows(CredentialsException.class, () -> credentials(List.of(SPACES)));
    assertTrue(e.getMessage().startsWith(file + ": expected an \"installed\" or \"web\" object (the OAuth client file the Google Cloud console downloads) but found [type, project_id, "), e.getMessage());
    Secrets.assertNone(e, "MIIE");

    Files.writeString(file, "{\"installed\":{\"client_id\":\"" + CLIENT_ID + "\"}}");
    e = assertThrows(CredentialsException.class, () -> credentials(List.of(SPACES)));
    assertEquals(file + ": missing field \"installed.client_secret\"", e.getMessage());

    Files.writeString(file, "{\"web\":{\"client_id\":\"\",\"client_secret\":\"" + CLIENT_SECRET + "\"}}");
    e = assertThrows(CredentialsException.class, () -> credentials(List.of(SPACES)));
    assertEquals(file + ": missing field \"web.client_id\"", e.getMessage());

    Files.writeString(file, "{\"installed\":\"" + CLIENT_SECRET + "\"}");
    e = assertThrows(CredentialsException.class, () -> credentials(List.of(SPACES)));
    assertTrue(e.getMessage().endsWith(" but found [installed]"), e.getMessage());
    Secrets.assertNone(e, CLIENT_SECRET);

    Files.writeString(file, "[\"" + CLIENT_SECRET + "\"]");
    e = assertThrows(CredentialsException.class, () -> credentials(List.of(SPACES)));
    assertEquals(file + " is not a JSON object", e.getMessage());
  }

  @Test
  void corruptTokenFileSaysToDeleteIt() throws Exception {
    Files.createDirectories(tokenFile().getParent());
    Files.writeString(tokenFile(), "{\"access_token\": \"access-9\", ");

    CredentialsException e = assertThrows(CredentialsException.class, () -> credentials(List.of(SPACES)));

    assertTrue(e.getMessage().startsWith(tokenFile() + " is not valid JSON (syntax error at line 1"), e.getMessage());
    assertTrue(e.getMessage().endsWith(". Delete " + tokenFile() + " to consent again."), e.getMessage());
    Secrets.assertNone(e, "access-9");
  }
}
