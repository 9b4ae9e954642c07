package dev.tinychat.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceAccountCredentialsTest {
  private static final String EMAIL = "robot@project-1.iam.gserviceaccount.com";
  private static final String KEY_ID = "3f1c0a9b8d";
  private static final List<String> SCOPES =
      List.of("https://www.googleapis.com/auth/chat.bot", "https://www.googleapis.com/auth/chat.spaces");
  private static final KeyPair KEYS = generate();

  @TempDir Path dir;
  private final FakeTokenServer server = new FakeTokenServer();
  private final TestClock clock = new TestClock(Instant.parse("2025-03-01T10:00:00Z"));
  // What the fake endpoint found in the assertion it received.
  private final AtomicReference<OAuth> header = new AtomicReference<>();
  private final AtomicReference<OAuth> claims = new AtomicReference<>();
  private final AtomicReference<Boolean> signatureValid = new AtomicReference<>();

  ServiceAccountCredentialsTest() throws Exception {
    server.answer =
        form -> {
          String[] jwt = form.get("assertion").split("\\.");
          Signature verifier = Signature.getInstance("SHA256withRSA");
          verifier.initVerify(KEYS.getPublic());
          verifier.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
          signatureValid.set(verifier.verify(Base64.getUrlDecoder().decode(jwt[2])));
          header.set(OAuth.parse(Base64.getUrlDecoder().decode(jwt[0]), "header"));
          claims.set(OAuth.parse(Base64.getUrlDecoder().decode(jwt[1]), "claims"));
          return FakeTokenServer.token("sa-token", 3599, null, null);
        };
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String pem(KeyPair keys) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(keys.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  /** A key file as the Cloud console writes it, with {@code privateKey} as the key. */
  static String keyFile(String privateKey, String tokenUri) {
    return """
        {
          "type": "service_account",
          "project_id": "project-1",
          "private_key_id": "%s",
          "private_key": "%s",
          "client_email": "%s",
          "client_id": "1234567890",
          "auth_uri": "https://accounts.google.com/o/oauth2/auth",
          "token_uri": "%s",
          "universe_domain": "googleapis.com"
        }
        """
        .formatted(KEY_ID, privateKey.replace("\n", "\\n"), EMAIL, tokenUri);
  }

  static Path writeKeyFile(Path dir, String tokenUri) throws Exception {
    return Files.writeString(dir.resolve("key.json"), keyFile(pem(KEYS), tokenUri));
  }

  @Test
  void signsAJwtTheEndpointVerifiesWithThePublicKey() throws Exception {
    Path keyFile = writeKeyFile(dir, server.uri().toString());
    ServiceAccountCredentials credentials =
        ServiceAccountCredentials.read(keyFile, SCOPES, clock).withSubject("ann@example.com");

    AccessToken token = credentials.token();

    assertEquals("sa-token", token.value());
    assertEquals(clock.instant().plusSeconds(3599), token.expiresAt());
    assertEquals(Set.copyOf(SCOPES), token.scopes());
    assertEquals("urn:ietf:params:oauth:grant-type:jwt-bearer", server.lastForm().get("grant_type"));
    assertTrue(signatureValid.get());
    assertEquals("RS256", header.get().optString("alg"));
    assertEquals("JWT", header.get().optString("typ"));
    assertEquals(KEY_ID, header.get().optString("kid"));
    OAuth jwt = claims.get();
    assertEquals(EMAIL, jwt.optString("iss"));
    assertEquals(String.join(" ", SCOPES), jwt.optString("scope"));
    assertEquals(server.uri().toString(), jwt.optString("aud"));
    assertEquals(clock.instant().getEpochSecond(), jwt.optSeconds("iat"));
    assertEquals(clock.instant().getEpochSecond() + 3600, jwt.optSeconds("exp"));
    assertEquals("ann@example.com", jwt.optString("sub"));
    assertEquals(EMAIL, credentials.clientEmail());
  }

  @Test
  void withoutSubjectTheJwtHasNone() throws Exception {
    Credentials credentials = Credentials.serviceAccount(writeKeyFile(dir, server.uri().toString()), SCOPES);

    credentials.token();

    assertTrue(signatureValid.get());
    assertNull(claims.get().optString("sub"));
    assertFalse(claims.get().names().contains("sub"));
  }

  @Test
  void aNewJwtIsSignedAheadOfExpiry() throws Exception {
    ServiceAccountCredentials credentials =
        ServiceAccountCredentials.read(writeKeyFile(dir, server.uri().toString()), SCOPES, clock);
    credentials.token();
    clock.advance(java.time.Duration.ofSeconds(3599).minus(CachedCredentials.MARGIN));

    credentials.token();

    assertEquals(2, server.requests());
    assertEquals(clock.instant().getEpochSecond(), claims.get().optSeconds("iat"));
  }

  @Test
  void toStringShowsNoKey() throws Exception {
    Credentials credentials = Credentials.serviceAccount(writeKeyFile(dir, server.uri().toString()), SCOPES);

    assertEquals(
        "ServiceAccountCredentials{clientEmail=" + EMAIL + ", keyFile=" + dir.resolve("key.json")
            + ", scopes=" + SCOPES + "}",
        credentials.toString());
  }

  @Test
  void invalidGrantSaysWhatToCheckWithoutTheAssertion() throws Exception {
    server.answer =
        form -> FakeTokenServer.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}");
    Path keyFile = writeKeyFile(dir, server.uri().toString());

    CredentialsException e =
        assertThrows(CredentialsException.class, Credentials.serviceAccount(keyFile, SCOPES)::token);

    assertEquals(
        "The token endpoint " + server.uri() + " answered HTTP 400: invalid_grant (Invalid JWT"
            + " Signature.). Check that key " + KEY_ID + " of " + EMAIL + " (" + keyFile
            + ") was not deleted and that this machine's clock is right.",
        e.getMessage());
    String assertion = server.lastForm().get("assertion");
    Secrets.assertNone(e, assertion, assertion.split("\\.")[2], pemBody());
  }

  private static String pemBody() {
    return Base64.getEncoder().encodeToString(KEYS.getPrivate().getEncoded()).substring(100, 140);
  }

  private CredentialsException malformed(String content) throws Exception {
    Path keyFile = Files.writeString(dir.resolve("key.json"), content);
    CredentialsException e =
        assertThrows(CredentialsException.class, () -> Credentials.serviceAccount(keyFile, SCOPES));
    Secrets.assertNone(e, pemBody());
    assertEquals(0, server.requests());
    return e;
  }

  @Test
  void keyFileThatIsNotJsonIsAClearError() throws Exception {
    CredentialsException e = malformed("-----BEGIN PRIVATE KEY-----\n" + pemBody());

    assertTrue(e.getMessage().startsWith(dir.resolve("key.json") + " is not valid JSON (syntax error at line 1"), e.getMessage());
  }

  @Test
  void keyFieldsMissingAreNamed() throws Exception {
    String good = keyFile(pem(KEYS), server.uri().toString());
    assertEquals(
        dir.resolve("key.json") + ": missing field \"client_email\"",
        malformed(good.replace("\"client_email\"", "\"email\"")).getMessage());
    assertEquals(
        dir.resolve("key.json") + ": missing field \"private_key\"",
        malformed(good.replace("\"private_key\"", "\"key\"")).getMessage());
    assertEquals(
        dir.resolve("key.json") + ": field \"client_email\" must be a string",
        malformed(good.replace("\"" + EMAIL + "\"", "42")).getMessage());
  }

  @Test
  void fileOfAnotherKindIsNamed() throws Exception {
    assertEquals(
        dir.resolve("key.json") + ": missing field \"type\"",
        malformed("{\"installed\":{\"client_id\":\"x\",\"client_secret\":\"y\"}}").getMessage());
    assertEquals(
        dir.resolve("key.json") + ": field \"type\" is \"authorized_user\", expected \"service_account\"",
        malformed("{\"type\":\"authorized_user\",\"refresh_token\":\"r\"}").getMessage());
  }

  @Test
  void privateKeyThatIsNotPkcs8PemIsNamed() throws Exception {
    String expected =
        dir.resolve("key.json") + ": field \"private_key\" is not an RSA private key in PKCS#8 PEM"
            + " (-----BEGIN PRIVATE KEY-----)";
    String pkcs1 = pem(KEYS).replace("BEGIN PRIVATE", "BEGIN RSA PRIVATE").replace("END PRIVATE", "END RSA PRIVATE");
    assertEquals(expected, malformed(keyFile(pkcs1, "http://127.0.0.1:1/token")).getMessage());
    String truncated = pem(KEYS).substring(0, 300) + "\n-----END PRIVATE KEY-----\n";
    assertEquals(expected, malformed(keyFile(truncated, "http://127.0.0.1:1/token")).getMessage());
  }

  @Test
  void missingKeyFileIsNamed() {
    Path missing = dir.resolve("nowhere.json");

    CredentialsException e =
        assertThrows(CredentialsException.class, () -> Credentials.serviceAccount(missing, SCOPES));

    assertEquals(missing + " does not exist", e.getMessage());
  }
}
