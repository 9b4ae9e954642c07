package dev.tinychat.auth;

import dev.tinychat.json.JsonWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A user's consent, for a program run on the user's machine: the OAuth 2 flow for installed
 * applications with PKCE, as in Google's quickstarts.
 *
 * <p>The first run prints the consent address ({@link Builder#out}, standard error by default),
 * hands it to the {@linkplain Builder#browser browser hook}, waits for the browser to come back to
 * a listener on {@code 127.0.0.1}, exchanges the code and saves the tokens to the token file,
 * readable by its owner only. Later runs reuse and refresh the saved tokens without asking, until
 * a scope asked for is not among those granted: then consent is asked again.
 *
 * <pre>{@code
 * Credentials credentials = InstalledAppCredentials.builder(
 *         Path.of("client_secrets.json"), Path.of("token.json"), List.of(CHAT_SPACES_CREATE))
 *     .browser(uri -> { try { Desktop.getDesktop().browse(uri); } catch (IOException e) {} })
 *     .build();
 * }</pre>
 */
public final class InstalledAppCredentials extends CachedCredentials {
  private final Path tokenFile;
  private final Set<String> scopes;
  private final URI authorizationEndpoint;
  private final Builder options;
  // What the token file holds (and the inherited refreshToken); changed under the cache's lock.
  private Set<String> granted = Set.of();

  private InstalledAppCredentials(Builder builder) {
    super(builder.clock, null);
    options = builder;
    OAuth file = OAuth.read(builder.clientSecrets);
    OAuth client = file.isObject("installed") ? file.object("installed") : file.object("web");
    if (client == null) {
      throw new CredentialsException(
          builder.clientSecrets + ": expected an \"installed\" or \"web\" object (the OAuth client"
              + " file the Google Cloud console downloads) but found " + file.names());
    }
    clientId = client.string("client_id");
    clientSecret = client.string("client_secret");
    tokenFile = builder.tokenFile;
    scopes = OAuth.scopes(builder.scopes);
    String authUri = client.optString("auth_uri");
    String tokenUri = client.optString("token_uri");
    authorizationEndpoint =
        builder.authorizationEndpoint != null ? builder.authorizationEndpoint
            : URI.create(authUri != null ? authUri : "https://accounts.google.com/o/oauth2/v2/auth");
    endpoint =
        builder.tokenEndpoint != null ? builder.tokenEndpoint
            : tokenUri != null ? URI.create(tokenUri) : OAuth.GOOGLE;
    hint = "The saved refresh token was revoked or has expired: delete " + tokenFile
        + " and run again to consent again.";
    if (Files.exists(tokenFile)) {
      try {
        OAuth saved = OAuth.read(tokenFile);
        refreshToken = saved.optString("refresh_token");
        granted = OAuth.scopes(Objects.toString(saved.optString("scope"), ""));
        String access = saved.optString("access_token");
        Long expiresAt = saved.optSeconds("expires_at");
        if (access != null && !access.isEmpty() && granted.containsAll(scopes)) {
          current = new AccessToken(access, expiresAt == null ? null : Instant.ofEpochSecond(expiresAt), granted);
        }
      } catch (CredentialsException e) {
        throw new CredentialsException(e.getMessage() + ". Delete " + tokenFile + " to consent again.");
      }
    }
  }

  /** Configures the flow for the client in {@code clientSecrets}, saving tokens to {@code tokenFile}. */
  public static Builder builder(Path clientSecrets, Path tokenFile, Collection<String> scopes) {
    return new Builder(clientSecrets, tokenFile, scopes);
  }

  @Override
  public String toString() {
    return "InstalledAppCredentials{clientId=" + clientId + ", tokenFile=" + tokenFile
        + ", scopes=" + scopes + "}";
  }

  @Override
  AccessToken fetch() {
    if (refreshToken != null && granted.containsAll(scopes)) {
      return save(refreshGrant(), granted);
    }
    SecureRandom random = new SecureRandom();
    byte[] bytes = new byte[48];
    random.nextBytes(bytes);
    String verifier = OAuth.base64url(bytes); // 64 characters
    random.nextBytes(bytes);
    String state = OAuth.base64url(bytes);
    try (ServerSocket server =
        new ServerSocket(options.port, 16, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
      String redirect = "http://127.0.0.1:" + server.getLocalPort() + "/";
      URI uri =
          URI.create(
              authorizationEndpoint + (authorizationEndpoint.getRawQuery() == null ? "?" : "&")
                  + OAuth.form(
                      "response_type", "code",
                      "client_id", clientId,
                      "redirect_uri", redirect,
                      "scope", String.join(" ", scopes),
                      "state", state,
                      "code_challenge",
                      OAuth.base64url(
                          MessageDigest.getInstance("SHA-256")
                              .digest(verifier.getBytes(StandardCharsets.US_ASCII))),
                      "code_challenge_method", "S256",
                      "access_type", "offline",
                      "prompt", "consent"));
      say("Open this address in a browser to allow access to " + scopes + ":\n  " + uri);
      try {
        if (options.browser != null) {
          options.browser.accept(uri);
        }
      } catch (RuntimeException e) { // the address is printed: the user can still open it
        say("The browser hook failed (" + e + "); open the address above yourself.");
      }
      String code = awaitCode(server, redirect, state);
      AccessToken token =
          save(
              OAuth.post(
                  endpoint,
                  "The authorization code was refused: run again to consent again.",
                  "grant_type", "authorization_code",
                  "code", code,
                  "client_id", clientId,
                  "client_secret", clientSecret,
                  "redirect_uri", redirect,
                  "code_verifier", verifier),
              scopes);
      Set<String> missing = new LinkedHashSet<>(scopes);
      missing.removeAll(granted);
      if (!missing.isEmpty()) {
        throw new CredentialsException(
            "The consent did not grant " + missing + ": run again and allow all requested access.");
      }
      return token;
    } catch (IOException | GeneralSecurityException e) {
      throw new CredentialsException(
          "Could not wait for the browser on 127.0.0.1 port " + options.port + ": " + e, null, e);
    }
  }

  /**
   * The code of the first redirect to {@code server} with this state. Each connection is answered
   * on a thread of its own (at most 16 at a time), so that an idle or slow one does not hold up
   * the browser's: its request line and headers must arrive within 10 seconds and 8 KiB, else it
   * is dropped. A redirect with another state is refused (HTTP 400) and the wait goes on, since it
   * may come from another page than the consent in progress.
   */
  private String awaitCode(ServerSocket server, String redirect, String state) {
    CompletableFuture<String> code = new CompletableFuture<>();
    Semaphore open = new Semaphore(16);
    Thread acceptor = new Thread(() -> {
      try {
        while (true) {
          Socket socket = server.accept();
          if (open.tryAcquire()) {
            daemon(() -> {
              answer(socket, redirect, state, code);
              open.release();
            });
          } else {
            socket.close();
          }
        }
      } catch (IOException closed) {
        // the wait is over
      }
    });
    daemon(acceptor);
    try {
      return code.get(options.consentTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new CredentialsException(
          "No answer from the browser reached " + redirect + " within " + options.consentTimeout
              + ": run again and complete the consent in the browser");
    } catch (ExecutionException e) {
      throw (CredentialsException) e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CredentialsException("Interrupted while waiting for the browser", null, e);
    } finally {
      try {
        server.close();
      } catch (IOException e) {
        // closed anyway
      }
    }
  }

  private static void daemon(Runnable task) {
    Thread thread = task instanceof Thread ? (Thread) task : new Thread(task);
    thread.setDaemon(true);
    thread.start();
  }

  /** Reads one request and answers a small page; completes {@code code} if it is the redirect. */
  private void answer(Socket socket, String redirect, String state, CompletableFuture<String> code) {
    try (socket) {
      long deadline = System.nanoTime() + 10_000_000_000L;
      byte[] head = new byte[8192];
      String text = "";
      for (int n = 0; !text.contains("\r\n\r\n") && !text.contains("\n\n"); ) {
        int left = (int) ((deadline - System.nanoTime()) / 1_000_000);
        socket.setSoTimeout(Math.max(1, left));
        int read = left > 0 && n < head.length ? socket.getInputStream().read(head, n, head.length - n) : -1;
        if (read < 0) {
          return; // too slow, too long or closed: dropped
        }
        n += read;
        text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
      }
      String target = text.split(" ")[1];
      Map<String, String> query = new HashMap<>();
      for (String pair : target.substring(target.indexOf('?') + 1).split("&")) {
        int eq = pair.indexOf('=');
        if (target.contains("?") && eq > 0) {
          query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      String found = query.get("code");
      String error = query.get("error");
      int status = 200;
      String page = "Access granted. You can close this window.";
      if (found == null && error == null) {
        status = 404;
        page = "Nothing here.";
      } else if (!state.equals(query.get("state"))) {
        status = 400;
        page = "Refused: this is no answer to the sign-in in progress (wrong state).";
        say("Refused a redirect to " + redirect + " with a wrong state; still waiting.");
      } else if (error != null) {
        page = "Access was not granted. You can close this window.";
      }
      byte[] body =
          ("<!doctype html><meta charset=utf-8><title>Sign-in</title><p>" + page).getBytes(StandardCharsets.UTF_8);
      socket.getOutputStream().write(
          ("HTTP/1.1 " + status + " \r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                  + body.length + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(body);
      if (status == 200 && error != null) {
        code.completeExceptionally(new CredentialsException(
            "Consent was not given: the authorization server answered "
                + (error.matches("[\\w.-]{1,64}") ? error : "an error"),
            error,
            null));
      } else if (status == 200) {
        code.complete(found);
      }
    } catch (IOException | RuntimeException e) {
      // a broken or malformed request is dropped
    }
  }

  /** Tells the user, through {@link Builder#out}. */
  private void say(String message) {
    if (options.out != null) {
      options.out.accept(message);
    } else {
      System.err.println(message);
    }
  }

  /** Keeps the granted tokens and writes them to the token file, owner-only, atomically. */
  private AccessToken save(OAuth answer, Set<String> asked) {
    AccessToken token = answer.token(clock, asked);
    String newRefreshToken = answer.optString("refresh_token");
    refreshToken = newRefreshToken != null ? newRefreshToken : refreshToken;
    granted = token.scopes();
    JsonWriter json = JsonWriter.create().beginObject().name("access_token").value(token.value());
    if (token.expiresAt() != null) {
      json.name("expires_at").value(token.expiresAt().getEpochSecond());
    }
    if (refreshToken != null) {
      json.name("refresh_token").value(refreshToken);
    }
    json.name("scope").value(String.join(" ", granted)).endObject();
    Path dir = tokenFile.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path temp =
          Files.createTempFile(dir, ".token", ".tmp",
              dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                  ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                  }
                  : new FileAttribute<?>[0]);
      try {
        Files.move(Files.write(temp, json.toByteArray()), tokenFile,
            StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
    private final List<String> scopes;
    private URI authorizationEndpoint;
    private URI tokenEndpoint;
    private int port;
    /** {@code null}: none. */
    private Consumer<URI> browser;
    /** {@code null}: standard error. */
    private Consumer<String> out;
    private Duration consentTimeout = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();

    private Builder(Path clientSecrets, Path tokenFile, Collection<String> scopes) {
      this.clientSecrets = Objects.requireNonNull(clientSecrets, "clientSecrets");
      this.tokenFile = Objects.requireNonNull(tokenFile, "tokenFile");
      this.scopes = List.copyOf(scopes);
    }

    /** The authorization endpoint; by default the client file's {@code auth_uri}, else Google's. */
    public Builder authorizationEndpoint(URI uri) {
      authorizationEndpoint = Objects.requireNonNull(uri);
      return this;
    }

    /** The token endpoint; by default the client file's {@code token_uri}, else Google's. */
    public Builder tokenEndpoint(URI uri) {
      tokenEndpoint = Objects.requireNonNull(uri);
      return this;
    }

    /** The port to listen on for the browser's redirect; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Opens the consent address in a browser; by default nothing is opened and the address is
     * only printed to {@link #out}. runtime does not require {@code java.desktop}: a program that
     * may use it passes {@code uri -> Desktop.getDesktop().browse(uri)} (catching the
     * IOException). The hook must return without waiting for the consent: the browser's redirect
     * is received after it returns.
     */
    public Builder browser(Consumer<URI> browser) {
      this.browser = Objects.requireNonNull(browser);
      return this;
    }

    /** Where messages for the user (the consent address) go; standard error by default. */
    public Builder out(Consumer<String> out) {
      this.out = Objects.requireNonNull(out);
      return this;
    }

    /** How long to wait for the browser to come back from the consent; 5 minutes by default. */
    public Builder consentTimeout(Duration timeout) {
      consentTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /** The clock that tells when tokens expire; for tests. */
    Builder clock(Clock clock) {
      this.clock = clock;
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
