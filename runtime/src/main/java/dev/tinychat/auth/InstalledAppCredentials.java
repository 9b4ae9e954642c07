package dev.tinychat.auth;

import dev.tinychat.json.JsonWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A user's consent, for a program run on the user's machine: the OAuth 2 flow for installed
 * applications with PKCE, as in Google's quickstarts.
 *
 * <p>On the first run it prints the consent address (to standard error unless {@link
 * Builder#out} says otherwise) and hands it to the {@linkplain Builder#browser browser hook},
 * then waits for the browser to come back to a listener on {@code 127.0.0.1}, exchanges the code
 * and saves the tokens to the token file, readable by its owner only. Later runs reuse and
 * refresh the saved tokens without asking, until the scopes asked for are not all granted.
 *
 * <pre>{@code
 * Credentials credentials = InstalledAppCredentials.builder(
 *         Path.of("client_secrets.json"), Path.of("token.json"), List.of(CHAT_SPACES_CREATE))
 *     .browser(uri -> { try { Desktop.getDesktop().browse(uri); } catch (IOException e) {} })
 *     .build();
 * }</pre>
 */
public final class InstalledAppCredentials implements Credentials {
  /** Google's authorization endpoint. */
  static final URI GOOGLE_AUTHORIZATION = URI.create("https://accounts.google.com/o/oauth2/v2/auth");

  private final String clientId;
  private final String clientSecret;
  private final Path tokenFile;
  private final Set<String> scopes;
  private final URI authorizationEndpoint;
  private final URI tokenEndpoint;
  private final int port;
  private final Consumer<URI> browser;
  private final Consumer<String> out;
  private final Duration consentTimeout;
  private final Duration timeout;
  private final Clock clock;
  private final TokenCache cache;
  // What the token file holds; read and written under the cache's lock.
  private String refreshToken;
  private Set<String> granted = Set.of();

  private InstalledAppCredentials(Builder builder) {
    JsonFields file = JsonFields.read(builder.clientSecrets);
    JsonFields client = file.isObject("installed") ? file.object("installed") : file.object("web");
    if (client == null) {
      throw new CredentialsException(
          builder.clientSecrets + ": expected an \"installed\" or \"web\" object (the OAuth client"
              + " file the Google Cloud console downloads) but found " + file.names()
              + ("service_account".equals(file.optString("type"))
                  ? "; this is a service account key: use Credentials.serviceAccount"
                  : ""));
    }
    clientId = client.string("client_id");
    clientSecret = client.string("client_secret");
    tokenFile = builder.tokenFile;
    scopes = scopes(builder.scopes);
    authorizationEndpoint = endpoint(builder.authorizationEndpoint, client, "auth_uri", GOOGLE_AUTHORIZATION);
    tokenEndpoint = endpoint(builder.tokenEndpoint, client, "token_uri", TokenEndpoint.GOOGLE);
    port = builder.port;
    browser = builder.browser;
    out = builder.out;
    consentTimeout = builder.consentTimeout;
    timeout = builder.timeout;
    clock = builder.clock;
    cache = new TokenCache(this::fetch, clock, load(), toString());
  }

  /** Configures the flow for the client in {@code clientSecrets}, saving tokens to {@code tokenFile}. */
  public static Builder builder(Path clientSecrets, Path tokenFile, Collection<String> scopes) {
    return new Builder(clientSecrets, tokenFile, scopes);
  }

  @Override
  public AccessToken token() {
    return cache.token();
  }

  @Override
  public AccessToken refresh() {
    return cache.refresh();
  }

  @Override
  public String toString() {
    return "InstalledAppCredentials{clientId=" + clientId + ", tokenFile=" + tokenFile
        + ", scopes=" + scopes + "}";
  }

  static Set<String> scopes(Collection<String> scopes) {
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("no scopes: name at least one");
    }
    return new LinkedHashSet<>(scopes);
  }

  private static URI endpoint(URI chosen, JsonFields client, String field, URI google) {
    String inFile = client.optString(field);
    return chosen != null ? chosen : inFile != null ? URI.create(inFile) : google;
  }

  /** The saved access token, if the token file grants all scopes asked for. */
  private AccessToken load() {
    if (!Files.exists(tokenFile)) {
      return null;
    }
    try {
      JsonFields saved = JsonFields.read(tokenFile);
      refreshToken = saved.optString("refresh_token");
      String scope = saved.optString("scope");
      granted = scope == null ? Set.of() : TokenEndpoint.scopes(scope);
      String access = saved.optString("access_token");
      Long expiresAt = saved.optLong("expires_at");
      return access == null || access.isEmpty() || !granted.containsAll(scopes)
          ? null
          : new AccessToken(access, expiresAt == null ? null : Instant.ofEpochSecond(expiresAt), granted);
    } catch (CredentialsException e) {
      throw new CredentialsException(
          e.getMessage() + ". Delete " + tokenFile + " to consent again.", null, e);
    }
  }

  private AccessToken fetch() {
    if (refreshToken == null || !granted.containsAll(scopes)) {
      return consent();
    }
    JsonFields answer =
        TokenEndpoint.post(
            tokenEndpoint,
            timeout,
            "The saved refresh token was revoked or has expired: delete " + tokenFile
                + " and run again to consent again.",
            "grant_type", "refresh_token",
            "refresh_token", refreshToken,
            "client_id", clientId,
            "client_secret", clientSecret);
    return save(TokenEndpoint.token(answer, clock, granted), answer);
  }

  private AccessToken consent() {
    SecureRandom random = new SecureRandom();
    String verifier = TokenEndpoint.base64url(bytes(random, 48)); // 64 characters
    String state = TokenEndpoint.base64url(bytes(random, 24));
    String challenge;
    try {
      challenge =
          TokenEndpoint.base64url(
              MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    try (LoopbackReceiver receiver = new LoopbackReceiver(port)) {
      String redirect = receiver.redirectUri();
      URI uri =
          URI.create(
              authorizationEndpoint
                  + (authorizationEndpoint.getRawQuery() == null ? "?" : "&")
                  + TokenEndpoint.form(
                      "response_type", "code",
                      "client_id", clientId,
                      "redirect_uri", redirect,
                      "scope", String.join(" ", scopes),
                      "state", state,
                      "code_challenge", challenge,
                      "code_challenge_method", "S256",
                      "access_type", "offline",
                      "prompt", "consent"));
      out.accept("Open this address in a browser to allow access to " + scopes + ":\n  " + uri);
      try {
        browser.accept(uri);
      } catch (RuntimeException e) {
        out.accept("Could not open a browser (" + e + "): open the address above yourself.");
      }
      String code = receiver.awaitCode(state, consentTimeout, out);
      JsonFields answer =
          TokenEndpoint.post(
              tokenEndpoint,
              timeout,
              "The authorization code was refused: run again to consent again.",
              "grant_type", "authorization_code",
              "code", code,
              "client_id", clientId,
              "client_secret", clientSecret,
              "redirect_uri", redirect,
              "code_verifier", verifier);
      AccessToken token = save(TokenEndpoint.token(answer, clock, scopes), answer);
      if (!granted.containsAll(scopes)) {
        Set<String> missing = new LinkedHashSet<>(scopes);
        missing.removeAll(granted);
        throw new CredentialsException(
            "The consent did not grant " + missing + ": run again and allow all requested access.");
      }
      return token;
    } catch (IOException e) {
      throw new CredentialsException(
          "Could not listen on 127.0.0.1 port " + port + " for the browser: " + e, null, e);
    }
  }

  private static byte[] bytes(SecureRandom random, int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Keeps the granted tokens and writes them to the token file, owner-only, atomically. */
  private AccessToken save(AccessToken token, JsonFields answer) {
    String newRefreshToken = answer.optString("refresh_token");
    if (newRefreshToken != null) {
      refreshToken = newRefreshToken;
    }
    granted = token.scopes();
    JsonWriter json = JsonWriter.create().beginObject().name("access_token").value(token.value());
    if (token.expiresAt() != null) {
      json.name("expires_at").value(token.expiresAt().getEpochSecond());
    }
    if (refreshToken != null) {
      json.name("refresh_token").value(refreshToken);
    }
    byte[] bytes = json.name("scope").value(String.join(" ", granted)).endObject().toByteArray();
    Path dir = tokenFile.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      FileAttribute<?>[] ownerOnly =
          dir.getFileSystem().supportedFileAttributeViews().contains("posix")
              ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
              }
              : new FileAttribute<?>[0];
      Path temp = Files.createTempFile(dir, ".token", ".tmp", ownerOnly);
      try {
        Files.write(temp, bytes);
        try {
          Files.move(temp, tokenFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, tokenFile, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new CredentialsException("Could not save the tokens to " + tokenFile + ": " + e, null, e);
    }
    return token;
  }

  /** Configures {@link InstalledAppCredentials}. */
  public static final class Builder {
    private final Path clientSecrets;
    private final Path tokenFile;
    private final Collection<String> scopes;
    private URI authorizationEndpoint;
    private URI tokenEndpoint;
    private int port;
    private Consumer<URI> browser = uri -> {};
    private Consumer<String> out = System.err::println;
    private Duration consentTimeout = Duration.ofMinutes(5);
    private Duration timeout = TokenEndpoint.TIMEOUT;
    private Clock clock = Clock.systemUTC();

    private Builder(Path clientSecrets, Path tokenFile, Collection<String> scopes) {
      this.clientSecrets = Objects.requireNonNull(clientSecrets, "clientSecrets");
      this.tokenFile = Objects.requireNonNull(tokenFile, "tokenFile");
      this.scopes = List.copyOf(scopes);
    }

    /** The authorization endpoint; by default the client file's {@code auth_uri}, else Google's. */
    public Builder authorizationEndpoint(URI uri) {
      this.authorizationEndpoint = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /** The token endpoint; by default the client file's {@code token_uri}, else Google's. */
    public Builder tokenEndpoint(URI uri) {
      this.tokenEndpoint = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /** The port to listen on for the browser's redirect; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port " + port + " is not in 0..65535");
      }
      this.port = port;
      return this;
    }

    /**
     * Opens the consent address in a browser. By default nothing is opened: the address is only
     * printed to {@link #out}. runtime does not require {@code java.desktop}; a program that may
     * use it passes {@code uri -> Desktop.getDesktop().browse(uri)} (catching the IOException).
     * The hook must not wait for the consent to finish: the redirect is received after it returns.
     */
    public Builder browser(Consumer<URI> browser) {
      this.browser = Objects.requireNonNull(browser, "browser");
      return this;
    }

    /** Where messages for the user go (the consent address); by default standard error. */
    public Builder out(Consumer<String> out) {
      this.out = Objects.requireNonNull(out, "out");
      return this;
    }

    /** How long to wait for the browser to come back after the consent; 5 minutes by default. */
    public Builder consentTimeout(Duration timeout) {
      this.consentTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** How long a token request may take; 30 seconds by default. */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** The clock that tells when tokens expire; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The credentials; reads the client file and the token file now.
     *
     * @throws CredentialsException when a file is missing, malformed or of the wrong shape
     */
    public InstalledAppCredentials build() {
      return new InstalledAppCredentials(this);
    }
  }
}
