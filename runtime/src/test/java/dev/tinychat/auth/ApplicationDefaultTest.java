package dev.tinychat.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationDefaultTest {
  private static final List<String> SCOPES = List.of("https://www.googleapis.com/auth/chat.bot");

  @TempDir Path dir;
  private final FakeTokenServer server = new FakeTokenServer();

  ApplicationDefaultTest() throws Exception {}

  @AfterEach
  void stop() {
    server.close();
  }

  private Path authorizedUser(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(
        file,
        """
        {"account":"","client_id":"764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com",
         "client_secret":"d-FL95Q19q7MQmFpd7hHD0Ty","quota_project_id":"p-1",
         "refresh_token":"1//user-refresh-token","token_uri":"%s","type":"authorized_user","universe_domain":"googleapis.com"}
        """
            .formatted(server.uri()));
  }

  @Test
  void serviceAccountKeyNamedByTheVariable() throws Exception {
    Path key = ServiceAccountCredentialsTest.writeKeyFile(dir, server.uri().toString());

    Credentials credentials =
        CachedCredentials.applicationDefault(SCOPES, Map.of("GOOGLE_APPLICATION_CREDENTIALS", key.toString()));

    assertEquals("robot@project-1.iam.gserviceaccount.com", ((ServiceAccountCredentials) credentials).clientEmail());
    credentials.token();
    assertEquals("urn:ietf:params:oauth:grant-type:jwt-bearer", server.lastForm().get("grant_type"));
  }

  @Test
  void authorizedUserFileNamedByTheVariableUsesItsRefreshToken() throws Exception {
    Path file = authorizedUser(dir.resolve("adc.json"));

    Credentials credentials =
        CachedCredentials.applicationDefault(SCOPES, Map.of("GOOGLE_APPLICATION_CREDENTIALS", file.toString()));
    credentials.token();

    Map<String, String> form = server.lastForm();
    assertEquals("refresh_token", form.get("grant_type"));
    assertEquals("1//user-refresh-token", form.get("refresh_token"));
    assertEquals("d-FL95Q19q7MQmFpd7hHD0Ty", form.get("client_secret"));
  }

  @Test
  void refusedUserRefreshTokenSaysToLogInAgain() throws Exception {
    Path file = authorizedUser(dir.resolve("adc.json"));
    server.answer = form -> FakeTokenServer.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"reauth related error (invalid_rapt)\"}");

    Credentials credentials =
        CachedCredentials.applicationDefault(SCOPES, Map.of("GOOGLE_APPLICATION_CREDENTIALS", file.toString()));
    CredentialsException e = assertThrows(CredentialsException.class, credentials::token);

    assertTrue(
        e.getMessage().endsWith("The refresh token in " + file + " was revoked or has expired: run"
            + " `gcloud auth application-default login` again."),
        e.getMessage());
    Secrets.assertNone(e, "1//user-refresh-token", "d-FL95Q19q7MQmFpd7hHD0Ty");
    Secrets.assertNone(credentials.toString(), "1//user-refresh-token", "d-FL95Q19q7MQmFpd7hHD0Ty");
  }

  @Test
  void withoutTheVariableGcloudsFileInHomeIsUsed() throws Exception {
    authorizedUser(dir.resolve(".config/gcloud/application_default_credentials.json"));

    CachedCredentials.applicationDefault(SCOPES, Map.of("HOME", dir.toString())).token();

    assertEquals("1//user-refresh-token", server.lastForm().get("refresh_token"));
  }

  @Test
  void nothingFoundSaysWhatToDo() {
    CredentialsException e =
        assertThrows(
            CredentialsException.class,
            () -> CachedCredentials.applicationDefault(SCOPES, Map.of("HOME", dir.toString())));

    assertEquals(
        "No application default credentials: set GOOGLE_APPLICATION_CREDENTIALS to a service"
            + " account key file, or run `gcloud auth application-default login` (which writes "
            + dir.resolve(".config/gcloud/application_default_credentials.json") + ")",
        e.getMessage());
  }

  @Test
  void variableNamingAMissingFileIsAClearError() {
    Path missing = dir.resolve("missing.json");

    CredentialsException e =
        assertThrows(
            CredentialsException.class,
            () -> CachedCredentials.applicationDefault(SCOPES, Map.of("GOOGLE_APPLICATION_CREDENTIALS", missing.toString())));

    assertEquals("GOOGLE_APPLICATION_CREDENTIALS names " + missing + ", which does not exist", e.getMessage());
  }

  @Test
  void unsupportedTypeIsNamed() throws Exception {
    Path file = Files.writeString(dir.resolve("adc.json"), "{\"type\":\"external_account\",\"audience\":\"x\"}");

    CredentialsException e =
        assertThrows(
            CredentialsException.class,
            () -> CachedCredentials.applicationDefault(SCOPES, Map.of("GOOGLE_APPLICATION_CREDENTIALS", file.toString())));

    assertEquals(
        file + ": field \"type\" is \"external_account\"; supported are \"service_account\" and \"authorized_user\"",
        e.getMessage());
  }

  @Test
  void authorizedUserWithoutRefreshTokenNamesTheField() throws Exception {
    Path file = Files.writeString(dir.resolve("adc.json"), "{\"type\":\"authorized_user\",\"client_id\":\"c\",\"client_secret\":\"s\"}");

    CredentialsException e =
        assertThrows(
            CredentialsException.class,
            () -> CachedCredentials.applicationDefault(SCOPES, Map.of("GOOGLE_APPLICATION_CREDENTIALS", file.toString())));

    assertEquals(file + ": missing field \"refresh_token\"", e.getMessage());
  }
}
